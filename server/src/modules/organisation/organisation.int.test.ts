import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemContext, type RequestContext } from "../../platform/auth/context.js";
import { withTenant } from "../../platform/db/tenant-transaction.js";
import { unassigned } from "../../platform/records/assignment.js";
import { waitForJob } from "../../test-support/jobs.js";
import { multipartFile } from "../../test-support/multipart.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";
import { assignmentHook } from "./assignment-hook.js";
import { ReassignmentFollowers } from "./reassignment-followers.js";
import { assignmentTargets } from "./assignment-targets.js";

type Page<T> = { items: T[]; total: number };
interface Introducer {
  id: string;
  code: string;
  kind: string;
  active: boolean;
  version: number;
}
interface Assigned {
  id: string;
  market: string | null;
  sectorId: string | null;
  introducerId: string | null;
  advisorId: string | null;
  assignmentSource: string | null;
  assignedAt: string | null;
  version: number;
}

let t: TestApp;
let admin: Caller & { userId: string; tenantId: string };
let originId: string;
const ids: Record<string, string> = {};

const post = async <T = { id: string }>(url: string, payload: Record<string, unknown>, status = 201): Promise<T> => {
  const response = await admin.request({ method: "POST", url, payload });
  expect(response.statusCode, `${url} ${response.body}`).toBe(status);
  return response.json<T>();
};
const get = async <T>(url: string): Promise<T> => (await admin.request({ method: "GET", url })).json<T>();
const person = (lastName: string, postalCode: string, category = "individual") =>
  post<Assigned>("/api/v1/persons", { category, lastName, firstName: "Test", originId, addresses: [{ kind: "main", lines: ["1 rue Test"], postalCode, city: "Ville" }] });

beforeAll(async () => {
  t = await startTestApp({ worker: true });
  admin = await t.signIn("admin@alpha.demo");
  originId = (await get<Page<{ id: string; code: string }>>("/api/v1/origins?q=online_agency")).items.find((origin) => origin.code === "online_agency")?.id ?? "";
  ids.lyon = (await post<Introducer>("/api/v1/introducers", { kind: "agency", name: "Agence Test Clermont", code: "T-LYON", address: { lines: ["1 place de Jaude"], postalCode: "63000", city: "Clermont-Ferrand" } })).id;
  ids.partDieu = (await post<Introducer>("/api/v1/introducers", { kind: "agency", name: "Agence Test Jaude", code: "T-PARTDIEU" })).id;
  const advisorRole = (await get<Page<{ id: string; code: string }>>("/api/v1/roles?q=advisor")).items.find((role) => role.code === "advisor")?.id;
  ids.claude = (await post<{ id: string }>("/api/v1/users", { email: "claude.test@alpha.demo", displayName: "Claude Test", password: "un-mot-de-passe-solide", roleIds: [advisorRole] })).id;
});
afterAll(async () => t.close());

