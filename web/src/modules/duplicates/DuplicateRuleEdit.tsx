import { Create, DeleteButton, Edit, SaveButton, SimpleForm, Toolbar, useRecordContext, useTranslate } from "react-admin";
import { Typography } from "@mui/material";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { DuplicateRuleInputs } from "./DuplicateRuleInputs";
import { comparisonsOf } from "./ruleForm";
import type { DuplicateRule } from "./types";

type RuleValues = Partial<DuplicateRule>;
const withComparisons = (values: RuleValues): RuleValues => ({ ...values, fields: comparisonsOf(values.fields) });

/** A default rule is deactivated, not deleted (the server answers 409): no delete button for it. */
const RuleToolbar = () => {
  const translate = useTranslate();
  const record = useRecordContext<DuplicateRule>();
  return (
    <Toolbar sx={{ justifyContent: "space-between" }}>
      <SaveButton />
      {record?.system ? (
        <Typography variant="caption" color="text.secondary">{translate("adhesia.duplicates.rules.system_help")}</Typography>
      ) : (
        <DeleteButton mutationMode="pessimistic" />
      )}
    </Toolbar>
  );
};

/** A change re-indexes the tenant's records in the background; field errors come back inline from the server. */
export const DuplicateRuleEdit = () => {
  const onError = useMutationErrorHandler();
  return (
    <Edit<DuplicateRule> mutationMode="pessimistic" redirect="list" transform={withComparisons} mutationOptions={{ onError }}>
      <SimpleForm toolbar={<RuleToolbar />}>
        <DuplicateRuleInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};

export const DuplicateRuleCreate = () => {
  const onError = useMutationErrorHandler();
  return (
    <Create<DuplicateRule> redirect="list" transform={withComparisons} mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ active: true, target: "person", fields: [{ field: "lastName", method: "normalised" }] }}>
        <DuplicateRuleInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};
