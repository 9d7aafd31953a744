import { Create, SimpleForm } from "react-admin";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { introducerPayload } from "./introducerForm";
import { IntroducerInputs } from "./IntroducerInputs";

export const IntroducerCreate = () => {
  const onError = useMutationErrorHandler();
  return (
    <Create redirect="show" transform={introducerPayload} mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ kind: "agency" }} data-testid="introducer-form">
        <IntroducerInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};
