import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { localToday } from "../../ui/format";

interface SaveVersionDialogProps {
  onSave: (effectiveFrom: string) => Promise<void>;
  onClose: () => void;
  /** The refusal of the last try, shown until the next one. */
  failure: string | null;
}

/** Asks the day the edited tariff takes effect on, then saves it as a new version. */
export const SaveVersionDialog = ({ onSave, onClose, failure }: SaveVersionDialogProps) => {
  const translate = useTranslate();
  const [effectiveFrom, setEffectiveFrom] = useState(localToday());
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      await onSave(effectiveFrom);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{translate("adhesia.pricing.tariffs.save_title")}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate("adhesia.pricing.tariffs.save_help")}
        </Typography>
        <TextField
          type="date"
          label={translate("adhesia.pricing.tariffs.effective_from")}
          value={effectiveFrom}
          onChange={(event) => setEffectiveFrom(event.target.value)}
          required
          fullWidth
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { "data-testid": "tariff-effective-from" } }}
        />
        {failure && <Alert severity="error" sx={{ mt: 2 }}>{failure}</Alert>}
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate("ra.action.cancel")}</MuiButton>
        <MuiButton variant="contained" onClick={save} disabled={!effectiveFrom || saving} data-testid="tariff-save-confirm">
          {translate("adhesia.pricing.tariffs.save_version")}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
