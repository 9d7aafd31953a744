import { describe, expect, it } from "vitest";
import { historyReason } from "./historyText";
import { opportunitiesEn } from "./messages.en";
import { opportunitiesFr } from "./messages.fr";

/** The module's own labels, looked up by key with their %{placeholders} filled, as polyglot does. */
const translator = (messages: object) => (key: string, options: Record<string, unknown> = {}) => {
  const found: unknown = key.split(".").reduce<unknown>((node, part) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined), messages);
  if (typeof found !== "string") throw new Error(`no label ${key}`);
  return found.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name]));
};
const quote = { id: "q", number: "EXT-1-0033" };

describe("the reason of a history line", () => {
  it("names the quote's move with the state labels of the reader's language, then the words given", () => {
    const fr = translator(opportunitiesFr);
    expect(historyReason({ quote: { ...quote, fromState: "to_issue", toState: "sent" }, reason: null }, fr)).toBe("Devis EXT-1-0033 : À émettre → Transmis au souscripteur");
    expect(historyReason({ quote: { ...quote, fromState: null, toState: "to_issue" }, reason: null }, fr)).toBe("Devis EXT-1-0033 créé : À émettre");
    expect(historyReason({ quote: { ...quote, fromState: "sent", toState: "void" }, reason: "Client injoignable" }, fr)).toBe("Devis EXT-1-0033 : Transmis au souscripteur → Sans effet — Client injoignable");
    const en = translator(opportunitiesEn);
    expect(historyReason({ quote: { ...quote, fromState: "to_issue", toState: "sent" }, reason: null }, en)).toBe("Quote EXT-1-0033: To issue → Sent to the applicant");
  });

  it("is the reason alone for a hand close, and empty for a creation", () => {
    const fr = translator(opportunitiesFr);
    expect(historyReason({ quote: null, reason: "Trop cher" }, fr)).toBe("Trop cher");
    expect(historyReason({ quote: null, reason: null }, fr)).toBe("");
  });
});
