import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { Problem, type FieldError } from "../../platform/http/problem.js";
import type { DuplicateResolution } from "../../platform/records/hooks.js";
import { newId } from "../../platform/ids.js";
import type { CompaniesService } from "../companies/index.js";
import { matchIncomingBatch, type IncomingDraft } from "../duplicates/index.js";
import type { PersonInput, PersonsService } from "../persons/index.js";
import type { CompanyHolder, PersonHolder } from "./contract-record.js";
import { derivedFieldsOfNew, type NatureRule, type Standing } from "./coverage-refresh.js";
import { identityKey } from "./party-rules.js";

type PostalAddress = NonNullable<PersonHolder["address"]>;

export type PersonDraft = Omit<PersonHolder, "type"> | { lastName: string; firstName: string; birthDate: string };

/** The persons and companies services, as the contracts module creates records through them. */
export interface RecordServices {
  persons: PersonsService;
  companies: CompaniesService;
}

/**
 * The people one contract names: its holder, its beneficiaries in order, and the persons its stored
 * version already names by identity (`known`), so that a newer version never creates them again.
 */
export interface ContractParties {
  holder: PersonHolder | CompanyHolder;
  beneficiaries: readonly PersonDraft[];
  known: ReadonlyMap<string, string>;
  /** The contract as its new persons' equipment flags and nature read it. */
  standing: Standing;
}

export interface ResolvedParties {
  holderId: string;
  beneficiaryIds: string[];
}

/** What the feed's matching tells the duplicate service of the records it creates. */
type Resolution = Extract<DuplicateResolution, { decision: "review" | "no_match" }>;

/** A person or company to match, and where it sits in the record (`beneficiaries.2`), for refusals. */
interface Pending<T extends "person" | "company"> extends IncomingDraft<T> {
  path: string;
  input: T extends "person" ? PersonDraft : CompanyHolder;
}

/**
 * Finds or creates the persons and companies of many contracts at once (a feed's batch, or one
 * API call), through the duplicate service's matching: one lookup of the stored candidates for the
 * whole batch, the batch's own new people compared in memory (a holder of two contracts is created
 * once), then the new persons created in one go with their hooks. Within a contract, a person
 * named twice (the holder listed again as main insured) is one person.
 */
export class PartyResolver {
  constructor(
    private readonly tx: Executor,
    private readonly ctx: RequestContext,
    private readonly services: RecordServices,
    private readonly originId: string,
    private readonly nature: NatureRule | undefined,
  ) {}

  async resolve(contracts: readonly ContractParties[]): Promise<ResolvedParties[]> {
    const persons: Array<Pending<"person">> = [];
    const companies: Array<Pending<"company">> = [];
    // Each party is a stored id, or the position of a draft in `persons` / `companies`.
    type Slot = { id: string } | { person: number } | { company: number };
    const slotsOf = contracts.map(({ holder, beneficiaries, known }) => {
      const inContract = new Map<string, Slot>([...known].map(([key, id]) => [key, { id }]));
      const personSlot = (draft: PersonDraft, path: string): Slot => {
        const key = identityKey(draft);
        const slot = inContract.get(key) ?? { person: persons.push({ id: newId(), record: personMatchRecord(draft), path, input: draft }) - 1 };
        inContract.set(key, slot);
        return slot;
      };
      const holderSlot: Slot = holder.type === "person" ? personSlot(holder, "holder") : { company: companies.push({ id: newId(), record: { name: holder.name, siren: holder.siren, postalCode: holder.address?.postalCode ?? null }, path: "holder", input: holder }) - 1 };
      return { holderSlot, beneficiarySlots: beneficiaries.map((beneficiary, index) => personSlot(beneficiary, `beneficiaries.${index}`)) };
    });
    // The contracts of each person draft, each once (a holder who is also the main insured).
    const contractsOf = new Map<string, Standing[]>();
    contracts.forEach(({ standing }, index) => {
      const slots = slotsOf[index];
      const drafts = new Set([slots?.holderSlot, ...(slots?.beneficiarySlots ?? [])].flatMap((slot) => (slot && "person" in slot ? [persons[slot.person]?.id ?? ""] : [])));
      for (const id of drafts) {
        const named = contractsOf.get(id);
        if (named) named.push(standing);
        else contractsOf.set(id, [standing]);
      }
    });
    const personIds = await this.matchOrCreate("person", persons, (pending, resolution) => this.createPersons(pending, resolution, contractsOf));
    const companyIds = await this.matchOrCreate("company", companies, (pending, resolution) => this.createCompanies(pending, resolution));
    const idOf = (slot: Slot): string => {
      const id = "id" in slot ? slot.id : "person" in slot ? personIds[slot.person] : companyIds[slot.company];
      if (!id) throw new Error("a party was neither matched nor created");
      return id;
    };
    return slotsOf.map(({ holderSlot, beneficiarySlots }) => ({ holderId: idOf(holderSlot), beneficiaryIds: beneficiarySlots.map(idOf) }));
  }

