import { Box, Typography } from "@mui/material";
import { BooleanInput, DateInput, NumberInput, required, SelectInput, TextInput, useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { localLabel, type CustomFieldRecord } from "../modules/reference-data/types";
import { useCustomFields, type CustomFieldEntity } from "./useReferenceData";

const CustomFieldInput = ({ field, label }: { field: CustomFieldRecord; label: string }) => {
  const source = `customFields.${field.key}`;
  const validate = field.required ? required() : undefined;
  const common = { source, label, validate, disabled: !field.active, helperText: false as const };
  switch (field.type) {
    case "number":
      return <NumberInput {...common} />;
    case "date":
      return <DateInput {...common} />;
    case "boolean":
      return <BooleanInput source={source} label={label} disabled={!field.active} helperText={false} />;
    case "list":
      return <SelectInput {...common} choices={field.listValues.map((value) => ({ id: value, name: value }))} translateChoice={false} emptyText="" />;
    default:
      return <TextInput {...common} />;
  }
};

/**
 * The tenant's custom fields of `entity`, each input by its type; deactivated ones only when the
 * record holds a value. `emptyText` is the translation key shown when the tenant defined none.
 */
export const CustomFieldsInput = ({ entity, emptyText }: { entity: CustomFieldEntity; emptyText: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const record = useRecordContext<{ id: string | number; customFields?: Record<string, unknown> }>();
  const { fields, isPending } = useCustomFields(entity);
  const shown = fields.filter((field) => field.active || (record?.customFields?.[field.key] ?? null) !== null);
  if (isPending) return null;
  if (shown.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate(emptyText)}
      </Typography>
    );
  }
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "repeat(3, minmax(0, 1fr))" }, columnGap: 2, alignItems: "center" }} data-testid="custom-fields-input">
      {shown.map((field) => (
        <CustomFieldInput key={field.key} field={field} label={localLabel(field, locale)} />
      ))}
    </Box>
  );
};
