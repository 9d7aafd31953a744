// Tranches d'effectif salarié of the Sirene register (variables trancheEffectifsUniteLegale and
// trancheEffectifsEtablissement). Source: INSEE, https://www.sirene.fr/sirene/public/variable/tefen
// No npm package ships this 16-row list, hence a typed constant.

export type HeadcountBandCode =
  | "NN"
  | "00"
  | "01"
  | "02"
  | "03"
  | "11"
  | "12"
  | "21"
  | "22"
  | "31"
  | "32"
  | "41"
  | "42"
  | "51"
  | "52"
  | "53";

export interface HeadcountBand {
  readonly code: HeadcountBandCode;
  readonly labelFr: string;
  readonly labelEn: string;
  /** Smallest headcount of the band. */
  readonly min: number;
  /** Largest headcount of the band; null for the open-ended "10 000 and more". */
  readonly max: number | null;
}

function band(
  code: HeadcountBandCode,
  labelFr: string,
  labelEn: string,
  min: number,
  max: number | null,
): HeadcountBand {
  return Object.freeze({ code, labelFr, labelEn, min, max });
}

/** In INSEE order. "NN": no employee during the year; "00": none at 31 December but some during the year. */
export const headcountBands: readonly HeadcountBand[] = Object.freeze([
  band("NN", "Unité non employeuse", "Non-employer unit", 0, 0),
  band("00", "0 salarié", "0 employees", 0, 0),
  band("01", "1 ou 2 salariés", "1 or 2 employees", 1, 2),
  band("02", "3 à 5 salariés", "3 to 5 employees", 3, 5),
  band("03", "6 à 9 salariés", "6 to 9 employees", 6, 9),
  band("11", "10 à 19 salariés", "10 to 19 employees", 10, 19),
  band("12", "20 à 49 salariés", "20 to 49 employees", 20, 49),
  band("21", "50 à 99 salariés", "50 to 99 employees", 50, 99),
  band("22", "100 à 199 salariés", "100 to 199 employees", 100, 199),
  band("31", "200 à 249 salariés", "200 to 249 employees", 200, 249),
  band("32", "250 à 499 salariés", "250 to 499 employees", 250, 499),
  band("41", "500 à 999 salariés", "500 to 999 employees", 500, 999),
  band("42", "1 000 à 1 999 salariés", "1,000 to 1,999 employees", 1000, 1999),
  band("51", "2 000 à 4 999 salariés", "2,000 to 4,999 employees", 2000, 4999),
  band("52", "5 000 à 9 999 salariés", "5,000 to 9,999 employees", 5000, 9999),
  band("53", "10 000 salariés et plus", "10,000 employees or more", 10000, null),
]);
