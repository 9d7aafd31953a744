import { MenuItem, TextField } from "@mui/material";
import { useTranslate } from "react-admin";

interface CodeSelectProps<C extends string> {
  label: string;
  codes: readonly C[];
  value: C;
  onChange: (code: C) => void;
  /** The translation key of each code's label. */
  codeLabel: (code: C) => string;
  width: number;
  testId: string;
}

/** The kind of link an `AddPanel` adds (a relation's type, a contact's role), from a fixed list of codes. */
export function CodeSelect<C extends string>({ label, codes, value, onChange, codeLabel, width, testId }: CodeSelectProps<C>) {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      label={translate(label)}
      value={value}
      onChange={(event) => {
        const chosen = codes.find((code) => code === event.target.value);
        if (chosen) onChange(chosen);
      }}
      sx={{ width }}
      slotProps={{ htmlInput: { "data-testid": testId } }}
    >
      {codes.map((code) => (
        <MenuItem key={code} value={code}>
          {translate(codeLabel(code))}
        </MenuItem>
      ))}
    </TextField>
  );
}
