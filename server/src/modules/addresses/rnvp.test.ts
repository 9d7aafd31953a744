import { describe, expect, it } from "vitest";
import { fitLine, standardAbbreviations } from "./rnvp-abbreviations.js";
import { formatStreet, toDeliveryLines } from "./rnvp-lines.js";
import { normaliseAddress, type RnvpInput, type RnvpResult } from "./rnvp.js";
import { toPostalCase, toPostalWords } from "./rnvp-text.js";

interface AddressCase {
  name: string;
  input: RnvpInput;
  expected: RnvpResult;
}

// Libellés d'acheminement below were read from node_modules/codes-postaux/codes-postaux.json.
const frenchAddresses: AddressCase[] = [
  {
    name: "a simple street already written to the norm",
    input: { lines: ["12 RUE DE LA PAIX"], postalCode: "75002", city: "PARIS" },
    expected: { lines: ["12 RUE DE LA PAIX", "75002 PARIS"], status: "valid" },
  },
  {
    name: "lower case only: upper-casing alone keeps it valid",
    input: { recipient: "Mme Claire Martin", lines: ["8 rue des lilas"], postalCode: "44000", city: "nantes" },
    expected: { lines: ["MME CLAIRE MARTIN", "8 RUE DES LILAS", "44000 NANTES"], status: "valid" },
  },
  {
    name: "extra spaces are trimming, not a correction",
    input: { lines: ["  12   rue de la Paix ", " "], postalCode: " 75002 ", city: " Paris " },
    expected: { lines: ["12 RUE DE LA PAIX", "75002 PARIS"], status: "valid" },
  },
  {
    name: "accents and apostrophes removed",
    input: {
      recipient: "Mme Hélène Lefèvre",
      lines: ["8 rue de l'Hôtel de Ville"],
      postalCode: "72000",
      city: "le mans",
    },
    expected: { lines: ["MME HELENE LEFEVRE", "8 RUE DE L HOTEL DE VILLE", "72000 LE MANS"], status: "corrected" },
  },
  {
    name: "a postal code typed with a space",
    input: { lines: ["12 rue de la Paix"], postalCode: "75 002", city: "Paris" },
    expected: { lines: ["12 RUE DE LA PAIX", "75002 PARIS"], status: "corrected" },
  },
  {
    name: "bis glued to the number",
    input: { lines: ["12bis rue Victor Hugo"], postalCode: "69100", city: "Villeurbanne" },
    expected: { lines: ["12 BIS RUE VICTOR HUGO", "69100 VILLEURBANNE"], status: "corrected" },
  },
  {
    name: "bis already spelled out",
    input: { lines: ["12 BIS RUE VICTOR HUGO"], postalCode: "69100", city: "VILLEURBANNE" },
    expected: { lines: ["12 BIS RUE VICTOR HUGO", "69100 VILLEURBANNE"], status: "valid" },
  },
  {
    name: "ter abbreviated to t",
    input: { lines: ["7t avenue Jean Jaures"], postalCode: "31000", city: "Toulouse" },
    expected: { lines: ["7 TER AVENUE JEAN JAURES", "31000 TOULOUSE"], status: "corrected" },
  },
  {
    name: "b after a space means bis",
    input: { lines: ["3 b chemin des Vignes"], postalCode: "38000", city: "Grenoble" },
    expected: { lines: ["3 BIS CHEMIN DES VIGNES", "38000 GRENOBLE"], status: "corrected" },
  },
  {
    name: "a number range keeps its first number, as La Poste asks",
    input: { lines: ["15/17 rue Nationale"], postalCode: "59000", city: "Lille" },
    expected: { lines: ["15 RUE NATIONALE", "59000 LILLE"], status: "corrected" },
  },
  {
    name: "a street over 32 characters: street type then title abbreviated",
    input: { lines: ["12 boulevard du Général Charles de Gaulle"], postalCode: "13100", city: "Aix-en-Provence" },
    expected: { lines: ["12 BD DU GAL CHARLES DE GAULLE", "13100 AIX EN PROVENCE"], status: "corrected" },
  },
  {
    name: "abbreviation stops as soon as the street fits 32 characters",
    input: { lines: ["18 avenue de la Porte de Champerret"], postalCode: "75017", city: "Paris" },
    expected: { lines: ["18 AV DE LA PORTE DE CHAMPERRET", "75017 PARIS"], status: "corrected" },
  },
  {
    name: "a street of exactly 32 characters stays whole",
    input: { lines: ["140 AVENUE DE LA PORTE DE CLICHY"], postalCode: "75017", city: "PARIS" },
    expected: { lines: ["140 AVENUE DE LA PORTE DE CLICHY", "75017 PARIS"], status: "valid" },
  },
  {
    name: "list exhausted between 32 and 38 characters: kept",
    input: { lines: ["104 avenue du Maréchal de Lattre de Tassigny"], postalCode: "64000", city: "Pau" },
    expected: { lines: ["104 AV DU MAL DE LATTRE DE TASSIGNY", "64000 PAU"], status: "corrected" },
  },
  {
    name: "nothing to abbreviate past 38 characters: articles dropped, then cut at a word, and said",
    input: { lines: ["147 Rue des Anciens Combattants d'Afrique du Nord"], postalCode: "84000", city: "Avignon" },
    expected: { lines: ["147 RUE ANCIENS COMBATTANTS AFRIQUE", "84000 AVIGNON"], status: "corrected", truncated: true },
  },
  {
    name: "a long recipient: civility and title abbreviated",
    input: {
      recipient: "Monsieur le Docteur Jean-Baptiste Delacroix-Dupont",
      lines: ["2 place Kléber"],
      postalCode: "67000",
      city: "Strasbourg",
    },
    expected: {
      lines: ["M LE DR JEAN-BAPTISTE DELACROIX-DUPONT", "2 PLACE KLEBER", "67000 STRASBOURG"],
      status: "corrected",
    },
  },
  {
    name: "résidence, bâtiment and appartement on lines 2 and 3",
    input: {
      recipient: "M. Karim Benali",
      lines: ["Appt 34, 3e étage", "Résidence Les Jardins de Saint-Exupéry Bâtiment C", "27 rue du Général Leclerc"],
      postalCode: "35000",
      city: "Rennes",
    },
    expected: {
      lines: [
        "M. KARIM BENALI",
        "APPT 34, 3E ETAGE",
        "RES LES JARDINS DE SAINT-EXUPERY BAT C",
        "27 RUE DU GENERAL LECLERC",
        "35000 RENNES",
      ],
      status: "corrected",
    },
  },
  {
    name: "lines typed in the wrong order are put back in AFNOR order",
    input: { lines: ["14 RUE PASTEUR", "BATIMENT B", "APPARTEMENT 12"], postalCode: "67000", city: "STRASBOURG" },
    expected: { lines: ["APPARTEMENT 12", "BATIMENT B", "14 RUE PASTEUR", "67000 STRASBOURG"], status: "corrected" },
  },
  {
    name: "La Poste's own example: a lieu-dit after the street goes on line 5",
    input: {
      recipient: "M. Jean Delhourme",
      lines: ["Chez Mireille Copeau Appartement 2", "Entrée A Bâtiment Jonquille", "25 rue de l'Église", "Caudos"],
      postalCode: "33380",
      city: "Mios",
    },
    expected: {
      lines: [
        "M. JEAN DELHOURME",
        "CHEZ MIREILLE COPEAU APPARTEMENT 2",
        "ENTREE A BATIMENT JONQUILLE",
        "25 RUE DE L EGLISE",
        "CAUDOS",
        "33380 MIOS",
      ],
      status: "corrected",
    },
  },
  {
    name: "a bare name before the street is a building name (line 3)",
    input: { lines: ["Les Terrasses du Port", "3 quai de la Fosse"], postalCode: "44000", city: "Nantes" },
    expected: { lines: ["LES TERRASSES DU PORT", "3 QUAI DE LA FOSSE", "44000 NANTES"], status: "valid" },
  },
  {
    name: "an explicit lieu-dit without street",
    input: { recipient: "Mme Odette Roux", lines: ["Lieu-dit Les Granges"], postalCode: "84800", city: "Lagnes" },
    expected: { lines: ["MME ODETTE ROUX", "LIEU DIT LES GRANGES", "84800 LAGNES"], status: "corrected" },
  },
  {
    name: "a hamlet alone is a lieu-dit (line 5)",
    input: { lines: ["LE BOURG"], postalCode: "33380", city: "MARCHEPRIME" },
    expected: { lines: ["LE BOURG", "33380 MARCHEPRIME"], status: "valid" },
  },
  {
    name: "a zone industrielle is a building complement (line 3)",
    input: {
      recipient: "Pharmacie du Centre",
      lines: ["145 avenue des Paluds", "Zone industrielle des Paluds"],
      postalCode: "13400",
      city: "Aubagne",
    },
    expected: {
      lines: ["PHARMACIE DU CENTRE", "ZONE INDUSTRIELLE DES PALUDS", "145 AVENUE DES PALUDS", "13400 AUBAGNE"],
      status: "corrected",
    },
  },
  {
    name: "a dotted B.P. becomes BP on line 5, the service goes on line 2",
    input: {
      recipient: "Mutuelle Générale de la Vienne",
      lines: ["B.P. 90123", "Service adhésions"],
      postalCode: "86000",
      city: "Poitiers",
    },
    expected: {
      lines: ["MUTUELLE GENERALE DE LA VIENNE", "SERVICE ADHESIONS", "BP 90123", "86000 POITIERS"],
      status: "corrected",
    },
  },
  {
    name: "CS with a CEDEX code out of the referential",
    input: {
      recipient: "Mutuelle des Hauts-de-France",
      lines: ["Direction des prestations", "CS 70001"],
      postalCode: "59041",
      city: "Lille Cedex",
    },
    expected: {
      lines: ["MUTUELLE DES HAUTS-DE-FRANCE", "DIRECTION DES PRESTATIONS", "CS 70001", "59041 LILLE CEDEX"],
      status: "valid",
    },
  },
  {
    name: "CEDEX with its number kept on line 6",
    input: { lines: ["TSA 50000"], postalCode: "75700", city: "paris cedex 07" },
    expected: { lines: ["TSA 50000", "75700 PARIS CEDEX 07"], status: "valid" },
  },
  {
    name: "CEDEX with the commune name corrected to La Poste's libellé",
    input: { lines: ["CS 90512"], postalCode: "42007", city: "St-Étienne Cedex 1" },
    expected: { lines: ["CS 90512", "42007 SAINT ETIENNE CEDEX 1"], status: "corrected" },
  },
  {
    name: "La Réunion (974) is French",
    input: { lines: ["12 rue de Paris"], postalCode: "97400", city: "Saint-Denis" },
    expected: { lines: ["12 RUE DE PARIS", "97400 SAINT DENIS"], status: "corrected" },
  },
  {
    name: "Martinique given as country: still France, no country line",
    input: { lines: ["5 rue Victor Schoelcher"], postalCode: "97200", city: "Fort-de-France", country: "Martinique" },
    expected: { lines: ["5 RUE VICTOR SCHOELCHER", "97200 FORT DE FRANCE"], status: "corrected" },
  },
  {
    name: "Mayotte, France given as country",
    input: { lines: ["RUE DU COMMERCE"], postalCode: "97600", city: "MAMOUDZOU", country: "France" },
    expected: { lines: ["RUE DU COMMERCE", "97600 MAMOUDZOU"], status: "valid" },
  },
  {
    name: "Corse-du-Sud (20000 Ajaccio)",
    input: { lines: ["3 cours Napoléon"], postalCode: "20000", city: "Ajaccio" },
    expected: { lines: ["3 COURS NAPOLEON", "20000 AJACCIO"], status: "corrected" },
  },
  {
    name: "Haute-Corse (20200 Bastia)",
    input: { lines: ["2 RUE CESAR CAMPINCHI"], postalCode: "20200", city: "BASTIA" },
    expected: { lines: ["2 RUE CESAR CAMPINCHI", "20200 BASTIA"], status: "valid" },
  },
  {
    name: "a commune with apostrophe and hyphens",
    input: { lines: ["4 avenue des Quatre Otages"], postalCode: "84800", city: "L'Isle-sur-la-Sorgue" },
    expected: { lines: ["4 AVENUE DES QUATRE OTAGES", "84800 L ISLE SUR LA SORGUE"], status: "corrected" },
  },
  {
    name: "the same commune written as La Poste's libellé",
    input: { lines: ["4 AVENUE DES QUATRE OTAGES"], postalCode: "84800", city: "L ISLE SUR LA SORGUE" },
    expected: { lines: ["4 AVENUE DES QUATRE OTAGES", "84800 L ISLE SUR LA SORGUE"], status: "valid" },
  },
  {
    name: "St typed for Saint",
    input: { lines: ["10 rue Gambetta"], postalCode: "42000", city: "St-Étienne" },
    expected: { lines: ["10 RUE GAMBETTA", "42000 SAINT ETIENNE"], status: "corrected" },
  },
  {
    name: "Saint typed where La Poste writes ST",
    input: { lines: ["1 chemin du Moulin"], postalCode: "27450", city: "Saint-Étienne-l'Allier" },
    expected: { lines: ["1 CHEMIN DU MOULIN", "27450 ST ETIENNE L ALLIER"], status: "corrected" },
  },
  {
    name: "the commune name instead of the libellé d'acheminement",
    input: { lines: ["5 rue Oberkampf"], postalCode: "75011", city: "Paris 11e Arrondissement" },
    expected: { lines: ["5 RUE OBERKAMPF", "75011 PARIS"], status: "corrected" },
  },
  {
    name: "a libellé filed with its article in brackets",
    input: { lines: ["Route de Maillane"], postalCode: "13520", city: "Les Baux-de-Provence" },
    expected: { lines: ["ROUTE DE MAILLANE", "13520 LES BAUX DE PROVENCE"], status: "corrected" },
  },
  {
    name: "the locality repeated among the lines is dropped",
    input: { lines: ["10 place Bellecour", "69002 Lyon"], postalCode: "69002", city: "Lyon" },
    expected: { lines: ["10 PLACE BELLECOUR", "69002 LYON"], status: "corrected" },
  },
  {
    name: "more than 6 input lines are merged into the 6 AFNOR lines",
    input: {
      recipient: "Mme Sophie Garnier",
      lines: [
        "Chez Mme Martin",
        "Appartement 12",
        "3e étage",
        "Bâtiment B",
        "Résidence Les Tilleuls",
        "12 rue des Lilas",
        "BP 45",
      ],
      postalCode: "44100",
      city: "Nantes",
    },
    expected: {
      lines: [
        "MME SOPHIE GARNIER",
        "CHEZ MME MARTIN APT 12 3E ETAGE",
        "BATIMENT B RESIDENCE LES TILLEULS",
        "12 RUE DES LILAS",
        "BP 45",
        "44100 NANTES",
      ],
      status: "corrected",
    },
  },
  {
    name: "one line with commas holding lines 2 and 3: read part by part, nothing cut",
    input: { lines: ["Résidence les Flamboyants, bâtiment B, appartement 12, escalier 3"], postalCode: "97200", city: "Fort-de-France" },
    expected: { lines: ["APPARTEMENT 12 ESCALIER 3", "RESIDENCE LES FLAMBOYANTS BATIMENT B", "97200 FORT DE FRANCE"], status: "corrected" },
  },
  {
    name: "a building after the street on the same line goes to line 3",
    input: { lines: ["12 rue de la Paix, Bât. B"], postalCode: "75002", city: "Paris" },
    expected: { lines: ["BAT. B", "12 RUE DE LA PAIX", "75002 PARIS"], status: "corrected" },
  },
  {
    name: "a comma after the number leaves the street whole",
    input: { lines: ["12, rue de la Paix"], postalCode: "75002", city: "Paris" },
    expected: { lines: ["12 RUE DE LA PAIX", "75002 PARIS"], status: "corrected" },
  },
  {
    name: "too long even abbreviated: articles dropped on the street, the recipient cut at a word, and said",
    input: { recipient: "Monsieur Jean-Christophe de la Fontaine-Beauregard", lines: ["128 avenue du Général Charles de Gaulle Prolongée"], postalCode: "92200", city: "Neuilly-sur-Seine" },
    expected: { lines: ["M JEAN-CHRISTOPHE DE LA FONTAINE", "128 AV GAL CHARLES DE GAULLE PROLONGEE", "92200 NEUILLY SUR SEINE"], status: "corrected", truncated: true },
  },
  {
    name: "no recipient given: a first line naming a firm is the recipient, not a lieu-dit",
    input: { lines: ["Société Martin", "BP 1234"], postalCode: "69001", city: "Lyon" },
    expected: { lines: ["SOCIETE MARTIN", "BP 1234", "69001 LYON"], status: "corrected" },
  },
  {
    name: "no recipient given: the firm first, its service on line 2",
    input: { lines: ["ACME SA", "Service comptabilité", "10 avenue Foch"], postalCode: "75016", city: "Paris" },
    expected: { lines: ["ACME SA", "SERVICE COMPTABILITE", "10 AVENUE FOCH", "75016 PARIS"], status: "corrected" },
  },
  {
    name: "no recipient given: a first line starting with a civility is the recipient",
    input: { lines: ["M. Jean Dupont", "12 rue des Lilas"], postalCode: "44000", city: "Nantes" },
    expected: { lines: ["M. JEAN DUPONT", "12 RUE DES LILAS", "44000 NANTES"], status: "valid" },
  },
];

