import { and, eq } from "drizzle-orm";
import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { allowedNextStates, type QuoteState } from "./quote-states.js";
import type { QuotesService } from "./quotes-service.js";
import { quotes } from "./schema.js";

/**
 * The shortest legal path from `from` to `validated` (breadth-first over the transition table):
 * the steps a quote takes when the back office says it was validated, so that every step is one the
 * state machine allows and the history shows it. Empty when already validated; undefined when no
 * legal path exists (a cancelled or lost quote stays as it is).
 */
export function pathToValidated(from: QuoteState): QuoteState[] | undefined {
  const cameFrom = new Map<QuoteState, QuoteState | null>([[from, null]]);
  const queue: QuoteState[] = [from];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    if (state === "validated") {
      const path: QuoteState[] = [];
      for (let step: QuoteState | null | undefined = state; step && step !== from; step = cameFrom.get(step)) path.unshift(step);
      return path;
    }
    for (const next of allowedNextStates(state)) {
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, state);
      queue.push(next);
    }
  }
  return undefined;
}

/**
 * A contract that names the quote it came from validates that quote in the contract's transaction,
 * through the state machine step by step (its opportunity then follows to `won` by the pipeline
 * rules). Answers the quote's id, or undefined for a number the tenant does not know.
 */
export function contractQuoteValidation(service: QuotesService) {
  return async (tx: Executor, ctx: RequestContext, quoteNumber: string, contractNumber: string): Promise<string | undefined> => {
    const [quote] = await tx.select({ id: quotes.id, state: quotes.state }).from(quotes).where(and(eq(quotes.tenantId, ctx.tenantId), eq(quotes.number, quoteNumber)));
    if (!quote) return undefined;
    const reason = `Contrat ${contractNumber} validé en gestion`;
    for (const state of pathToValidated(quote.state) ?? []) await service.changeStateIn(tx, ctx, quote.id, { state, reason });
    return quote.id;
  };
}