describe("introducers", () => {
  it("keeps a broker's ORIAS number, 8 digits, and refuses it elsewhere", async () => {
    const bad = await admin.request({ method: "POST", url: "/api/v1/introducers", payload: { kind: "broker", name: "Courtier", code: "T-C1", oriasNumber: "1234" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: "oriasNumber", code: "introducer.invalid_orias" })]);
    const agency = await admin.request({ method: "POST", url: "/api/v1/introducers", payload: { kind: "agency", name: "Agence", code: "T-A1", oriasNumber: "12345678" } });
    expect(agency.json().errors[0].code).toBe("introducer.orias_brokers_only");
    const broker = await post<Introducer & { oriasNumber: string }>("/api/v1/introducers", { kind: "broker", name: "Courtier", code: "T-C1", oriasNumber: "12345678", contactName: "M. Courtier" });
    expect(broker.oriasNumber).toBe("12345678");
    const taken = await admin.request({ method: "POST", url: "/api/v1/introducers", payload: { kind: "agency", name: "Autre", code: "T-C1" } });
    expect(taken.statusCode).toBe(409);
    const brokers = await get<Page<Introducer>>("/api/v1/introducers?kind=broker&q=T-C1");
    expect(brokers.items.map((item) => item.code)).toEqual(["T-C1"]);
  });

  it("moves an advisor between introducers and keeps the history", async () => {
    await post(`/api/v1/introducers/${ids.lyon}/advisors`, { userId: ids.claude });
    expect((await get<{ items: Array<{ userId: string }> }>(`/api/v1/introducers/${ids.lyon}/advisors`)).items.map((item) => item.userId)).toEqual([ids.claude]);
    await post(`/api/v1/introducers/${ids.partDieu}/advisors`, { userId: ids.claude });
    expect((await get<{ items: unknown[] }>(`/api/v1/introducers/${ids.lyon}/advisors`)).items).toEqual([]);
    const history = await get<{ items: Array<{ introducerId: string; endedAt: string | null }> }>(`/api/v1/users/${ids.claude}/memberships`);
    expect(history.items.map((item) => [item.introducerId, item.endedAt === null])).toEqual([
      [ids.partDieu, true],
      [ids.lyon, false],
    ]);
  });

  it("refuses to delete an introducer in use, and deactivates it instead", async () => {
    const refused = await admin.request({ method: "DELETE", url: `/api/v1/introducers/${ids.lyon}` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("introducer.in_use");
    const lyon = await get<Introducer>(`/api/v1/introducers/${ids.lyon}`);
    const patched = await admin.request({ method: "PATCH", url: `/api/v1/introducers/${ids.lyon}`, payload: { active: false, version: lyon.version } });
    expect(patched.json().active).toBe(false);
    await admin.request({ method: "PATCH", url: `/api/v1/introducers/${ids.lyon}`, payload: { active: true, version: lyon.version + 1 } });
    const unused = await post<Introducer>("/api/v1/introducers", { kind: "agency", name: "Éphémère", code: "T-EPH" });
    expect((await admin.request({ method: "DELETE", url: `/api/v1/introducers/${unused.id}` })).statusCode).toBe(204);
  });
});

describe("sectors", () => {
  it("refuses a department or postal code already in another sector, naming it", async () => {
    ids.rhone = (await post("/api/v1/sectors", { code: "T-RHONE", label: "Puy-de-Dôme", departments: ["63"], postalCodes: ["38200"] })).id;
    const overlap = await admin.request({ method: "POST", url: "/api/v1/sectors", payload: { code: "T-ISERE", label: "Isère", departments: ["38", "63"] } });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json()).toMatchObject({
      code: "sector.overlap",
      errors: [{ path: "departments.1", code: "sector.overlap", message: "63 appartient déjà au secteur T-RHONE" }],
      overlaps: [{ value: "63", sectorId: ids.rhone, sectorCode: "T-RHONE" }],
    });
    const invalid = await admin.request({ method: "POST", url: "/api/v1/sectors", payload: { code: "T-X", label: "X", departments: ["20"], postalCodes: ["123"] } });
    expect(invalid.json().errors.map((error: { code: string }) => error.code)).toEqual(["sector.invalid_department", "sector.invalid_postal_code"]);
    ids.isere = (await post("/api/v1/sectors", { code: "T-ISERE", label: "Isère", departments: ["38"] })).id;
  });

  it("keeps a sector saved again unchanged at its version, so that no other open copy goes stale", async () => {
    const sector = await post<{ id: string; version: number }>("/api/v1/sectors", { code: "T-CANTAL", label: "Cantal", departments: ["15"] });
    const resaved = await admin.request({ method: "PATCH", url: `/api/v1/sectors/${sector.id}`, payload: { code: "T-CANTAL", label: "Cantal", departments: ["15"], postalCodes: [], version: sector.version } });
    expect(resaved.statusCode, resaved.body).toBe(200);
    expect(resaved.json()).toMatchObject({ version: sector.version });
    const renamed = await admin.request({ method: "PATCH", url: `/api/v1/sectors/${sector.id}`, payload: { label: "Cantal (15)", version: sector.version } });
    expect(renamed.json()).toMatchObject({ label: "Cantal (15)", version: sector.version + 1 });
    const rule = await post<{ id: string; version: number }>("/api/v1/assignment-rules", { market: "MDP", department: "15", introducerId: ids.lyon });
    const ruleResaved = await admin.request({ method: "PATCH", url: `/api/v1/assignment-rules/${rule.id}`, payload: { market: "MDP", department: "15", introducerId: ids.lyon, version: rule.version } });
    expect(ruleResaved.statusCode, ruleResaved.body).toBe(200);
    expect(ruleResaved.json()).toMatchObject({ version: rule.version });
    expect((await admin.request({ method: "DELETE", url: `/api/v1/assignment-rules/${rule.id}` })).statusCode).toBe(204);
    expect((await admin.request({ method: "DELETE", url: `/api/v1/sectors/${sector.id}` })).statusCode).toBe(204);
  });
});

