import {
  BooleanField,
  CreateButton,
  DataTable,
  downloadCSV,
  ExportButton,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectField,
  SelectInput,
  TopToolbar,
  useTranslate,
  type Exporter,
} from "react-admin";
import { introducersCsv } from "./introducerCsv";
import { introducerKindChoices, type IntroducerRecord } from "./types";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={introducerKindChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

/** The API pages by 500 at most: more than any network of introducers. */
const IntroducerListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton maxResults={500} />
  </TopToolbar>
);

/** The network is small (tens of introducers): exported from the list's own query, no server export needed. */
const useIntroducersExporter = (): Exporter<IntroducerRecord> => {
  const translate = useTranslate();
  return (records) => downloadCSV(`\uFEFF${introducersCsv(records, (kind) => translate(`adhesia.organisation.kinds.${kind}`))}`, "apporteurs");
};

/** Agencies, head office and brokers, by name; an inactive one stays listed with its history. */
export const IntroducerList = () => {
  const exporter = useIntroducersExporter();
  return (
  <List filters={filters} sort={{ field: "name", order: "ASC" }} actions={<IntroducerListActions />} exporter={exporter} data-testid="introducer-list">
    <DataTable<IntroducerRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" cellSx={() => ({ fontFamily: "monospace" })} />
      <DataTable.Col source="name" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={introducerKindChoices} />
      </DataTable.Col>
      <DataTable.Col<IntroducerRecord> source="address.city" disableSort render={(record) => [record.address?.postalCode, record.address?.city].filter(Boolean).join(" ")} />
      <DataTable.Col source="contactName" disableSort />
      <DataTable.Col source="phone" disableSort />
      <DataTable.Col source="oriasNumber" disableSort />
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  </List>
);
};
