import { Create, SimpleForm } from "react-admin";
import { COMPANY_SCREEN, DuplicateCheckWarning, useDuplicateEntry } from "../duplicates";
import { CompanyInputs } from "./CompanyInputs";
import { companyFormDefaults, toCompanyPayload, type CompanyFormValues } from "./companyForm";
import { useCompanyErrorHandler } from "./useCompanyErrorHandler";
import { useCompanyRights } from "./useCompanyRights";

/** A new company is a "suspect"; its main contact may be created in the same request. The record opens once saved. */
export const CompanyCreate = () => {
  const { canWriteSensitive } = useCompanyRights();
  const onError = useCompanyErrorHandler();
  const duplicates = useDuplicateEntry(COMPANY_SCREEN);
  const toPayload = (values: CompanyFormValues) => toCompanyPayload(values, { canWriteSensitive });
  return (
    <Create redirect="show" transform={toPayload} mutationOptions={{ onError: (error, variables) => duplicates.intercept(error, variables) || onError(error, variables) }}>
      <SimpleForm defaultValues={companyFormDefaults}>
        <DuplicateCheckWarning<CompanyFormValues> screen={COMPANY_SCREEN} toDraft={toPayload} />
        <CompanyInputs mode="create" />
      </SimpleForm>
      {duplicates.dialog}
    </Create>
  );
};
