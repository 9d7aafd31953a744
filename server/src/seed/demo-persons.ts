import { and, eq } from "drizzle-orm";
import type { Executor } from "../platform/db/database.js";
import { origins } from "../modules/origins/index.js";
import { bulkInsertPersons, persons } from "../modules/persons/index.js";
import { findCommunes } from "../modules/reference-data/index.js";
import { syntheticPerson, type Locality } from "./synthetic-persons.js";

/** Real localities across metropolitan France, Corsica and overseas, as La Poste writes them. */
const demoPostalCodes = ["75011", "69003", "13008", "31000", "33000", "44000", "59000", "67000", "35000", "06000", "34000", "21000", "20000", "97400", "97200"];

export function demoLocalities(): Locality[] {
  return demoPostalCodes.flatMap((postalCode) => findCommunes(postalCode).slice(0, 1).map((entry) => ({ postalCode, city: entry.city })));
}

export const DEMO_PERSONS_PER_TENANT = 300;

/** A few hundred persons per demo tenant, once: a tenant that has persons is left alone. */
export async function seedDemoPersons(tx: Executor, tenantId: string, seed: number): Promise<boolean> {
  const [any] = await tx.select({ id: persons.id }).from(persons).where(eq(persons.tenantId, tenantId)).limit(1);
  if (any) return false;
  const [origin] = await tx.select({ id: origins.id }).from(origins).where(and(eq(origins.tenantId, tenantId), eq(origins.code, "online_agency")));
  if (!origin) throw new Error("the online agency origin is missing: provision the tenant first");
  const localities = demoLocalities();
  const people = Array.from({ length: DEMO_PERSONS_PER_TENANT }, (_, index) => {
    const person = syntheticPerson(seed, index, localities);
    return { ...person, originId: origin.id, markers: index % 7 === 0 ? ["newsletter"] : [] };
  });
  await bulkInsertPersons(tx, tenantId, people);
  return true;
}
