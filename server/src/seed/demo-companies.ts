// Deterministic demo companies: the same seed always gives the same companies (names, valid SIRENs,
// real NAF and IDCC codes, headcount bands, La Poste localities), each tied to seeded persons.
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../platform/db/database.js";
import { insertMany } from "../platform/db/insert-many.js";
import { hasValidLuhnKey } from "../platform/identifiers/index.js";
import { bulkInsertCompanies, companies, companyCompetitorCoverages, companyRelations, type CompanyPersonRole, type CompanyRelationType, type CompanyToLoad } from "../modules/companies/index.js";
import { origins } from "../modules/origins/index.js";
import { persons } from "../modules/persons/index.js";
import { searchIdcc, searchNaf } from "../modules/reference-data/index.js";
import { demoCoverages } from "./demo-coverages.js";
import { demoLocalities } from "./demo-persons.js";
import { seededRandom, type Locality } from "./synthetic-persons.js";

export const DEMO_COMPANIES_PER_TENANT = 100;

/** Trades with their NAF sous-classe and the convention collective that usually covers them. */
const trades: ReadonlyArray<{ naf: string; idcc: string | null; names: readonly string[]; association?: boolean }> = [
  { naf: "10.71C", idcc: "0843", names: ["Boulangerie {surname}", "Au Fournil de {city}", "Maison {surname}"] },
  { naf: "56.10A", idcc: "1979", names: ["Brasserie {surname}", "Le Bistrot de {city}", "Restaurant Le {place}"] },
  { naf: "47.73Z", idcc: "1996", names: ["Pharmacie {surname}", "Pharmacie du {place}"] },
  { naf: "86.21Z", idcc: "1147", names: ["Cabinet médical {surname}", "Maison de santé de {city}"] },
  { naf: "69.20Z", idcc: "0787", names: ["{surname} Expertise Comptable", "Cabinet {surname} & Associés"] },
  { naf: "71.12B", idcc: "1486", names: ["{surname} Ingénierie", "Bureau d'études {surname}"] },
  { naf: "62.02A", idcc: "1486", names: ["{surname} Informatique", "Numérique {city} Conseil"] },
  { naf: "43.22A", idcc: "1596", names: ["Plomberie {surname}", "{surname} Chauffage Sanitaire"] },
  { naf: "41.20A", idcc: "1597", names: ["Constructions {surname}", "Bâtir en {region}"] },
  { naf: "45.20A", idcc: "1090", names: ["Garage {surname}", "Garage du {place}"] },
  { naf: "96.02A", idcc: "2596", names: ["{firstName} Coiffure", "L'Atelier de {firstName}"] },
  { naf: "49.41A", idcc: "0016", names: ["Transports {surname}", "{surname} Logistique"] },
  { naf: "81.21Z", idcc: "3043", names: ["{surname} Propreté", "Net'{city} Services"] },
  { naf: "68.31Z", idcc: "1527", names: ["Agence immobilière {surname}", "{city} Immobilier"] },
  { naf: "47.11D", idcc: "2216", names: ["Supermarché de {city}", "Marché {surname}"] },
  { naf: "85.59A", idcc: "1516", names: ["{surname} Formation", "Institut de formation de {city}"] },
  { naf: "25.62B", idcc: "3248", names: ["Mécanique {surname}", "Usinage de précision {surname}"] },
  { naf: "80.10Z", idcc: "1351", names: ["{surname} Sécurité", "Gardiennage {region}"] },
  { naf: "56.29A", idcc: "1266", names: ["{surname} Restauration Collective"] },
  { naf: "86.10Z", idcc: "2264", names: ["Clinique du {place}", "Clinique {saint}"] },
  { naf: "46.90Z", idcc: "0573", names: ["{surname} Distribution", "Comptoir {region}"] },
  { naf: "73.11Z", idcc: "0086", names: ["Agence {surname} Communication", "Studio {firstName}"] },
  { naf: "88.10A", idcc: "2941", names: ["Aide à domicile de {city}", "Association {saint} Entraide"], association: true },
  { naf: "93.12Z", idcc: "2511", names: ["Union sportive de {city}", "Club de tennis de {city}"], association: true },
];