const unknownLocalities: AddressCase[] = [
  {
    name: "a city that is not the one of the postal code",
    input: { lines: ["12 rue de la République"], postalCode: "69003", city: "Marseille" },
    expected: {
      lines: ["12 RUE DE LA REPUBLIQUE", "69003 MARSEILLE"],
      status: "unknown_locality",
      suggestions: [{ postalCode: "69003", city: "LYON" }],
    },
  },
  {
    name: "a wrong city for a code shared by several communes",
    input: { lines: ["Chemin de la Sorguette"], postalCode: "84800", city: "Avignon" },
    expected: {
      lines: ["CHEMIN DE LA SORGUETTE", "84800 AVIGNON"],
      status: "unknown_locality",
      suggestions: [
        { postalCode: "84800", city: "FONTAINE DE VAUCLUSE" },
        { postalCode: "84800", city: "L ISLE SUR LA SORGUE" },
        { postalCode: "84800", city: "LAGNES" },
        { postalCode: "84800", city: "SAUMANE DE VAUCLUSE" },
      ],
    },
  },
  {
    name: "an unknown postal code: communes named like the city",
    input: { lines: ["12 rue de la Paix"], postalCode: "75099", city: "Paris" },
    expected: {
      lines: ["12 RUE DE LA PAIX", "75099 PARIS"],
      status: "unknown_locality",
      suggestions: ["75001", "75002", "75003", "75004", "75005", "75006", "75007", "75008", "75009", "75010"].map(
        (postalCode) => ({ postalCode, city: "PARIS" }),
      ),
    },
  },
  {
    name: "an unknown postal code and an unknown city",
    input: { lines: ["1 grande rue"], postalCode: "12345", city: "Trifouilly-les-Oies" },
    expected: { lines: ["1 GRANDE RUE", "12345 TRIFOUILLY LES OIES"], status: "unknown_locality", suggestions: [] },
  },
  {
    name: "a postal code that is not 5 digits",
    input: { lines: ["3 rue Sainte-Catherine"], postalCode: "3300", city: "Bordeaux" },
    expected: {
      lines: ["3 RUE SAINTE CATHERINE", "3300 BORDEAUX"],
      status: "unknown_locality",
      // The referential's name search: exact names first, then names containing the word.
      suggestions: [
        ...["33000", "33090", "33100", "33200", "33300", "33800"].map((postalCode) => ({
          postalCode,
          city: "BORDEAUX",
        })),
        { postalCode: "45340", city: "BORDEAUX EN GATINAIS" },
        { postalCode: "76790", city: "BORDEAUX SAINT CLAIR" },
        { postalCode: "33360", city: "CARIGNAN DE BORDEAUX" },
        { postalCode: "33360", city: "LIGNAN DE BORDEAUX" },
      ],
    },
  },
  {
    name: "a CEDEX code whose department has no locality of that name",
    input: { lines: ["BP 123"], postalCode: "69441", city: "Marseille Cedex 03" },
    expected: {
      lines: ["BP 123", "69441 MARSEILLE CEDEX 03"],
      status: "unknown_locality",
      suggestions: ["13001", "13002", "13003", "13004", "13005", "13006", "13007", "13008", "13009", "13010"].map(
        (postalCode) => ({ postalCode, city: "MARSEILLE" }),
      ),
    },
  },
];

