import { Chip } from "@mui/material";
import { CreateButton, DataTable, DeleteButton, List, TopToolbar, useTranslate } from "react-admin";
import { ExportButton, listExportUrl } from "../../ui/ExportButton";
import { LocalDateField } from "../../ui/LocalDateField";
import type { ApiKeyRecord } from "./types";

/** DELETE /api-keys/{id} revokes the key; revoked keys stay listed for traceability. */
const RevokeButton = ({ record }: { record: ApiKeyRecord }) => {
  const translate = useTranslate();
  if (record.revokedAt) return <Chip size="small" label={translate("adhesia.api_keys.status_revoked")} />;
  return (
    <DeleteButton
      record={record}
      label="adhesia.api_keys.revoke"
      mutationMode="pessimistic"
      redirect={false}
      confirmTitle={translate("adhesia.api_keys.revoke_title", { name: record.name })}
      confirmContent="adhesia.api_keys.revoke_content"
    />
  );
};

export const ApiKeyList = () => (
  <List sort={{ field: "createdAt", order: "DESC" }} exporter={false} actions={<TopToolbar><CreateButton /><ExportButton url={listExportUrl("/api-keys")} testId="api-keys-export" /></TopToolbar>}>
    <DataTable<ApiKeyRecord> rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="prefix" disableSort cellSx={() => ({ fontFamily: "monospace" })} />
      <DataTable.Col<ApiKeyRecord> source="permissions" disableSort render={(record) => record.permissions.join(", ")} />
      <DataTable.Col source="createdAt" disableSort>
        <LocalDateField source="createdAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="lastUsedAt" disableSort>
        <LocalDateField source="lastUsedAt" showTime />
      </DataTable.Col>
      <DataTable.Col<ApiKeyRecord> source="revokedAt" disableSort render={(record) => <RevokeButton record={record} />} />
    </DataTable>
  </List>
);
