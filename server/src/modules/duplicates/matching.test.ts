import { describe, expect, it } from "vitest";
import { type CompanyMatchRecord, type PersonMatchRecord, blockingKeys, compareRecords, prepareRecord } from "./matching.js";
import { type DuplicateRuleDefinition, type FieldComparison, defaultDuplicateRules } from "./rules.js";

function defaultRule(code: string): DuplicateRuleDefinition {
  const rule = defaultDuplicateRules().find((candidate) => candidate.code === code);
  if (!rule) throw new Error(`no default rule ${code}`);
  return rule;
}

function personRule(code: string, ...fields: FieldComparison[]): DuplicateRuleDefinition {
  return { code, target: "person", label: code, fields, active: true };
}

function companyRule(code: string, ...fields: FieldComparison[]): DuplicateRuleDefinition {
  return { code, target: "company", label: code, fields, active: true };
}

const nameBirthDate = defaultRule("name_birth_date");
const email = defaultRule("email");
const mobile = defaultRule("mobile_phone");
const siren = defaultRule("siren");
const siret = defaultRule("siret");
const companyName = defaultRule("name_postal_code");
const landline = personRule("landline", { field: "landlinePhone", method: "exact" });
const phoneticNames = personRule(
  "phonetic_names",
  { field: "lastName", method: "phonetic" },
  { field: "firstName", method: "normalised" },
  { field: "birthDate", method: "exact" },
);
const fuzzyLastName = personRule("fuzzy_last_name", { field: "lastName", method: "fuzzy", threshold: 0.9 }, { field: "birthDate", method: "exact" });
const fuzzyEmail = personRule("fuzzy_email", { field: "email", method: "fuzzy", threshold: 0.95 }, { field: "lastName", method: "normalised" });

const born = "1980-05-17";
const person = (lastName: string, firstName: string | null, birthDate: string | null = born, extra: Partial<PersonMatchRecord> = {}): PersonMatchRecord => ({
  lastName,
  firstName,
  birthDate,
  ...extra,
});
const company = (name: string, extra: Partial<CompanyMatchRecord> = {}): CompanyMatchRecord => ({ name, postalCode: "75011", ...extra });

type Pair = [description: string, rule: DuplicateRuleDefinition, a: PersonMatchRecord | CompanyMatchRecord, b: PersonMatchRecord | CompanyMatchRecord];

