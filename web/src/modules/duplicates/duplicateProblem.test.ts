import { describe, expect, it } from "vitest";
import { parseProblem, toHttpError } from "../../app/problem";
import { duplicateCandidatesOf } from "./duplicateProblem";

const refusal = (code: string, candidates: unknown) => toHttpError(parseProblem({ title: "Doublon", status: 409, code, candidates }, 409, "fallback"));

describe("duplicateCandidatesOf", () => {
  const candidate = { id: "a", displayName: "LE HÉNAFF Anne", score: 0.97, rule: "name_birth_date", fields: ["lastName", "firstName", "birthDate"] };

  it("reads the candidates of a person or company refusal", () => {
    expect(duplicateCandidatesOf(refusal("person.duplicate_suspected", [candidate]), "person")).toEqual([candidate]);
    expect(duplicateCandidatesOf(refusal("company.duplicate_suspected", [candidate, { id: 3 }]), "company")).toEqual([candidate]);
  });

  it("is undefined for any other error, so the form handles it", () => {
    expect(duplicateCandidatesOf(refusal("person.duplicate_suspected", [candidate]), "company")).toBeUndefined();
    expect(duplicateCandidatesOf(refusal("record.version_conflict", undefined), "person")).toBeUndefined();
    expect(duplicateCandidatesOf(new Error("network"), "person")).toBeUndefined();
  });
});
