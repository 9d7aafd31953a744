import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitForJob } from "../../test-support/jobs.js";
import { multipartFile, multipartParts } from "../../test-support/multipart.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: Caller;
const password = "mot-de-passe-fichiers";
beforeAll(async () => {
  t = await startTestApp({ worker: true });
  admin = await t.signIn("admin@alpha.demo");
});
afterAll(async () => t.close());

/** A signed-in user whose only role grants these permissions. */
async function userWith(code: string, permissions: string[]): Promise<Caller> {
  const role = await admin.request({ method: "POST", url: "/api/v1/roles", payload: { code, name: code, permissions } });
  expect(role.statusCode, role.body).toBe(201);
  const email = `${code}@alpha.demo`;
  const created = await admin.request({ method: "POST", url: "/api/v1/users", payload: { email, displayName: code, password, roleIds: [role.json<{ id: string }>().id] } });
  expect(created.statusCode, created.body).toBe(201);
  return t.signIn(email, password);
}

async function firstId(url: string): Promise<string> {
  const page = (await admin.request({ method: "GET", url: `${url}?perPage=1` })).json<{ items: Array<{ id: string }> }>();
  const id = page.items[0]?.id;
  if (!id) throw new Error(`no item at ${url}`);
  return id;
}

async function attach(url: string, name: string): Promise<string> {
  const added = await admin.request({ method: "POST", url, ...multipartFile(name, `pièce ${name}`) });
  expect(added.statusCode, added.body).toBe(201);
  return added.json<{ fileId: string }>().fileId;
}

const download = (caller: Caller, fileId: string) => caller.request({ method: "GET", url: `/api/v1/files/${fileId}` });

