import type { SwaggerTransform, SwaggerTransformObject } from "@fastify/swagger";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemDocumentSchema } from "./error-handler.js";
import { idempotencyKey } from "./schemas.js";

const idempotencyKeyHeader = { "idempotency-key": idempotencyKey.optional() };

/**
 * What a route's zod schemas cannot say in the OpenAPI document: a public route needs no credential
 * (`security: []`, against the document's global requirement); a multipart route's parts are its
 * request body; and a POST by an authenticated caller takes `Idempotency-Key` — the idempotency hook
 * applies to every one of them but uploads, which it refuses with a key.
 */
export const describeRoute: SwaggerTransform = ({ schema, route, ...rest }) => {
  const { multipart, ...declared } = schema;
  const isPublic = route.config?.public === true;
  const honoursIdempotencyKey = route.method === "POST" && !isPublic && multipart === undefined;
  const headers = declared.headers instanceof z.ZodObject ? declared.headers.extend(idempotencyKeyHeader) : z.object(idempotencyKeyHeader);
  const transformed = jsonSchemaTransform({
    ...rest,
    route,
    schema: { ...declared, ...(multipart ? { body: multipart } : {}), ...(honoursIdempotencyKey ? { headers } : {}) },
  });
  return isPublic ? { ...transformed, schema: { ...transformed.schema, security: [] } } : transformed;
};

const problem = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };
const errorResponses = {
  BadRequest: { description: "Invalid request: validation.failed, with errors naming each field; request.malformed", content: problem },
  Unauthenticated: { description: "No valid credential: auth.unauthenticated", content: problem },
  Forbidden: { description: "auth.forbidden: a permission is missing (the title names it), checked before the request is read; auth.csrf_invalid", content: problem },
  Problem: { description: "Any other refusal or failure (404 record.not_found, 409, 413, 415, 422, 429, 500…)", content: problem },
};

interface Operation {
  parameters?: unknown[];
  requestBody?: unknown;
  security?: unknown[];
  responses?: Record<string, unknown>;
}

const methods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
const isOperation = (key: string, value: unknown): value is Operation => methods.has(key) && typeof value === "object" && value !== null;

/** The error responses every operation may give, all problem documents: 400 if it takes input, 401 and 403 unless it is public. */
function errorsOf(operation: Operation): Record<string, { $ref: string }> {
  const takesInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
  const isPublic = operation.security?.length === 0;
  return {
    ...(takesInput ? { 400: { $ref: "#/components/responses/BadRequest" } } : {}),
    ...(isPublic ? {} : { 401: { $ref: "#/components/responses/Unauthenticated" }, 403: { $ref: "#/components/responses/Forbidden" } }),
    default: { $ref: "#/components/responses/Problem" },
  };
}

/** The problem document schema once, and on every operation the error responses that refer to it. */
export const describeErrors: SwaggerTransformObject = (document) => {
  if (!("openapiObject" in document)) return document.swaggerObject;
  const { openapiObject } = document;
  const paths = Object.fromEntries(
    Object.entries(openapiObject.paths ?? {}).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item ?? {}).map(([key, value]) => [key, isOperation(key, value) ? { ...value, responses: { ...errorsOf(value), ...value.responses } } : value]),
      ),
    ]),
  );
  const { $schema: _, ...problemSchema } = z.toJSONSchema(problemDocumentSchema, { io: "output" });
  return {
    ...openapiObject,
    paths,
    components: { ...openapiObject.components, schemas: { ...openapiObject.components?.schemas, Problem: problemSchema }, responses: { ...openapiObject.components?.responses, ...errorResponses } },
  };
};
