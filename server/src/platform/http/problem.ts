export interface FieldError {
  path: string;
  code: string;
  params?: Record<string, unknown>;
}

export interface ProblemOptions {
  detail?: string;
  errors?: FieldError[];
  params?: Record<string, unknown>;
  /** Extension members of the problem document (RFC 9457 §3.2), e.g. duplicate candidates. */
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** A refusal the client can act on; rendered as application/problem+json by the error handler. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly options: ProblemOptions = {},
  ) {
    super(code);
    this.name = "Problem";
  }
}

export const notFound = (): Problem => new Problem(404, "record.not_found");
export const versionConflict = (): Problem => new Problem(409, "record.version_conflict");
export const forbidden = (permission: string): Problem => new Problem(403, "auth.forbidden", { params: { permission } });
export const invalidFields = (errors: FieldError[]): Problem => new Problem(400, "validation.failed", { errors });
