import { describe, expect, it } from "vitest";
import { normaliseText, toSearchWords } from "./normalise-text.js";

describe("normaliseText", () => {
  it("lower-cases, strips accents and turns hyphens into spaces", () => {
    expect(normaliseText("Saint-Étienne")).toBe("saint etienne");
    expect(normaliseText("ÉCOLE")).toBe("ecole");
  });

  it("turns straight and curly apostrophes into spaces and spells out ligatures", () => {
    expect(normaliseText("L’ŒUVRE d'Æschyle")).toBe("l oeuvre d aeschyle");
  });

  it("collapses and trims white space, including non-breaking spaces", () => {
    expect(normaliseText("  Médecins \u00a0 GÉNÉRALISTES\t")).toBe("medecins generalistes");
  });

  it("leaves other punctuation for toSearchWords to split on", () => {
    expect(normaliseText("86.21Z")).toBe("86.21z");
  });
});

describe("toSearchWords", () => {
  it("cuts on anything that is not a letter or a digit", () => {
    expect(toSearchWords("Culture de céréales (à l'exception du riz), 2e")).toEqual([
      "culture",
      "de",
      "cereales",
      "a",
      "l",
      "exception",
      "du",
      "riz",
      "2e",
    ]);
  });

  it("gives no word for blank or punctuation-only text", () => {
    expect(toSearchWords("  - ' , ")).toEqual([]);
  });
});
