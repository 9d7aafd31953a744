import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { centsOf, localToday } from "../../ui/format";
import { failureMessage } from "../../ui/record-tab";
import { createQuote } from "./opportunitiesApi";
import type { QuoteOutcome } from "./types";

interface ManualQuoteDialogProps {
  opportunityId: string;
  onClose: () => void;
  onCreated: (outcome: QuoteOutcome) => void;
}

/** A quote made with an external rater: its number, annual gross premium and dates; its PDF is attached on its line afterwards. */
export const ManualQuoteDialog = ({ opportunityId, onClose, onCreated }: ManualQuoteDialogProps) => {
  const translate = useTranslate();
  const [number, setNumber] = useState("");
  const [annualGross, setAnnualGross] = useState("");
  const [effectiveDate, setEffectiveDate] = useState(localToday());
  const [validUntil, setValidUntil] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const annualGrossCents = centsOf(annualGross);
  const complete = number.trim() !== "" && annualGrossCents !== null && effectiveDate !== "" && validUntil !== "";

  const submit = async () => {
    if (annualGrossCents === null) return;
    setPending(true);
    setError(null);
    try {
      onCreated(await createQuote({ opportunityId, kind: "manual", number: number.trim(), annualGrossCents, effectiveDate, validUntil }));
      onClose();
    } catch (failure) {
      setError(failureMessage(failure, problemOf(failure)?.fieldErrors));
    } finally {
      setPending(false);
    }
  };

  const field = (label: string, value: string, set: (value: string) => void, testId: string, type = "text") => (
    <TextField
      size="small"
      required
      type={type}
      label={translate(label)}
      value={value}
      onChange={(event) => set(event.target.value)}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { "data-testid": testId } }}
    />
  );
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth data-testid="manual-quote-dialog">
      <DialogTitle>{translate("adhesia.opportunities.manual.title")}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {field("adhesia.opportunities.quotes.number", number, setNumber, "manual-quote-number")}
          {field("adhesia.opportunities.quotes.annual_gross_euros", annualGross, setAnnualGross, "manual-quote-annual-gross")}
          {field("adhesia.opportunities.quotes.effective_date", effectiveDate, setEffectiveDate, "manual-quote-effective-date", "date")}
          {field("adhesia.opportunities.quotes.valid_until", validUntil, setValidUntil, "manual-quote-valid-until", "date")}
          <Typography variant="body2" color="text.secondary">
            {translate("adhesia.opportunities.manual.hint")}
          </Typography>
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={!complete || pending} data-testid="manual-quote-submit">
          {translate("adhesia.opportunities.manual.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