describe("assignment", () => {
  beforeAll(async () => {
    const put = await admin.request({ method: "PUT", url: "/api/v1/settings/assignment", payload: { mode: "automatic", level: "introducer", companiesInMdpro: true, mdproMaxHeadcountBand: "02", mdeFromHeadcountBand: null } });
    expect(put.statusCode, put.body).toBe(200);
    await post("/api/v1/assignment-rules", { market: "MDP", department: "63", introducerId: ids.lyon });
    await post("/api/v1/assignment-rules", { market: "MDP", postalCode: "63100", introducerId: ids.partDieu, advisorId: ids.claude });
    await post("/api/v1/assignment-rules", { market: "MDE", department: "38", introducerId: ids.partDieu });
  });

  it("takes the settings as issue 6 writes them, keeps the market thresholds, and refuses a stale version", async () => {
    const read = (await admin.request({ method: "GET", url: "/api/v1/settings/assignment" })).json<{ version: number; mdproMaxHeadcountBand: string | null }>();
    const short = await admin.request({ method: "PUT", url: "/api/v1/settings/assignment", payload: { mode: "automatic", level: "introducer" } });
    expect(short.statusCode, short.body).toBe(200);
    expect(short.json()).toMatchObject({ mode: "automatic", level: "introducer", companiesInMdpro: true, mdproMaxHeadcountBand: "02", version: read.version + 1 });
    const stale = await admin.request({ method: "PUT", url: "/api/v1/settings/assignment", payload: { ...read, mode: "manual" } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe("record.version_conflict");
    const current = await admin.request({ method: "PUT", url: "/api/v1/settings/assignment", payload: { ...short.json<Record<string, unknown>>(), mode: "automatic" } });
    expect(current.statusCode, current.body).toBe(200);
  });

  it("refuses a rule twice, a rule without its place, and an advisor of another introducer", async () => {
    const twice = await admin.request({ method: "POST", url: "/api/v1/assignment-rules", payload: { market: "MDP", department: "63", introducerId: ids.partDieu } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("assignment_rule.duplicate");
    const both = await admin.request({ method: "POST", url: "/api/v1/assignment-rules", payload: { market: "MDP", department: "75", postalCode: "75011", introducerId: ids.lyon } });
    expect(both.json().errors[0].code).toBe("assignment_rule.place_required");
    const stranger = await admin.request({ method: "POST", url: "/api/v1/assignment-rules", payload: { market: "MDPRO", department: "75", introducerId: ids.lyon, advisorId: ids.claude } });
    expect(stranger.json().errors[0]).toMatchObject({ path: "advisorId", code: "assignment_rule.advisor_not_member" });
  });

  it("assigns a new person by the most specific rule, in the same write, with market and sector", async () => {
    const byDepartment = await person("Departement", "63000");
    expect(byDepartment).toMatchObject({ market: "MDP", sectorId: ids.rhone, introducerId: ids.lyon, advisorId: null, assignmentSource: "rule" });
    const byPostalCode = await person("Codepostal", "63100");
    expect(byPostalCode).toMatchObject({ introducerId: ids.partDieu, advisorId: null, assignmentSource: "rule" });
    const uncovered = await person("Horszone", "04000");
    expect(uncovered).toMatchObject({ market: "MDP", sectorId: null, introducerId: null, assignmentSource: null });
    const professional = await person("Professionnel", "63000", "professional");
    expect(professional).toMatchObject({ market: "MDPRO", introducerId: null });
    const queue = await get<Page<{ id: string; target: string; postalCode: string }>>("/api/v1/assignments/unassigned?target=person&perPage=500");
    expect(queue.items.map((item) => item.id)).toEqual(expect.arrayContaining([uncovered.id, professional.id]));
    expect(queue.items.find((item) => item.id === uncovered.id)).toMatchObject({ target: "person", postalCode: "04000" });
  });

  it("keeps a rule for its introducer when the advisor it named moves to another one", async () => {
    const advisorRole = (await get<Page<{ id: string; code: string }>>("/api/v1/roles?q=advisor")).items.find((role) => role.code === "advisor")?.id;
    const dominique = (await post<{ id: string }>("/api/v1/users", { email: "dominique.test@alpha.demo", displayName: "Dominique Test", password: "un-mot-de-passe-solide", roleIds: [advisorRole] })).id;
    await post(`/api/v1/introducers/${ids.partDieu}/advisors`, { userId: dominique });
    const rule = await post<{ id: string; version: number }>("/api/v1/assignment-rules", { market: "MDP", department: "15", introducerId: ids.partDieu, advisorId: dominique });
    await post(`/api/v1/introducers/${ids.lyon}/advisors`, { userId: dominique });
    expect(await get(`/api/v1/assignment-rules/${rule.id}`)).toMatchObject({ introducerId: ids.partDieu, advisorId: null, version: rule.version + 1 });
  });

  it("follows a merge that takes the other record's address: the kept record is assigned by the rules anew", async () => {
    const kept = await person("Fusionconserve", "63000");
    const merged = await person("Fusionabsorbe", "63100");
    expect(kept).toMatchObject({ introducerId: ids.lyon, assignmentSource: "rule" });
    const response = await admin.request({ method: "POST", url: `/api/v1/persons/${kept.id}/merge`, payload: { sourceId: merged.id, fieldChoices: { addresses: "source" } } });
    expect(response.statusCode, response.body).toBe(200);
    expect(await get<Assigned>(`/api/v1/persons/${kept.id}`)).toMatchObject({ introducerId: ids.partDieu, assignmentSource: "rule" });
  });

  it("gives a deactivated introducer no new record: its rules step aside, and it cannot be chosen by hand", async () => {
    const partDieu = await get<Introducer>(`/api/v1/introducers/${ids.partDieu}`);
    const off = await admin.request({ method: "PATCH", url: `/api/v1/introducers/${ids.partDieu}`, payload: { active: false, version: partDieu.version } });
    expect(off.statusCode, off.body).toBe(200);
    try {
      // The postal code's rule names the deactivated agency: the department's rule decides.
      expect(await person("Agenceferme", "63100")).toMatchObject({ introducerId: ids.lyon, assignmentSource: "rule" });
      const someone = await person("Maindirecte", "04000");
      const byHand = await admin.request({ method: "PUT", url: `/api/v1/persons/${someone.id}/assignment`, payload: { introducerId: ids.partDieu } });
      expect(byHand.statusCode).toBe(400);
      expect(byHand.json().errors).toEqual([expect.objectContaining({ path: "introducerId", code: "introducer.inactive" })]);
    } finally {
      await admin.request({ method: "PATCH", url: `/api/v1/introducers/${ids.partDieu}`, payload: { active: true, version: partDieu.version + 1 } });
    }
  });

  it("at the advisor level, assigns the rule's advisor with the introducer of the advisor's membership", async () => {
    const settings = { mode: "automatic", level: "advisor", companiesInMdpro: true, mdproMaxHeadcountBand: "02", mdeFromHeadcountBand: null };
    await admin.request({ method: "PUT", url: "/api/v1/settings/assignment", payload: settings });
    const assigned = await person("Niveauconseiller", "63100");
    expect(assigned).toMatchObject({ introducerId: ids.partDieu, advisorId: ids.claude, assignmentSource: "rule" });
    await admin.request({ method: "PUT", url: "/api/v1/settings/assignment", payload: { ...settings, level: "introducer" } });
  });

  it("derives a company's market from its headcount band and assigns it by its head office", async () => {
    const company = (name: string, headcountBand: string) =>
      post<Assigned>("/api/v1/companies", { name, inCreation: true, originId, headcountBand, addresses: [{ kind: "head_office", lines: ["1 rue X"], postalCode: "38000", city: "Grenoble" }] });
    expect(await company("Grande Test", "21")).toMatchObject({ market: "MDE", sectorId: ids.isere, introducerId: ids.partDieu, assignmentSource: "rule" });
    expect(await company("Petite Test", "01")).toMatchObject({ market: "MDPRO", introducerId: null });
  });

  it("re-evaluates on an address change, unless the person was assigned by hand, which wins until given back", async () => {
    const moving = await person("Demenage", "63000");
    const moved = await admin.request({ method: "PATCH", url: `/api/v1/persons/${moving.id}`, payload: { version: moving.version, addresses: [{ kind: "main", lines: ["2 rue"], postalCode: "63100", city: "Clermont-Ferrand" }] } });
    expect(moved.json()).toMatchObject({ introducerId: ids.partDieu, assignmentSource: "rule" });

    const manual = await admin.request({ method: "PUT", url: `/api/v1/persons/${moving.id}/assignment`, payload: { advisorId: ids.claude } });
    expect(manual.statusCode, manual.body).toBe(200);
    expect(manual.json()).toMatchObject({ introducerId: ids.partDieu, advisorId: ids.claude, assignmentSource: "manual" });
    const mismatch = await admin.request({ method: "PUT", url: `/api/v1/persons/${moving.id}/assignment`, payload: { advisorId: ids.claude, introducerId: ids.lyon } });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().errors[0]).toMatchObject({ path: "introducerId", code: "assignment.introducer_mismatch" });

    const current = await get<Assigned>(`/api/v1/persons/${moving.id}`);
    const movedAgain = await admin.request({ method: "PATCH", url: `/api/v1/persons/${moving.id}`, payload: { version: current.version, addresses: [{ kind: "main", lines: ["3 rue"], postalCode: "63000", city: "Clermont-Ferrand" }] } });
    expect(movedAgain.json()).toMatchObject({ introducerId: ids.partDieu, advisorId: ids.claude, assignmentSource: "manual" });

    const released = await admin.request({ method: "DELETE", url: `/api/v1/persons/${moving.id}/assignment` });
    expect(released.json()).toMatchObject({ introducerId: ids.lyon, advisorId: null, assignmentSource: "rule" });
  });

  it("keeps the rule's assignment on a change that is neither address nor market", async () => {
    const kept = await person("Garde", "63000");
    await admin.request({ method: "DELETE", url: `/api/v1/assignment-rules/${(await get<Page<{ id: string }>>("/api/v1/assignment-rules?market=MDP&department=63")).items[0]?.id}` });
    const renamed = await admin.request({ method: "PATCH", url: `/api/v1/persons/${kept.id}`, payload: { version: kept.version, lastName: "Gardee" } });
    expect(renamed.json()).toMatchObject({ introducerId: ids.lyon, assignmentSource: "rule" });
    await post("/api/v1/assignment-rules", { market: "MDP", department: "63", introducerId: ids.lyon });
  });

  it("decides new persons' assignment together before their insert (a feed's batch) as it does one by one", async () => {
    const ruled = await person("Lotregle", "63100");
    const uncovered = await person("Lothors", "04000");
    const oneByOne = [ruled, uncovered];
    expect(oneByOne.map((item) => [item.introducerId, item.assignmentSource])).toEqual([
      [ids.partDieu, "rule"],
      [null, null],
    ]);
    // Written with the row, and dated as a change of introducer is.
    expect(oneByOne.map((item) => item.assignedAt !== null)).toEqual([true, false]);
    const assignment = ({ market, sectorId, introducerId, advisorId, assignmentSource }: Assigned) => ({ market, sectorId, introducerId, advisorId, assignmentSource });
    const drafts = new Map([
      [ruled.id, { ...unassigned, category: "individual" as const, postalCode: "63100" }],
      [uncovered.id, { ...unassigned, category: "individual" as const, postalCode: "04000" }],
    ]);
    const decideTogether = (ctx: RequestContext) =>
      withTenant(t.platform.database, { tenantId: admin.tenantId, userId: ctx.userId }, async (tx) => [...((await assignmentHook(assignmentTargets.person, new ReassignmentFollowers()).creating?.(tx, ctx, drafts)) ?? [])]);

    expect(await decideTogether(systemContext(admin.tenantId, [], "test"))).toEqual(oneByOne.map((item) => [item.id, assignment(item)]));
    // Entered by an advisor of an introducer: what the rules leave unassigned is theirs, the rest follows the rules as alone.
    const byAdvisor = await decideTogether({ ...systemContext(admin.tenantId, [], "test"), userId: ids.claude ?? null, dataScope: { level: "introducer", userId: ids.claude ?? null, introducerId: ids.partDieu ?? null } });
    expect(byAdvisor).toEqual([
      [ruled.id, assignment(ruled)],
      [uncovered.id, { ...assignment(uncovered), introducerId: ids.partDieu, advisorId: ids.claude, assignmentSource: "manual" }],
    ]);
  });

  it("filters the persons list by introducer and by absence of one", async () => {
    const ofPartDieu = await get<Page<Assigned>>(`/api/v1/persons?introducerId=${ids.partDieu}&perPage=500`);
    expect(ofPartDieu.items.length).toBeGreaterThan(0);
    expect(ofPartDieu.items.every((item) => item.introducerId === ids.partDieu)).toBe(true);
    const unassigned = await get<Page<Assigned>>("/api/v1/persons?unassigned=true&perPage=500");
    expect(unassigned.items.every((item) => item.introducerId === null)).toBe(true);
  });
});

describe("rules import and export", () => {
  const header = "marche;code_postal;departement;code_apporteur;email_conseiller";
  const file = [
    header,
    "MDPRO;;63;T-LYON;",
    "mdpro;63100;;T-PARTDIEU;claude.test@alpha.demo",
    "MDX;;63;T-LYON;",
    "MDP;63000;63;T-LYON;",
    "MDE;;63;INCONNU;",
    "MDE;;43;T-LYON;personne@alpha.demo",
    "MDPRO;;63;T-PARTDIEU;",
    "MDE;;15;T-LYON;",
  ].join("\n");
  const upload = async (content: string) => {
    const response = await admin.request({ method: "POST", url: "/api/v1/assignment-rules/import", ...multipartFile("regles.csv", content, "text/csv") });
    expect(response.statusCode, response.body).toBe(202);
    return waitForJob(admin, response.json<{ jobId: string }>().jobId);
  };

  it("imports a table with a report of every faulty line, and changes nothing the second time", async () => {
    const first = await upload(file);
    expect(first).toMatchObject({ state: "succeeded", counters: { read: 8, created: 3, updated: 0, unchanged: 0, rejected: 5 } });
    const report = (await admin.request({ method: "GET", url: `/api/v1/files/${first.errorReportFileId}` })).body;
    const faults = report.split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.split(";").slice(0, 3).join(";"));
    expect(faults).toEqual([
      "4;marche;assignment_rule.invalid_market",
      "5;code_postal;assignment_rule.place_required",
      "6;code_apporteur;assignment_rule.unknown_introducer",
      "7;email_conseiller;assignment_rule.unknown_advisor",
      "8;;assignment_rule.duplicate_in_file",
    ]);
    const imported = await get<Page<{ introducerId: string; advisorId: string | null }>>("/api/v1/assignment-rules?market=MDPRO&postalCode=63100");
    expect(imported.items).toEqual([expect.objectContaining({ introducerId: ids.partDieu, advisorId: ids.claude })]);

    const again = await upload(file);
    expect(again.counters).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 5 });
  });

  it("exports the table in the import's format, which imports back unchanged", async () => {
    const csv = await admin.request({ method: "GET", url: "/api/v1/assignment-rules/export?format=csv" });
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body.replace(/^\ufeff/, "").split(/\r?\n/).filter(Boolean);
    expect(lines[0]).toBe(header);
    expect(lines).toContain("MDPRO;63100;;T-PARTDIEU;claude.test@alpha.demo");
    const back = await upload(csv.body);
    expect(back.counters).toMatchObject({ created: 0, updated: 0, rejected: 0, unchanged: lines.length - 1 });
    const filtered = (await admin.request({ method: "GET", url: "/api/v1/assignment-rules/export?format=csv&market=MDPRO&department=63" })).body;
    expect(filtered.replace(/^\ufeff/, "").split(/\r?\n/).filter(Boolean)).toEqual([header, "MDPRO;;63;T-LYON;"]);
    const xlsx = await admin.request({ method: "GET", url: "/api/v1/assignment-rules/export?format=xlsx" });
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
  });
});

