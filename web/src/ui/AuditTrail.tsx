import { Typography } from "@mui/material";
import { DataTable, ListBase, Pagination, ReferenceField, TextField, useTranslate, type Identifier } from "react-admin";
import { AuditChanges, type AuditChangeSet } from "./AuditChanges";
import { LocalDateField } from "./LocalDateField";

interface AuditEntry {
  id: Identifier;
  entity: string;
  entityId: string;
  action: "create" | "update" | "delete";
  changes: AuditChangeSet | null;
  actorUserId: string | null;
  actorApiKeyId?: string | null;
  at: string;
}

const Actor = ({ entry }: { entry: AuditEntry }) => {
  const translate = useTranslate();
  if (entry.actorUserId) {
    return (
      <ReferenceField record={entry} source="actorUserId" reference="users" link={false}>
        <TextField source="displayName" />
      </ReferenceField>
    );
  }
  return <>{translate(entry.actorApiKeyId ? "adhesia.audit.api_key" : "adhesia.audit.system")}</>;
};

/** Change history of one record (GET /audit?entity=&id=, permission audit:read), newest first. */
export const AuditTrail = ({ entity, entityId }: { entity: string; entityId: Identifier }) => {
  const translate = useTranslate();
  return (
    <ListBase resource="audit" filter={{ entity, id: entityId }} sort={{ field: "at", order: "DESC" }} perPage={25} disableSyncWithLocation>
      <DataTable<AuditEntry>
        bulkActionButtons={false}
        rowClick={false}
        empty={<Typography sx={{ p: 2 }} color="text.secondary">{translate("adhesia.audit.empty")}</Typography>}
        data-testid="audit-trail"
      >
        <DataTable.Col source="at" label="adhesia.audit.at" disableSort>
          <LocalDateField source="at" showTime />
        </DataTable.Col>
        <DataTable.Col<AuditEntry> source="action" label="adhesia.audit.action" disableSort
          render={(entry) => translate(`adhesia.audit.actions.${entry.action}`, { _: entry.action })} />
        <DataTable.Col<AuditEntry> source="actorUserId" label="adhesia.audit.actor" disableSort render={(entry) => <Actor entry={entry} />} />
        <DataTable.Col<AuditEntry> label="adhesia.audit.changes" disableSort render={(entry) => <AuditChanges changes={entry.changes} />} />
      </DataTable>
      <Pagination rowsPerPageOptions={[25]} />
    </ListBase>
  );
};
