import { Create, SimpleForm } from "react-admin";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { ProductInputs, validateSaleDates } from "./ProductInputs";

export const ProductCreate = () => {
  const onError = useMutationErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ insurers: [], managers: [], channels: [], grantsMembership: true }} validate={validateSaleDates} sanitizeEmptyValues data-testid="product-form">
        <ProductInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};
