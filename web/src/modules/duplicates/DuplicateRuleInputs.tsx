import { ArrayInput, BooleanInput, FormDataConsumer, NumberInput, required, SelectInput, SimpleFormIterator, TextInput, useTranslate } from "react-admin";
import { fieldLabel, SCREENS } from "./screens";
import { MATCH_FIELDS } from "./ruleForm";
import { COMPARISON_METHODS, DUPLICATE_TARGETS, type DuplicateTarget } from "./types";

const choices = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `adhesia.duplicates.${prefix}.${id}` }));

/** The fields of the rule's record kind, with the record screens' labels. */
const useFieldChoices = (target: DuplicateTarget | undefined) => {
  const translate = useTranslate();
  return target ? MATCH_FIELDS[target].map((field) => ({ id: field, name: translate(fieldLabel(SCREENS[target], field)) })) : [];
};

const ComparisonInputs = ({ target }: { target: DuplicateTarget | undefined }) => {
  const fieldChoices = useFieldChoices(target);
  return (
    <ArrayInput source="fields" helperText={false}>
      <SimpleFormIterator inline disableReordering>
        <SelectInput source="field" label="resources.duplicate-rules.fields.field" choices={fieldChoices} translateChoice={false} validate={required()} helperText={false} sx={{ minWidth: 200 }} />
        <SelectInput source="method" label="resources.duplicate-rules.fields.method" choices={choices(COMPARISON_METHODS, "methods")} validate={required()} helperText={false} sx={{ minWidth: 160 }} />
        <FormDataConsumer>
          {({ scopedFormData }) => (scopedFormData?.method === "fuzzy" ? <NumberInput source="threshold" label="resources.duplicate-rules.fields.threshold" min={0} max={1} step={0.05} helperText={false} sx={{ width: 160 }} /> : null)}
        </FormDataConsumer>
      </SimpleFormIterator>
    </ArrayInput>
  );
};

/** Code and record kind are chosen at creation only (the code prefixes the rule's stored keys). */
export const DuplicateRuleInputs = ({ mode }: { mode: "create" | "edit" }) => (
  <>
    {mode === "create" && (
      <>
        <TextInput source="code" validate={required()} helperText="adhesia.duplicates.rules.code_help" />
        <SelectInput source="target" choices={choices(DUPLICATE_TARGETS, "targets")} validate={required()} />
      </>
    )}
    <TextInput source="label" validate={required()} fullWidth />
    <BooleanInput source="active" />
    <FormDataConsumer<{ target?: DuplicateTarget }>>{({ formData }) => <ComparisonInputs target={formData.target} />}</FormDataConsumer>
  </>
);
