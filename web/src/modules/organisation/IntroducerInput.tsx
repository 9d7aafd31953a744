import { AutocompleteInput, ReferenceInput, type Validator } from "react-admin";

interface IntroducerInputProps {
  source?: string;
  label?: string;
  validate?: Validator | Validator[];
  /** A list filter may look for inactive introducers too; a form only offers active ones. */
  includeInactive?: boolean;
  /** Read by react-admin's filter form: the filter is always shown. */
  alwaysOn?: boolean;
}

/** Choice of an introducer by name or code. */
export const IntroducerInput = ({ source = "introducerId", label, validate, includeInactive = false }: IntroducerInputProps) => (
  <ReferenceInput source={source} reference="introducers" filter={includeInactive ? {} : { active: true }} sort={{ field: "name", order: "ASC" }}>
    <AutocompleteInput optionText="name" label={label} validate={validate} filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>
);
