import { describe, expect, it } from "vitest";
import { formatSiren, formatSiret, hasValidLuhnKey, sirenStatus, siretStatus, withLuhnKey } from "./siren";

describe("SIREN and SIRET in the browser", () => {
  it("checks the Luhn key", () => {
    expect(hasValidLuhnKey("732829320")).toBe(true);
    expect(hasValidLuhnKey("732829321")).toBe(false);
    expect(hasValidLuhnKey("73282932000074")).toBe(true);
    expect(hasValidLuhnKey("")).toBe(false);
    expect(hasValidLuhnKey("73282932a")).toBe(false);
    expect(withLuhnKey("73282932")).toBe("732829320");
  });

  it("tells a SIREN being typed from a wrong one", () => {
    expect(sirenStatus("")).toBe("empty");
    expect(sirenStatus(null)).toBe("empty");
    expect(sirenStatus("732 82")).toBe("partial");
    expect(sirenStatus("732 829 320")).toBe("valid");
    expect(sirenStatus("732\u00a0829\u00a0320")).toBe("valid");
    expect(sirenStatus("732 829 321")).toBe("key");
    expect(sirenStatus("7328293200")).toBe("format");
    expect(sirenStatus("73A")).toBe("format");
  });

  it("checks a SIRET, its SIREN part and La Poste's own rule", () => {
    expect(siretStatus("732 829 320 00074")).toBe("valid");
    expect(siretStatus("732 829 320 00075")).toBe("key");
    expect(siretStatus("732 829 320")).toBe("partial");
    // La Poste: digits adding up to a multiple of 5, not a Luhn key; its head office keeps a Luhn key.
    expect(siretStatus("35600000049837")).toBe("valid");
    expect(siretStatus("35600000000048")).toBe("valid");
    expect(siretStatus("35600000049838")).toBe("key");
  });

  it("groups the digits for display", () => {
    expect(formatSiren("732829320")).toBe("732 829 320");
    expect(formatSiret("73282932000074")).toBe("732 829 320 00074");
    expect(formatSiren("12")).toBe("12");
    expect(formatSiren(null)).toBe("");
  });
});
