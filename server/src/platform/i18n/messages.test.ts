import { describe, expect, it } from "vitest";
import { registerMessages, textOf, translate } from "./messages.js";

describe("messages", () => {
  it("give the schema library's technical terms in the caller's words", () => {
    expect(translate("validation.invalid_type", "fr", { expected: "number" })).toBe("Type attendu : nombre");
    expect(translate("validation.invalid_type", "en", { expected: "string" })).toBe("Expected type: text");
    expect(translate("validation.invalid_format", "fr", { format: "email" })).toBe("Format invalide (adresse e-mail)");
    expect(translate("validation.invalid_format", "fr", { format: "regex" })).toBe("Format invalide (caractères non autorisés)");
  });

  it("give a parameter named as another code's text in the same language", () => {
    registerMessages({ "test.state.sent": { fr: "Transmis", en: "Sent" } });
    expect(translate("validation.invalid_type", "fr", { expected: textOf("test.state.sent") })).toBe("Type attendu : Transmis");
    expect(translate("validation.invalid_type", "en", { expected: textOf("test.state.sent") })).toBe("Expected type: Sent");
  });

  it("leave other parameters as they are", () => {
    expect(translate("validation.too_big", "fr", { maximum: 500 })).toBe("La valeur est trop longue ou trop grande (maximum 500)");
    expect(translate("validation.invalid_format", "en", { format: "siren" })).toBe("Invalid format (siren)");
  });

  it("write a date parameter the way the reader's language does", () => {
    registerMessages({ "test.on_sale": { fr: "En vente du {start} au {end}", en: "On sale from {start} to {end}" } });
    expect(translate("test.on_sale", "fr", { start: "2025-01-01", end: "…" })).toBe("En vente du 01/01/2025 au …");
    expect(translate("test.on_sale", "en", { start: "2025-01-01", end: "2026-12-31" })).toBe("On sale from 2025-01-01 to 2026-12-31");
  });
});
