import { apiFetch } from "../../app/http";
import type { NormalisedAddress, PostalAddressInput } from "./types";

/** RNVP proposal for an address being typed (NF Z10-011 lines, status, localities when unknown). */
export const normaliseAddress = (address: PostalAddressInput, signal?: AbortSignal): Promise<NormalisedAddress> =>
  apiFetch<NormalisedAddress>("/addresses/normalise", {
    method: "POST",
    body: { lines: address.lines, postalCode: address.postalCode, city: address.city, ...(address.country ? { country: address.country } : {}) },
    signal,
  });