const foreignAddresses: AddressCase[] = [
  {
    name: "Belgium: no referential check, country on line 7",
    input: {
      recipient: "SPF Finances",
      lines: ["Boulevard du Roi Albert II 33"],
      postalCode: "1030",
      city: "Schaerbeek",
      country: "Belgique",
    },
    expected: {
      lines: ["SPF FINANCES", "BOULEVARD DU ROI ALBERT II 33", "1030 SCHAERBEEK", "BELGIQUE"],
      status: "valid",
    },
  },
  {
    name: "Belgium with accents",
    input: {
      lines: ["Chaussée de Louvain 123"],
      postalCode: "1210",
      city: "Saint-Josse-ten-Noode",
      country: "belgique",
    },
    expected: { lines: ["CHAUSSEE DE LOUVAIN 123", "1210 SAINT JOSSE TEN NOODE", "BELGIQUE"], status: "corrected" },
  },
  {
    name: "abroad, 7 lines at most",
    input: {
      recipient: "M. Luc Peeters",
      lines: ["Appartement 4", "Résidence Astrid", "Avenue Louise 54", "BP 12"],
      postalCode: "1050",
      city: "Ixelles",
      country: "Belgique",
    },
    expected: {
      lines: [
        "M. LUC PEETERS",
        "APPARTEMENT 4",
        "RESIDENCE ASTRID",
        "AVENUE LOUISE 54",
        "BP 12",
        "1050 IXELLES",
        "BELGIQUE",
      ],
      status: "corrected",
    },
  },
];

