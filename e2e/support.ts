import type { Page } from "playwright-core";

/** What a journey receives from the runner: a fresh browser profile already open on a blank page. */
export interface JourneyContext {
  page: Page;
  baseUrl: string;
  /** Runs one named step; a failure is reported with the step name. */
  step: (name: string, action: () => Promise<void>) => Promise<void>;
}

export interface Journey {
  name: string;
  run: (context: JourneyContext) => Promise<void>;
}

export class StepError extends Error {
  constructor(
    readonly stepName: string,
    cause: unknown,
  ) {
    super(`step "${stepName}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export function isJourney(value: unknown): value is Journey {
  return (
    typeof value === "object" &&
    value !== null &&
    "name" in value &&
    typeof value.name === "string" &&
    "run" in value &&
    typeof value.run === "function"
  );
}
