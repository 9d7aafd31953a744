// A deterministic commercial network per demo tenant: a head office, eight agencies with their
// advisors, two brokers, one sector per agency and a rules table covering every department of the
// demo records (docs/domain/assignment.md).
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../platform/db/database.js";
import { roles, setUserIntroducer, userRoles, users } from "../modules/access/index.js";
import { advisorMemberships, assignmentRules, assignmentSettings, introducers, sectors } from "../modules/organisation/index.js";

interface DemoAgency {
  code: string;
  city: string;
  postalCode: string;
  street: string;
  departments: readonly string[];
  /** Its advisors: the local part of their e-mail ("@<tenant>.demo" added) and their name. */
  advisors: ReadonlyArray<readonly [string, string]>;
}

/** The demo postal codes' departments (75, 69, 13, 31, 33, 44, 59, 67, 35, 06, 34, 21, 2A, 974, 972), each with one agency. */
const agencies: readonly DemoAgency[] = [
  { code: "AG-PARIS", city: "Paris", postalCode: "75011", street: "18 boulevard Voltaire", departments: ["75"], advisors: [["conseiller", "Claude Conseiller"], ["conseiller.paris", "Pauline Marchand"]] },
  { code: "AG-LYON", city: "Lyon", postalCode: "69003", street: "40 rue de la Villette", departments: ["69", "21"], advisors: [["conseiller.lyon", "Louis Perrin"], ["conseillere.lyon", "Inès Fabre"]] },
  { code: "AG-MARSEILLE", city: "Marseille", postalCode: "13008", street: "120 avenue du Prado", departments: ["13", "06", "2A"], advisors: [["conseiller.marseille", "Marius Vidal"]] },
  { code: "AG-TOULOUSE", city: "Toulouse", postalCode: "31000", street: "5 place du Capitole", departments: ["31", "34"], advisors: [["conseiller.toulouse", "Théo Fournier"]] },
  { code: "AG-BORDEAUX", city: "Bordeaux", postalCode: "33000", street: "22 cours de l'Intendance", departments: ["33"], advisors: [["conseiller.bordeaux", "Margaux Lacroix"]] },
  { code: "AG-NANTES", city: "Nantes", postalCode: "44000", street: "3 rue Crébillon", departments: ["44", "35"], advisors: [["conseiller.nantes", "Yann Le Gall"]] },
  { code: "AG-LILLE", city: "Lille", postalCode: "59000", street: "10 rue Esquermoise", departments: ["59", "67"], advisors: [["conseiller.lille", "Julie Lemaire"]] },
  { code: "AG-REUNION", city: "Saint-Denis", postalCode: "97400", street: "8 rue de Paris", departments: ["974", "972"], advisors: [["conseiller.reunion", "Mickaël Payet"]] },
];

/** ORIAS numbers are 8-digit registration numbers; these are made up in the register's format. */
const brokers = [
  { code: "CT-ATLANTIQUE", name: "Atlantique Courtage", oriasNumber: "07012345", contactName: "Hélène Garnier", city: "Nantes", postalCode: "44000", street: "14 quai de la Fosse" },
  { code: "CT-MEDITERRANEE", name: "Méditerranée Assurances Conseil", oriasNumber: "13004567", contactName: "Karim Benali", city: "Marseille", postalCode: "13008", street: "2 rue Paradis" },
] as const;

const markets = ["MDP", "MDPRO", "MDE"] as const;
const centrallyServed = new Set(["13", "06", "2A", "974", "972"]);

/** The network of one tenant, once (a tenant with introducers is left alone); returns whether it created anything. */
export async function seedDemoOrganisation(tx: Executor, tenantId: string, tenantSlug: string, passwordHash: string): Promise<boolean> {
  const [any] = await tx.select({ id: introducers.id }).from(introducers).where(eq(introducers.tenantId, tenantId)).limit(1);
  if (any) return false;
  const insertIntroducer = async (values: Omit<typeof introducers.$inferInsert, "tenantId">): Promise<string> => {
    const [row] = await tx.insert(introducers).values({ ...values, tenantId }).returning({ id: introducers.id });
    if (!row) throw new Error("insert returned no row");
    return row.id;
  };
  const headOffice = await insertIntroducer({ kind: "head_office", code: "SIEGE", name: "Siège social", addressLines: ["1 place de la Mutualité"], postalCode: "75008", city: "Paris", phone: "+33140000000", email: `siege@${tenantSlug}.demo` });
  const [advisorRole] = await tx.select({ id: roles.id }).from(roles).where(and(eq(roles.tenantId, tenantId), eq(roles.code, "advisor")));
  if (!advisorRole) throw new Error("the advisor role is missing: provision the tenant first");

  for (const agency of agencies) {
    const agencyId = await insertIntroducer({
      kind: "agency",
      code: agency.code,
      name: `Agence de ${agency.city}`,
      addressLines: [agency.street],
      postalCode: agency.postalCode,
      city: agency.city,
      phone: `+3314000${String(agencies.indexOf(agency) + 10).padStart(4, "0")}`,
      email: `${agency.code.toLowerCase()}@${tenantSlug}.demo`,
    });
    for (const [local, name] of agency.advisors) await attachAdvisor(tx, tenantId, agencyId, `${local}@${tenantSlug}.demo`, name, advisorRole.id, passwordHash);
    await tx.insert(sectors).values({ tenantId, code: agency.code.replace("AG-", "SEC-"), label: `Secteur ${agency.city}`, departments: [...agency.departments] });
    // The head office's enterprise team takes the companies of the south and overseas; agencies the rest.
    const rules = agency.departments.flatMap((department) =>
      markets.map((market) => ({ tenantId, market, department, introducerId: market === "MDE" && centrallyServed.has(department) ? headOffice : agencyId })),
    );
    await tx.insert(assignmentRules).values(rules);
  }
  const brokerIds: string[] = [];
  for (const broker of brokers) {
    brokerIds.push(await insertIntroducer({ kind: "broker", code: broker.code, name: broker.name, oriasNumber: broker.oriasNumber, contactName: broker.contactName, addressLines: [broker.street], postalCode: broker.postalCode, city: broker.city }));
  }
  // Postal codes over departments: a broker holds the professionals of its own town.
  await tx.insert(assignmentRules).values(brokers.map((broker, index) => ({ tenantId, market: "MDPRO" as const, postalCode: broker.postalCode, introducerId: brokerIds[index] ?? headOffice })));
  await tx.insert(assignmentSettings).values({ tenantId, mode: "automatic", level: "introducer", companiesInMdpro: true, mdproMaxHeadcountBand: "02", mdeFromHeadcountBand: null });
  return true;
}

/** The user of that e-mail (created with the demo password if need be), attached to the agency. */
async function attachAdvisor(tx: Executor, tenantId: string, introducerId: string, email: string, displayName: string, roleId: string, passwordHash: string): Promise<void> {
  let [user] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`);
  if (!user) {
    [user] = await tx.insert(users).values({ tenantId, email, displayName, passwordHash }).returning({ id: users.id });
    if (user) await tx.insert(userRoles).values({ tenantId, userId: user.id, roleId });
  }
  if (!user) throw new Error(`no user ${email}`);
  await tx.insert(advisorMemberships).values({ tenantId, userId: user.id, introducerId });
  await setUserIntroducer(tx, tenantId, user.id, introducerId);
}
