import { and, eq } from "drizzle-orm";
import type { Executor } from "../platform/db/database.js";
import { insertMany } from "../platform/db/insert-many.js";
import { origins } from "../modules/origins/index.js";
import { bulkInsertPersons, personCompetitorCoverages, personRelations, persons, type PersonToLoad } from "../modules/persons/index.js";
import { findCommunes } from "../modules/reference-data/index.js";
import { demoCoverages } from "./demo-coverages.js";
import { demoHouseholds } from "./demo-households.js";
import { syntheticPerson, type Locality } from "./synthetic-persons.js";

/** Real localities across metropolitan France, Corsica and overseas, as La Poste writes them. */
const demoPostalCodes = ["75011", "69003", "13008", "31000", "33000", "44000", "59000", "67000", "35000", "06000", "34000", "21000", "20000", "97400", "97200"];

export function demoLocalities(): Locality[] {
  return demoPostalCodes.flatMap((postalCode) => findCommunes(postalCode).slice(0, 1).map((entry) => ({ postalCode, city: entry.city })));
}

export const DEMO_PERSONS_PER_TENANT = 300;

/** Demo persons typed a second time by another channel, so that a duplicate scan has something to find. */
const RE_ENTERED = [11, 42, 77, 123, 187, 250];

const withoutAccents = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "");

/** The same person as entered elsewhere: names in capitals without accents, hyphens as spaces, the phone in international form, another e-mail. */
function reEntered(person: PersonToLoad, variant: number): PersonToLoad {
  const lastName = withoutAccents(person.lastName).toUpperCase().replace(/-/g, " ");
  const mobilePhone = `+33 ${person.mobilePhone.replace(/\s/g, "").slice(1)}`;
  return variant % 2 === 0
    ? { ...person, lastName, firstName: withoutAccents(person.firstName), email: `${withoutAccents(person.firstName).toLowerCase()}.${variant}@saisie-agence.fr`, mobilePhone }
    : { ...person, lastName, email: person.email.toUpperCase(), mobilePhone: "06 00 00 00 0" + String(variant) };
}

/**
 * A few hundred persons per demo tenant, once (a tenant that has persons is left alone), some in
 * households (relations), about a quarter with insurance held elsewhere.
 */
export async function seedDemoPersons(tx: Executor, tenantId: string, seed: number): Promise<boolean> {
  const [any] = await tx.select({ id: persons.id }).from(persons).where(eq(persons.tenantId, tenantId)).limit(1);
  if (any) return false;
  const [origin] = await tx.select({ id: origins.id }).from(origins).where(and(eq(origins.tenantId, tenantId), eq(origins.code, "online_agency")));
  if (!origin) throw new Error("the online agency origin is missing: provision the tenant first");
  const localities = demoLocalities();
  const { people, relations } = demoHouseholds(
    Array.from({ length: DEMO_PERSONS_PER_TENANT }, (_, index) => {
      const person = syntheticPerson(seed, index, localities);
      return { ...person, originId: origin.id, markers: index % 7 === 0 ? ["newsletter"] : [] };
    }),
    seed,
  );
  const ids = await bulkInsertPersons(tx, tenantId, people);
  await bulkInsertPersons(tx, tenantId, RE_ENTERED.flatMap((index, variant) => (people[index] ? [reEntered(people[index], variant)] : [])));
  const idOf = (index: number): string => ids[index] ?? "";
  await insertMany(tx, personRelations, relations.map((relation) => ({ tenantId, personId: idOf(relation.person), type: relation.type, relatedPersonId: idOf(relation.related) })));
  await insertMany(tx, personCompetitorCoverages, ids.flatMap((ownerId, index) => demoCoverages("individual", seed, index).map((coverage) => ({ tenantId, ownerId, ...coverage }))));
  return true;
}
