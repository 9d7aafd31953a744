import { AutocompleteInput, ReferenceInput, type Validator } from "react-admin";

/** Choice of an active introducer by name or code. */
export const IntroducerInput = ({ source = "introducerId", label, validate }: { source?: string; label?: string; validate?: Validator | Validator[] }) => (
  <ReferenceInput source={source} reference="introducers" filter={{ active: true }} sort={{ field: "name", order: "ASC" }}>
    <AutocompleteInput optionText="name" label={label} validate={validate} filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>
);
