import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar, useRecordContext } from "react-admin";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { RoleInputs } from "./RoleInputs";
import type { RoleRecord } from "./types";

/** System roles can be neither changed nor deleted (the server answers 409): no save or delete button for them. */
const RoleEditToolbar = () => {
  const record = useRecordContext<RoleRecord>();
  if (!record || record.system) return null;
  return (
    <Toolbar sx={{ justifyContent: "space-between" }}>
      <SaveButton />
      <DeleteButton mutationMode="pessimistic" />
    </Toolbar>
  );
};

export const RoleEdit = () => {
  const onError = useMutationErrorHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }}>
      <SimpleForm toolbar={<RoleEditToolbar />}>
        <RoleInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
