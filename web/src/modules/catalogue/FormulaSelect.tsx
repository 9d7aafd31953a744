import { MenuItem, TextField } from "@mui/material";
import { useTranslate } from "react-admin";
import type { FormulaRecord } from "./types";

/** The formula a tab of the product page works on. */
export const FormulaSelect = ({ formulas, value, onChange, testId }: { formulas: readonly FormulaRecord[]; value: string; onChange: (id: string) => void; testId: string }) => {
  const translate = useTranslate();
  return (
    <TextField select size="small" label={translate("adhesia.catalogue.formulas.formula")} value={value} onChange={(event) => onChange(event.target.value)} sx={{ minWidth: 240 }} slotProps={{ htmlInput: { "data-testid": testId } }}>
      {formulas.map((formula) => (
        <MenuItem key={formula.id} value={formula.id}>
          {formula.label}
        </MenuItem>
      ))}
    </TextField>
  );
};
