import { describe, expect, it } from "vitest";
import { headcountBands } from "./headcount-bands.js";

function bandOf(code: string) {
  const band = headcountBands.find((candidate) => candidate.code === code);
  if (!band) throw new Error(`no band ${code}`);
  return band;
}

describe("headcountBands", () => {
  it("has the 16 INSEE codes in INSEE order", () => {
    expect(headcountBands.map((band) => band.code)).toEqual([
      "NN", "00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53",
    ]);
  });

  it("gives 11 the 10-19 band and 12 the 20-49 band", () => {
    expect(bandOf("11")).toMatchObject({
      min: 10,
      max: 19,
      labelFr: "10 à 19 salariés",
      labelEn: "10 to 19 employees",
    });
    expect(bandOf("12")).toMatchObject({ min: 20, max: 49, labelFr: "20 à 49 salariés" });
  });

  it("labels the ends of the scale", () => {
    expect(bandOf("00")).toMatchObject({ labelFr: "0 salarié", min: 0, max: 0 });
    expect(bandOf("01")).toMatchObject({ labelFr: "1 ou 2 salariés", labelEn: "1 or 2 employees", min: 1, max: 2 });
    expect(bandOf("53")).toMatchObject({ labelFr: "10 000 salariés et plus", min: 10_000, max: null });
  });

  it("covers every headcount from 1 up without gap or overlap", () => {
    const employing = headcountBands.filter((band) => band.min > 0);
    employing.forEach((band, index) => {
      const previous = employing[index - 1];
      expect(band.min).toBe(previous ? (previous.max ?? Number.NaN) + 1 : 1);
    });
  });

  it("cannot be changed", () => {
    expect(Object.isFrozen(headcountBands)).toBe(true);
    expect(headcountBands.every((band) => Object.isFrozen(band))).toBe(true);
  });
});
