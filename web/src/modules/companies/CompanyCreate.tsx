import { Create, SimpleForm } from "react-admin";
import { CompanyInputs } from "./CompanyInputs";
import { companyFormDefaults, toCompanyPayload, type CompanyFormValues } from "./companyForm";
import { useCompanyErrorHandler } from "./useCompanyErrorHandler";
import { useCompanyRights } from "./useCompanyRights";

/** A new company is a "suspect"; its main contact may be created in the same request. The record opens once saved. */
export const CompanyCreate = () => {
  const { canWriteSensitive } = useCompanyRights();
  const onError = useCompanyErrorHandler();
  return (
    <Create redirect="show" transform={(values: CompanyFormValues) => toCompanyPayload(values, { canWriteSensitive })} mutationOptions={{ onError }}>
      <SimpleForm defaultValues={companyFormDefaults}>
        <CompanyInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};
