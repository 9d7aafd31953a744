import { DeleteButton, SaveButton, Toolbar } from "react-admin";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";

/** Save and delete; a range or product still in use cannot be deleted (409 catalogue.in_use): the message says so. */
export const CatalogueEditToolbar = () => {
  const onError = useMutationErrorHandler();
  return (
    <Toolbar sx={{ justifyContent: "space-between" }}>
      <SaveButton />
      <DeleteButton mutationMode="pessimistic" mutationOptions={{ onError }} />
    </Toolbar>
  );
};
