import CalculateIcon from "@mui/icons-material/Calculate";
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack, TextField } from "@mui/material";
import { useEffect, useState } from "react";
import { useGetList, useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { localToday } from "../../ui/format";
import { failureMessage } from "../../ui/record-tab";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { mainAddress } from "../persons";
import { priceFormula, PriceResult, type Price, type PriceRequest } from "../pricing";
import { BeneficiariesEditor } from "./BeneficiariesEditor";
import { beneficiaryInputs, missingBirthDates, pricedProfile, type BeneficiaryDraft } from "./household";
import { createQuote } from "./opportunitiesApi";
import { ProposalsPicker } from "./ProposalsPicker";
import type { QuoteOutcome } from "./types";
import { useHousehold } from "./useHousehold";

interface PricedQuoteDialogProps {
  opportunityId: string;
  personId: string;
  onClose: () => void;
  onCreated: (outcome: QuoteOutcome) => void;
}

interface Choice {
  id: string;
  label: string;
}

/**
 * A quote priced by Adhesia for the holder's household: a formula (picked, or chosen among the
 * proposals for the household), the beneficiaries from the record's relations, the effective date;
 * the price and every line of it are shown before the quote is saved with its generated PDF.
 */
export const PricedQuoteDialog = ({ opportunityId, personId, onClose, onCreated }: PricedQuoteDialogProps) => {
  const translate = useTranslate();
  const { household, failed } = useHousehold(personId);
  const regimes = useReferenceChoices("social_regimes");
  const [productId, setProductId] = useState("");
  const [formulaId, setFormulaId] = useState("");
  const [effectiveDate, setEffectiveDate] = useState(localToday());
  const [postalCode, setPostalCode] = useState("");
  const [socialRegime, setSocialRegime] = useState("");
  const [channel, setChannel] = useState("");
  const [beneficiaries, setBeneficiaries] = useState<BeneficiaryDraft[]>([]);
  const [priced, setPriced] = useState<{ request: string; price: Price } | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { data: products } = useGetList<Choice>("products", { filter: { active: true, contractType: "individual" }, pagination: { page: 1, perPage: 100 }, sort: { field: "label", order: "ASC" } });
  const { data: formulas } = useGetList<Choice>("formulas", { filter: { productId }, pagination: { page: 1, perPage: 100 }, sort: { field: "sortOrder", order: "ASC" } }, { enabled: productId !== "" });

  useEffect(() => {
    if (!household) return;
    setBeneficiaries(household.beneficiaries);
    setPostalCode(mainAddress(household.holder)?.postalCode ?? "");
    setSocialRegime(household.holder.socialRegime ?? "");
  }, [household]);

  const missing = missingBirthDates(beneficiaries);
  const profile: Omit<PriceRequest, "productId" | "formulaId"> | null =
    household && missing.length === 0 && /^\d{5}$/.test(postalCode) && socialRegime
      ? { effectiveDate, postalCode, socialRegime, localRegime: household.holder.localRegime ? "alsace_moselle" : "none", beneficiaries: pricedProfile(beneficiaries), ...(channel ? { channel } : {}) }
      : null;
  const request = profile && productId && formulaId ? { ...profile, productId, formulaId } : null;
  // The price shown is the one of the request as it stands: any change asks for a new computation.
  const requestKey = JSON.stringify(request);
  const price = priced?.request === requestKey ? priced.price : null;

  const run = async (action: () => Promise<void>) => {
    setPending(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failureMessage(failure, problemOf(failure)?.fieldErrors));
    } finally {
      setPending(false);
    }
  };
  const compute = (what: PriceRequest | null) => run(async () => {
    if (what) setPriced({ request: JSON.stringify(what), price: await priceFormula(what) });
  });
  const save = () => run(async () => {
    onCreated(await createQuote({ opportunityId, kind: "priced", productId, formulaId, effectiveDate, postalCode, socialRegime, beneficiaries: beneficiaryInputs(beneficiaries), ...(channel ? { channel } : {}) }));
    onClose();
  });

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth data-testid="priced-quote-dialog">
      <DialogTitle>{translate("adhesia.opportunities.priced.title")}</DialogTitle>
      <DialogContent>
        {failed && <Alert severity="error">{translate("adhesia.opportunities.priced.household_failed", { error: failed })}</Alert>}
        {!household && !failed && <LinearProgress />}
        {household && (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "2fr 1.4fr 1fr 0.8fr 1.3fr" }, gap: 2 }}>
              <TextField select size="small" label={translate("adhesia.opportunities.priced.product")} value={productId} onChange={(event) => { setProductId(event.target.value); setFormulaId(""); }} slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { "data-testid": "quote-product" } }}>
                <option value="" disabled />
                {(products ?? []).map((product) => (
                  <option key={product.id} value={product.id}>{product.label}</option>
                ))}
              </TextField>
              <TextField select size="small" label={translate("adhesia.opportunities.priced.formula")} value={formulaId} onChange={(event) => setFormulaId(event.target.value)} disabled={!productId} slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { "data-testid": "quote-formula" } }}>
                <option value="" disabled />
                {(formulas ?? []).map((formula) => (
                  <option key={formula.id} value={formula.id}>{formula.label}</option>
                ))}
              </TextField>
              <TextField size="small" type="date" required label={translate("adhesia.opportunities.priced.effective_date")} value={effectiveDate} onChange={(event) => setEffectiveDate(event.target.value)} slotProps={{ inputLabel: { shrink: true }, htmlInput: { "data-testid": "quote-effective-date" } }} />
              <TextField size="small" required label={translate("adhesia.opportunities.priced.postal_code")} value={postalCode} onChange={(event) => setPostalCode(event.target.value.trim())} slotProps={{ htmlInput: { inputMode: "numeric", maxLength: 5, "data-testid": "quote-postal-code" } }} />
              <TextField select size="small" required label={translate("adhesia.opportunities.priced.social_regime")} value={socialRegime} onChange={(event) => setSocialRegime(event.target.value)} slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { "data-testid": "quote-social-regime" } }}>
                <option value="" disabled />
                {regimes.choices([socialRegime]).map((choice) => (
                  <option key={choice.id} value={choice.id}>{choice.name}</option>
                ))}
              </TextField>
            </Box>
            <ProposalsPicker
              profile={profile}
              channel={channel}
              onChannelChange={setChannel}
              onChoose={(proposal) => {
                setProductId(proposal.productId);
                setFormulaId(proposal.formulaId);
                // Priced again on the channel, as the quote will be saved: its price is the one shown.
                if (profile) void compute({ ...profile, productId: proposal.productId, formulaId: proposal.formulaId });
              }}
            />
            <BeneficiariesEditor value={beneficiaries} onChange={setBeneficiaries} />
            {missing.length > 0 && <Alert severity="warning">{translate("adhesia.opportunities.priced.missing_birth_dates")}</Alert>}
            {error && <Alert severity="error" data-testid="priced-quote-error">{error}</Alert>}
            {price && (
              <Box sx={{ pt: 1 }}>
                <PriceResult price={price} beneficiaries={pricedProfile(beneficiaries)} />
              </Box>
            )}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button variant="outlined" startIcon={<CalculateIcon />} onClick={() => void compute(request)} disabled={!request || pending} data-testid="quote-compute">
          {translate("adhesia.opportunities.priced.compute")}
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={!price || pending} data-testid="quote-save">
          {translate("adhesia.opportunities.priced.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
