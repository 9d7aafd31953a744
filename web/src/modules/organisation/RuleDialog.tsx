import { Dialog, DialogContent, DialogTitle, Typography } from "@mui/material";
import { CreateBase, EditBase, required, SaveButton, SelectInput, SimpleForm, TextInput, Toolbar, useNotify, useRefresh, useTranslate, type Identifier } from "react-admin";
import { FormRow } from "../../ui/Sections";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { AdvisorInput } from "./AdvisorInput";
import { IntroducerInput } from "./IntroducerInput";
import { rulePayload, validateRule } from "./ruleForm";
import { marketChoices } from "./types";

const RuleInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate("adhesia.organisation.rules.specificity_help")}
      </Typography>
      <FormRow columns={3}>
        <SelectInput source="market" choices={marketChoices} validate={required()} />
        <TextInput source="postalCode" slotProps={{ htmlInput: { inputMode: "numeric", "data-testid": "rule-postal-code" } }} />
        <TextInput source="department" slotProps={{ htmlInput: { "data-testid": "rule-department" } }} />
      </FormRow>
      <FormRow columns={2}>
        <IntroducerInput validate={required()} />
        <AdvisorInput helperText="adhesia.organisation.rules.advisor_help" />
      </FormRow>
    </>
  );
};

export type RuleDialogState = { mode: "create" } | { mode: "edit"; id: Identifier } | null;

/**
 * Creates or edits one rule of the table without leaving it (deleting is on the row); a duplicate
 * rule is refused by the server (assignment_rule.duplicate).
 */
export const RuleDialog = ({ state, onClose }: { state: RuleDialogState; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const handleError = useMutationErrorHandler();
  const done = () => {
    notify(state?.mode === "edit" ? "ra.notification.updated" : "ra.notification.created", { type: "info", messageArgs: { smart_count: 1 } });
    refresh();
    onClose();
  };
  const mutationOptions = { onSuccess: done, onError: handleError };
  const form = (
    <SimpleForm validate={validateRule} toolbar={<Toolbar><SaveButton /></Toolbar>} data-testid="rule-form">
      <RuleInputs />
    </SimpleForm>
  );
  return (
    <Dialog open={state !== null} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{translate(state?.mode === "edit" ? "adhesia.organisation.rules.edit" : "adhesia.organisation.rules.new")}</DialogTitle>
      <DialogContent sx={{ p: 0 }}>
        {state?.mode === "create" && (
          <CreateBase resource="assignment-rules" transform={rulePayload} mutationOptions={mutationOptions} redirect={false}>
            {form}
          </CreateBase>
        )}
        {state?.mode === "edit" && (
          <EditBase resource="assignment-rules" id={state.id} transform={rulePayload} mutationMode="pessimistic" mutationOptions={mutationOptions} redirect={false}>
            {form}
          </EditBase>
        )}
      </DialogContent>
    </Dialog>
  );
};
