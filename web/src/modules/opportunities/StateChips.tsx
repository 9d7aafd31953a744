import { Chip } from "@mui/material";
import { useTranslate } from "react-admin";
import { isIgnoredQuote, opportunityStateColor, quoteStateColor } from "./quoteStates";
import type { OpportunityState, QuoteState } from "./types";

const small = { height: 22, fontSize: 12 } as const;

/** Besoin détecté → … → Gagnée, or Perdue / Hors cible. */
export const OpportunityStateChip = ({ state, testId = "opportunity-state" }: { state: OpportunityState; testId?: string }) => {
  const translate = useTranslate();
  return <Chip size="small" color={opportunityStateColor(state)} label={translate(`adhesia.opportunities.states.${state}`)} data-testid={testId} data-state={state} sx={small} />;
};

/** À émettre → Transmis → Signé… → Validé; cancelled and expired quotes drawn outlined. */
export const QuoteStateChip = ({ state }: { state: QuoteState }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={quoteStateColor(state)}
      variant={isIgnoredQuote(state) ? "outlined" : "filled"}
      label={translate(`adhesia.opportunities.quote_states.${state}`)}
      data-testid="quote-state"
      data-state={state}
      sx={small}
    />
  );
};
