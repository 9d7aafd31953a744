import { Chip } from "@mui/material";
import {
  BooleanField,
  CreateButton,
  DataTable,
  DateField,
  List,
  NullableBooleanInput,
  NumberField,
  SearchInput,
  SelectField,
  SelectInput,
  TopToolbar,
  useLocaleState,
  useTranslate,
} from "react-admin";
import { ImportButton } from "../../ui/ImportButton";
import { useEditRowClick } from "../../ui/useEditRowClick";
import { OriginExportButton } from "./OriginExportButton";
import { kindChoices, type OriginRecord } from "./types";

const INTL_LOCALES: Readonly<Record<string, string>> = { fr: "fr-FR", en: "en-GB" };

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

const SystemBadge = ({ record }: { record: OriginRecord }) => {
  const translate = useTranslate();
  return record.system ? <Chip size="small" variant="outlined" color="secondary" label={translate("adhesia.origins.system")} data-testid="origin-system-badge" /> : null;
};

const OriginListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ImportButton path="/origins/import" resource="origins" title="adhesia.origins.import_title" help="adhesia.origins.import_help" testId="origin-import-file" />
    <OriginExportButton />
  </TopToolbar>
);

/** Marketing origins: system origins first, then by label; cost shown in euros. */
export const OriginList = () => {
  const [locale] = useLocaleState();
  const locales = INTL_LOCALES[locale] ?? "fr-FR";
  const rowClick = useEditRowClick();
  return (
    <List filters={filters} sort={{ field: "label", order: "ASC" }} actions={<OriginListActions />} exporter={false}>
      <DataTable<OriginRecord> rowClick={rowClick} bulkActionButtons={false}>
        <DataTable.Col source="code" cellSx={() => ({ fontFamily: "monospace" })} />
        <DataTable.Col source="label" />
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={kindChoices} />
        </DataTable.Col>
        <DataTable.Col source="startDate">
          <DateField source="startDate" locales={locales} />
        </DataTable.Col>
        <DataTable.Col source="endDate">
          <DateField source="endDate" locales={locales} />
        </DataTable.Col>
        <DataTable.Col<OriginRecord> source="costCents" render={(record) => (record.costCents === null ? null : <NumberField record={{ ...record, euros: record.costCents / 100 }} source="euros" locales={locales} options={{ style: "currency", currency: "EUR" }} />)} />
        <DataTable.Col source="active">
          <BooleanField source="active" />
        </DataTable.Col>
        <DataTable.Col<OriginRecord> source="system" render={(record) => <SystemBadge record={record} />} />
      </DataTable>
    </List>
  );
};
