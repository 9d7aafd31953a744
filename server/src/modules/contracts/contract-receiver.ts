import { and, eq } from "drizzle-orm";
import { allRecords } from "../../platform/auth/data-scope.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { withTenant } from "../../platform/db/tenant-transaction.js";
import { invalidFields, Problem } from "../../platform/http/problem.js";
import type { ImportLineError } from "../../platform/imports/import-lines.js";
import type { LineOutcome } from "../../platform/imports/import-reports.js";
import { companyPermissions } from "../companies/index.js";
import { origins } from "../origins/index.js";
import { personPermissions } from "../persons/index.js";
import { contractKey, reportKey, type ContractRecord } from "./contract-record.js";
import { ReferenceLookup } from "./reference-lookup.js";
import { linkQuotes, referenceErrors, upsertContracts, type UpsertOutcome, type UpsertResult } from "./contract-writer.js";
import { refreshParties, type NatureRule, type TouchedParties } from "./coverage-refresh.js";
import type { FeedLine } from "./feed-lines.js";
import { PartyResolver, type RecordServices } from "./parties.js";
import { contractPermissions } from "./permissions.js";

/** The system origin of the persons and companies a channel brings (origins module, installed in every tenant). */
export const channelOrigins = { backOffice: "back_office", intake: "contract_intake" } as const;
export type ChannelOrigin = (typeof channelOrigins)[keyof typeof channelOrigins];

/**
 * The opportunities module's quote transition, registered at wiring time: the quote a contract
 * names becomes `validated` (and its opportunity `won` by the pipeline rules) in the contract's
 * transaction. Answers the quote's id, or undefined for a number it does not know.
 */
export type QuoteValidation = (tx: Executor, ctx: RequestContext, quoteNumber: string, contractNumber: string) => Promise<string | undefined>;

export interface ReceivedContract {
  result: UpsertResult;
  contractId: string;
  holderType: "person" | "company";
  holderId: string;
}

export interface BatchOutcome {
  counters: Record<UpsertResult, number> & { rejected: number };
  lines: LineOutcome[];
  errors: ImportLineError[];
}

/**
 * What the interface may do on the caller's behalf: holding `contract:import` is enough to create
 * and link the persons and companies its contracts name, whatever the caller's own rights on them.
 */
function interfaceContext(ctx: RequestContext): RequestContext {
  const permissions = new Set([...ctx.permissions, personPermissions.read, personPermissions.write, companyPermissions.read, companyPermissions.write]);
  return { ...ctx, permissions, dataScope: allRecords };
}

/** Receives contracts from the back office (one by API, or a feed's batch) and from the partners' intake. */
export class ContractReceiver {
  private nature: NatureRule | undefined;
  private quotes: QuoteValidation | undefined;

  constructor(
    private readonly database: Database,
    private readonly services: RecordServices,
  ) {}

  /** Called once by the opportunities module's wiring: natures follow contracts from then on. */
  registerNatureRule(nature: NatureRule): void {
    this.nature = nature;
  }

  /**
   * Brings the equipment flags and nature of these persons and companies up to date in the caller's
   * transaction, for a change that moved contracts between them outside this module (a merge).
   */
  async refreshParties(tx: Executor, ctx: RequestContext, parties: TouchedParties): Promise<void> {
    await refreshParties(tx, ctx, parties, this.nature);
  }

  /** Called once by the opportunities module's wiring: a contract's quote reference validates that quote. */
  registerQuoteValidation(quotes: QuoteValidation): void {
    this.quotes = quotes;
  }

  /** One contract pushed in real time: created, updated or unchanged, in one transaction; a refusal writes nothing. */
  async receive(ctx: RequestContext, record: ContractRecord): Promise<ReceivedContract> {
    requirePermission(ctx, contractPermissions.import);
    const asInterface = interfaceContext(ctx);
    return withTenant(this.database, asInterface, async (tx) => {
      const resolver = new PartyResolver(tx, asInterface, this.services, await originId(tx, ctx.tenantId, channelOrigins.backOffice), this.nature);
      const [outcome] = await this.apply(tx, asInterface, resolver, new ReferenceLookup(tx, ctx.tenantId), [record]);
      if (!outcome) throw new Error("a contract without its outcome");
      await refreshParties(tx, asInterface, outcome.touched, this.nature);
      return { result: outcome.result, contractId: outcome.contractId, holderType: outcome.holderType, holderId: outcome.holderId };
    });
  }

