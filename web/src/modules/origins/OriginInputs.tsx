import { Alert, Stack } from "@mui/material";
import { BooleanInput, DateInput, maxLength, NumberInput, regex, required, SelectInput, TextInput, useRecordContext, useTranslate } from "react-admin";
import { centsToEuros, eurosToCents, kindChoices, type OriginRecord } from "./types";

const validateCode = [required(), regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$/, "adhesia.origins.code_invalid")];
const validateLabel = [required(), maxLength(200)];

/** Fields shared by origin creation and edition; the code is fixed once created, a system origin is read-only. */
export const OriginInputs = ({ mode }: { mode: "create" | "edit" }) => {
  const translate = useTranslate();
  const record = useRecordContext<OriginRecord>();
  const readOnly = record?.system ?? false;
  return (
    <>
      {readOnly && (
        <Alert severity="info" sx={{ mb: 2, width: "100%" }} data-testid="origin-system-notice">
          {translate("adhesia.origins.system_help")}
        </Alert>
      )}
      <Stack direction={{ xs: "column", md: "row" }} spacing={{ xs: 0, md: 2 }} sx={{ width: "100%" }}>
        <TextInput source="code" validate={mode === "create" ? validateCode : undefined} disabled={mode === "edit"} helperText="adhesia.origins.code_help" sx={{ flex: 1 }} />
        <SelectInput source="kind" choices={kindChoices} validate={required()} disabled={readOnly} sx={{ flex: 1 }} />
      </Stack>
      <Stack direction={{ xs: "column", md: "row" }} spacing={{ xs: 0, md: 2 }} sx={{ width: "100%" }}>
        <TextInput source="label" validate={validateLabel} disabled={readOnly} sx={{ flex: 1 }} />
        <TextInput source="labelEn" validate={maxLength(200)} disabled={readOnly} sx={{ flex: 1 }} />
      </Stack>
      <Stack direction={{ xs: "column", md: "row" }} spacing={{ xs: 0, md: 2 }} sx={{ width: "100%" }}>
        <DateInput source="startDate" disabled={readOnly} />
        <DateInput source="endDate" disabled={readOnly} />
        <NumberInput source="costCents" format={centsToEuros} parse={eurosToCents} min={0} step={0.01} disabled={readOnly} helperText="adhesia.origins.cost_help" />
      </Stack>
      {mode === "edit" && <BooleanInput source="active" disabled={readOnly} helperText="adhesia.origins.deactivate_help" />}
    </>
  );
};

/** The end of an operation cannot come before its start; the server checks it too (origin.end_before_start). */
export function validateOriginDates(values: Partial<OriginRecord>): Record<string, string> {
  return values.startDate && values.endDate && values.endDate < values.startDate ? { endDate: "adhesia.origins.end_before_start" } : {};
}
