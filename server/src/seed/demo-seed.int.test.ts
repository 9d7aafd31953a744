import { and, count, countDistinct, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withSystem } from "../platform/db/tenant-transaction.js";
import { storedFiles } from "../platform/files/schema.js";
import { companyAttachments, companyCompetitorCoverages, companyRelations } from "../modules/companies/index.js";
import { personAttachments, personCompetitorCoverages, personRelations, persons } from "../modules/persons/index.js";
import { startTestApp, type Caller, type TestApp } from "../test-support/test-app.js";
import { seedDemoAttachments } from "./demo-attachments.js";
import { demoTenants } from "./demo.js";

let t: TestApp;
let admin: Caller;
const alpha = demoTenants[0].id;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
});
afterAll(async () => t.close());

const yearOf = (birthDate: string | null): number => Number(birthDate?.slice(0, 4));

describe("demo seed", () => {
  it("makes households whose names and ages fit their relations", async () => {
    const related = alias(persons, "related");
    const rows = await withSystem(t.platform.database, (tx) =>
      tx
        .select({ type: personRelations.type, personName: persons.lastName, personBirth: persons.birthDate, relatedName: related.lastName, relatedBirth: related.birthDate })
        .from(personRelations)
        .innerJoin(persons, and(eq(persons.tenantId, personRelations.tenantId), eq(persons.id, personRelations.personId)))
        .innerJoin(related, and(eq(related.tenantId, personRelations.tenantId), eq(related.id, personRelations.relatedPersonId)))
        .where(eq(personRelations.tenantId, alpha)),
    );
    const ties = rows.map((row) => ({ type: row.type, person_name: row.personName, person_year: yearOf(row.personBirth), related_name: row.relatedName, related_year: yearOf(row.relatedBirth) }));
    expect(ties.filter((tie) => tie.type === "spouse_of").length).toBeGreaterThanOrEqual(25);
    expect(ties.some((tie) => tie.type === "sibling_of")).toBe(true);
    for (const tie of ties) expect(tie.person_name).toBe(tie.related_name);
    for (const tie of ties.filter((item) => item.type === "spouse_of")) expect(Math.abs(tie.person_year - tie.related_year)).toBeLessThanOrEqual(4);
    for (const tie of ties.filter((item) => item.type === "child_of")) expect(tie.person_year - tie.related_year).toBeGreaterThanOrEqual(20);
  });

  it("gives some persons and companies insurance held elsewhere, and ties between companies", async () => {
    const counts = await withSystem(t.platform.database, async (tx) => ({
      persons: (await tx.select({ n: countDistinct(personCompetitorCoverages.ownerId) }).from(personCompetitorCoverages).where(eq(personCompetitorCoverages.tenantId, alpha)))[0]?.n,
      companies: (await tx.select({ n: countDistinct(companyCompetitorCoverages.ownerId) }).from(companyCompetitorCoverages).where(eq(companyCompetitorCoverages.tenantId, alpha)))[0]?.n,
      ties: (await tx.select({ n: count() }).from(companyRelations).where(eq(companyRelations.tenantId, alpha)))[0]?.n,
    }));
    expect(counts?.persons).toBeGreaterThan(30);
    expect(counts?.companies).toBeGreaterThan(10);
    expect(counts?.ties).toBeGreaterThan(10);
    const page = (await admin.request({ method: "GET", url: "/api/v1/companies?perPage=100&sort=name" })).json<{ items: Array<{ id: string }> }>();
    const related = await Promise.all(page.items.map(async (company) => (await admin.request({ method: "GET", url: `/api/v1/companies/${company.id}/relations` })).json<{ items: unknown[] }>().items.length));
    expect(related.filter((count) => count > 0).length).toBeGreaterThan(10);
  });

  it("attaches real files through the file storage, once", async () => {
    expect(await withSystem(t.platform.database, (tx) => seedDemoAttachments(tx, t.platform.files, alpha, 1))).toBe(true);
    expect(await withSystem(t.platform.database, (tx) => seedDemoAttachments(tx, t.platform.files, alpha, 1))).toBe(false);
    const [holder] = await withSystem(t.platform.database, (tx) => tx.select({ personId: personAttachments.ownerId }).from(personAttachments).where(eq(personAttachments.tenantId, alpha)).limit(1));
    const attachments = (await admin.request({ method: "GET", url: `/api/v1/persons/${holder?.personId}/attachments` })).json<{ items: Array<{ fileId: string; name: string; contentType: string }> }>();
    expect(attachments.items[0]).toMatchObject({ contentType: "application/pdf", name: expect.stringMatching(/^attestation-droits-.+\.pdf$/) });
    const download = await admin.request({ method: "GET", url: `/api/v1/files/${attachments.items[0]?.fileId}` });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 8).toString("latin1")).toBe("%PDF-1.4");
    const [files] = await withSystem(t.platform.database, (tx) =>
      tx
        .select({ csv: count() })
        .from(companyAttachments)
        .innerJoin(storedFiles, and(eq(storedFiles.tenantId, companyAttachments.tenantId), eq(storedFiles.id, companyAttachments.fileId)))
        .where(and(eq(companyAttachments.tenantId, alpha), eq(storedFiles.contentType, "text/csv"))),
    );
    expect(files?.csv).toBeGreaterThanOrEqual(10);
  });
});
