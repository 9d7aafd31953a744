import { Chip, Stack } from "@mui/material";
import { CreateButton, DataTable, List, SearchInput, TopToolbar } from "react-admin";
import { useEditRowClick } from "../../ui/useEditRowClick";
import type { SectorRecord } from "./types";

const MAX_CHIPS = 12;

/** Codes as chips; a long list shows its first codes and how many more. */
const CodeChips = ({ codes }: { codes: string[] }) => (
  <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.5 }}>
    {codes.slice(0, MAX_CHIPS).map((code) => (
      <Chip key={code} size="small" label={code} sx={{ height: 20 }} />
    ))}
    {codes.length > MAX_CHIPS && <Chip size="small" variant="outlined" label={`+${codes.length - MAX_CHIPS}`} sx={{ height: 20 }} />}
  </Stack>
);

/** The tenant's geographic sectors: what departments and postal codes each one covers. */
export const SectorList = () => {
  const rowClick = useEditRowClick();
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: "code", order: "ASC" }} actions={<TopToolbar><CreateButton /></TopToolbar>} exporter={false} data-testid="sector-list">
      <DataTable<SectorRecord> rowClick={rowClick} bulkActionButtons={false}>
        <DataTable.Col source="code" cellSx={() => ({ fontFamily: "monospace" })} />
        <DataTable.Col source="label" />
        <DataTable.Col<SectorRecord> source="departments" disableSort render={(record) => <CodeChips codes={record.departments} />} />
        <DataTable.Col<SectorRecord> source="postalCodes" disableSort render={(record) => <CodeChips codes={record.postalCodes} />} />
      </DataTable>
    </List>
  );
};
