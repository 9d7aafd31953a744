import { syntheticPerson, type Locality, type SyntheticPerson } from "../../server/src/seed/synthetic-persons.js";

/** What the feed of bench/feed holds, made from a seed: the same sizes always give the same lines. */
export interface FeedPlan {
  seed: number;
  /** The seed the base of existing persons was loaded with, and its size. */
  baseSeed: number;
  baseCount: number;
  contracts: number;
  localities: readonly Locality[];
}

export interface GeneratedFeed {
  /** JSON Lines, one contract a line. */
  text: string;
  beneficiaries: number;
  /** Beneficiaries written as a spelling variant of a stored person. */
  variants: number;
}

const formulaCodes = ["ESSENTIEL", "CONFORT", "CONFORT_PLUS", "EXCELLENCE"];
const roles = ["main_insured", "spouse", "child"] as const;

/** Spellings of one first name from the duplicates' table (docs/domain/dedup.md), for the synthetic names that have one. */
const firstNameSpellings: Readonly<Record<string, string>> = { Nathalie: "Natalie", Stéphane: "Stefane", Christophe: "Cristophe", Raphaël: "Rafael", Philippe: "Philipe" };

const plain = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "");

/**
 * A stored person as another system typed them: accents dropped and capitals, hyphens as spaces, a
 * spelling of the first name from the table, a name with its particle glued — each the same
 * identity for the matching (every identity field equal once normalised: a strong match).
 */
export function variantOf(person: SyntheticPerson, index: number): { lastName: string; firstName: string } {
  switch (index % 4) {
    case 0:
      return { lastName: plain(person.lastName).toUpperCase(), firstName: plain(person.firstName).toLowerCase() };
    case 1:
      return { lastName: person.lastName.replace(/-/g, " "), firstName: person.firstName.replace(/-/g, " ").toUpperCase() };
    case 2:
      return { lastName: person.lastName.toLowerCase(), firstName: firstNameSpellings[person.firstName] ?? plain(person.firstName) };
    default:
      return { lastName: person.lastName.replace(/[\s']/g, ""), firstName: person.firstName };
  }
}

/**
 * The feed: contracts with two or three beneficiaries in turn (2.5 on average), the first the
 * main insured who is also the holder. Every third beneficiary is a variant of a stored person
 * (spread over the whole base), the others are new people.
 */
export function generateFeed(plan: FeedPlan): GeneratedFeed {
  const lines: string[] = [];
  let beneficiaryIndex = 0;
  let variants = 0;
  const matchedTotal = Math.ceil((plan.contracts * 2.5) / 3);
  const stride = Math.max(1, Math.floor(plan.baseCount / Math.max(1, matchedTotal)));
  for (let index = 0; index < plan.contracts; index += 1) {
    const count = index % 2 === 0 ? 2 : 3;
    const people = Array.from({ length: count }, () => {
      const at = beneficiaryIndex;
      beneficiaryIndex += 1;
      if (at % 3 === 0 && variants < plan.baseCount) {
        const stored = syntheticPerson(plan.baseSeed, (variants * stride) % plan.baseCount, plan.localities);
        variants += 1;
        return { ...stored, ...variantOf(stored, variants) };
      }
      return syntheticPerson(plan.seed, at, plan.localities);
    });
    const [holder] = people;
    if (!holder) throw new Error("a contract without people");
    const record = {
      sourceSystem: "BENCH",
      number: `BENCH-${String(index + 1).padStart(7, "0")}`,
      status: "active",
      startDate: "2026-01-01",
      domain: "health",
      productCode: "SANTE_PARTICULIERS",
      formulaCode: formulaCodes[index % formulaCodes.length],
      premiumAnnualCents: 60_000 + (index % 50) * 1_000,
      holder: { type: "person", lastName: holder.lastName, firstName: holder.firstName, birthDate: holder.birthDate, email: holder.email, address: holder.address },
      beneficiaries: people.map((person, position) => ({ role: roles[position] ?? "child", lastName: person.lastName, firstName: person.firstName, birthDate: person.birthDate })),
      guarantees: [{ code: "hospital_stay", label: "Frais de séjour" }],
    };
    lines.push(JSON.stringify(record));
  }
  return { text: `${lines.join("\n")}\n`, beneficiaries: beneficiaryIndex, variants };
}
