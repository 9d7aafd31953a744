import { Chip } from "@mui/material";
import { DataTable, List, SearchInput, TopToolbar, useTranslate } from "react-admin";
import { ExportButton, listExportUrl } from "../../ui/ExportButton";
import type { RoleRecord } from "./types";

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const PermissionCount = ({ record }: { record: RoleRecord }) => {
  const translate = useTranslate();
  return <>{translate("adhesia.roles.permission_count", { smart_count: record.permissions.length })}</>;
};

/** « Périmètre : son apporteur »; nothing while the server does not send it. */
const DataScopeLabel = ({ record }: { record: RoleRecord }) => {
  const translate = useTranslate();
  return record.dataScope ? <>{translate(`adhesia.organisation.scopes.${record.dataScope}`)}</> : null;
};

const SystemBadge = ({ record }: { record: RoleRecord }) => {
  const translate = useTranslate();
  return record.system ? <Chip size="small" variant="outlined" label={translate("resources.roles.fields.system")} /> : null;
};

export const RoleList = () => (
  <List filters={filters} sort={{ field: "name", order: "ASC" }} exporter={false} actions={<TopToolbar><ExportButton url={listExportUrl("/roles")} testId="roles-export" /></TopToolbar>}>
    <DataTable<RoleRecord> rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="code" cellSx={() => ({ fontFamily: "monospace" })} />
      <DataTable.Col source="description" disableSort />
      <DataTable.Col<RoleRecord> source="dataScope" disableSort render={(record) => <DataScopeLabel record={record} />} />
      <DataTable.Col<RoleRecord> source="permissions" disableSort render={(record) => <PermissionCount record={record} />} />
      <DataTable.Col<RoleRecord> source="system" disableSort render={(record) => <SystemBadge record={record} />} />
    </DataTable>
  </List>
);
