import { useEffect, useMemo, useState } from "react";
import { useLocaleState } from "react-admin";
import { listHeadcountBands, searchIdcc, searchNaf } from "./companiesApi";
import type { HeadcountBand, IdccEntry, NafEntry } from "./types";

/** The national referentials never change while the app runs: each answer is asked once. */
const answers = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let answer = answers.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = load();
    answers.set(key, answer);
    // A failure is not remembered: the next screen asks again.
    answer.catch(() => answers.delete(key));
  }
  return answer;
}

function useOnce<T>(key: string | null, load: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<{ key: string; value: T } | undefined>(undefined);
  useEffect(() => {
    if (!key) return undefined;
    let live = true;
    once(key, load).then(
      (result) => live && setValue({ key, value: result }),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // `load` is derived from `key`.
  }, [key]);
  return key && value?.key === key ? value.value : undefined;
}

/** The NAF entry of a code ("86.21Z" or a division "86"), for its label. */
export const findNaf = (code: string): Promise<NafEntry | undefined> =>
  once(`naf:${code}`, async () => (await searchNaf(code, code.length === 2 ? 2 : 5)).find((entry) => entry.code === code));

/** The convention collective of an IDCC ("1486"). */
export const findIdcc = (idcc: string): Promise<IdccEntry | undefined> => once(`idcc:${idcc}`, async () => (await searchIdcc(idcc)).find((entry) => entry.idcc === idcc));

export function useNafEntry(code: string | null | undefined): NafEntry | undefined {
  return useOnce(code ? `naf:${code}` : null, () => findNaf(code ?? ""));
}

export function useIdccEntry(idcc: string | null | undefined): IdccEntry | undefined {
  return useOnce(idcc ? `idcc:${idcc}` : null, () => findIdcc(idcc ?? ""));
}

export interface HeadcountBands {
  bands: HeadcountBand[];
  /** "10 à 19 salariés" in the UI language; the code itself when unknown, "" for none. */
  label: (code: string | null | undefined) => string;
  choices: Array<{ id: string; name: string }>;
}

/** INSEE headcount bands (GET /referentials/headcount-bands), labelled in the UI language. */
export function useHeadcountBands(): HeadcountBands {
  const [locale] = useLocaleState();
  const bands = useOnce("headcount-bands", () => listHeadcountBands());
  return useMemo(() => {
    const list = bands ?? [];
    const labelOf = (band: HeadcountBand) => (locale === "en" ? band.labelEn : band.labelFr);
    const byCode = new Map<string, HeadcountBand>(list.map((band) => [band.code, band]));
    return {
      bands: list,
      label: (code) => {
        if (!code) return "";
        const band = byCode.get(code);
        return band ? labelOf(band) : code;
      },
      choices: list.map((band) => ({ id: band.code, name: labelOf(band) })),
    };
  }, [bands, locale]);
}
