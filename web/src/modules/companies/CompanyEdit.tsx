import { DeleteWithConfirmButton, Edit, SaveButton, SimpleForm, Toolbar, useRecordContext, useTranslate } from "react-admin";
import { useMergedRecordRedirect } from "../duplicates";
import { CompanyInputs } from "./CompanyInputs";
import { companyFormDefaults, toCompanyPayload, type CompanyFormValues } from "./companyForm";
import { companyName } from "./format";
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
  const mergedRedirect = useMergedRecordRedirect<CompanyRecord>({ resource: "companies", type: "edit", nameOf: companyName });
  return (
    <Edit<CompanyRecord>
      mutationMode="pessimistic"
      queryOptions={mergedRedirect}
      redirect="show"
      transform={(values: CompanyFormValues, options?: { previousData?: CompanyRecord }) => toCompanyPayload(values, { previous: options?.previousData, canWriteSensitive }) as Partial<CompanyRecord>}
      mutationOptions={{ onError }}
    >
      <SimpleForm defaultValues={companyFormDefaults} toolbar={<CompanyEditToolbar />}>
        <CompanyInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
