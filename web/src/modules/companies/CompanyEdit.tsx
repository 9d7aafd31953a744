import { DeleteWithConfirmButton, Edit, SaveButton, SimpleForm, Toolbar, useRecordContext, useTranslate } from "react-admin";
import { MergedRecordRedirect } from "../duplicates";
import { CompanyInputs } from "./CompanyInputs";
import { companyFormDefaults, toCompanyPayload, type CompanyFormValues } from "./companyForm";
import { useCompanyErrorHandler } from "./useCompanyErrorHandler";
import { useCompanyRights } from "./useCompanyRights";
import type { CompanyRecord } from "./types";

const CompanyEditToolbar = () => {
  const translate = useTranslate();
  const record = useRecordContext<CompanyRecord>();
  return (
    <Toolbar sx={{ justifyContent: "space-between" }}>
      <SaveButton />
      <DeleteWithConfirmButton
        mutationMode="pessimistic"
        redirect="list"
        confirmTitle={translate("adhesia.companies.delete_title", { name: record?.name ?? "" })}
        confirmContent="adhesia.companies.delete_content"
      />
    </Toolbar>
  );
};

/** PATCH with the version the form was loaded from (the data provider adds it): a concurrent change answers 409. */
export const CompanyEdit = () => {
  const { canWriteSensitive } = useCompanyRights();
  const onError = useCompanyErrorHandler();
  return (
    <Edit<CompanyRecord>
      mutationMode="pessimistic"
      redirect="show"
      transform={(values: CompanyFormValues, options?: { previousData?: CompanyRecord }) => toCompanyPayload(values, { previous: options?.previousData, canWriteSensitive }) as Partial<CompanyRecord>}
      mutationOptions={{ onError }}
    >
      <MergedRecordRedirect<CompanyRecord> resource="companies" type="edit" nameOf={(company: CompanyRecord) => company.name} />
      <SimpleForm defaultValues={companyFormDefaults} toolbar={<CompanyEditToolbar />}>
        <CompanyInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