const mustMatch: Pair[] = [
  ["compound first name with a hyphen or a space", nameBirthDate, person("Durand", "Jean-Pierre"), person("Durand", "Jean Pierre")],
  ["compound first name in capitals", nameBirthDate, person("Durand", "JEAN PIERRE"), person("Durand", "jean-pierre")],
  ["case of the family name", nameBirthDate, person("DURAND", "Paul"), person("durand", "paul")],
  ["accents", nameBirthDate, person("Lefèvre", "Hélène"), person("LEFEVRE", "HELENE")],
  ["accents and cedilla", nameBirthDate, person("François", "Françoise"), person("Francois", "Francoise")],
  ["ligature œ", nameBirthDate, person("Lœuillet", "Zoé"), person("Loeuillet", "Zoe")],
  ["apostrophe in N'Diaye", nameBirthDate, person("N'Diaye", "Awa"), person("Ndiaye", "Awa")],
  ["N'Diaye written with a space", nameBirthDate, person("N'Diaye", "Awa"), person("N DIAYE", "AWA")],
  ["typographic apostrophe", nameBirthDate, person("D’Alembert", "Jean"), person("d'Alembert", "Jean")],
  ["Le Goff glued", nameBirthDate, person("Le Goff", "Yann"), person("LEGOFF", "Yann")],
  ["Saint abbreviated", nameBirthDate, person("Saint-Exupéry", "Antoine"), person("St Exupery", "Antoine")],
  ["Sainte abbreviated", nameBirthDate, person("Sainte-Marie", "Claire"), person("Ste Marie", "Claire")],
  ["St. with a dot", nameBirthDate, person("St. Exupéry", "Antoine"), person("SAINT EXUPERY", "Antoine")],
  ["particles dropped", nameBirthDate, person("de La Fontaine", "Jean"), person("La Fontaine", "Jean")],
  ["particles glued", nameBirthDate, person("de La Fontaine", "Jean"), person("DELAFONTAINE", "Jean")],
  ["particles glued after the first one", nameBirthDate, person("de La Fontaine", "Jean"), person("Lafontaine", "Jean")],
  ["particles all dropped", nameBirthDate, person("de La Fontaine", "Jean"), person("Fontaine", "Jean")],
  ["d' before a vowel", nameBirthDate, person("d'Arc", "Jeanne"), person("Darc", "Jeanne")],
  ["Dutch particles", nameBirthDate, person("van der Berg", "Anna"), person("Berg", "Anna")],
  ["Arabic article", nameBirthDate, person("El Amrani", "Nadia"), person("Elamrani", "Nadia")],
  ["compound family name with or without hyphen", nameBirthDate, person("Martin-Dupont", "Claire"), person("Martin Dupont", "Claire")],
  ["extra spaces", nameBirthDate, person("  Dupont ", " Paul  "), person("Dupont", "Paul")],
  ["birth name against usage name", nameBirthDate, person("Martin", "Claire", born, { birthName: "Dupont" }), person("Dupont", "Claire")],
  ["usage name against birth name", nameBirthDate, person("Dupont", "Claire"), person("Martin", "Claire", born, { birthName: "DUPONT" })],
  ["same birth name, new usage name", nameBirthDate, person("Martin", "Claire", born, { birthName: "Dupont" }), person("Durand", "Claire", born, { birthName: "Dupont" })],
  ["Mohamed and Mohammed", nameBirthDate, person("Benali", "Mohamed"), person("Benali", "Mohammed")],
  ["Mohamed and Muhammad", nameBirthDate, person("Benali", "Mohamed"), person("BENALI", "Muhammad")],
  ["Mickaël and Michael", nameBirthDate, person("Leroy", "Mickaël"), person("Leroy", "Michael")],
  ["Stéphane without accent", nameBirthDate, person("Moreau", "Stéphane"), person("Moreau", "Stephane")],
  ["Jérôme without accents", nameBirthDate, person("Girard", "Jérôme"), person("Girard", "Jerome")],
  ["Matthieu and Mathieu", nameBirthDate, person("Roux", "Matthieu"), person("Roux", "Mathieu")],
  ["Laetitia and Laëtitia", nameBirthDate, person("Blanc", "Laëtitia"), person("Blanc", "Laeticia")],
  ["Youssef and Youcef", nameBirthDate, person("Haddad", "Youssef"), person("Haddad", "Youcef")],
  ["transposed first and last names", nameBirthDate, person("MARTIN", "Paul"), person("PAUL", "Martin")],
  ["transposed with accents", nameBirthDate, person("Durand", "Hélène"), person("HELENE", "DURAND")],
  ["transposed with a particle", nameBirthDate, person("de La Fontaine", "Jean"), person("Jean", "Lafontaine")],
  ["e-mail case and spaces", email, person("A", null, null, { email: "Jean.Dupont@Exemple.FR " }), person("B", null, null, { email: "jean.dupont@exemple.fr" })],
  ["mobile in national and international form", mobile, person("A", null, null, { mobilePhone: "06 12 34 56 78" }), person("B", null, null, { mobilePhone: "+33612345678" })],
  ["mobile with 0033", mobile, person("A", null, null, { mobilePhone: "0033 6 12 34 56 78" }), person("B", null, null, { mobilePhone: "06 12 34 56 78" })],
  ["mobile with dots", mobile, person("A", null, null, { mobilePhone: "06.12.34.56.78" }), person("B", null, null, { mobilePhone: "+33 6 12 34 56 78" })],
  ["mobile with (0)", mobile, person("A", null, null, { mobilePhone: "+33 (0)6 12 34 56 78" }), person("B", null, null, { mobilePhone: "0612345678" })],
  ["overseas mobile", mobile, person("A", null, null, { mobilePhone: "0692 12 34 56" }), person("B", null, null, { mobilePhone: "+262 692 12 34 56" })],
  ["landline with dashes", landline, person("A", null, null, { landlinePhone: "01-23-45-67-89" }), person("B", null, null, { landlinePhone: "+33 1 23 45 67 89" })],
  ["phonetic: Dupont and Dupond", phoneticNames, person("Dupont", "Paul"), person("Dupond", "Paul")],
  ["phonetic: Gauthier and Gautier", phoneticNames, person("Gauthier", "Luc"), person("Gautier", "Luc")],
  ["phonetic: Lefebvre and Lefèvre", phoneticNames, person("Lefebvre", "Anne"), person("Lefèvre", "Anne")],
  ["phonetic: Rousseau and Roussaud", phoneticNames, person("Rousseau", "Marc"), person("Roussaud", "Marc")],
  ["fuzzy: a doubled letter", fuzzyLastName, person("Martin", "Paul"), person("Martinn", "Pierre")],
  ["fuzzy: a missing letter", fuzzyLastName, person("Dubois", null), person("Duboi", null)],
  ["fuzzy e-mail: two letters swapped", fuzzyEmail, person("Dupont", null, null, { email: "jean.dupont@exemple.fr" }), person("Dupont", null, null, { email: "jean.dupnot@exemple.fr" })],
  ["SIREN with spaces", siren, company("Alpha", { siren: "552 100 554" }), company("Alpha SA", { siren: "552100554" })],
  ["SIREN even under another name", siren, company("Alpha", { siren: "552100554" }), company("Beta", { siren: "552100554" })],
  ["SIRET with spaces", siret, company("Alpha", { siret: "552 100 554 00013" }), company("Alpha", { siret: "55210055400013" })],
  ["legal form and ampersand", companyName, company("SARL Dupont & Fils"), company("Dupont et Fils")],
  ["legal form with dots, at the end", companyName, company("S.A.S. Alpha Conseil"), company("ALPHA CONSEIL SAS")],
  ["company accents and apostrophes", companyName, company("Mutuelle Générale de l'Éducation"), company("MUTUELLE GENERALE DE L EDUCATION")],
  ["company postal code with a space", companyName, company("Alpha Conseil", { postalCode: "75 011" }), company("Alpha Conseil", { postalCode: "75011" })],
];

