import fonem from "talisman/phonetics/french/fonem.js";

/**
 * The FONEM code of a normalised name (Bouchard, Brard and Lavoie, "FONEM : un code de
 * transcription phonétique pour la reconstitution automatique des familles saguenayennes",
 * Population 36-6, 1981): written for French family names, it folds the spellings of one sound
 * (au/eau/o, final d/t/x, ph/f, doubled letters, y/i) while keeping names that sound different
 * apart ("Faure" ≠ "Fort", "Marie" ≠ "Mario"). Digits are dropped: they are not sounds.
 */
export function phoneticCode(normalisedName: string): string {
  const letters = normalisedName.replace(/[^a-z]/g, "");
  return letters === "" ? "" : fonem(letters);
}
