import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { withoutQueryParameters } from "../db/errors.js";
import { z } from "zod";
import { localeFromAcceptLanguage, type Locale } from "../i18n/locale.js";
import { translate } from "../i18n/messages.js";
import { Problem, type FieldError } from "./problem.js";
import { fieldErrorFromIssue } from "./validation-errors.js";

/** Every error answer (RFC 9457): the type the handler renders and the schema the OpenAPI document shows, from one definition. */
export const problemDocumentSchema = z
  .object({
    type: z.string().describe("https://adhesia.fr/problems/… derived from code"),
    title: z.string().describe("What went wrong, in the language of Accept-Language (French by default)"),
    status: z.number().int(),
    code: z.string().describe("Stable: program against it, never against title (docs/api.md lists them)"),
    detail: z.string().optional(),
    instance: z.string().optional().describe("The request's path and query"),
    errors: z
      .array(z.object({ path: z.string().describe("Dotted; prefixed params., querystring. or headers. outside the body"), code: z.string(), message: z.string() }))
      .optional()
      .describe("Field errors, when there are any"),
  })
  .catchall(z.unknown())
  .describe("A problem document (RFC 9457); some codes add members, such as the duplicate candidates");
export type ProblemDocument = z.infer<typeof problemDocumentSchema>;

export function renderProblem(problem: Problem, locale: Locale, instance?: string): ProblemDocument {
  const { detail, errors, params, extensions } = problem.options;
  return {
    type: `https://adhesia.fr/problems/${problem.code.replaceAll(".", "/")}`,
    title: translate(problem.code, locale, params),
    status: problem.status,
    code: problem.code,
    ...(detail ? { detail } : {}),
    ...(instance ? { instance } : {}),
    ...(errors ? { errors: errors.map((error: FieldError) => ({ path: error.path, code: error.code, message: translate(error.code, locale, error.params) })) } : {}),
    ...extensions,
  };
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem): FastifyReply {
  const locale = localeFromAcceptLanguage(request.headers["accept-language"]);
  for (const [name, value] of Object.entries(problem.options.headers ?? {})) reply.header(name, value);
  return reply.status(problem.status).type("application/problem+json").send(renderProblem(problem, locale, request.url));
}

/** Turns whatever was thrown into a problem document; unexpected errors are logged and hidden. */
export function toProblem(error: FastifyError | Error): Problem {
  if (error instanceof Problem) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const prefix = error.validationContext && error.validationContext !== "body" ? `${error.validationContext}.` : "";
    return new Problem(400, "validation.failed", {
      errors: error.validation.map((item) => {
        const fieldError = fieldErrorFromIssue({
          code: item.keyword,
          path: item.instancePath.split("/").filter(Boolean),
          message: item.message ?? "",
          params: item.params,
        });
        return { ...fieldError, path: prefix + fieldError.path };
      }),
    });
  }
  const statusCode = "statusCode" in error && typeof error.statusCode === "number" ? error.statusCode : 500;
  const code = "code" in error ? String(error.code) : "";
  if (statusCode === 413 || code === "FST_REQ_FILE_TOO_LARGE") return new Problem(413, "request.too_large");
  if (statusCode === 415) return new Problem(415, "request.unsupported_media_type");
  if (statusCode === 429) return new Problem(429, "rate_limit.exceeded");
  if (statusCode >= 400 && statusCode < 500) return new Problem(400, "request.malformed", { detail: error.message });
  return new Problem(500, "internal.error");
}

/** Answers a path that no route serves, or returns undefined to let it be a 404 problem. */
export type PageFallback = (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined;

export function installErrorHandling(app: FastifyInstance, pageFallback?: PageFallback): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) request.log.error({ err: withoutQueryParameters(error) }, "request failed");
    return sendProblem(request, reply, problem);
  });
  app.setNotFoundHandler((request, reply) => pageFallback?.(request, reply) ?? sendProblem(request, reply, new Problem(404, "route.not_found")));
}
