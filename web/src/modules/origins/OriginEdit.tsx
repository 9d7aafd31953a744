import { DeleteButton, Edit, SaveButton, TabbedForm, Toolbar, usePermissions, useRecordContext } from "react-admin";
import { AuditTrail } from "../../ui/AuditTrail";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { OriginInputs, validateOriginDates } from "./OriginInputs";
import type { OriginRecord } from "./types";

/** System origins can be neither changed nor deleted (the server answers 409): no buttons for them. */
const OriginEditToolbar = () => {
  const record = useRecordContext<OriginRecord>();
  if (!record || record.system) return null;
  return (
    <Toolbar sx={{ justifyContent: "space-between" }}>
      <SaveButton />
      <DeleteButton mutationMode="pessimistic" />
    </Toolbar>
  );
};

const OriginHistory = () => {
  const record = useRecordContext<OriginRecord>();
  return record ? <AuditTrail entity="origin" entityId={String(record.id)} /> : null;
};

export const OriginEdit = () => {
  const onError = useMutationErrorHandler();
  const { permissions } = usePermissions<string[]>();
  const canReadAudit = permissions?.includes("audit:read") ?? false;
  return (
    <Edit<OriginRecord> mutationMode="pessimistic" mutationOptions={{ onError }}>
      <TabbedForm toolbar={<OriginEditToolbar />} validate={validateOriginDates}>
        <TabbedForm.Tab label="adhesia.origins.tab_origin">
          <OriginInputs mode="edit" />
        </TabbedForm.Tab>
        {canReadAudit && (
          <TabbedForm.Tab label="adhesia.origins.tab_history" path="history">
            <OriginHistory />
          </TabbedForm.Tab>
        )}
      </TabbedForm>
    </Edit>
  );
};
