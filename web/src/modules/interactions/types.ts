import type { InteractionView, Reminders } from "../../../../server/src/modules/interactions/index.js";

/** GET /interactions item. */
export type InteractionRecord = InteractionView;

/** The records an interaction is about: what a panel lists and what it creates interactions for. */
export interface InteractionLinks {
  personId?: string;
  companyId?: string;
  opportunityId?: string;
}

/** The "réaliser" action's body. */
export interface CompletionInput {
  endedAt: string;
  resultCode: string;
  report: string | null;
}

export interface InteractionInput extends InteractionLinks {
  type: string;
  plannedAt: string;
  subject: string;
  notes: string | null;
  /** Given: recorded as already done (a call logged after the fact). */
  completion?: CompletionInput;
}

/** GET /interactions/reminders. */
export type { Reminders };
