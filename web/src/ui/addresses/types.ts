/** Postal addresses as the API reads and writes them (persons, companies, sites): typed lines and their RNVP form. */
export const NORMALISATION_STATUSES = ["valid", "corrected", "unknown_locality"] as const;
export type NormalisationStatus = (typeof NORMALISATION_STATUSES)[number];

/** An address as written by the client. */
export interface PostalAddressInput {
  lines: string[];
  postalCode: string;
  city: string;
  country?: string;
}

/** An address as read: also its RNVP form (NF Z10-011), computed by the server on save. */
export interface PostalAddressView extends PostalAddressInput {
  country: string;
  normalisedLines: string[];
  normalisationStatus: NormalisationStatus;
}

/** One address of a record among several, told apart by their kind (main, head office…). */
export type KindedAddressInput<K extends string> = PostalAddressInput & { kind: K };
export type KindedAddressView<K extends string> = PostalAddressView & { kind: K };

/** POST /addresses/normalise answer. */
export interface NormalisedAddress {
  lines: string[];
  status: NormalisationStatus;
  suggestions?: Array<{ postalCode: string; city: string }>;
  /** A line was too long even abbreviated: cut at a word, it lost its end. */
  truncated?: true;
}
