import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test-support/test-app.js";

interface Parameter {
  name: string;
  in: string;
}
interface MediaType {
  schema?: { $ref?: string; properties?: Record<string, { format?: string }>; required?: string[] };
}
interface Response {
  $ref?: string;
  description?: string;
  content?: Record<string, MediaType>;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, MediaType> };
  security?: unknown[];
  responses: Record<string, Response>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { required?: string[] }>; responses: Record<string, Response> };
}

let t: TestApp;
let body: string;
let spec: Document;
let operations: Array<{ name: string; method: string; operation: Operation }>;

beforeAll(async () => {
  t = await startTestApp();
  body = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).body;
  spec = JSON.parse(body) as Document;
  operations = Object.entries(spec.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), operation })));
});
afterAll(async () => t.close());

const resolve = (response: Response): Response => (response.$ref ? (spec.components.responses[response.$ref.replace("#/components/responses/", "")] ?? {}) : response);
const uploads = [
  "POST /api/v1/files",
  "POST /api/v1/persons/{id}/attachments",
  "POST /api/v1/companies/{id}/attachments",
  "POST /api/v1/quotes/{id}/attachments",
  "POST /api/v1/companies/{id}/demography",
  "POST /api/v1/origins/import",
  "POST /api/v1/assignment-rules/import",
  "POST /api/v1/products/{id}/tariffs/import",
  "POST /api/v1/integrations/back-office/feeds",
  "POST /api/v1/integrations/contract-intakes",
];
const publicOperations = ["POST /api/v1/auth/login", "GET /api/v1/auth/demo-logins"];

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document listing the API", async () => {
    expect(spec.openapi).toBe("3.1.0");
    expect(operations.length).toBeGreaterThan(150);
    // The validator dereferences what it is given: a copy of its own.
    await expect(SwaggerParser.validate(JSON.parse(body))).resolves.toMatchObject({ openapi: "3.1.0" });
  });

  it("documents a problem+json error on every operation, with one Problem schema", () => {
    expect(spec.components.schemas.Problem?.required).toEqual(expect.arrayContaining(["type", "title", "status", "code"]));
    const missing = operations.filter(({ operation }) => {
      const error = operation.responses.default && resolve(operation.responses.default);
      return error?.content?.["application/problem+json"]?.schema?.$ref !== "#/components/schemas/Problem";
    });
    expect(missing.map(({ name }) => name)).toEqual([]);
    const authenticated = operations.filter(({ name }) => !publicOperations.includes(name));
    expect(authenticated.filter(({ operation }) => !operation.responses["401"] || !operation.responses["403"]).map(({ name }) => name)).toEqual([]);
  });

  it("says 204 with no content where the route answers 204", async () => {
    const deletes = operations.filter(({ method }) => method === "DELETE");
    expect(deletes.length).toBeGreaterThan(20);
    // A DELETE answers 204, or the record it changed (taking an assignment back to the rules): never an undescribed 200.
    const undescribed = deletes.filter(({ operation }) => (operation.responses["204"] ? operation.responses["204"].content : !operation.responses["200"]?.content));
    expect(undescribed.map(({ name }) => name)).toEqual([]);
    for (const name of ["POST /api/v1/auth/logout", "POST /api/v1/me/totp/enable", "POST /api/v1/me/totp/disable"]) {
      const operation = operations.find((entry) => entry.name === name)?.operation;
      expect(Object.keys(operation?.responses ?? {}).filter((status) => status.startsWith("2")), name).toEqual(["204"]);
    }

    const admin = await t.signIn("admin@alpha.demo");
    const role = (await admin.request({ method: "POST", url: "/api/v1/roles", payload: { code: "short_lived", name: "Éphémère", permissions: [] } })).json<{ id: string }>();
    const removed = await admin.request({ method: "DELETE", url: `/api/v1/roles/${role.id}` });
    expect([removed.statusCode, removed.body]).toEqual([204, ""]);
    expect((await admin.request({ method: "POST", url: "/api/v1/auth/logout" })).statusCode).toBe(204);
  });

  it("exempts the public routes, and only them, from the global security requirement", () => {
    expect(operations.filter(({ operation }) => operation.security?.length === 0).map(({ name }) => name)).toEqual(publicOperations);
    expect(operations.filter(({ operation }) => operation.security !== undefined && operation.security.length > 0)).toEqual([]);
  });

  it("describes each multipart upload as its request body", () => {
    const multipart = operations.filter(({ operation }) => operation.requestBody?.content["multipart/form-data"]);
    expect(multipart.map(({ name }) => name).sort()).toEqual([...uploads].sort());
    for (const { name, operation } of multipart) {
      const schema = operation.requestBody?.content["multipart/form-data"]?.schema;
      const files = Object.entries(schema?.properties ?? {}).filter(([, part]) => part.format === "binary").map(([part]) => part);
      expect(files.length, name).toBeGreaterThan(0);
      expect(schema?.required, name).toEqual(expect.arrayContaining(files));
    }
    const intake = operations.find(({ name }) => name === "POST /api/v1/integrations/contract-intakes")?.operation.requestBody?.content["multipart/form-data"]?.schema;
    expect(intake?.required).toEqual(["holders", "contracts", "beneficiaries"]);
  });

  it("declares Idempotency-Key on every POST the idempotency hook honours, and nowhere else", () => {
    const withKey = operations.filter(({ operation }) => operation.parameters?.some((parameter) => parameter.in === "header" && parameter.name === "idempotency-key"));
    const honoured = operations.filter(({ name, method }) => method === "POST" && !publicOperations.includes(name) && !uploads.includes(name));
    expect(withKey.map(({ name }) => name)).toEqual(honoured.map(({ name }) => name));
    expect(honoured.length).toBeGreaterThan(40);
  });
});