  /** The ids of the drafts: the stored record one strong match names, else a new record (listed for review when the match was unsure). */
  private async matchOrCreate<T extends "person" | "company">(
    target: T,
    drafts: ReadonlyArray<Pending<T>>,
    create: (pending: ReadonlyArray<Pending<T>>, resolution: Resolution) => Promise<void>,
  ): Promise<string[]> {
    if (drafts.length === 0) return [];
    const verdicts = await matchIncomingBatch(this.tx, this.ctx.tenantId, target, drafts);
    // Those without candidates first: filed under their keys, they are there for the others' review.
    await create(drafts.filter((_, position) => verdicts[position]?.kind === "new"), { decision: "no_match" });
    // A record the matching could not tell apart from others is created and listed for review (never refused).
    await create(drafts.filter((_, position) => verdicts[position]?.kind === "review"), { decision: "review" });
    return drafts.map((draft, position) => {
      const verdict = verdicts[position];
      return verdict?.kind === "linked" ? verdict.id : draft.id;
    });
  }

  /** New persons, created with the equipment flags and nature the batch's contracts give them. */
  private async createPersons(pending: ReadonlyArray<Pending<"person">>, duplicateResolution: Resolution, contractsOf: ReadonlyMap<string, readonly Standing[]>): Promise<void> {
    if (pending.length === 0) return;
    const derived = derivedFieldsOfNew(new Map(pending.map(({ id }) => [id, contractsOf.get(id) ?? []])), this.nature);
    const inputs = pending.map(({ input }): PersonInput => {
      const { email, mobilePhone, address } = contactOf(input);
      return {
        category: "individual",
        lastName: input.lastName,
        firstName: input.firstName,
        birthDate: input.birthDate,
        ...(email ? { email } : {}),
        ...(mobilePhone ? { mobilePhone } : {}),
        ...(address ? { addresses: [addressInput("main", address)] } : {}),
        originId: this.originId,
        duplicateResolution,
      };
    });
    await this.services.persons
      .createManyIn(this.tx, this.ctx, inputs, pending.map((draft) => draft.id), derived)
      .catch((error: unknown) => {
        throw withinPaths(error, pending.map((draft) => draft.path));
      });
  }

  /** Companies one by one: a feed names few of them (group contracts), and the main contact a company may bring is created with it. */
  private async createCompanies(pending: ReadonlyArray<Pending<"company">>, duplicateResolution: Resolution): Promise<void> {
    for (const { id, input, path } of pending) {
      const { address } = input;
      await this.services.companies
        .createIn(
          this.tx,
          this.ctx,
          {
            name: input.name,
            siren: input.siren,
            originId: this.originId,
            ...(address ? { addresses: [addressInput("head_office", address)] } : {}),
            duplicateResolution,
          },
          id,
        )
        .catch((error: unknown) => {
          throw withinPaths(error, [path]);
        });
    }
  }
}

/** What a holder brings beyond the identity a beneficiary has too. */
function contactOf(draft: PersonDraft): { email?: string | undefined; mobilePhone?: string | undefined; address?: PostalAddress | undefined } {
  return "email" in draft || "mobilePhone" in draft || "address" in draft ? draft : {};
}

/** A contract's address as the persons' and companies' create bodies take it. */
function addressInput<K extends "main" | "head_office">(kind: K, address: PostalAddress) {
  return { kind, lines: address.lines, postalCode: address.postalCode, city: address.city, ...(address.country ? { country: address.country } : {}) };
}

function personMatchRecord(draft: PersonDraft) {
  const { email, mobilePhone, address } = contactOf(draft);
  return { lastName: draft.lastName, firstName: draft.firstName, birthDate: draft.birthDate, email: email ?? null, mobilePhone: mobilePhone ?? null, postalCode: address?.postalCode ?? null };
}

/**
 * A refusal of a person's or company's own fields, placed under the record's member that brought
 * them (`holder.email`): one input's errors are its own fields; several inputs' start with the
 * input's position (`2.email`).
 */
function withinPaths(error: unknown, paths: readonly string[]): unknown {
  if (!(error instanceof Problem) || error.status !== 400) return error;
  const place = (fieldError: FieldError): FieldError => {
    if (paths.length === 1) return { ...fieldError, path: `${paths[0]}.${fieldError.path}` };
    const [position, ...rest] = fieldError.path.split(".");
    return { ...fieldError, path: [paths[Number(position)] ?? position, ...rest].join(".") };
  };
  return new Problem(400, "validation.failed", { errors: (error.options.errors ?? []).map(place) });
}
