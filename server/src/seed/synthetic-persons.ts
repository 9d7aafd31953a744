// Deterministic synthetic French persons, for the demo seed and the search benchmark: the same seed
// always gives the same people, so screenshots, tests and benchmark figures can be compared.

const lastNames = [
  "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel",
  "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
  "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier",
  "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu",
  "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
  "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard",
  "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert",
  "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet",
  "Rolland", "Leclercq", "Guillaume", "Lecomte", "Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez",
  "Le Gall", "Le Hénaff", "D'Arcy", "Saint-Martin", "Le Goff", "Kerbrat", "Hoarau", "Grondin", "Etxeberria", "N'Diaye",
];

const firstNames: ReadonlyArray<readonly [string, "mr" | "mrs"]> = [
  ["Jean", "mr"], ["Marie", "mrs"], ["Pierre", "mr"], ["Nathalie", "mrs"], ["Michel", "mr"], ["Isabelle", "mrs"], ["Philippe", "mr"],
  ["Sylvie", "mrs"], ["Alain", "mr"], ["Catherine", "mrs"], ["Nicolas", "mr"], ["Sophie", "mrs"], ["Christophe", "mr"], ["Valérie", "mrs"],
  ["Patrick", "mr"], ["Christine", "mrs"], ["Stéphane", "mr"], ["Sandrine", "mrs"], ["Laurent", "mr"], ["Céline", "mrs"], ["Julien", "mr"],
  ["Aurélie", "mrs"], ["Thomas", "mr"], ["Camille", "mrs"], ["Lucas", "mr"], ["Léa", "mrs"], ["Hugo", "mr"], ["Chloé", "mrs"],
  ["Louis", "mr"], ["Emma", "mrs"], ["Gabriel", "mr"], ["Manon", "mrs"], ["Arthur", "mr"], ["Zoé", "mrs"], ["Raphaël", "mr"],
  ["Inès", "mrs"], ["François", "mr"], ["Hélène", "mrs"], ["Jérôme", "mr"], ["Françoise", "mrs"], ["Noël", "mr"], ["Anaïs", "mrs"],
  ["Jean-Pierre", "mr"], ["Marie-Claire", "mrs"], ["Loïc", "mr"], ["Maëlle", "mrs"], ["Yannick", "mr"], ["Gaëlle", "mrs"],
];

const streetTypes = ["rue", "avenue", "boulevard", "place", "impasse", "allée", "chemin", "route", "quai", "square"];
const streetNames = [
  "de la République", "Victor Hugo", "Jean Jaurès", "du Général de Gaulle", "Pasteur", "de la Gare", "des Écoles", "du Moulin",
  "Nationale", "de l'Église", "des Lilas", "Jules Ferry", "Gambetta", "du Maréchal Foch", "de Verdun", "des Tilleuls",
  "Saint-Exupéry", "de la Liberté", "des Acacias", "du Château", "Émile Zola", "de Bretagne", "des Peupliers", "Louis Pasteur",
];
const metropolitan06 = ["0", "1", "2", "4", "5", "6", "7", "8"];
// Most French surnames are rare (over a million of them): the frequent ones above stand for the
// head of the distribution, names built from syllables for its long tail, so that a search by
// name finds a realistic number of people rather than one in a hundred.
const syllables = ["ker", "le", "ber", "mor", "gal", "lan", "dou", "val", "ri", "cha", "mar", "tin", "vil", "bou", "ron", "de", "lau", "fer", "quin", "sal", "pel", "gou", "nec", "bri", "cot", "dal", "jou", "mas", "ter", "vel"];
const endings = ["", "ec", "ier", "and", "ot", "eau", "in", "et", "ard", "on", "y", "az"];

function rareLastName(random: () => number): string {
  const word = `${pick(random, syllables)}${pick(random, syllables)}${pick(random, syllables)}${pick(random, endings)}`;
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

const emailDomains = ["exemple.fr", "courriel.fr", "mail-demo.fr", "boite.fr"];

/** Mulberry32: a small, fast, well-spread 32-bit generator; plenty for synthetic data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticPerson {
  civility: "mr" | "mrs";
  lastName: string;
  firstName: string;
  birthDate: string;
  email: string;
  /** National French form, as typed by an advisor. */
  mobilePhone: string;
  address: { lines: string[]; postalCode: string; city: string };
}

export interface Locality {
  postalCode: string;
  city: string;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const digits = (random: () => number, count: number): string => String(Math.floor(random() * 10 ** count)).padStart(count, "0");
const ascii = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]/g, "");

/** The `index`-th synthetic person of a seed: any index can be made without making the ones before. */
export function syntheticPerson(seed: number, index: number, localities: readonly Locality[]): SyntheticPerson {
  const random = seededRandom(seed * 1_000_003 + index);
  const lastName = random() < 0.6 ? pick(random, lastNames) : rareLastName(random);
  const [firstName, civility] = pick(random, firstNames);
  const year = 1940 + Math.floor(random() * 65);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const locality = pick(random, localities);
  // Metropolitan mobile ranges: 06 (but 0639 and 069 are overseas) and 073 to 079.
  const mobile = random() < 0.8 ? `06${pick(random, metropolitan06)}${digits(random, 7)}` : `07${3 + Math.floor(random() * 7)}${digits(random, 7)}`;
  return {
    civility,
    lastName,
    firstName,
    birthDate: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    email: `${ascii(firstName)}.${ascii(lastName)}${index}@${pick(random, emailDomains)}`,
    mobilePhone: mobile,
    address: { lines: [`${1 + Math.floor(random() * 120)} ${pick(random, streetTypes)} ${pick(random, streetNames)}`], postalCode: locality.postalCode, city: locality.city },
  };
}
