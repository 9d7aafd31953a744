import type { AddressView, PersonRecord } from "./types";

type Named = Pick<PersonRecord, "lastName" | "firstName">;

/** "DUPONT Marie": the family name first, as French back-offices list people. */
export function personName(person: Named | undefined | null): string {
  if (!person) return "";
  return [person.lastName.toLocaleUpperCase("fr-FR"), person.firstName ?? ""].filter(Boolean).join(" ");
}

export function mainAddress(person: Pick<PersonRecord, "addresses"> | undefined | null): AddressView | undefined {
  return person?.addresses?.find((address) => address.kind === "main");
}

/** "75011 Paris" of the main address, or "". */
export function mainLocality(person: Pick<PersonRecord, "addresses"> | undefined | null): string {
  const address = mainAddress(person);
  return address ? `${address.postalCode} ${address.city}` : "";
}
