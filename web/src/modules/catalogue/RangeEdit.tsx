import { Edit, SimpleForm } from "react-admin";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { CatalogueEditToolbar } from "./CatalogueEditToolbar";
import { RangeInputs } from "./RangeInputs";
import type { RangeRecord } from "./types";

export const RangeEdit = () => {
  const onError = useMutationErrorHandler();
  return (
    <Edit<RangeRecord> mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm toolbar={<CatalogueEditToolbar />} data-testid="range-form">
        <RangeInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
