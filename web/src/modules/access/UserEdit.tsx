import { Edit, SaveButton, TabbedForm, Toolbar, usePermissions, useRecordContext } from "react-admin";
import { AuditTrail } from "../../ui/AuditTrail";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { ResetPasswordButton } from "./ResetPasswordButton";
import { UserInputs } from "./UserInputs";
import type { UserRecord } from "./types";

/** Users are deactivated (active = false), never deleted: no delete button. */
const UserEditToolbar = () => (
  <Toolbar sx={{ justifyContent: "space-between" }}>
    <SaveButton />
    <ResetPasswordButton />
  </Toolbar>
);

const UserHistory = () => {
  const record = useRecordContext<UserRecord>();
  return record ? <AuditTrail entity="user" entityId={record.id} /> : null;
};

export const UserEdit = () => {
  const onError = useMutationErrorHandler();
  const { permissions } = usePermissions<string[]>();
  const canReadAudit = permissions?.includes("audit:read") ?? false;
  return (
    <Edit<UserRecord> mutationMode="pessimistic" mutationOptions={{ onError }}>
      <TabbedForm toolbar={<UserEditToolbar />}>
        <TabbedForm.Tab label="adhesia.users.tab_profile">
          <UserInputs mode="edit" />
        </TabbedForm.Tab>
        {canReadAudit && (
          <TabbedForm.Tab label="adhesia.users.tab_history" path="history">
            <UserHistory />
          </TabbedForm.Tab>
        )}
      </TabbedForm>
    </Edit>
  );
};