const allCases = [...frenchAddresses, ...unknownLocalities, ...foreignAddresses];

describe("normaliseAddress", () => {
  it.each(frenchAddresses)("French address: $name", ({ input, expected }) => {
    expect(normaliseAddress(input)).toEqual(expected);
  });

  it.each(unknownLocalities)("unknown locality: $name", ({ input, expected }) => {
    expect(normaliseAddress(input)).toEqual(expected);
  });

  it.each(foreignAddresses)("foreign address: $name", ({ input, expected }) => {
    expect(normaliseAddress(input)).toEqual(expected);
  });

  it("has at least 25 test addresses", () => {
    expect(allCases.length).toBeGreaterThanOrEqual(25);
  });

  it("keeps every line of every case within the norm", () => {
    for (const { input } of allCases) {
      const { lines } = normaliseAddress(input);
      const abroad = input.country !== undefined && !/^(france|martinique)$/i.test(input.country);
      expect(lines.length, input.lines.join(" / ")).toBeLessThanOrEqual(abroad ? 7 : 6);
      for (const line of lines) {
        expect(line.length, line).toBeLessThanOrEqual(38);
        expect(line, "upper case, no accent").toBe(toPostalCase(line));
        expect(line, "no leading, trailing or double space").toMatch(/^\S+( \S+)*$/);
      }
      // Lines 4 to 6 (and the country line) are the last ones that carry the street, if any.
      const street = lines.findIndex((line) => /^\d+ |^(RUE|ROUTE|CHEMIN|BOULEVARD|AVENUE) /.test(line));
      const fromStreet = lines.slice(street);
      for (const line of fromStreet) expect(line, "only letters, digits and spaces").toMatch(/^[A-Z0-9 ]+$/);
      if (!abroad) expect(lines.at(-1)).toMatch(/^\d{4,5} [A-Z0-9 ]+$/);
    }
  });

  it("does not change its input", () => {
    const input: RnvpInput = {
      recipient: "Mme Léa Petit",
      lines: ["3e étage", "8 rue des Lilas"],
      postalCode: "44000",
      city: "nantes",
    };
    const copy = structuredClone(input);
    normaliseAddress(input);
    expect(input).toEqual(copy);
  });

  it("gives the same answer twice (the referential is loaded once)", () => {
    const input: RnvpInput = { lines: ["12 rue de la Paix"], postalCode: "69003", city: "Marseille" };
    expect(normaliseAddress(input)).toEqual(normaliseAddress(input));
  });

  it("gives no suggestions unless the locality is unknown", () => {
    for (const { input } of [...frenchAddresses, ...foreignAddresses]) {
      expect(normaliseAddress(input)).not.toHaveProperty("suggestions");
    }
  });
});

