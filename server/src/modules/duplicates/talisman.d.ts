// talisman ships no type declarations; these cover the two functions duplicate matching uses.

declare module "talisman/phonetics/french/fonem.js" {
  /** FONEM code of a French family name (upper-case letters; accents are removed first). */
  export default function fonem(name: string): string;
}

declare module "talisman/metrics/jaro-winkler.js" {
  /** Jaro-Winkler similarity of two strings, 0 (nothing in common) to 1 (identical). */
  export default function jaroWinkler(a: string, b: string): number;
}