const surnames = [
  "Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefèvre", "Roux", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert",
  "Fontaine", "Rousseau", "Mercier", "Blanc", "Guérin", "Chevalier", "Gauthier", "Perrin", "Morin", "Marchand", "Duval", "Lemaire",
  "Le Gall", "Le Hénaff", "Kerbrat", "Hoarau", "Etxeberria", "Saint-Martin", "D'Arcy", "Payet", "Vidal", "Fabre", "Renaud", "Lacroix",
];
const firstNames = ["Camille", "Julie", "Thomas", "Nicolas", "Léa", "Hugo", "Manon", "Zoé", "Inès", "Loïc", "Maëlle", "Yannick"];
const places = ["Centre", "Marché", "Port", "Parc", "Château", "Moulin", "Lac", "Pont", "Soleil", "Vieux Quai"];
const saints = ["Saint-Joseph", "Sainte-Anne", "Saint-Michel", "Saint-Louis", "Sainte-Claire"];
const regions = ["Bretagne", "Provence", "Occitanie", "Alsace", "Normandie", "Auvergne", "Pays Basque", "Flandres"];
const streets = ["rue de la République", "avenue Jean Jaurès", "boulevard Gambetta", "rue du Général de Gaulle", "zone artisanale des Près", "rue de l'Industrie", "place de la Mairie", "quai des Chartrons", "avenue de Verdun", "rue Pasteur"];

/** Bands from the INSEE list, weighted towards the small companies that make most of a mutual's enterprise market. */
const bands = ["NN", "00", "01", "01", "02", "02", "03", "03", "11", "11", "12", "12", "21", "22", "31", "32", "41"] as const;
const staffOf: Readonly<Record<(typeof bands)[number], [number, number]>> = {
  NN: [0, 0], "00": [0, 0], "01": [1, 2], "02": [3, 5], "03": [6, 9], "11": [10, 19], "12": [20, 49], "21": [50, 99], "22": [100, 199], "31": [200, 249], "32": [250, 499], "41": [500, 999],
};
const otherRoles: readonly CompanyPersonRole[] = ["employee", "employee", "officer", "accountant", "other"];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const digits = (random: () => number, count: number): string => String(Math.floor(random() * 10 ** count)).padStart(count, "0");
const slug = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** The digit that completes `body` into a number with a valid Luhn key (SIREN, SIRET). */
export function withLuhnKey(body: string): string {
  for (let key = 0; key <= 9; key += 1) if (hasValidLuhnKey(`${body}${key}`)) return `${body}${key}`;
  throw new Error(`no Luhn key for ${body}`);
}

function fill(template: string, random: () => number, locality: Locality): string {
  return template
    .replace("{surname}", pick(random, surnames))
    .replace("{firstName}", pick(random, firstNames))
    .replace("{place}", pick(random, places))
    .replace("{saint}", pick(random, saints))
    .replace("{region}", pick(random, regions))
    .replace("{city}", locality.city.replace(/\s+\d+$/, "").replace(/\b(\p{L})(\p{L}*)/gu, (_, first: string, rest: string) => first + rest.toLowerCase()));
}

/** Real codes only: a trade whose NAF or IDCC is not in the referentials would be a bug in this list. */
function checkTrades(): void {
  for (const trade of trades) {
    if (!searchNaf(trade.naf, { level: 5 }).some((entry) => entry.code === trade.naf)) throw new Error(`unknown NAF ${trade.naf}`);
    if (trade.idcc && !searchIdcc(trade.idcc).some((entry) => entry.idcc === trade.idcc)) throw new Error(`unknown IDCC ${trade.idcc}`);
  }
}