describe("line classification", () => {
  it("puts recipient complements on line 2 and building complements on line 3", () => {
    expect(toDeliveryLines(["Escalier C", "Immeuble Le Lafayette", "Tour Europa"]).delivery).toEqual({
      2: "ESCALIER C",
      3: "IMMEUBLE LE LAFAYETTE TOUR EUROPA",
      4: "",
      5: "",
    });
  });

  it("takes a street type over a building keyword: 12 rue de la Résidence is a street", () => {
    expect(toDeliveryLines(["12 rue de la Résidence"]).delivery[4]).toBe("12 RUE DE LA RESIDENCE");
    expect(toDeliveryLines(["12 A rue de la Résidence"]).delivery[4]).toBe("12 A RUE DE LA RESIDENCE");
  });

  it("treats a numbered line without street type as line 4 (La Canebière has none)", () => {
    expect(toDeliveryLines(["42 La Canebière"]).delivery[4]).toBe("42 LA CANEBIERE");
  });

  it("puts BP, CS, TSA and LD on line 5", () => {
    expect(toDeliveryLines(["C.S. 30012", "LD Les Mas"]).delivery[5]).toBe("CS 30012 LD LES MAS");
    expect(toDeliveryLines(["Boîte postale 7"]).delivery[5]).toBe("BOITE POSTALE 7");
  });
});

