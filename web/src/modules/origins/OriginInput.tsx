import { AutocompleteInput, ReferenceInput, required, useLocaleState } from "react-admin";
import type { OriginRecord } from "./types";

/** The mandatory marketing origin of a record or an opportunity: active origins, labelled in the UI language. */
export const OriginInput = ({ source = "originId" }: { source?: string }) => {
  const [locale] = useLocaleState();
  const optionText = (origin: OriginRecord) => (locale === "en" ? origin.labelEn || origin.label : origin.label);
  return (
    <ReferenceInput source={source} reference="origins" filter={{ active: true }} sort={{ field: "label", order: "ASC" }} perPage={50}>
      <AutocompleteInput optionText={optionText} filterToQuery={(q: string) => ({ q })} validate={required()} helperText={false} />
    </ReferenceInput>
  );
};
