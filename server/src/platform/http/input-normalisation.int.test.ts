import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
});
afterAll(async () => t.close());

describe("input no route should see", () => {
  it("refuses a NUL character field by field, in the query, the body and at sign-in, and changes nothing", async () => {
    const listed = await admin.request({ method: "GET", url: "/api/v1/users?q=ab%00c" });
    expect(listed.statusCode).toBe(400);
    expect(listed.headers["content-type"]).toContain("application/problem+json");
    expect(listed.json().errors).toEqual([expect.objectContaining({ path: "querystring.q", code: "validation.invalid_character" })]);

    const created = await admin.request({ method: "POST", url: "/api/v1/reference-tables/markers/values", payload: { code: "nul_char", labelFr: "Avec\u0000nul", labelEn: "Fine" } });
    expect(created.statusCode).toBe(400);
    expect(created.json().errors).toEqual([expect.objectContaining({ path: "labelFr", code: "validation.invalid_character", message: "Caractère non autorisé (caractère nul)" })]);
    const values = (await admin.request({ method: "GET", url: "/api/v1/reference-tables/markers/values?q=nul_char" })).json<{ total: number }>();
    expect(values.total).toBe(0);

    const signIn = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: "a\u0000@x.fr", password: "x" } });
    expect(signIn.statusCode).toBe(400);
    expect(signIn.json().errors[0]).toMatchObject({ path: "email", code: "validation.invalid_character" });
  });

  it("reads an id in the path whatever its case, so that the guard on one's own account holds", async () => {
    const me = (await admin.request({ method: "GET", url: "/api/v1/me" })).json<{ user: { id: string } }>();
    const upper = me.user.id.toUpperCase();
    const read = await admin.request({ method: "GET", url: `/api/v1/users/${upper}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: me.user.id, roleIds: [expect.any(String)] });
    const deactivate = await admin.request({ method: "PATCH", url: `/api/v1/users/${upper}`, payload: { active: false, version: read.json().version } });
    expect(deactivate.statusCode).toBe(409);
    expect(deactivate.json().code).toBe("user.cannot_deactivate_self");
  });

  it("answers a URL the router cannot read with a problem document", async () => {
    const response = await admin.request({ method: "GET", url: "/api/v1/users/%E0%A4%A" });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().code).toBe("request.malformed");
  });

  it("takes a JSON content type with no body as no body (a DELETE from some clients), and still refuses broken JSON", async () => {
    const value = (await admin.request({ method: "POST", url: "/api/v1/reference-tables/markers/values", payload: { code: "sans_corps", labelFr: "Sans corps", labelEn: "No body" } })).json<{ id: string }>();
    const deleted = await admin.request({ method: "DELETE", url: `/api/v1/reference-tables/markers/values/${value.id}`, headers: { "content-type": "application/json" } });
    expect(deleted.statusCode).toBe(204);
    const broken = await admin.request({ method: "POST", url: "/api/v1/reference-tables/markers/values", headers: { "content-type": "application/json" }, payload: "{ pas du json" });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe("request.malformed");
    const text = await admin.request({ method: "POST", url: "/api/v1/reference-tables/markers/values", headers: { "content-type": "text/plain" }, payload: "code=x" });
    expect(text.statusCode).toBe(415);
    expect(text.json().code).toBe("request.unsupported_media_type");
  });
});

describe("a day in the year 0000", () => {
  it("is refused on its field, not a 500 from the database, wherever a day is taken", async () => {
    const person = (await admin.request({ method: "GET", url: "/api/v1/persons?perPage=1" })).json<{ items: Array<{ id: string }> }>().items[0]?.id ?? "";
    const opportunity = (await admin.request({ method: "GET", url: "/api/v1/opportunities?perPage=1" })).json<{ items: Array<{ id: string; version: number }> }>().items[0];
    const attempts = [
      { method: "POST" as const, url: "/api/v1/origins", payload: { code: "an-zero", label: "An zéro", kind: "event", startDate: "0000-01-01" }, path: "startDate" },
      { method: "POST" as const, url: `/api/v1/persons/${person}/competitor-coverages`, payload: { domain: "protection", insurer: "Macif", product: "X", endDate: "0000-07-30" }, path: "endDate" },
      { method: "PATCH" as const, url: `/api/v1/opportunities/${opportunity?.id ?? ""}`, payload: { version: opportunity?.version, wishedStartDate: "0000-02-01" }, path: "wishedStartDate" },
    ];
    for (const { path, ...request } of attempts) {
      const refused = await admin.request(request);
      expect(refused.statusCode, `${request.url} ${refused.body}`).toBe(400);
      expect(refused.json().errors).toEqual([{ path, code: "validation.invalid_day", message: "Date impossible : l'année 0000 n'existe pas" }]);
    }
    const agenda = await admin.request({ method: "GET", url: "/api/v1/interactions?from=0000-01-01T00:00:00Z" });
    expect(agenda.json()).toMatchObject({ status: 400, errors: [{ path: "querystring.from", code: "validation.invalid_day" }] });
  });
});