const mustNotMatch: Pair[] = [
  ["homonyms born on different days", nameBirthDate, person("Martin", "Paul", "1980-05-17"), person("Martin", "Paul", "1981-05-17")],
  ["father and son", nameBirthDate, person("Durand", "Jean", "1950-02-01"), person("Durand", "Jean", "1978-09-12")],
  ["Marie and Mario", nameBirthDate, person("Rossi", "Marie"), person("Rossi", "Mario")],
  ["Paul and Pauline", nameBirthDate, person("Martin", "Paul"), person("Martin", "Pauline")],
  ["Jean and Jeanne", nameBirthDate, person("Petit", "Jean"), person("Petit", "Jeanne")],
  ["Daniel and Danielle", nameBirthDate, person("Petit", "Daniel"), person("Petit", "Danielle")],
  ["Christian and Christiane", nameBirthDate, person("Petit", "Christian"), person("Petit", "Christiane")],
  ["Martin and Martine", nameBirthDate, person("Bernard", "Martin"), person("Bernard", "Martine")],
  ["Louis and Luis", nameBirthDate, person("Garcia", "Louis"), person("Garcia", "Luis")],
  ["Yann and Yannick", nameBirthDate, person("Le Gall", "Yann"), person("Le Gall", "Yannick")],
  ["Michel and Michael", nameBirthDate, person("Leroy", "Michel"), person("Leroy", "Michael")],
  ["Ahmed and Mohamed", nameBirthDate, person("Benali", "Ahmed"), person("Benali", "Mohamed")],
  ["a diminutive: Cathy and Catherine", nameBirthDate, person("Morel", "Cathy"), person("Morel", "Catherine")],
  ["one of two first names", nameBirthDate, person("Durand", "Jean-Pierre"), person("Durand", "Jean")],
  ["first names in another order", nameBirthDate, person("Durand", "Jean-Marie"), person("Durand", "Marie-Jean")],
  ["one part of a compound family name", nameBirthDate, person("Martin-Dupont", "Claire"), person("Martin", "Claire")],
  ["a glued particle is part of the name", nameBirthDate, person("Lafontaine", "Jean"), person("Fontaine", "Jean")],
  ["Delacroix is not Croix", nameBirthDate, person("Delacroix", "Eugène"), person("Croix", "Eugène")],
  ["N'Diaye is not Diaye", nameBirthDate, person("N'Diaye", "Awa"), person("Diaye", "Awa")],
  ["Le Goff is not Le Goffic", nameBirthDate, person("Le Goff", "Yann"), person("Le Goffic", "Yann")],
  ["Dupont and Dupond are different spellings", nameBirthDate, person("Dupont", "Paul"), person("Dupond", "Paul")],
  ["Lefebvre and Lefèvre are different spellings", nameBirthDate, person("Lefebvre", "Anne"), person("Lefèvre", "Anne")],
  ["birth name on one side, another usage name on the other", nameBirthDate, person("Martin", "Claire", born, { birthName: "Dupont" }), person("Durand", "Claire")],
  ["transposed, but another birth date", nameBirthDate, person("MARTIN", "Paul", "1980-05-17"), person("PAUL", "Martin", "1990-05-17")],
  ["transposed, but another first name", nameBirthDate, person("MARTIN", "Paul"), person("PAULINE", "Martin")],
  ["birth date missing on one side", nameBirthDate, person("Martin", "Paul", born), person("Martin", "Paul", null)],
  ["birth date missing on both sides", nameBirthDate, person("Martin", "Paul", null), person("Martin", "Paul", null)],
  ["first name missing", nameBirthDate, person("Martin", null), person("Martin", "Paul")],
  ["dots in an e-mail address", email, person("A", null, null, { email: "jean.dupont@gmail.com" }), person("B", null, null, { email: "jeandupont@gmail.com" })],
  ["a +tag in an e-mail address", email, person("A", null, null, { email: "jean+mutuelle@exemple.fr" }), person("B", null, null, { email: "jean@exemple.fr" })],
  ["same mailbox name, other domain", email, person("A", null, null, { email: "jean.dupont@exemple.fr" }), person("B", null, null, { email: "jean.dupont@exemple.com" })],
  ["no e-mail on either side", email, person("A", null), person("B", null)],
  ["mobiles one digit apart", mobile, person("A", null, null, { mobilePhone: "06 12 34 56 78" }), person("B", null, null, { mobilePhone: "06 12 34 56 79" })],
  ["no mobile on either side", mobile, person("A", null, null, { mobilePhone: null }), person("B", null, null, { mobilePhone: "" })],
  ["metropolitan and overseas number with the same digits", mobile, person("A", null, null, { mobilePhone: "+33 6 92 12 34 56" }), person("B", null, null, { mobilePhone: "0692 12 34 56" })],
  ["phonetic: Faure and Fort", phoneticNames, person("Faure", "Luc"), person("Fort", "Luc")],
  ["phonetic: Roussel and Rousseau", phoneticNames, person("Roussel", "Marc"), person("Rousseau", "Marc")],
  ["phonetic: Garcia and Garcin", phoneticNames, person("Garcia", "Marc"), person("Garcin", "Marc")],
  ["fuzzy: Martin and Marchand", fuzzyLastName, person("Martin", null), person("Marchand", null)],
  ["fuzzy: Dubois and Dumas", fuzzyLastName, person("Dubois", null), person("Dumas", null)],
  ["fuzzy e-mail: another person at the same domain", fuzzyEmail, person("Dupont", null, null, { email: "jean.dupont@exemple.fr" }), person("Dupont", null, null, { email: "anne.dupont@exemple.fr" })],
  ["different SIRENs, same name", siren, company("Alpha Conseil", { siren: "552100554" }), company("Alpha Conseil", { siren: "732829320" })],
  ["no SIREN on either side", siren, company("Alpha Conseil"), company("Alpha Conseil")],
  ["establishments of one company", siret, company("Alpha", { siret: "55210055400013" }), company("Alpha", { siret: "55210055400021" })],
  ["same name, other postal code", companyName, company("Alpha Conseil", { postalCode: "75011" }), company("Alpha Conseil", { postalCode: "69003" })],
  ["Dupont and Dupond companies", companyName, company("Dupont SA"), company("Dupond SA")],
  ["'et Fils' is part of the name", companyName, company("Dupont et Fils"), company("Dupont")],
];

