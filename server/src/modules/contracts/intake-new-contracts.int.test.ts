/** A second intake from the same partner, new contracts for holders already known: the holders are found, not created again. */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitForJob } from "../../test-support/jobs.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../docs/interfaces/samples");
const sample = (name: string, renumber: boolean) => {
  const text = fs.readFileSync(path.join(samples, name), "utf8");
  return Buffer.from(renumber ? text.replace(/PART-0/g, "PART-1") : text);
};

let t: TestApp;
let admin: Caller;
let intake: Caller;
beforeAll(async () => {
  t = await startTestApp({ worker: true });
  admin = await t.signIn("admin@alpha.demo");
  const { key } = (await admin.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "intake", permissions: ["contract:import", "contract:read", "person:read", "company:read", "job:read"] } })).json<{ key: string }>();
  intake = t.withApiKey(key);
});
afterAll(async () => t.close());

async function importSamples(renumber: boolean): Promise<Record<string, number>> {
  const boundary = "----adhesia-intake";
  const part = (field: string, name: string) => Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`), sample(name, renumber), Buffer.from("\r\n")]);
  const payload = Buffer.concat([part("holders", "intake-holders.csv"), part("contracts", "intake-contracts.csv"), part("beneficiaries", "intake-beneficiaries.csv"), Buffer.from(`--${boundary}--\r\n`)]);
  const preview = (await intake.request({ method: "POST", url: "/api/v1/integrations/contract-intakes", headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, payload })).json<{ batchId: string }>();
  const { jobId } = (await intake.request({ method: "POST", url: `/api/v1/integrations/contract-intakes/${preview.batchId}/confirm` })).json<{ jobId: string }>();
  return (await waitForJob(intake, jobId)).counters;
}

describe("a second intake naming known holders", () => {
  it("links the new contracts to the persons the first intake created", { timeout: 120_000 }, async () => {
    await importSamples(false);
    const before = (await admin.request({ method: "GET", url: "/api/v1/persons?q=Partenaire&perPage=50" })).json<{ items: Array<{ id: string; firstName: string }> }>();
    expect(await importSamples(true)).toMatchObject({ created: 3, rejected: 2 });
    const after = (await admin.request({ method: "GET", url: "/api/v1/persons?q=Partenaire&perPage=50" })).json<{ items: Array<{ id: string; firstName: string }> }>();
    expect(after.items.map((person) => `${person.firstName} ${person.id}`).sort()).toEqual(before.items.map((person) => `${person.firstName} ${person.id}`).sort());
  });
});
