import { companyNameForm, digitsForm, emailForm, familyNameForms, firstNameForm, phoneForm, postalCodeForm, trimmedText } from "./normalise.js";
import { phoneticCode } from "./phonetic.js";
import type { ComparisonMethod, CompanyMatchField, DuplicateTarget, PersonMatchField } from "./rules.js";

export interface PersonMatchRecord {
  id?: string;
  lastName: string;
  firstName?: string | null;
  birthName?: string | null;
  birthDate?: string | null;
  email?: string | null;
  mobilePhone?: string | null;
  landlinePhone?: string | null;
  postalCode?: string | null;
}

export interface CompanyMatchRecord {
  id?: string;
  name: string;
  siren?: string | null;
  siret?: string | null;
  postalCode?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface MatchRecordByTarget {
  person: PersonMatchRecord;
  company: CompanyMatchRecord;
}

/**
 * The slots a transposed entry ("MARTIN Paul" typed as "PAUL Martin") is read in: its first name
 * read as a family name, its family name read as a first name.
 */
export const transposedField: Readonly<Record<string, string>> = { lastName: "lastNameTransposed", firstName: "firstNameTransposed" };

/** The values of one field in the two forms the methods start from; empty when the field is missing. */
interface FieldForms {
  /** Canonical values (trimmed text, lower-case e-mail, E.164, digits): what `exact` compares. */
  readonly exact: readonly string[];
  /** French-aware forms for names, the canonical values elsewhere: what the other methods start from. */
  readonly normalised: readonly string[];
}

type FieldPreparers<R, F extends string> = Readonly<Record<F, (record: R) => FieldForms>>;

const noForms: FieldForms = { exact: [], normalised: [] };

function distinctNonEmpty(values: readonly string[]): string[] {
  const kept: string[] = [];
  for (const value of values) if (value !== "" && !kept.includes(value)) kept.push(value);
  return kept;
}

function valueForms(value: string): FieldForms {
  return value === "" ? noForms : { exact: [value], normalised: [value] };
}

function familyNameFields(...names: Array<string | null | undefined>): FieldForms {
  return { exact: distinctNonEmpty(names.map(trimmedText)), normalised: distinctNonEmpty(names.flatMap(familyNameForms)) };
}

function firstNameFields(name: string | null | undefined): FieldForms {
  return { exact: distinctNonEmpty([trimmedText(name)]), normalised: distinctNonEmpty([firstNameForm(name)]) };
}

/**
 * A person's family name is its usage name or its birth name: a woman entered once under her
 * birth name and once under her married name, with the birth name filled in, is found.
 */
const personFields: FieldPreparers<PersonMatchRecord, PersonMatchField | "lastNameTransposed" | "firstNameTransposed"> = {
  lastName: (person) => familyNameFields(person.lastName, person.birthName),
  firstName: (person) => firstNameFields(person.firstName),
  lastNameTransposed: (person) => familyNameFields(person.firstName),
  firstNameTransposed: (person) => firstNameFields(person.lastName),
  birthDate: (person) => valueForms(trimmedText(person.birthDate)),
  email: (person) => valueForms(emailForm(person.email)),
  mobilePhone: (person) => valueForms(phoneForm(person.mobilePhone)),
  landlinePhone: (person) => valueForms(phoneForm(person.landlinePhone)),
  postalCode: (person) => valueForms(postalCodeForm(person.postalCode)),
};

const companyFields: FieldPreparers<CompanyMatchRecord, CompanyMatchField> = {
  name: (company) => ({ exact: distinctNonEmpty([trimmedText(company.name)]), normalised: distinctNonEmpty([companyNameForm(company.name)]) }),
  siren: (company) => valueForms(digitsForm(company.siren)),
  siret: (company) => valueForms(digitsForm(company.siret)),
  postalCode: (company) => valueForms(postalCodeForm(company.postalCode)),
  email: (company) => valueForms(emailForm(company.email)),
  phone: (company) => valueForms(phoneForm(company.phone)),
};

/**
 * A record with its forms computed once, on first use, so that a scan comparing a record with
 * many others normalises it once. `compareRecords` and `blockingKeys` accept it in place of the
 * plain record.
 */
export class PreparedRecord<T extends DuplicateTarget = DuplicateTarget> {
  private readonly computed = new Map<string, FieldForms>();
  private readonly phoneticForms = new Map<string, readonly string[]>();

  constructor(
    readonly target: T,
    readonly id: string | undefined,
    private readonly prepare: (field: string) => FieldForms,
  ) {}

  /** The canonical values of a field: what decides that a match is identical (score 1). */
  exact(field: string): readonly string[] {
    return this.fieldForms(field).exact;
  }

  /** The forms a method compares; fuzzy compares the normalised forms by similarity. */
  forms(field: string, method: ComparisonMethod): readonly string[] {
    const forms = this.fieldForms(field);
    if (method === "exact") return forms.exact;
    if (method !== "phonetic") return forms.normalised;
    let codes = this.phoneticForms.get(field);
    if (!codes) {
      codes = distinctNonEmpty(forms.normalised.map(phoneticCode));
      this.phoneticForms.set(field, codes);
    }
    return codes;
  }

  private fieldForms(field: string): FieldForms {
    let forms = this.computed.get(field);
    if (!forms) {
      forms = this.prepare(field);
      this.computed.set(field, forms);
    }
    return forms;
  }
}

function isPersonRecord(record: PersonMatchRecord | CompanyMatchRecord): record is PersonMatchRecord {
  return "lastName" in record;
}

function preparerFor<R, F extends string>(fields: FieldPreparers<R, F>, record: R): (field: string) => FieldForms {
  const known: Readonly<Partial<Record<string, (record: R) => FieldForms>>> = fields;
  return (field) => known[field]?.(record) ?? noForms;
}

/** Prepares a record for matching under the rules of its target. */
export function prepareRecord<T extends DuplicateTarget>(target: T, record: MatchRecordByTarget[T]): PreparedRecord<T> {
  if (isPersonRecord(record)) {
    if (target !== "person") throw new TypeError(`A person record cannot be matched as a ${target}`);
    return new PreparedRecord(target, record.id, preparerFor(personFields, record));
  }
  if (target !== "company") throw new TypeError(`A company record cannot be matched as a ${target}`);
  return new PreparedRecord(target, record.id, preparerFor(companyFields, record));
}
