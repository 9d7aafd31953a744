/**
 * Spellings of one first name, the canonical one first. Only spellings and transliterations that
 * are the same name said the same way: diminutives and short forms (Cathy, Kate, Jo, Mimi, Bob)
 * are left out on purpose, because in France they are registered first names of their own
 * ("Cathy" is on birth certificates, not only a nickname for Catherine), and matching Jo with
 * Joseph, Joséphine, Johan and Joachim would propose false duplicates. Accents, case, hyphens and
 * spaces are handled by the normalisation, not here: each spelling is written in normalised form
 * (lower case, no accents, no separators).
 * See docs/domain/dedup.md for the policy.
 */
const spellingGroups: readonly (readonly string[])[] = [
  ["mohamed", "mohammed", "mohamad", "mohammad", "muhammad", "muhammed", "mouhamed", "mouhammad", "mouhamad", "mohamet", "mehmet"],
  ["ahmed", "ahmad", "ahmet"],
  ["abdelkader", "abdelkadir", "abdulkader", "abdulkadir"],
  ["abderrahmane", "abderahmane", "abderrahman", "abdelrahman", "abdurrahman"],
  ["aicha", "aisha", "aysha"],
  ["khadija", "khadidja", "kadija", "khadijah"],
  ["fatima", "fatimah", "fatema"],
  ["youssef", "yousef", "youcef", "yusuf", "youssouf", "yousouf"],
  ["rachid", "rachide", "rashid"],
  ["said", "sahid", "saaid"],
  ["karim", "karime", "kareem"],
  ["hakim", "hakime", "hakeem"],
  ["mustapha", "moustapha", "mustafa", "moustafa"],
  ["ibrahim", "ibrahime"],
  ["moussa", "mousa", "musa"],
  ["mamadou", "mamadu"],
  ["ousmane", "usman", "ousman"],
  ["mickael", "michael", "mikael", "mickail", "mikail"],
  ["raphael", "rafael"],
  ["mathieu", "matthieu", "matheu"],
  ["mathias", "matthias", "matias"],
  ["mathis", "matis", "mattis", "matthis"],
  ["nathalie", "natalie", "nathaly"],
  ["stephane", "stefane"],
  ["stephanie", "stefanie", "stephany"],
  ["christophe", "cristophe", "christof"],
  ["christelle", "cristelle"],
  ["christian", "cristian"],
  ["jeremy", "jeremie", "jeremi"],
  ["jerome", "gerome"],
  ["anthony", "antony", "anthonie", "antoni"],
  ["jonathan", "jonathon", "jonatan"],
  ["eric", "erik", "erick"],
  ["frederic", "frederik", "frederick"],
  ["cedric", "sedric"],
  ["henri", "henry"],
  ["philippe", "philipe", "phillipe", "filipe", "felipe"],
  ["thierry", "thiery", "thierri"],
  ["sylvain", "silvain"],
  ["sylvie", "silvie"],
  ["yannick", "yanick", "yannik", "yanik"],
  ["yann", "yan"],
  ["laetitia", "laeticia", "letitia", "leticia", "laetizia"],
  ["jessica", "jessika", "jesica"],
  ["sophie", "sofie"],
  ["sofiane", "sofian", "soufiane", "sufian"],
  ["melissa", "melisa"],
  ["vanessa", "vanesa"],
  ["clement", "klement"],
  ["nicolas", "nikolas", "nicholas"],
  ["thomas", "tomas"],
  ["marc", "mark"],
  ["ludovic", "ludovick", "ludovik"],
  ["gregory", "gregori"],
  ["elodie", "elody"],
  ["isabelle", "isabel", "izabelle", "izabel"],
  ["gaelle", "gaele"],
  ["mehdi", "medhi", "mehdy"],
  ["nadia", "nadya"],
  ["sarah", "sara"],
  ["hannah", "hanna", "hana"],
  ["dylan", "dilan", "dillan"],
];

const canonicalBySpelling: ReadonlyMap<string, string> = buildCanonicalMap(spellingGroups);

function buildCanonicalMap(groups: readonly (readonly string[])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of groups) {
    const canonical = group[0];
    if (canonical === undefined) continue;
    for (const spelling of group) {
      if (map.has(spelling)) throw new Error(`First-name spelling listed twice: ${spelling}`);
      map.set(spelling, canonical);
    }
  }
  return map;
}

/** The canonical spelling of a normalised first name ("mohammed" → "mohamed"), or the name itself. */
export function canonicalFirstName(normalised: string): string {
  return canonicalBySpelling.get(normalised) ?? normalised;
}

/** Every group, canonical spelling first: for tests and for the documentation. */
export function firstNameSpellingGroups(): readonly (readonly string[])[] {
  return spellingGroups;
}
