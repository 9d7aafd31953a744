import { API_PREFIX, apiFetch } from "../../app/http";
import { exportUrl, type ExportFormat } from "../../ui/ExportButton";
import { boardQuery, type BoardFilters } from "./board";
import type { BoardColumn, HandClosedState, ManualQuoteInput, OpportunityRecord, PricedQuoteInput, QuoteOutcome, QuoteRecord, QuoteState, StateChange } from "./types";

const encode = (id: string | number) => encodeURIComponent(String(id));
export const opportunityPath = (id: string | number) => `/opportunities/${encode(id)}`;
export const quotePath = (id: string) => `/quotes/${encode(id)}`;

/** A person's or a company's opportunities, the most recent first. */
export const listOpportunitiesOf = async (holder: { personId: string } | { companyId: string }, signal?: AbortSignal): Promise<OpportunityRecord[]> =>
  (await apiFetch<{ items: OpportunityRecord[] }>(`/opportunities?${new URLSearchParams({ ...holder, sort: "-createdAt", perPage: "200" }).toString()}`, { signal })).items;

/** The quotes of an opportunity, the most recent first. */
export const listQuotes = async (opportunityId: string, signal?: AbortSignal): Promise<QuoteRecord[]> =>
  (await apiFetch<{ items: QuoteRecord[] }>(`/quotes?${new URLSearchParams({ opportunityId, sort: "-createdAt", perPage: "100" }).toString()}`, { signal })).items;

export const stateHistory = async (opportunityId: string, signal?: AbortSignal): Promise<StateChange[]> =>
  (await apiFetch<{ items: StateChange[] }>(`${opportunityPath(opportunityId)}/history`, { signal })).items;

export const closeOpportunity = (id: string, state: HandClosedState, reason: string): Promise<OpportunityRecord> =>
  apiFetch<OpportunityRecord>(`${opportunityPath(id)}/close`, { method: "POST", body: { state, reason } });

export const createQuote = (input: PricedQuoteInput | ManualQuoteInput): Promise<QuoteOutcome> => apiFetch<QuoteOutcome>("/quotes", { method: "POST", body: input });

/** The quote's move; 409 `quote.illegal_transition` outside the state machine. */
export const changeQuoteState = (id: string, state: QuoteState, reason?: string): Promise<QuoteOutcome> =>
  apiFetch<QuoteOutcome>(`${quotePath(id)}/state`, { method: "POST", body: { state, ...(reason ? { reason } : {}) } });

export const pipelineBoard = async (filters: BoardFilters, cards: number, signal?: AbortSignal): Promise<BoardColumn[]> =>
  (await apiFetch<{ columns: BoardColumn[] }>(`/opportunities/board?${boardQuery(filters, cards)}`, { signal })).columns;

const anyValue = () => true;
/** GET /opportunities/export with the list's filters (the export takes no search box). */
export const opportunitiesExportUrl = (format: ExportFormat, filter: Record<string, unknown>): string =>
  exportUrl(`${API_PREFIX}/opportunities`, format, filter, { state: anyValue, domain: anyValue, advisorId: anyValue, introducerId: anyValue, originId: anyValue, personId: anyValue, companyId: anyValue });
