import { HttpError } from "react-admin";

/** RFC 9457 problem document as produced by the Adhesia server. */
export interface ProblemFieldError {
  path: string;
  code: string;
  message: string;
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  code?: string;
  detail?: string;
  errors?: ProblemFieldError[];
  /** Members a problem type adds (RFC 9457 extension members), e.g. `candidates` of `person.duplicate_suspected`. */
  extensions?: Record<string, unknown>;
}

const STANDARD_MEMBERS = new Set(["type", "title", "status", "code", "detail", "errors", "instance"]);

/** What HttpError.body holds: the problem plus react-admin form errors (`errors.field = message`). */
export interface ProblemBody extends Omit<Problem, "errors"> {
  fieldErrors: ProblemFieldError[];
  errors?: Record<string, string | Record<string, string>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

export function parseProblem(value: unknown, status: number, fallbackTitle: string): Problem {
  if (!isRecord(value)) return { title: fallbackTitle, status };
  const errors = Array.isArray(value.errors)
    ? value.errors.filter(isRecord).map((entry) => ({
        path: String(entry.path ?? ""),
        code: String(entry.code ?? ""),
        message: String(entry.message ?? ""),
      }))
    : undefined;
  return {
    type: typeof value.type === "string" ? value.type : undefined,
    title: typeof value.title === "string" && value.title ? value.title : fallbackTitle,
    status: typeof value.status === "number" ? value.status : status,
    code: typeof value.code === "string" ? value.code : undefined,
    detail: typeof value.detail === "string" ? value.detail : undefined,
    errors,
    extensions: Object.fromEntries(Object.entries(value).filter(([key]) => !STANDARD_MEMBERS.has(key))),
  };
}

export function problemMessage(problem: Problem): string {
  return problem.detail && problem.detail !== problem.title ? `${problem.title} — ${problem.detail}` : problem.title;
}

/** `permissions.0` → `permissions`: array items are shown on the input that holds the array. */
function fieldName(path: string): string {
  const segments = path.split(".");
  while (segments.length > 1 && /^\d+$/.test(segments[segments.length - 1] ?? "")) segments.pop();
  return segments.join(".") || "root.serverError";
}

export function toHttpError(problem: Problem): HttpError {
  const message = problemMessage(problem);
  const body: ProblemBody = { ...problem, fieldErrors: problem.errors ?? [], errors: undefined };
  if (problem.errors && problem.errors.length > 0) {
    const formErrors: Record<string, string | Record<string, string>> = { root: { serverError: message } };
    for (const error of problem.errors) {
      const name = fieldName(error.path);
      const previous = formErrors[name];
      formErrors[name] = typeof previous === "string" ? `${previous} ${error.message}` : error.message;
    }
    body.errors = formErrors;
  }
  return new HttpError(message, problem.status, body);
}

/** Reads the problem back from an error thrown by the data or auth provider. */
export function problemOf(error: unknown): ProblemBody | undefined {
  if (!(error instanceof HttpError) || !isRecord(error.body)) return undefined;
  const body: Record<string, unknown> = error.body;
  return typeof body.title === "string" ? (body as unknown as ProblemBody) : undefined;
}

/** Code of the error getOne throws when the record asked for was merged into another (see mergedRecordOf). */
export const RECORD_MERGED = "record.merged";

/** The error of a read that landed on the kept record of a merge: the kept record travels with it. */
export function mergedRecordError(keptRecord: Record<string, unknown>): HttpError {
  return toHttpError({ title: RECORD_MERGED, status: 307, code: RECORD_MERGED, extensions: { keptRecord } });
}

/** The kept record when a read failed because the record asked for was merged into it. */
export function mergedRecordOf(error: unknown): Record<string, unknown> | undefined {
  const problem = problemOf(error);
  const kept = problem?.code === RECORD_MERGED ? problem.extensions?.keptRecord : undefined;
  return isRecord(kept) ? kept : undefined;
}
