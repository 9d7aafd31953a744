import { TextField } from "@mui/material";
import { useTranslate } from "react-admin";
import { useReferenceChoices } from "../../ui/useReferenceData";

interface CodeSelectProps {
  /** The tenant's reference table (`interaction_types`, `interaction_results`). */
  table: string;
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string;
  testId: string;
}

/** A code of one of the tenant's reference tables, as a native select (quick with the keyboard). */
export const CodeSelect = ({ table, label, value, onChange, error, testId }: CodeSelectProps) => {
  const translate = useTranslate();
  const { choices } = useReferenceChoices(table);
  return (
    <TextField
      select
      size="small"
      required
      label={translate(label)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={error}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { "data-testid": testId } }}
    >
      <option value="" disabled />
      {choices([value]).map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.name}
        </option>
      ))}
    </TextField>
  );
};