describe("compareRecords", () => {
  it.each(mustMatch)("matches %s", (_description, rule, a, b) => {
    const result = compareRecords(rule, a, b);
    expect(result.matched).toBe(true);
    expect(result.fields).toEqual(rule.fields.map((comparison) => comparison.field));
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(compareRecords(rule, b, a).matched).toBe(true);
  });

  it.each(mustNotMatch)("does not match %s", (_description, rule, a, b) => {
    expect(compareRecords(rule, a, b).matched).toBe(false);
    expect(compareRecords(rule, b, a).matched).toBe(false);
  });

  it("holds at least 40 pairs of each kind", () => {
    expect(mustMatch.length).toBeGreaterThanOrEqual(40);
    expect(mustNotMatch.length).toBeGreaterThanOrEqual(40);
  });

  it("scores 1 for identical values, less through normalisation, less again when transposed", () => {
    const identical = compareRecords(nameBirthDate, person("Durand", "Paul"), person("Durand", "Paul"));
    const normalised = compareRecords(nameBirthDate, person("Durand", "Hélène"), person("DURAND", "Helene"));
    const transposed = compareRecords(nameBirthDate, person("Durand", "Hélène"), person("HELENE", "DURAND"));
    expect(identical).toEqual({ matched: true, score: 1, fields: ["lastName", "firstName", "birthDate"], transposed: false });
    expect(normalised.score).toBeLessThan(1);
    expect(normalised.transposed).toBe(false);
    expect(transposed.transposed).toBe(true);
    expect(transposed.score).toBeLessThan(normalised.score);
  });

  it("names the fields that matched when the rule does not", () => {
    const result = compareRecords(nameBirthDate, person("Martin", "Paul", "1980-05-17"), person("Martin", "Paul", "1981-05-17"));
    expect(result).toMatchObject({ matched: false, fields: ["lastName", "firstName"] });
    expect(result.score).toBeCloseTo(2 / 3);
  });

  it("never matches a record with itself", () => {
    const record = person("Martin", "Paul", born, { id: "p1" });
    expect(compareRecords(nameBirthDate, record, { ...record }).matched).toBe(false);
  });

  it("accepts prepared records and gives the same answer", () => {
    const a = person("de La Fontaine", "Jean");
    const b = person("Jean", "Lafontaine");
    expect(compareRecords(nameBirthDate, prepareRecord("person", a), prepareRecord("person", b))).toEqual(compareRecords(nameBirthDate, a, b));
  });

  it("refuses a record of the other target", () => {
    expect(() => prepareRecord("company", person("Martin", "Paul") as unknown as CompanyMatchRecord)).toThrow(TypeError);
  });
});

