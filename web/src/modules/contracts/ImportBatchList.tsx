import { DataTable, List, SelectInput, useTranslate } from "react-admin";
import { LocalDateField } from "../../ui/LocalDateField";
import { EmptyList } from "./EmptyList";
import { ImportCounts } from "./ImportCounts";
import { runCounts } from "./intakeReport";
import { RunAuthor, RunFiles, RunStateChip } from "./RunParts";
import { IMPORT_KINDS, type ImportBatchRecord } from "./types";

const kindChoices = IMPORT_KINDS.map((id) => ({ id, name: `adhesia.contracts.kinds.${id}` }));
const filters = [<SelectInput key="kind" source="kind" choices={kindChoices} alwaysOn emptyText="adhesia.contracts.history.all" sx={{ minWidth: 180 }} />];

const KindText = ({ batch }: { batch: ImportBatchRecord }) => {
  const translate = useTranslate();
  return <>{translate(`adhesia.contracts.kinds.${batch.kind}`)}</>;
};

/** The history of the daily feeds and the intakes, newest first: who, when, what, the counts and the error file. */
export const ImportBatchList = () => (
  <List filters={filters} sort={{ field: "createdAt", order: "DESC" }} exporter={false} perPage={25} title="adhesia.contracts.history.title">
    <DataTable<ImportBatchRecord> rowClick="show" bulkActionButtons={false} empty={<EmptyList message="adhesia.contracts.history.empty" />} data-testid="import-batch-list">
      <DataTable.Col source="createdAt">
        <LocalDateField source="createdAt" showTime />
      </DataTable.Col>
      <DataTable.Col<ImportBatchRecord> source="kind" render={(batch) => <KindText batch={batch} />} />
      <DataTable.Col<ImportBatchRecord> source="createdByName" disableSort render={(batch) => <RunAuthor batch={batch} />} />
      <DataTable.Col<ImportBatchRecord> source="state" disableSort render={(batch) => <RunStateChip batch={batch} />} />
      <DataTable.Col<ImportBatchRecord> source="counts" disableSort render={(batch) => <ImportCounts counters={runCounts(batch)} testId="run-counts" />} />
      <DataTable.Col<ImportBatchRecord> source="files" disableSort render={(batch) => <RunFiles batch={batch} inputs={false} />} />
    </DataTable>
  </List>
);
