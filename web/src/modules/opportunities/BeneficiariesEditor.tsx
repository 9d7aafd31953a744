import AddIcon from "@mui/icons-material/Add";
import { Box, Button, Checkbox, Stack, TextField, Typography } from "@mui/material";
import { useRef } from "react";
import { useTranslate } from "react-admin";
import { typedBeneficiary, type BeneficiaryDraft } from "./household";
import { roleChoices } from "./choices";

interface BeneficiariesEditorProps {
  value: BeneficiaryDraft[];
  onChange: (value: BeneficiaryDraft[]) => void;
}

/**
 * The household as beneficiaries: each person of the record can be left out or have their birth
 * date corrected; a beneficiary not on file (a newborn) is added with a role and a birth date.
 */
export const BeneficiariesEditor = ({ value, onChange }: BeneficiariesEditorProps) => {
  const translate = useTranslate();
  const added = useRef(0);
  const update = (key: string, change: Partial<BeneficiaryDraft>) => onChange(value.map((draft) => (draft.key === key ? { ...draft, ...change } : draft)));
  const add = () => {
    added.current += 1;
    onChange([...value, typedBeneficiary(`typed-${added.current}`)]);
  };
  return (
    <Box data-testid="quote-beneficiaries">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate("adhesia.opportunities.priced.beneficiaries")}
      </Typography>
      {value.map((draft, index) => (
        <Stack key={draft.key} direction="row" spacing={1} sx={{ alignItems: "center", mb: 1 }} data-testid="quote-beneficiary" data-role={draft.role}>
          <Checkbox
            checked={draft.included}
            disabled={index === 0}
            onChange={(event) => update(draft.key, { included: event.target.checked })}
            slotProps={{ input: { "aria-label": translate("adhesia.opportunities.priced.include") } }}
          />
          <TextField select size="small" label={translate("adhesia.opportunities.priced.role")} value={draft.role} disabled={index === 0} onChange={(event) => update(draft.key, { role: roleChoices.find((choice) => choice.id === event.target.value)?.id ?? draft.role })} sx={{ width: 170, flexShrink: 0 }} slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { "data-testid": "quote-beneficiary-role" } }}>
            {roleChoices.filter((choice) => index === 0 || choice.id !== "main_insured").map((choice) => (
              <option key={choice.id} value={choice.id}>
                {translate(choice.name)}
              </option>
            ))}
          </TextField>
          <TextField size="small" label={translate("adhesia.opportunities.priced.last_name")} value={draft.lastName} disabled={draft.personId !== null} onChange={(event) => update(draft.key, { lastName: event.target.value })} sx={{ flex: 1, minWidth: 140 }} />
          <TextField size="small" label={translate("adhesia.opportunities.priced.first_name")} value={draft.firstName} disabled={draft.personId !== null} onChange={(event) => update(draft.key, { firstName: event.target.value })} sx={{ flex: 1, minWidth: 140 }} />
          <TextField
            size="small"
            type="date"
            required={draft.included}
            label={translate("adhesia.opportunities.priced.birth_date")}
            value={draft.birthDate}
            onChange={(event) => update(draft.key, { birthDate: event.target.value })}
            sx={{ width: 180, flexShrink: 0 }}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { "data-testid": "quote-beneficiary-birth-date" } }}
          />
        </Stack>
      ))}
      <Button size="small" startIcon={<AddIcon />} onClick={add} data-testid="quote-beneficiary-add">
        {translate("adhesia.opportunities.priced.add")}
      </Button>
    </Box>
  );
};