function shareAKey(rule: DuplicateRuleDefinition, a: PersonMatchRecord | CompanyMatchRecord, b: PersonMatchRecord | CompanyMatchRecord): boolean {
  const keysOfA = new Set(blockingKeys(rule, a));
  return blockingKeys(rule, b).some((key) => keysOfA.has(key));
}

describe("blockingKeys", () => {
  it.each(mustMatch)("files both records of %s under a common key", (_description, rule, a, b) => {
    expect(shareAKey(rule, a, b)).toBe(true);
  });

  it("prefixes every key by the rule code and keeps keys short", () => {
    const keys = blockingKeys(nameBirthDate, person("de La Fontaine-Saint-Exupéry", "Marie-Jeanne-Thérèse", born, { birthName: "van der Berg" }));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key.startsWith("name_birth_date:") || key.startsWith("name_birth_date#")).toBe(true);
      expect(key.length).toBeLessThanOrEqual(120);
    }
  });

  it("stores a long combination as a digest that stays stable", () => {
    const long = person("de La Fontaine-Saint-Exupéry-Montmorency-Beauharnais-Villeneuve", "Marie-Jeanne-Thérèse-Bernadette-Geneviève");
    const keys = blockingKeys(nameBirthDate, long);
    expect(keys.some((key) => key.startsWith("name_birth_date#"))).toBe(true);
    expect(blockingKeys(nameBirthDate, { ...long })).toEqual(keys);
  });

  it("gives one key per form of the family name, usage and birth name, in both name orders", () => {
    expect(blockingKeys(nameBirthDate, person("Le Goff", "Yann", born, { birthName: "Martin" })).sort()).toEqual(
      [
        "name_birth_date:legoff|yann|1980-05-17",
        "name_birth_date:goff|yann|1980-05-17",
        "name_birth_date:martin|yann|1980-05-17",
        "name_birth_date:yann|legoff|1980-05-17",
      ].sort(),
    );
  });

  it("gives no key when a field the rule needs is missing", () => {
    expect(blockingKeys(nameBirthDate, person("Martin", "Paul", null))).toEqual([]);
    expect(blockingKeys(nameBirthDate, person("Martin", null))).toEqual([]);
    expect(blockingKeys(email, person("Martin", "Paul"))).toEqual([]);
    expect(blockingKeys(siren, company("Alpha"))).toEqual([]);
  });

  it("leaves fuzzy fields out of the keys", () => {
    expect(blockingKeys(fuzzyLastName, person("Martin", "Paul"))).toEqual([`fuzzy_last_name:${born}`]);
  });

  it("keys phones by E.164 and companies by digits and normalised names", () => {
    expect(blockingKeys(mobile, person("A", null, null, { mobilePhone: "06 12 34 56 78" }))).toEqual(["mobile_phone:+33612345678"]);
    expect(blockingKeys(siren, company("Alpha", { siren: "552 100 554" }))).toEqual(["siren:552100554"]);
    expect(blockingKeys(companyName, company("SARL Dupont & Fils"))).toEqual(["name_postal_code:dupontetfils|75011"]);
  });

  it("keys phonetic fields by their code", () => {
    expect(blockingKeys(phoneticNames, person("Dupont", "Paul"))).toContain(`phonetic_names:DUPON|paul|${born}`);
  });

  it("does not file homonyms born on different days together", () => {
    expect(shareAKey(nameBirthDate, person("Martin", "Paul", "1980-05-17"), person("Martin", "Paul", "1981-05-17"))).toBe(false);
  });

  it("uses a company rule's keys for company records", () => {
    expect(shareAKey(companyRule("names", { field: "name", method: "phonetic" }), company("Dupont SA"), company("Dupond"))).toBe(true);
  });
});
