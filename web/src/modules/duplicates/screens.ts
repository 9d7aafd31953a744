import type { DuplicateTarget } from "./types";

/** What the duplicate screens show of each kind of record. */
export interface RecordScreen {
  target: DuplicateTarget;
  resource: "persons" | "companies";
  /** Fields shown side by side when a draft is compared with its candidates, in this order. */
  shownFields: readonly string[];
  /** The address kind whose postal code the rules compare (`postalCode`). */
  mainAddressKind: string;
  /** Coded fields whose values have labels: field → translation key prefix. */
  valueLabels: Readonly<Record<string, string>>;
}

/** Fields that hold another record's id, shown by that record's name: field → react-admin resource. */
export const REFERENCE_FIELDS: Readonly<Record<string, string>> = {
  originId: "origins",
  prescriberPersonId: "persons",
  prescriberCompanyId: "companies",
  mainContactId: "persons",
  sectorId: "sectors",
  introducerId: "introducers",
  advisorId: "users",
};

export const PERSON_SCREEN: RecordScreen = {
  target: "person",
  resource: "persons",
  shownFields: ["lastName", "firstName", "birthName", "birthDate", "email", "mobilePhone", "landlinePhone", "postalCode"],
  mainAddressKind: "main",
  valueLabels: { civility: "adhesia.persons.civilities", category: "adhesia.persons.categories" },
};

export const COMPANY_SCREEN: RecordScreen = {
  target: "company",
  resource: "companies",
  shownFields: ["name", "siren", "siret", "email", "phone", "postalCode"],
  mainAddressKind: "head_office",
  valueLabels: {},
};

export const SCREENS: Readonly<Record<DuplicateTarget, RecordScreen>> = { person: PERSON_SCREEN, company: COMPANY_SCREEN };

/** Translation key of a field's label: the record's own, or the duplicates module's for what is no record field. */
export function fieldLabel(screen: RecordScreen, field: string): string {
  return field === "postalCode" || field === "addresses" ? `adhesia.duplicates.fields.${field}` : `resources.${screen.resource}.fields.${field}`;
}

/** A record's value of a shown field; `postalCode` is that of its main (head office) address, with the city. */
export function shownValue(screen: RecordScreen, record: Readonly<Record<string, unknown>>, field: string): unknown {
  if (field !== "postalCode") return record[field] ?? null;
  const addresses = Array.isArray(record.addresses) ? (record.addresses as Array<{ kind?: string; postalCode?: string; city?: string }>) : [];
  const main = addresses.find((address) => address.kind === screen.mainAddressKind);
  return main?.postalCode ? `${main.postalCode} ${main.city ?? ""}`.trim() : null;
}