describe("formatStreet", () => {
  it.each([
    ["12bis rue Victor Hugo", "12 BIS RUE VICTOR HUGO"],
    ["12 B rue Victor Hugo", "12 BIS RUE VICTOR HUGO"],
    ["4ter, impasse des Roses", "4 TER IMPASSE DES ROSES"],
    ["4 T impasse des Roses", "4 TER IMPASSE DES ROSES"],
    ["21 quater avenue Foch", "21 QUATER AVENUE FOCH"],
    ["21q avenue Foch", "21 QUATER AVENUE FOCH"],
    ["1 bd Carnot", "1 BD CARNOT"],
    ["15-17, rue Nationale", "15 RUE NATIONALE"],
    ["2 Traverse du Moulin", "2 TRAVERSE DU MOULIN"],
  ])("%j → %j", (typed, formatted) => {
    expect(formatStreet(typed)).toBe(formatted);
  });
});

describe("fitLine", () => {
  it("leaves a line alone up to the preferred length (La Poste: AVENUE DES FLEURS stays whole)", () => {
    expect(fitLine("AVENUE DES FLEURS", { preferredLength: 32 }).text).toBe("AVENUE DES FLEURS");
    expect(fitLine("ENTREE 12 RESIDENCE LE CLOS DES VIGNES").text).toBe("ENTREE 12 RESIDENCE LE CLOS DES VIGNES");
  });

  it("abbreviates lines other than the street only past 38 characters", () => {
    expect(fitLine("BATIMENT C RESIDENCE LES HAUTS DE SEINE").text).toBe("BAT C RESIDENCE LES HAUTS DE SEINE");
  });

  it("recognises words next to punctuation on lines 1 to 3", () => {
    expect(fitLine("LIEU-DIT LES GRANDES BRUYERES DU HAUT PAYS").text).toBe("LD LES GRANDES BRUYERES DU HAUT PAYS");
    expect(fitLine("APPARTEMENT 12, BATIMENT B, ESCALIER DROIT").text).toBe("APT 12, BATIMENT B, ESCALIER DROIT");
  });

  it("abbreviates two-word phrases", () => {
    expect(fitLine("45 ROND POINT DE LA NOTRE DAME DES VICTOIRES", { preferredLength: 32 }).text).toBe("45 RPT DE LA ND DES VICTOIRES");
  });

  it("drops articles past 38 characters, where allowed, before anything is cut", () => {
    expect(fitLine("CONSERVATOIRE INTERCOMMUNAL DE MUSIQUE ET DE DANSE", { dropArticles: true })).toEqual({ text: "CONSERVATOIRE INTERCOMMUNAL MUSIQUE ET", cut: true });
    expect(fitLine("128 AVENUE DU GENERAL CHARLES DE GAULLE PROLONGEE", { preferredLength: 32, dropArticles: true })).toEqual({ text: "128 AV GAL CHARLES DE GAULLE PROLONGEE", cut: false });
    expect(fitLine("LE HAMEAU DES GRANDS CHENES DE LA VALLEE DU LOUP", { dropArticles: true })).toEqual({ text: "LE HAM GRANDS CHENES VALLEE DU LOUP", cut: false });
  });

  it("cuts at the last word that fits, never inside a word, and says so", () => {
    expect(fitLine("CONSERVATOIRE INTERCOMMUNAL DE MUSIQUE ET DE DANSE")).toEqual({ text: "CONSERVATOIRE INTERCOMMUNAL DE MUSIQUE", cut: true });
    expect(fitLine("M JEAN-CHRISTOPHE DE LA FONTAINE-BEAUREGARD")).toEqual({ text: "M JEAN-CHRISTOPHE DE LA FONTAINE", cut: true });
    expect(fitLine("ANTICONSTITUTIONNELLEMENTINTERMINABLEMENT")).toEqual({ text: "ANTICONSTITUTIONNELLEMENTINTERMINABLEM", cut: true });
  });

  it("abbreviates to upper-case, accent-free words only", () => {
    for (const [word, abbreviation] of standardAbbreviations) {
      expect(toPostalWords(word)).toBe(word);
      expect(abbreviation.length).toBeLessThan(word.length);
    }
  });
});

describe("character rules", () => {
  it("upper-cases and strips accents and ligatures, keeping punctuation on lines 1 to 3", () => {
    expect(toPostalCase("  Œuvre   d’Orient, Mme  Lætitia ")).toBe("OEUVRE D'ORIENT, MME LAETITIA");
  });

  it("keeps only letters, digits and spaces on lines 4 to 6", () => {
    expect(toPostalWords("Rue de l'Église, n°4 (bis)")).toBe("RUE DE L EGLISE N 4 BIS");
  });
});
