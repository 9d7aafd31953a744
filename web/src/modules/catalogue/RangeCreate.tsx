import { Create, SimpleForm } from "react-admin";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { RangeInputs } from "./RangeInputs";

export const RangeCreate = () => {
  const onError = useMutationErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ domain: "health", contractType: "individual", rangeType: "base", designers: [] }} data-testid="range-form">
        <RangeInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};