describe("bulk reassignment", () => {
  it("previews the change, then applies it as an audited job with progress, records becoming manual", async () => {
    const people = [await person("Masseun", "63000"), await person("Massedeux", "63000")];
    const body = { target: "person", filters: { q: "masse", introducerId: ids.lyon }, advisorId: ids.claude };
    const preview = await post<{ count: number; sample: Array<{ id: string; from: { introducerId: string }; to: { introducerId: string; advisorId: string } }> }>("/api/v1/assignments/bulk/preview", body, 200);
    expect(preview.count).toBe(2);
    expect(preview.sample.map((item) => item.id).sort()).toEqual(people.map((item) => item.id).sort());
    expect(preview.sample[0]).toMatchObject({ from: { introducerId: ids.lyon }, to: { introducerId: ids.partDieu, advisorId: ids.claude } });

    const { jobId } = await post<{ jobId: string }>("/api/v1/assignments/bulk", body, 202);
    const job = await waitForJob(admin, jobId);
    expect(job).toMatchObject({ state: "succeeded", progress: 100, counters: { selected: 2, reassigned: 2 } });
    for (const { id } of people) {
      expect(await get<Assigned>(`/api/v1/persons/${id}`)).toMatchObject({ introducerId: ids.partDieu, advisorId: ids.claude, assignmentSource: "manual" });
      const audit = await get<Page<{ changes: Record<string, { before: unknown; after: unknown }> }>>(`/api/v1/audit?entity=person&id=${id}`);
      expect(audit.items.some((entry) => entry.changes.assignmentSource?.after === "manual")).toBe(true);
    }
  });

  it("takes each reassigned prospect's open opportunity along (docs/domain/pipeline.md)", async () => {
    const prospect = await person("Portefeuille", "63000");
    const opportunity = await post<{ id: string; introducerId: string | null }>("/api/v1/opportunities", { personId: prospect.id, domain: "health", originId });
    expect(opportunity.introducerId).toBe(prospect.introducerId);
    const { jobId } = await post<{ jobId: string }>("/api/v1/assignments/bulk", { target: "person", filters: { q: "portefeuille" }, introducerId: ids.partDieu }, 202);
    expect(await waitForJob(admin, jobId)).toMatchObject({ state: "succeeded", counters: { reassigned: 1 } });
    expect(await get<{ introducerId: string | null; advisorId: string | null }>(`/api/v1/opportunities/${opportunity.id}`)).toMatchObject({ introducerId: ids.partDieu, advisorId: null });
  });
});
