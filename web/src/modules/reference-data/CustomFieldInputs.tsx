import { Stack } from "@mui/material";
import { BooleanInput, NumberInput, regex, required, SelectInput, TextInput } from "react-admin";
import { useWatch } from "react-hook-form";
import { entityChoices, typeChoices } from "./types";

const validateKey = [required(), regex(/^[a-z][a-z0-9_]*$/, "ra.validation.regex")];

/** One value per line in the textarea, a string array in the record. */
const formatLines = (values: unknown) => (Array.isArray(values) ? values.join("\n") : "");
const parseLines = (text: string) => text.split("\n");

/** Shown only for `list` fields. */
const ListValuesInput = () => {
  const type = useWatch({ name: "type" });
  if (type !== "list") return null;
  return (
    <TextInput
      source="listValues"
      multiline
      minRows={3}
      format={formatLines}
      parse={parseLines}
      validate={required()}
      helperText="adhesia.custom_fields.list_values_help"
    />
  );
};

/** Fields shared by custom field creation and edition; record kind, key and type are fixed once created. */
export const CustomFieldInputs = ({ mode }: { mode: "create" | "edit" }) => (
  <>
    <Stack direction={{ xs: "column", md: "row" }} spacing={{ xs: 0, md: 2 }} sx={{ width: "100%" }}>
      <SelectInput source="entity" choices={entityChoices} validate={required()} disabled={mode === "edit"} />
      <TextInput source="key" validate={validateKey} disabled={mode === "edit"} helperText="adhesia.custom_fields.key_help" />
      <SelectInput source="type" choices={typeChoices} validate={required()} disabled={mode === "edit"} />
    </Stack>
    <Stack direction={{ xs: "column", md: "row" }} spacing={{ xs: 0, md: 2 }} sx={{ width: "100%" }}>
      <TextInput source="labelFr" validate={required()} />
      <TextInput source="labelEn" validate={required()} />
    </Stack>
    <ListValuesInput />
    <Stack direction="row" spacing={4} sx={{ alignItems: "center" }}>
      <BooleanInput source="required" />
      {mode === "edit" && <BooleanInput source="active" />}
      <NumberInput source="sortOrder" sx={{ width: 120 }} />
    </Stack>
  </>
);

/** Drops blank lines typed in the list values; non-list fields carry no list values. */
export function cleanCustomField<T extends { type?: string; listValues?: unknown }>(values: T): T {
  const listValues = Array.isArray(values.listValues)
    ? values.listValues.map((value) => String(value).trim()).filter((value) => value.length > 0)
    : [];
  return { ...values, listValues: values.type === "list" ? listValues : [] };
}