  /**
   * Lines of a feed or an intake in one transaction, written together in a few statements (the
   * matching, the new persons, the contracts, their beneficiaries…). A line naming a code nobody
   * knows is refused before; a refusal found while writing (a phone the persons module refuses) is
   * narrowed down to its line by `writeTogether`, the others kept. Faults other than a refusal (the
   * database gone) fail the whole batch. A dry run does all of it and rolls it
   * back: what it answers is what the real run would do, matching included.
   */
  async receiveBatch(ctx: RequestContext, lines: readonly FeedLine[], origin: ChannelOrigin, options: { dryRun?: boolean } = {}): Promise<BatchOutcome> {
    requirePermission(ctx, contractPermissions.import);
    const asInterface = interfaceContext(ctx);
    const run = withTenant(this.database, asInterface, async (tx) => {
      const resolver = new PartyResolver(tx, asInterface, this.services, await originId(tx, ctx.tenantId, origin), this.nature);
      const lookup = new ReferenceLookup(tx, ctx.tenantId);
      const results = new Map<FeedLine, UpsertOutcome | Problem>();
      const accepted: FeedLine[] = [];
      for (const feedLine of lines) {
        const errors = await referenceErrors(lookup, feedLine.record);
        if (errors.length > 0) results.set(feedLine, invalidFields(errors));
        else accepted.push(feedLine);
      }
      await this.writeTogether(tx, asInterface, resolver, lookup, accepted, results);
      const outcome: BatchOutcome = { counters: { created: 0, updated: 0, unchanged: 0, rejected: 0 }, lines: [], errors: [] };
      // The parties of the lines kept: their flags and natures are refreshed once for the batch, in its transaction.
      const touched: TouchedParties = { personIds: [], companyIds: [] };
      for (const feedLine of lines) {
        const { line, record } = feedLine;
        const result = results.get(feedLine);
        if (!result) throw new Error(`line ${line} has no outcome`);
        if (result instanceof Problem) {
          outcome.counters.rejected += 1;
          outcome.lines.push({ line, key: reportKey(record), result: "rejected" });
          const fieldErrors = result.options.errors ?? [];
          if (fieldErrors.length === 0) outcome.errors.push({ line, column: "", code: result.code, ...(result.options.params ? { params: result.options.params } : {}) });
          for (const fieldError of fieldErrors) outcome.errors.push({ line, column: fieldError.path, code: fieldError.code, ...(fieldError.params ? { params: fieldError.params } : {}) });
          continue;
        }
        touched.personIds.push(...result.touched.personIds);
        touched.companyIds.push(...result.touched.companyIds);
        outcome.counters[result.result] += 1;
        outcome.lines.push({ line, key: reportKey(record), result: result.result });
      }
      await refreshParties(tx, asInterface, touched, this.nature);
      if (options.dryRun) throw new RolledBack(outcome);
      return outcome;
    });
    return run.catch((error: unknown) => {
      if (error instanceof RolledBack) return error.outcome;
      throw error;
    });
  }

  /**
   * Writes lines together under a savepoint. A refusal rolls them back and splits them in halves,
   * written in file order, down to the refused line alone: one bad line costs a few retries of
   * ever smaller parts, not the whole batch line by line. Lines naming one contract twice are split
   * the same way until each part names it once (file order: the later version wins).
   */
  private async writeTogether(tx: Executor, ctx: RequestContext, resolver: PartyResolver, lookup: ReferenceLookup, lines: readonly FeedLine[], results: Map<FeedLine, UpsertOutcome | Problem>): Promise<void> {
    if (lines.length === 0) return;
    const once = new Set(lines.map((feedLine) => contractKey(feedLine.record))).size === lines.length;
    const written = once ? await refusable(tx.transaction((savepoint) => this.apply(savepoint, ctx, resolver, lookup, lines.map((feedLine) => feedLine.record)))) : undefined;
    if (written && !(written instanceof Problem)) {
      lines.forEach((feedLine, position) => {
        const outcome = written[position];
        if (outcome) results.set(feedLine, outcome);
      });
      return;
    }
    const [only] = lines;
    if (lines.length === 1 && only && written) {
      results.set(only, written);
      return;
    }
    const middle = Math.ceil(lines.length / 2);
    await this.writeTogether(tx, ctx, resolver, lookup, lines.slice(0, middle), results);
    await this.writeTogether(tx, ctx, resolver, lookup, lines.slice(middle), results);
  }

  /**
   * Upserts contracts, validates the quotes of those that changed and links them to those quotes;
   * the caller refreshes the parties they touched.
   */
  private async apply(tx: Executor, ctx: RequestContext, resolver: PartyResolver, lookup: ReferenceLookup, records: readonly ContractRecord[]): Promise<UpsertOutcome[]> {
    const outcomes = await upsertContracts(tx, ctx, resolver, lookup, records);
    const links: Array<{ contractId: string; quoteId: string | null }> = [];
    for (const [position, outcome] of outcomes.entries()) {
      if (outcome.result === "unchanged") continue;
      const number = records[position]?.number ?? "";
      const quoteId = outcome.quoteNumber && this.quotes ? ((await this.quotes(tx, ctx, outcome.quoteNumber, number)) ?? null) : null;
      // A new contract without a quote has no link to undo; a newer version may drop or change its quote.
      if (quoteId || outcome.result === "updated") links.push({ contractId: outcome.contractId, quoteId });
    }
    await linkQuotes(tx, ctx, links);
    return outcomes;
  }
}

/** The outcome of a write, or the refusal (a 4xx problem) that rolled it back; other faults go on up. */
async function refusable<T>(write: Promise<T>): Promise<T | Problem> {
  return write.catch((error: unknown) => {
    if (error instanceof Problem && error.status < 500) return error;
    throw error;
  });
}

/** Thrown to roll a dry run's transaction back, carrying what it found. */
class RolledBack extends Error {
  constructor(readonly outcome: BatchOutcome) {
    super("dry run rolled back");
  }
}

async function originId(tx: Executor, tenantId: string, code: ChannelOrigin): Promise<string> {
  const [row] = await tx
    .select({ id: origins.id })
    .from(origins)
    .where(and(eq(origins.tenantId, tenantId), eq(origins.code, code)));
  if (!row) throw new Error(`system origin ${code} is missing in tenant ${tenantId}`);
  return row.id;
}
