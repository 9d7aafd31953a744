import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar } from "react-admin";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { introducerPayload } from "./introducerForm";
import { IntroducerInputs } from "./IntroducerInputs";
import type { IntroducerRecord } from "./types";

/** The server refuses to delete an introducer in use (409 introducer.in_use): the message says to deactivate it. */
const IntroducerEditToolbar = () => {
  const onError = useMutationErrorHandler();
  return (
    <Toolbar sx={{ justifyContent: "space-between" }}>
      <SaveButton />
      <DeleteButton mutationMode="pessimistic" mutationOptions={{ onError }} />
    </Toolbar>
  );
};

export const IntroducerEdit = () => {
  const onError = useMutationErrorHandler();
  return (
    <Edit<IntroducerRecord> mutationMode="pessimistic" redirect="show" transform={introducerPayload} mutationOptions={{ onError }}>
      <SimpleForm toolbar={<IntroducerEditToolbar />} data-testid="introducer-form">
        <IntroducerInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
