import type { StateChange } from "./types";

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The « Motif » of a history line in the reader's language: the quote's move with its state labels
 * (the server keeps codes), then the words of who changed it.
 */
export function historyReason(change: Pick<StateChange, "quote" | "reason">, translate: Translate): string {
  const { quote } = change;
  const label = (state: string) => translate(`adhesia.opportunities.quote_states.${state}`);
  const move = quote
    ? quote.fromState
      ? translate("adhesia.opportunities.history.quote_moved", { number: quote.number ?? "", from: label(quote.fromState), to: label(quote.toState) })
      : translate("adhesia.opportunities.history.quote_created", { number: quote.number ?? "", to: label(quote.toState) })
    : null;
  return [move, change.reason].filter(Boolean).join(" — ");
}
