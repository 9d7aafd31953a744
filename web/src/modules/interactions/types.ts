/** GET /interactions item (server/src/modules/interactions/routes.ts). */
export interface InteractionRecord {
  id: string;
  type: string;
  personId: string | null;
  personName: string | null;
  companyId: string | null;
  companyName: string | null;
  advisorId: string;
  advisorName: string | null;
  opportunityId: string | null;
  plannedAt: string;
  subject: string;
  notes: string | null;
  state: "planned" | "done";
  endedAt: string | null;
  resultCode: string | null;
  report: string | null;
  overdue: boolean;
  version: number;
}

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

export interface Reminders {
  count: number;
  items: InteractionRecord[];
}
