import { describe, expect, it } from "vitest";
import { bestWordMatch, rankWordMatch } from "./word-match.js";

const label = ["activite", "des", "medecins", "generalistes"];

describe("rankWordMatch", () => {
  it("ranks identical words 0", () => {
    expect(rankWordMatch(["saint", "etienne"], ["saint", "etienne"])).toBe(0);
  });

  it("ranks a label that begins with the query 1, the last query word being a prefix", () => {
    expect(rankWordMatch(["activite", "des", "med"], label)).toBe(1);
    expect(rankWordMatch(["saint", "etienne"], ["saint", "etienne", "du", "gres"])).toBe(1);
    expect(rankWordMatch(["paris"], ["paris", "paris"])).toBe(1);
  });

  it("ranks query words found anywhere, as word beginnings, 2", () => {
    expect(rankWordMatch(["medecin", "general"], label)).toBe(2);
    expect(rankWordMatch(["generalistes", "activite"], label)).toBe(2);
  });

  it("rejects a label missing one query word, a mid-word match, or an empty query", () => {
    expect(rankWordMatch(["medecin", "dentiste"], label)).toBeUndefined();
    expect(rankWordMatch(["decin"], label)).toBeUndefined();
    expect(rankWordMatch([], label)).toBeUndefined();
  });
});

describe("bestWordMatch", () => {
  it("keeps the best rank over several labels of an entry", () => {
    expect(bestWordMatch(["paris"], [["paris", "11e", "arrondissement"], ["paris"]])).toBe(0);
    expect(bestWordMatch(["lyon"], [["paris"], ["paris", "cedex"]])).toBeUndefined();
  });
});
