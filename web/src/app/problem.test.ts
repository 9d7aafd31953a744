import { describe, expect, it } from "vitest";
import { mergedRecordError, mergedRecordOf, parseProblem, problemOf, toHttpError } from "./problem";

describe("parseProblem", () => {
  it("keeps the members a problem type adds", () => {
    const candidates = [{ id: "a", displayName: "LE HÉNAFF Anne", score: 0.97, rule: "name_birth_date", fields: ["lastName"] }];
    const problem = parseProblem({ type: "about:blank", title: "Doublon", status: 409, code: "person.duplicate_suspected", candidates }, 409, "fallback");
    expect(problem.extensions).toEqual({ candidates });
    expect(problemOf(toHttpError(problem))?.extensions?.candidates).toEqual(candidates);
  });
});

describe("mergedRecordOf", () => {
  it("gives the kept record back from the error of a read that landed on it", () => {
    const kept = { id: "kept", lastName: "Le Hénaff" };
    expect(mergedRecordOf(mergedRecordError(kept))).toEqual(kept);
  });

  it("is undefined for any other error", () => {
    expect(mergedRecordOf(toHttpError({ title: "Introuvable", status: 404, code: "record.not_found" }))).toBeUndefined();
    expect(mergedRecordOf(new Error("network"))).toBeUndefined();
  });
});