/** The `index`-th demo company of a seed, tied to persons picked among `personIds`. */
export function syntheticCompany(seed: number, index: number, localities: readonly Locality[], personIds: readonly string[], usedSirens: Set<string>): Omit<CompanyToLoad, "originId"> {
  const random = seededRandom(seed * 7_000_003 + index);
  const trade = pick(random, trades);
  const locality = pick(random, localities);
  const name = fill(pick(random, trade.names), random, locality);
  let siren = withLuhnKey(`${3 + Math.floor(random() * 7)}${digits(random, 7)}`);
  while (usedSirens.has(siren)) siren = withLuhnKey(`${3 + Math.floor(random() * 7)}${digits(random, 7)}`);
  usedSirens.add(siren);
  const band = trade.association ? pick(random, ["00", "01", "02", "11"] as const) : pick(random, bands);
  const [fewest, most] = staffOf[band];
  const staff = fewest + Math.floor(random() * (most - fewest + 1));
  const legalForm = trade.association ? "association" : staff >= 50 ? pick(random, ["sas", "sa"]) : staff === 0 ? pick(random, ["ei", "sasu", "eurl"]) : pick(random, ["sarl", "sas", "sarl", "eurl"]);
  const hdsEnabled = staff >= 10 && random() < 0.3;
  const domain = slug(name);
  const mainContactId = personIds[(index * 3) % personIds.length] ?? "";
  const linked = 1 + Math.floor(random() * 3);
  return {
    name,
    legalForm,
    siren,
    siret: withLuhnKey(`${siren}${String(1 + Math.floor(random() * 30)).padStart(4, "0")}`),
    headcountBand: band,
    nafCode: trade.naf,
    idcc: staff === 0 ? null : trade.idcc,
    hdsEnabled,
    hdsRate: hdsEnabled ? pick(random, ["1.00", "1.50", "2.00", "2.50"]) : null,
    email: `contact@${domain}.fr`,
    phone: `0${pick(random, ["1", "2", "3", "5"])}${digits(random, 8)}`,
    website: random() < 0.7 ? `https://www.${domain}.fr` : null,
    turnoverCents: Math.max(1, staff) * (45_000 + Math.floor(random() * 120_000)) * 100,
    markers: index % 9 === 0 ? ["newsletter"] : [],
    headOffice: { lines: [`${1 + Math.floor(random() * 120)} ${pick(random, streets)}`], postalCode: locality.postalCode, city: locality.city },
    mainContactId,
    persons: Array.from({ length: linked }, (_, offset) => ({ personId: personIds[(index * 3 + 1 + offset) % personIds.length] ?? "", role: pick(random, otherRoles) })),
  };
}

/**
 * Ties between demo companies, by index: small groups (a subsidiary and its parent), suppliers and
 * clients, partners. `company` is `type` of `related`.
 */
function demoCompanyRelations(count: number): Array<{ company: number; type: CompanyRelationType; related: number }> {
  const ties: Array<{ company: number; type: CompanyRelationType; related: number }> = [];
  for (let group = 0; group + 5 < count; group += 12) {
    ties.push(
      { company: group + 1, type: "subsidiary_of", related: group },
      { company: group + 2, type: "subsidiary_of", related: group },
      { company: group + 3, type: "supplier_of", related: group },
      { company: group + 4, type: "client_of", related: group + 1 },
      { company: group + 5, type: "partner_of", related: group + 3 },
    );
  }
  return ties;
}

/**
 * About a hundred companies per demo tenant, once (a tenant that has companies is left alone),
 * with ties between them and, for about a quarter, insurance held elsewhere.
 */
export async function seedDemoCompanies(tx: Executor, tenantId: string, seed: number): Promise<boolean> {
  const [any] = await tx.select({ id: companies.id }).from(companies).where(eq(companies.tenantId, tenantId)).limit(1);
  if (any) return false;
  const [origin] = await tx.select({ id: origins.id }).from(origins).where(and(eq(origins.tenantId, tenantId), eq(origins.code, "online_agency")));
  if (!origin) throw new Error("the online agency origin is missing: provision the tenant first");
  const personIds = (await tx.select({ id: persons.id }).from(persons).where(eq(persons.tenantId, tenantId)).orderBy(asc(persons.id)).limit(400)).map((row) => row.id);
  if (personIds.length < 4) throw new Error("seed the demo persons before the demo companies");
  checkTrades();
  const localities = demoLocalities();
  const usedSirens = new Set<string>();
  const records = Array.from({ length: DEMO_COMPANIES_PER_TENANT }, (_, index) => ({ ...syntheticCompany(seed, index, localities, personIds, usedSirens), originId: origin.id }));
  const ids = await bulkInsertCompanies(tx, tenantId, records);
  const idOf = (index: number): string => ids[index] ?? "";
  await insertMany(tx, companyRelations, demoCompanyRelations(ids.length).map((tie) => ({ tenantId, companyId: idOf(tie.company), type: tie.type, relatedCompanyId: idOf(tie.related) })));
  await insertMany(tx, companyCompetitorCoverages, ids.flatMap((ownerId, index) => demoCoverages("company", seed, index).map((coverage) => ({ tenantId, ownerId, ...coverage }))));
  return true;
}
