import { Tooltip, Typography } from "@mui/material";
import { useState, type MouseEvent } from "react";
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
import { LocalDateField } from "../../ui/LocalDateField";
import { NatureChip, natureChoices } from "../../ui/NatureChip";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { BY_RELEVANCE } from "../../ui/relevanceSort";
import { companiesExportUrl } from "./companiesApi";
import { headOfficeLocality } from "./format";
import { NafInput } from "./ReferentialInputs";
import { formatSiren } from "./siren";
import { useHeadcountBands, useNafEntry } from "./useReferentials";
import type { CompanyRecord } from "./types";

const MarkerFilter = (props: Omit<SelectInputProps, "choices"> & { alwaysOn?: boolean }) => {
  const markers = useReferenceChoices("markers");
  return <SelectInput {...props} choices={markers.choices()} isPending={markers.isPending} translateChoice={false} />;
};

const HeadcountFilter = (props: Omit<SelectInputProps, "choices"> & { alwaysOn?: boolean }) => {
  const bands = useHeadcountBands();
  return <SelectInput {...props} choices={bands.choices} isPending={bands.bands.length === 0} translateChoice={false} />;
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn sx={{ minWidth: 240 }} />,
  <SelectInput key="nature" source="nature" choices={natureChoices} alwaysOn sx={{ minWidth: 140 }} />,
  <ReferenceInput key="originId" source="originId" reference="origins" sort={{ field: "label", order: "ASC" }} alwaysOn>
    <AutocompleteInput optionText="label" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <TextInput key="postalCode" source="postalCode" validate={regex(/^\d{5}$/, "adhesia.companies.postal_code_filter")} sx={{ width: 120 }} slotProps={{ htmlInput: { inputMode: "numeric", maxLength: 5 } }} />,
  <NafInput key="nafCode" source="nafCode" sx={{ width: 320 }} />,
  <HeadcountFilter key="headcountBand" source="headcountBand" sx={{ minWidth: 200 }} />,
  <MarkerFilter key="marker" source="marker" sx={{ minWidth: 150 }} />,
];

const CompanyListActions = () => {
  const { canAccess: canCreate } = useCanAccess({ resource: "companies", action: "create" });
  return (
    <TopToolbar>
      <FilterButton />
      {canCreate && <CreateButton />}
      <ExportButton url={companiesExportUrl} testId="company-export" />
    </TopToolbar>
  );
};

/** The name is a real link: the list can be walked with Tab and opened with Enter. */
const NameLink = ({ record }: { record: CompanyRecord }) => {
  const createPath = useCreatePath();
  return (
    <Link to={createPath({ resource: "companies", type: "show", id: record.id })} onClick={(event: MouseEvent) => event.stopPropagation()} underline="hover" sx={{ fontWeight: 500 }}>
      {record.name}
    </Link>
  );
};

const LegalForm = ({ code }: { code: string | null }) => {
  const legalForms = useReferenceChoices("legal_forms");
  return <>{legalForms.label(code)}</>;
};

/** The code, its label on hover (looked up then, not for every row). */
const NafCode = ({ code }: { code: string | null }) => {
  const [hovered, setHovered] = useState(false);
  const entry = useNafEntry(hovered ? code : null);
  if (!code) return null;
  return (
    <Tooltip title={entry?.label ?? "…"} placement="top" onOpen={() => setHovered(true)}>
      <span>{code}</span>
    </Tooltip>
  );
};

const HeadcountBand = ({ code }: { code: string | null }) => {
  const bands = useHeadcountBands();
  return <>{bands.label(code)}</>;
};

const Empty = () => {
  const translate = useTranslate();
  return (
    <Typography sx={{ p: 2 }} color="text.secondary">
      {translate("adhesia.companies.list_empty")}
    </Typography>
  );
};

/** Companies of the tenant: search box (name, SIREN/SIRET, phone, e-mail, postal code), filters, sort, CSV / XLSX export. */
export const CompanyList = () => (
  <List filters={filters} sort={BY_RELEVANCE} actions={<CompanyListActions />} exporter={false} perPage={25}>
    <DataTable<CompanyRecord> rowClick="show" bulkActionButtons={false} empty={<Empty />} data-testid="company-list">
      <DataTable.Col<CompanyRecord> source="name" render={(record) => <NameLink record={record} />} />
      <DataTable.Col<CompanyRecord> source="siren" cellSx={() => ({ whiteSpace: "nowrap" })} render={(record) => formatSiren(record.siren)} />
      <DataTable.Col<CompanyRecord> source="legalForm" disableSort render={(record) => <LegalForm code={record.legalForm} />} />
      <DataTable.Col<CompanyRecord> source="nafCode" render={(record) => <NafCode code={record.nafCode} />} />
      <DataTable.Col<CompanyRecord> source="headcountBand" disableSort render={(record) => <HeadcountBand code={record.headcountBand} />} />
      <DataTable.Col<CompanyRecord> source="headOffice" disableSort render={(record) => headOfficeLocality(record)} />
      <DataTable.Col<CompanyRecord> source="nature" render={(record) => <NatureChip nature={record.nature} testId="company-nature" />} />
      <DataTable.Col source="createdAt">
        <LocalDateField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