describe("GET /api/v1/files/{id} answers as the file's holder decides", () => {
  it("gives an attachment only to who may read its record", async () => {
    const personFile = await attach(`/api/v1/persons/${await firstId("/api/v1/persons")}/attachments`, "carte.txt");
    const companyFile = await attach(`/api/v1/companies/${await firstId("/api/v1/companies")}/attachments`, "kbis.txt");
    const filesOnly = await userWith("fichiers", ["file:read"]);
    const companyReader = await userWith("lecteurentreprises", ["file:read", "company:read"]);
    const personReader = await userWith("lecteurpersonnes", ["file:read", "person:read"]);

    for (const fileId of [personFile, companyFile]) {
      const hidden = await download(filesOnly, fileId);
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json().code).toBe("record.not_found");
    }
    expect((await download(companyReader, personFile)).statusCode).toBe(404);
    const kbis = await download(companyReader, companyFile);
    expect(kbis.statusCode).toBe(200);
    expect(kbis.body).toBe("pièce kbis.txt");
    expect((await download(personReader, companyFile)).statusCode).toBe(404);
    expect((await download(personReader, personFile)).body).toBe("pièce carte.txt");
  });

  it("forgets an attachment's file with the attachment: nobody downloads it after", async () => {
    const personId = await firstId("/api/v1/persons");
    const added = await admin.request({ method: "POST", url: `/api/v1/persons/${personId}/attachments`, ...multipartFile("retiree.txt", "pièce retirée") });
    expect(added.statusCode, added.body).toBe(201);
    const { id, fileId } = added.json<{ id: string; fileId: string }>();
    const filesOnly = await userWith("fichiersseuls", ["file:read"]);
    expect((await download(admin, fileId)).statusCode).toBe(200);

    expect((await admin.request({ method: "DELETE", url: `/api/v1/persons/${personId}/attachments/${id}` })).statusCode).toBe(204);
    for (const caller of [admin, filesOnly]) expect((await download(caller, fileId)).statusCode).toBe(404);
    expect(await t.platform.database.rows(sql`select 1 from stored_files where id = ${fileId}`)).toEqual([]);
  });

  it("lets nobody delete an attachment of a record out of their data scope", async () => {
    const advisor = await t.signIn("conseiller@alpha.demo");
    const page = (await admin.request({ method: "GET", url: "/api/v1/persons?perPage=100" })).json<{ items: Array<{ id: string }> }>();
    let hidden: string | undefined;
    for (const { id } of page.items) {
      if ((await advisor.request({ method: "GET", url: `/api/v1/persons/${id}` })).statusCode === 404) {
        hidden = id;
        break;
      }
    }
    if (!hidden) throw new Error("the advisor sees every person of the first page");
    const added = await admin.request({ method: "POST", url: `/api/v1/persons/${hidden}/attachments`, ...multipartFile("hors-perimetre.txt", "pièce d'une autre agence") });
    const { id } = added.json<{ id: string }>();
    expect((await advisor.request({ method: "DELETE", url: `/api/v1/persons/${hidden}/attachments/${id}` })).statusCode).toBe(404);
    expect((await admin.request({ method: "GET", url: `/api/v1/persons/${hidden}/attachments` })).json<{ items: Array<{ id: string }> }>().items.map((item) => item.id)).toContain(id);
  });

  it("forgets the attached files of a deleted person", async () => {
    const originId = await firstId("/api/v1/origins");
    const created = await admin.request({ method: "POST", url: "/api/v1/persons", payload: { category: "individual", civility: "mrs", lastName: "Éphémère", firstName: "Inès", originId } });
    expect(created.statusCode, created.body).toBe(201);
    const personId = created.json<{ id: string }>().id;
    const fileId = await attach(`/api/v1/persons/${personId}/attachments`, "a-effacer.txt");

    expect((await admin.request({ method: "DELETE", url: `/api/v1/persons/${personId}` })).statusCode).toBe(204);
    expect((await download(admin, fileId)).statusCode).toBe(404);
    expect(await t.platform.database.rows(sql`select 1 from stored_files where id = ${fileId}`)).toEqual([]);
  });

  it("gives a job's result only to whoever started the job, or to holders of admin:jobs", async () => {
    const exporter = await userWith("exportateur", ["admin:users", "job:read", "file:read"]);
    const started = await exporter.request({ method: "POST", url: "/api/v1/users/export" });
    expect(started.statusCode).toBe(202);
    const { state, resultFileId } = await waitForJob(exporter, started.json<{ jobId: string }>().jobId);
    expect(state).toBe("succeeded");
    if (!resultFileId) throw new Error("no result file");

    expect((await download(exporter, resultFileId)).statusCode).toBe(200);
    expect((await download(admin, resultFileId)).statusCode).toBe(200);
    const colleague = await userWith("collegue", ["admin:users", "job:read", "file:read"]);
    expect((await download(colleague, resultFileId)).statusCode).toBe(404);
    const advisor = await t.signIn("conseiller@alpha.demo");
    expect((await download(advisor, resultFileId)).statusCode).toBe(404);
  });

  it("gives an import's uploaded file only to whoever started the import", async () => {
    const importer = await userWith("importateur", ["origin:read", "origin:write", "job:read", "file:read"]);
    const started = await importer.request({ method: "POST", url: "/api/v1/origins/import", ...multipartFile("origines.csv", "code;label;kind\nsalon-2027;Salon 2027;event\n", "text/csv") });
    expect(started.statusCode, started.body).toBe(202);
    const jobId = started.json<{ jobId: string }>().jobId;
    await waitForJob(importer, jobId);
    const inputs = await t.platform.database.rows<{ fileId: string }>(sql`select parameters ->> 'fileId' as "fileId" from job_runs where id = ${jobId}`);
    const inputFile = inputs[0]?.fileId ?? "";
    expect((await download(importer, inputFile)).statusCode).toBe(200);
    const otherImporter = await userWith("autreimportateur", ["origin:read", "origin:write", "job:read", "file:read"]);
    expect((await download(otherImporter, inputFile)).statusCode).toBe(404);
  });

  it("gives a plain upload to the holders of file:read, as before", async () => {
    const uploaded = await admin.request({ method: "POST", url: "/api/v1/files", ...multipartFile("note.txt", "note libre") });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const advisor = await t.signIn("conseiller@alpha.demo");
    const read = await download(advisor, uploaded.json<{ id: string }>().id);
    expect(read.statusCode).toBe(200);
    expect(read.body).toBe("note libre");
  });
});

describe("POST /api/v1/files takes one file", () => {
  it("refuses a second file part, naming it, and stores nothing", async () => {
    const stored = async () => (await t.platform.database.rows<{ n: number }>(sql`select count(*)::int as n from stored_files`))[0]?.n;
    const before = await stored();
    for (const field of ["file", "annexe"]) {
      const refused = await admin.request({ method: "POST", url: "/api/v1/files", ...multipartParts([{ field: "file", name: "a.txt", content: "un" }, { field, name: "b.txt", content: "deux" }]) });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json()).toMatchObject({ code: "file.unexpected_part", errors: [{ path: field, code: "file.unexpected_part" }] });
    }
    const elsewhere = await admin.request({ method: "POST", url: "/api/v1/files", ...multipartParts([{ field: "piece", name: "a.txt", content: "un" }]) });
    expect(elsewhere.json()).toMatchObject({ status: 400, errors: [{ path: "piece", code: "file.unexpected_part" }] });
    expect(await stored()).toBe(before);
  });
});
