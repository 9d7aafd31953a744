// Demo competitor coverage: insurance some demo persons and companies hold elsewhere.
import { seededRandom } from "./synthetic-persons.js";

export interface DemoCoverage {
  domain: "health" | "protection" | "savings_retirement" | "property_casualty" | "services";
  insurer: string;
  product: string | null;
  endDate: string | null;
  annualPremiumCents: number | null;
}

/** Well-known French insurers and mutuals, as an advisor would type them. */
const insurers = ["Harmonie Mutuelle", "MGEN", "Malakoff Humanis", "AG2R La Mondiale", "Groupama", "MAAF", "Macif", "Allianz", "AXA", "Swiss Life", "Generali", "April", "Alan", "Matmut"];
const products: Readonly<Record<DemoCoverage["domain"], { individual: readonly string[]; company: readonly string[]; premium: readonly [number, number] }>> = {
  health: { individual: ["Santé Essentielle", "Santé Confort", "Complémentaire santé Senior"], company: ["Contrat collectif santé", "Santé entreprise Socle"], premium: [45_000, 180_000] },
  protection: { individual: ["Prévoyance Décès", "Garantie obsèques"], company: ["Prévoyance collective cadres", "Prévoyance conventionnelle"], premium: [15_000, 90_000] },
  savings_retirement: { individual: ["Assurance vie multisupport", "PER individuel"], company: ["PER d'entreprise collectif", "Épargne salariale"], premium: [60_000, 480_000] },
  property_casualty: { individual: ["Multirisque habitation", "Assurance auto"], company: ["Multirisque professionnelle", "Flotte automobile"], premium: [25_000, 250_000] },
  services: { individual: ["Assistance dépendance", "Protection juridique"], company: ["Assistance salariés", "Protection juridique pro"], premium: [5_000, 40_000] },
};
const domains = Object.keys(products) as Array<DemoCoverage["domain"]>;

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/**
 * The coverage that the `index`-th record of a kind holds elsewhere, or none (about one record in
 * four has one or two). Health comes first for persons, the mutual's own market. End dates fall in
 * 2027 and 2028, fixed so that the demo is the same on every install (renewals an advisor calls back for).
 */
export function demoCoverages(kind: "individual" | "company", seed: number, index: number): DemoCoverage[] {
  const random = seededRandom(seed * 9_176 + index * 13 + (kind === "company" ? 5 : 0));
  if (random() >= 0.25) return [];
  const count = random() < 0.7 ? 1 : 2;
  return Array.from({ length: count }, (_, order) => {
    const domain = order === 0 && kind === "individual" ? "health" : pick(random, domains);
    const product = products[domain];
    const [least, most] = product.premium;
    const premium = Math.round((least + random() * (most - least)) / 100) * 100 * (kind === "company" ? 8 : 1);
    const month = 1 + Math.floor(random() * 12);
    return {
      domain,
      insurer: pick(random, insurers),
      product: random() < 0.85 ? pick(random, product[kind === "company" ? "company" : "individual"]) : null,
      endDate: random() < 0.8 ? `${2027 + Math.floor(random() * 2)}-${String(month).padStart(2, "0")}-${month === 2 ? "28" : "30"}` : null,
      annualPremiumCents: random() < 0.9 ? premium : null,
    };
  });
}
