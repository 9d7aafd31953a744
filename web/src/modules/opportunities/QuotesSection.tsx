import CalculateIcon from "@mui/icons-material/Calculate";
import EditNoteIcon from "@mui/icons-material/EditNote";
import ExpandLessIcon from "@mui/icons-material/ExpandLess";
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import { Alert, Box, Button, IconButton, Stack, TableCell, TableRow, Tooltip } from "@mui/material";
import { Fragment, useState } from "react";
import { ReferenceField, TextField, useLocaleState, useNotify, useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { formatEuros } from "../../ui/format";
import { useFormatDate } from "../../ui/InfoGrid";
import { failureMessage, TabItemsView, TabTable, useTabItems, type TabColumn } from "../../ui/record-tab";
import { ManualQuoteDialog } from "./ManualQuoteDialog";
import { changeQuoteState, listQuotes } from "./opportunitiesApi";
import { PricedQuoteDialog } from "./PricedQuoteDialog";
import { isClosedOpportunity } from "./quoteStates";
import { QuoteStateMenu } from "./QuoteStateMenu";
import { QuoteDetails } from "./QuoteDetails";
import { ReasonDialog } from "./ReasonDialog";
import { QuoteStateChip } from "./StateChips";
import type { OpportunityRecord, QuoteOutcome, QuoteRecord, QuoteState } from "./types";
import { useOpportunityRights } from "./useOpportunityRights";

const COLUMNS: readonly TabColumn[] = [
  { label: "adhesia.opportunities.quotes.number" },
  { label: "adhesia.opportunities.priced.formula" },
  { label: "adhesia.opportunities.quotes.effective_date" },
  { label: "adhesia.opportunities.quotes.valid_until" },
  { label: "adhesia.opportunities.quotes.annual_gross", align: "right" },
  { label: "adhesia.opportunities.quotes.state" },
];

interface QuotesSectionProps {
  opportunity: OpportunityRecord;
  /** After a quote is created or moves: the opportunity's new state is in the outcome. */
  onChanged: (outcome: QuoteOutcome) => void;
  /** The quotes as read, for the page's other parts (closing needs none live). */
  onLoaded: (quotes: QuoteRecord[]) => void;
}

/**
 * The quotes of an opportunity: state chip, the moves the state machine allows, cancel; each
 * opens onto its beneficiaries, price explanation and PDF. A refused move (409) is shown above
 * the list with the server's reason.
 */
export const QuotesSection = ({ opportunity, onChanged, onLoaded }: QuotesSectionProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const formatDate = useFormatDate();
  const { canWriteQuotes } = useOpportunityRights();
  const opportunityId = String(opportunity.id);
  const state = useTabItems(async (signal) => {
    const quotes = await listQuotes(opportunityId, signal);
    onLoaded(quotes);
    return quotes;
  }, opportunityId);
  const [open, setOpen] = useState<string | null>(null);
  const [dialog, setDialog] = useState<"priced" | "manual" | null>(null);
  const [cancelling, setCancelling] = useState<QuoteRecord | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const canAdd = canWriteQuotes && !isClosedOpportunity(opportunity.state);

  const moved = (outcome: QuoteOutcome) => {
    notify("adhesia.opportunities.quotes.moved", {
      type: "info",
      messageArgs: {
        number: outcome.quote.number,
        state: translate(`adhesia.opportunities.quote_states.${outcome.quote.state}`),
        opportunity: translate(`adhesia.opportunities.states.${outcome.opportunity.state}`),
      },
    });
    state.reload();
    onChanged(outcome);
  };
  const move = async (quote: QuoteRecord, to: QuoteState, reason?: string) => {
    setRefusal(null);
    try {
      moved(await changeQuoteState(quote.id, to, reason));
    } catch (failure) {
      setRefusal(`${translate("adhesia.opportunities.quotes.refused")} — ${failureMessage(failure, problemOf(failure)?.fieldErrors)}`);
      state.reload();
    }
  };
  const created = (outcome: QuoteOutcome) => {
    notify("adhesia.opportunities.quotes.saved", { type: "info", messageArgs: { number: outcome.quote.number } });
    setOpen(outcome.quote.id);
    state.reload();
    onChanged(outcome);
  };

  return (
    <Box data-testid="opportunity-quotes">
      {canAdd && (
        <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
          {opportunity.personId && (
            <Button variant="contained" startIcon={<CalculateIcon />} onClick={() => setDialog("priced")} data-testid="quote-new-priced">
              {translate("adhesia.opportunities.quotes.new_priced")}
            </Button>
          )}
          <Button variant="outlined" startIcon={<EditNoteIcon />} onClick={() => setDialog("manual")} data-testid="quote-new-manual">
            {translate("adhesia.opportunities.quotes.new_manual")}
          </Button>
        </Stack>
      )}
      {refusal && (
        <Alert severity="error" onClose={() => setRefusal(null)} sx={{ mb: 2 }} data-testid="quote-refusal">
          {refusal}
        </Alert>
      )}
      <TabItemsView state={state} empty="adhesia.opportunities.quotes.empty">
        {(items) => (
          <TabTable columns={COLUMNS}>
            {items.map((quote) => (
              <Fragment key={quote.id}>
                <TableRow data-testid="quote-row" data-number={quote.number} data-state={quote.state}>
                  <TableCell>
                    <Tooltip title={translate(`adhesia.opportunities.kinds.${quote.kind}`)}>
                      <span>{quote.number}</span>
                    </Tooltip>
                  </TableCell>
                  <TableCell>
                    {quote.formulaId && (
                      <ReferenceField record={quote} source="formulaId" reference="formulas" link={false}>
                        <TextField source="label" />
                      </ReferenceField>
                    )}
                  </TableCell>
                  <TableCell>{formatDate(quote.effectiveDate)}</TableCell>
                  <TableCell>{formatDate(quote.validUntil)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                    {formatEuros(quote.annualGrossCents, locale, { cents: true })}
                  </TableCell>
                  <TableCell>
                    <QuoteStateChip state={quote.state} />
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                    {canWriteQuotes && <QuoteStateMenu quote={quote} onMove={(to) => void move(quote, to)} onCancel={() => setCancelling(quote)} />}
                    <Tooltip title={translate("adhesia.opportunities.quotes.details")}>
                      <IconButton size="small" onClick={() => setOpen(open === quote.id ? null : quote.id)} aria-expanded={open === quote.id} data-testid="quote-toggle">
                        {open === quote.id ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                </TableRow>
                {open === quote.id && (
                  <TableRow>
                    <TableCell colSpan={COLUMNS.length + 1}>
                      <QuoteDetails quote={quote} canWrite={canWriteQuotes} />
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            ))}
          </TabTable>
        )}
      </TabItemsView>
      {dialog === "priced" && opportunity.personId && <PricedQuoteDialog opportunityId={opportunityId} personId={opportunity.personId} onClose={() => setDialog(null)} onCreated={created} />}
      {dialog === "manual" && <ManualQuoteDialog opportunityId={opportunityId} onClose={() => setDialog(null)} onCreated={created} />}
      <ReasonDialog<QuoteState>
        open={cancelling !== null}
        title={translate("adhesia.opportunities.quotes.cancel_title", { number: cancelling?.number ?? "" })}
        content={translate("adhesia.opportunities.quotes.cancel_content")}
        reasonRequired={false}
        submitLabel="adhesia.opportunities.quotes.cancel"
        onSubmit={async (reason) => {
          if (cancelling) moved(await changeQuoteState(cancelling.id, "cancelled", reason || undefined));
        }}
        onClose={() => setCancelling(null)}
        testId="quote-cancel-dialog"
      />
    </Box>
  );
};
