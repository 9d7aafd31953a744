import type { z } from "zod";
import type { FieldError } from "./problem.js";

/** The parts of a zod issue that say what went wrong, whichever way it reached us. */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  params: Record<string, unknown>;
}

/** Maps a zod issue to a stable field-error code with the parameters its message needs. */
export function fieldErrorFromIssue(issue: IssueLike): FieldError {
  const path = issue.path.map(String).join(".");
  const { params } = issue;
  switch (issue.code) {
    case "invalid_type":
      return issue.message.endsWith("received undefined")
        ? { path, code: "validation.required" }
        : { path, code: "validation.invalid_type", params: { expected: params.expected } };
    case "too_small":
      return { path, code: "validation.too_small", params: { minimum: params.minimum } };
    case "too_big":
      return { path, code: "validation.too_big", params: { maximum: params.maximum } };
    case "invalid_format":
      return { path, code: "validation.invalid_format", params: { format: params.format } };
    case "invalid_value":
      return { path, code: "validation.invalid_value", params: { values: params.values } };
    case "unrecognized_keys":
      return { path, code: "validation.unrecognized_keys", params: { keys: (params.keys as string[] | undefined)?.join(", ") } };
    case "custom": {
      if (typeof params.params !== "object" || params.params === null || !("code" in params.params)) return { path, code: "validation.invalid" };
      const { code, ...values } = params.params as Record<string, unknown>;
      return Object.keys(values).length > 0 ? { path, code: String(code), params: values } : { path, code: String(code) };
    }
    default:
      return { path, code: "validation.invalid" };
  }
}

/** From issues as zod reports them (`safeParse(...).error.issues`). */
export function fieldErrorsFromZodIssues(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const params = Object.fromEntries(Object.entries(issue).filter(([key]) => key !== "code" && key !== "path" && key !== "message"));
    return fieldErrorFromIssue({ code: issue.code, path: issue.path, message: issue.message, params });
  });
}
