import { Edit, SimpleForm } from "react-admin";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { CatalogueEditToolbar } from "./CatalogueEditToolbar";
import { ProductInputs, validateSaleDates } from "./ProductInputs";
import type { ProductRecord } from "./types";

export const ProductEdit = () => {
  const onError = useMutationErrorHandler();
  return (
    <Edit<ProductRecord> mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm toolbar={<CatalogueEditToolbar />} validate={validateSaleDates} sanitizeEmptyValues data-testid="product-form">
        <ProductInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
