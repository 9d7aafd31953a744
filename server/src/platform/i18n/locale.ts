export type Locale = "fr" | "en";

/** French unless the client prefers English before French in Accept-Language. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return "fr";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...parameters] = part.trim().toLowerCase().split(";");
      const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { language: tag.split("-")[0] ?? "", q: quality ? Number(quality.slice(2)) : 1 };
    })
    .filter((entry) => entry.language === "fr" || entry.language === "en")
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.language === "en" ? "en" : "fr";
}
