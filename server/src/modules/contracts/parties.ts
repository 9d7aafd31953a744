import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { Problem, type FieldError } from "../../platform/http/problem.js";
import type { CompaniesService } from "../companies/index.js";
import { incomingMatcher, matchVerdict, type CompanyMatchRecord, type DuplicateCandidate, type PersonMatchRecord } from "../duplicates/index.js";
import type { PersonsService } from "../persons/index.js";
import type { CompanyHolder, PersonHolder } from "./contract-record.js";
import { identityKey } from "./party-rules.js";

/** A person or company a contract names, and whether the line created it. */
export interface ResolvedParty {
  id: string;
  created: boolean;
}

export type PersonDraft = Omit<PersonHolder, "type"> | { lastName: string; firstName: string; birthDate: string };

/** The persons and companies services, as the contracts module creates records through them. */
export interface RecordServices {
  persons: PersonsService;
  companies: CompaniesService;
}

/**
 * Finds or creates the persons and companies of the contracts of one transaction (a batch of the
 * feed, one API call), through the duplicate service's matching: the tenant's rules are read once
 * per transaction. `known` holds the persons this contract already names (its stored holder and
 * beneficiaries, and those resolved earlier on the line), so that a newer version of a contract
 * never creates its people again.
 */
export class PartyResolver {
  private personMatcher: ((record: PersonMatchRecord) => Promise<DuplicateCandidate[]>) | undefined;
  private companyMatcher: ((record: CompanyMatchRecord) => Promise<DuplicateCandidate[]>) | undefined;

  constructor(
    private readonly tx: Executor,
    private readonly ctx: RequestContext,
    private readonly services: RecordServices,
    private readonly originId: string,
  ) {}

  async person(draft: PersonDraft, known: Map<string, string>, path: string): Promise<ResolvedParty> {
    const key = identityKey(draft);
    const knownId = known.get(key);
    if (knownId) return { id: knownId, created: false };
    this.personMatcher ??= await incomingMatcher(this.tx, this.ctx.tenantId, "person");
    const email = "email" in draft ? draft.email : undefined;
    const mobilePhone = "mobilePhone" in draft ? draft.mobilePhone : undefined;
    const address = "address" in draft ? draft.address : undefined;
    const verdict = matchVerdict("person", await this.personMatcher({ lastName: draft.lastName, firstName: draft.firstName, birthDate: draft.birthDate, email: email ?? null, mobilePhone: mobilePhone ?? null, postalCode: address?.postalCode ?? null }));
    let resolved: ResolvedParty;
    if (verdict.kind === "linked") resolved = { id: verdict.id, created: false };
    else {
      const created = await this.services.persons
        .createIn(this.tx, this.ctx, {
          category: "individual",
          lastName: draft.lastName,
          firstName: draft.firstName,
          birthDate: draft.birthDate,
          ...(email ? { email } : {}),
          ...(mobilePhone ? { mobilePhone } : {}),
          ...(address ? { addresses: [{ kind: "main" as const, lines: address.lines, postalCode: address.postalCode, city: address.city, ...(address.country ? { country: address.country } : {}) }] } : {}),
          originId: this.originId,
          // A record the matching could not tell apart from others is created and listed for review (never refused).
          duplicateResolution: { decision: "review" },
        })
        .catch((error: unknown) => {
          throw withinPath(error, path);
        });
      resolved = { id: created.id, created: true };
    }
    known.set(key, resolved.id);
    return resolved;
  }

  async company(holder: CompanyHolder, path: string): Promise<ResolvedParty> {
    this.companyMatcher ??= await incomingMatcher(this.tx, this.ctx.tenantId, "company");
    const verdict = matchVerdict("company", await this.companyMatcher({ name: holder.name, siren: holder.siren, postalCode: holder.address?.postalCode ?? null }));
    if (verdict.kind === "linked") return { id: verdict.id, created: false };
    const { address } = holder;
    const created = await this.services.companies
      .createIn(this.tx, this.ctx, {
        name: holder.name,
        siren: holder.siren,
        originId: this.originId,
        ...(address ? { addresses: [{ kind: "head_office" as const, lines: address.lines, postalCode: address.postalCode, city: address.city, ...(address.country ? { country: address.country } : {}) }] } : {}),
        duplicateResolution: { decision: "review" },
      })
      .catch((error: unknown) => {
        throw withinPath(error, path);
      });
    return { id: created.id, created: true };
  }
}

/** A refusal of a person's or company's own fields, placed under the record's member that brought them (`holder.email`). */
function withinPath(error: unknown, path: string): unknown {
  if (!(error instanceof Problem) || error.status !== 400) return error;
  const errors: FieldError[] = (error.options.errors ?? []).map((fieldError) => ({ ...fieldError, path: `${path}.${fieldError.path}` }));
  return new Problem(400, "validation.failed", { errors });
}
