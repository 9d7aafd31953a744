import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NAME_SEARCH_COUNT_CAP } from "../../platform/db/page-with-total.js";
import { withSystem } from "../../platform/db/tenant-transaction.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";
import { bulkInsertPersons } from "./index.js";

let t: TestApp;
let admin: Caller;

interface Listed {
  items: Array<{ lastName: string; firstName: string }>;
  total: number;
  totalCapped?: boolean;
}

const firstNames = ["Anne", "Yann", "Gwen", "Loïc", "Maël", "Nolwenn", "Erwan", "Soizic"];

beforeAll(async () => {
  t = await startTestApp();
  const signedIn = await t.signIn("admin@alpha.demo");
  admin = signedIn;
  const origins = (await admin.request({ method: "GET", url: "/api/v1/origins?q=online_agency" })).json<{ items: Array<{ id: string; code: string }> }>();
  const originId = origins.items.find((origin) => origin.code === "online_agency")?.id ?? "";
  // One more Le Quéré than the cap.
  const people = Array.from({ length: NAME_SEARCH_COUNT_CAP + 1 }, (_, index) => ({
    civility: "mrs" as const,
    lastName: "Le Quéré",
    firstName: `${firstNames[index % firstNames.length] ?? "Anne"} ${String(index).padStart(5, "0")}`,
    birthDate: "1980-01-01",
    email: `le.quere.${index}@exemple.fr`,
    mobilePhone: `06${String(index).padStart(8, "0")}`,
    originId,
    address: { lines: ["1 rue de Brest"], postalCode: "29000", city: "Quimper" },
  }));
  await withSystem(t.platform.database, (tx) => bulkInsertPersons(tx, signedIn.tenantId, people));
});
afterAll(async () => t.close());

const search = async (q: string, page = 1): Promise<Listed> => {
  const response = await admin.request({ method: "GET", url: `/api/v1/persons?q=${encodeURIComponent(q)}&page=${page}&perPage=25` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Listed>();
};

describe("a name search broader than the count's cap", () => {
  it("stops counting at the cap, says so, and pages the names that start with the typed text in their order", async () => {
    const first = await search("le qu");
    expect(first.total).toBe(NAME_SEARCH_COUNT_CAP);
    expect(first.totalCapped).toBe(true);
    // In the order of the names' search form: "le quere anne 00000", "le quere anne 00008"…
    expect(first.items.map((person) => person.firstName)).toEqual(Array.from({ length: 25 }, (_, index) => `Anne ${String(index * firstNames.length).padStart(5, "0")}`));
    const last = await search("le qu", NAME_SEARCH_COUNT_CAP / 25);
    expect(last.items).toHaveLength(25);
    expect((await search("le qu", NAME_SEARCH_COUNT_CAP / 25 + 1)).items).toEqual([]);
  });

  it("counts exactly when the search is narrower", async () => {
    const narrow = await search("le quere nolwenn 00005");
    expect(narrow.total).toBe(1);
    expect(narrow.totalCapped).toBeUndefined();
    expect(narrow.items.map((person) => person.firstName)).toEqual(["Nolwenn 00005"]);
  });
});
