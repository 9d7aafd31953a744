import { Alert, Box, Button, List, ListItemButton, ListItemText, Stack, TextField } from "@mui/material";
import { useState } from "react";
import { useLocaleState, useTranslate } from "react-admin";
import { formatEuros } from "../../ui/format";
import { failureMessage } from "../../ui/record-tab";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { proposeFormulas, type PriceRequest, type Proposal } from "../pricing";

interface ProposalsPickerProps {
  /** The household's profile; null while it cannot be priced (a birth date missing). */
  profile: Omit<PriceRequest, "productId" | "formulaId"> | null;
  /** The sales channel, kept by the dialog: the quote is priced and saved on it. */
  channel: string;
  onChannelChange: (channel: string) => void;
  onChoose: (proposal: Proposal) => void;
}

/** « Propositions pour le foyer »: every formula sold on a channel, priced for the household, the cheapest first; one click picks it. */
export const ProposalsPicker = ({ profile, channel, onChannelChange, onChoose }: ProposalsPickerProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const channels = useReferenceChoices("sales_channels");
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const propose = async () => {
    if (!profile || !channel) return;
    setError(null);
    try {
      setProposals(await proposeFormulas({ ...profile, channel }));
    } catch (failure) {
      setProposals(null);
      setError(failureMessage(failure));
    }
  };
  return (
    <Box data-testid="quote-proposals">
      <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
        <TextField select size="small" label={translate("adhesia.opportunities.priced.channel")} value={channel} onChange={(event) => onChannelChange(event.target.value)} sx={{ width: 240, flexShrink: 0 }} slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { "data-testid": "quote-channel" } }}>
          <option value="" disabled />
          {channels.choices().map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </TextField>
        <Button variant="outlined" onClick={() => void propose()} disabled={!profile || !channel} data-testid="quote-propose">
          {translate("adhesia.opportunities.priced.proposals")}
        </Button>
      </Stack>
      {error && <Alert severity="error" sx={{ mt: 1 }}>{error}</Alert>}
      {proposals?.length === 0 && <Alert severity="info" sx={{ mt: 1 }}>{translate("adhesia.opportunities.priced.no_proposal")}</Alert>}
      {proposals && proposals.length > 0 && (
        <List dense sx={{ maxHeight: 220, overflow: "auto" }}>
          {proposals.map((proposal) => (
            <ListItemButton key={proposal.formulaId} onClick={() => onChoose(proposal)} data-testid="quote-proposal">
              <ListItemText primary={`${proposal.productLabel} — ${proposal.formulaLabel}`} secondary={`${translate("adhesia.pricing.price.monthly_gross")} ${formatEuros(proposal.price.monthly.grossCents, locale, { cents: true })}`} />
            </ListItemButton>
          ))}
        </List>
      )}
    </Box>
  );
};
