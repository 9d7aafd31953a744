import { Typography } from "@mui/material";
import type { MouseEvent } from "react";
import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  FilterButton,
  Link,
  List,
  ReferenceInput,
  regex,
  SearchInput,
  SelectInput,
  TextInput,
  TopToolbar,
  useCanAccess,
  useCreatePath,
  useTranslate,
  type SelectInputProps,
} from "react-admin";
import { ExportButton } from "../../ui/ExportButton";
import { formatPhone } from "../../ui/format";
import { LocalDateField } from "../../ui/LocalDateField";
import { NatureChip } from "../../ui/NatureChip";
import { BY_RELEVANCE } from "../../ui/relevanceSort";
import { mainLocality } from "./format";
import { personsExportUrl } from "./personsApi";
import { useReferenceChoices } from "./usePersonReferences";
import { categoryChoices, natureChoices, type PersonRecord } from "./types";

const MarkerFilter = (props: Omit<SelectInputProps, "choices"> & { alwaysOn?: boolean }) => {
  const markers = useReferenceChoices("markers");
  return <SelectInput {...props} choices={markers.choices()} isPending={markers.isPending} />;
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn sx={{ minWidth: 240 }} />,
  <SelectInput key="nature" source="nature" choices={natureChoices} alwaysOn sx={{ minWidth: 140 }} />,
  <SelectInput key="category" source="category" choices={categoryChoices} alwaysOn sx={{ minWidth: 150 }} />,
  <ReferenceInput key="originId" source="originId" reference="origins" sort={{ field: "label", order: "ASC" }} alwaysOn>
    <AutocompleteInput optionText="label" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <MarkerFilter key="marker" source="marker" sx={{ minWidth: 150 }} />,
  <TextInput key="postalCode" source="postalCode" validate={regex(/^\d{5}$/, "adhesia.persons.postal_code_filter")} sx={{ width: 120 }} slotProps={{ htmlInput: { inputMode: "numeric", maxLength: 5 } }} />,
];

const PersonListActions = () => {
  const { canAccess: canCreate } = useCanAccess({ resource: "persons", action: "create" });
  return (
    <TopToolbar>
      <FilterButton />
      {canCreate && <CreateButton />}
      <ExportButton url={personsExportUrl} testId="person-export" />
    </TopToolbar>
  );
};

/** The family name is a real link: the list can be walked with Tab and opened with Enter. */
const NameLink = ({ record }: { record: PersonRecord }) => {
  const createPath = useCreatePath();
  return (
    <Link to={createPath({ resource: "persons", type: "show", id: record.id })} onClick={(event: MouseEvent) => event.stopPropagation()} underline="hover" sx={{ fontWeight: 500 }}>
      {record.lastName}
    </Link>
  );
};

const CategoryText = ({ record }: { record: PersonRecord }) => {
  const translate = useTranslate();
  return <>{translate(`adhesia.persons.categories.${record.category}`)}</>;
};

const Empty = () => {
  const translate = useTranslate();
  return (
    <Typography sx={{ p: 2 }} color="text.secondary">
      {translate("adhesia.persons.list_empty")}
    </Typography>
  );
};

/** Persons of the tenant: search box (name, phone, e-mail, postal code), filters, sort, CSV / XLSX export. */
export const PersonList = () => (
  <List filters={filters} sort={BY_RELEVANCE} actions={<PersonListActions />} exporter={false} perPage={25}>
    <DataTable<PersonRecord> rowClick="show" bulkActionButtons={false} empty={<Empty />} data-testid="person-list">
      <DataTable.Col<PersonRecord> source="lastName" render={(record) => <NameLink record={record} />} />
      <DataTable.Col source="firstName" />
      <DataTable.Col<PersonRecord> source="nature" render={(record) => <NatureChip nature={record.nature} testId="person-nature" />} />
      <DataTable.Col<PersonRecord> source="category" disableSort render={(record) => <CategoryText record={record} />} />
      <DataTable.Col source="email" disableSort />
      <DataTable.Col<PersonRecord> source="mobilePhone" disableSort cellSx={() => ({ whiteSpace: "nowrap" })} render={(record) => formatPhone(record.mobilePhone)} />
      <DataTable.Col<PersonRecord> source="mainLocality" disableSort render={(record) => mainLocality(record)} />
      <DataTable.Col source="createdAt">
        <LocalDateField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
