import { DataTable, List, SearchInput } from "react-admin";
import type { ReferenceTableRecord } from "./types";

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/** Reference tables are defined by Adhesia; a click opens the values of the table. */
export const ReferenceTableList = () => (
  <List filters={filters} sort={{ field: "code", order: "ASC" }} exporter={false} perPage={50}>
    <DataTable<ReferenceTableRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" disableSort cellSx={() => ({ fontFamily: "monospace" })} />
      <DataTable.Col source="labelFr" disableSort />
      <DataTable.Col source="labelEn" disableSort />
      <DataTable.NumberCol source="valueCount" disableSort />
    </DataTable>
  </List>
);
