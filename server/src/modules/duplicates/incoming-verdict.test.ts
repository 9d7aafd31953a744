import { describe, expect, it } from "vitest";
import { matchVerdict } from "./incoming-verdict.js";

const candidate = (id: string, score: number, fields: string[]) => ({ id, displayName: id, score, rule: "r", fields });

describe("matchVerdict", () => {
  it("links one strong identity match, creates for review on several or weak ones, creates when none", () => {
    expect(matchVerdict("person", [candidate("a", 0.95, ["lastName", "firstName", "birthDate", "email"])])).toEqual({ kind: "linked", id: "a" });
    expect(matchVerdict("person", [candidate("a", 1, ["lastName", "firstName", "birthDate"]), candidate("b", 1, ["lastName", "firstName", "birthDate"])])).toEqual({ kind: "review" });
    // A shared e-mail is no identity (a couple's family address).
    expect(matchVerdict("person", [candidate("a", 1, ["email"])])).toEqual({ kind: "review" });
    expect(matchVerdict("person", [candidate("a", 0.9, ["lastName", "firstName", "birthDate"])])).toEqual({ kind: "review" });
    expect(matchVerdict("company", [candidate("c", 1, ["siren"])])).toEqual({ kind: "linked", id: "c" });
    expect(matchVerdict("person", [])).toEqual({ kind: "new" });
  });
});
