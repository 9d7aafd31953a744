import type { FastifyInstance } from "fastify";
import { Problem, type FieldError } from "./problem.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a value holds a NUL character, as field errors under the request part's prefix (also for values read from a file). */
export function nulCharacters(value: unknown, path: string[] = [], prefix = ""): FieldError[] {
  if (typeof value === "string") return value.includes("\u0000") ? [{ path: prefix + path.join("."), code: "validation.invalid_character" }] : [];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => nulCharacters(item, [...path, key], prefix));
}

/**
 * Input no route should see, dealt with once for all of them after authentication:
 * - a NUL character anywhere (path, query, JSON body) is refused field by field: PostgreSQL cannot
 *   store it in text, and the failed statement was a 500;
 * - an id in the path is read in lower case, the form the database answers ids in (UUIDs are
 *   case-insensitive on input), so that a route comparing it with a stored id (the user's own
 *   account) is not fooled by `01A2…` against `01a2…`.
 */
export function installInputNormalisation(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    const errors = [...nulCharacters(request.params, [], "params."), ...nulCharacters(request.query, [], "querystring."), ...nulCharacters(request.body, [], "")];
    if (errors.length > 0) throw new Problem(400, "validation.failed", { errors });
    const params = request.params;
    if (typeof params !== "object" || params === null) return;
    for (const [name, value] of Object.entries(params)) {
      if (typeof value === "string" && UUID.test(value)) (params as Record<string, string>)[name] = value.toLowerCase();
    }
  });
}
