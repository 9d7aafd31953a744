import type { Executor } from "../../platform/db/database.js";
import { insertMany } from "../../platform/db/insert-many.js";
import { newId } from "../../platform/ids.js";
import { parseFrenchPhone } from "../../platform/identifiers/index.js";
import { normaliseAddress } from "../addresses/index.js";
import { searchableName } from "./person-search.js";
import { personAddresses, persons } from "./schema.js";

export interface PersonToLoad {
  civility: "mr" | "mrs";
  lastName: string;
  firstName: string;
  birthDate: string;
  email: string;
  mobilePhone: string;
  originId: string;
  markers?: string[];
  address: { lines: string[]; postalCode: string; city: string };
}

/**
 * Loads many trusted persons at once (demo seed, benchmark data), with the same derived columns as
 * the service writes (search name, E.164 phone, RNVP address) but without per-record checks or audit.
 */
export async function bulkInsertPersons(tx: Executor, tenantId: string, people: readonly PersonToLoad[]): Promise<string[]> {
  if (people.length === 0) return [];
  // Ids made here, so that each address is tied to its person without relying on RETURNING's order.
  const ids = people.map(() => newId());
  await insertMany(
    tx,
    persons,
    people.map((person, index) => {
      const phone = parseFrenchPhone(person.mobilePhone);
      return {
        id: ids[index],
        tenantId,
        category: "individual" as const,
        civility: person.civility,
        lastName: person.lastName,
        firstName: person.firstName,
        birthDate: person.birthDate,
        email: person.email.toLowerCase(),
        mobilePhone: phone.ok ? phone.e164 : null,
        originId: person.originId,
        markers: person.markers ?? [],
        searchName: searchableName(person.lastName, person.firstName),
      };
    }),
  );
  await insertMany(
    tx,
    personAddresses,
    people.map((person, index) => {
      const normalised = normaliseAddress(person.address);
      return {
        tenantId,
        personId: ids[index] ?? "",
        kind: "main" as const,
        lines: person.address.lines,
        postalCode: person.address.postalCode,
        city: person.address.city,
        normalisedLines: normalised.lines,
        normalisationStatus: normalised.status,
      };
    }),
  );
  return ids;
}
