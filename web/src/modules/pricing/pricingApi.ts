import { API_PREFIX, apiFetch } from "../../app/http";
import { uploadImport } from "../../ui/uploadImport";
import type { Proposal } from "../../../../server/src/modules/pricing/index.js";
import type { Price, TariffInput, TariffVersion } from "./types";

const tariffsPath = (productId: string) => `/products/${encodeURIComponent(productId)}/tariffs`;

/** The product's versions, latest first. */
export const listTariffs = (productId: string, signal?: AbortSignal) => apiFetch<{ items: TariffVersion[] }>(tariffsPath(productId), { signal }).then((page) => page.items);

/** A new version: versions are never changed, a correction is a new one. */
export const createTariff = (productId: string, tariff: TariffInput) => apiFetch<TariffVersion>(tariffsPath(productId), { method: "POST", body: tariff });

/** The edited workbook as a new version, or a 400 naming each wrong cell (`Grilles!L12`). */
export const importTariff = (productId: string, file: File) => uploadImport<TariffVersion>(`${tariffsPath(productId)}/import`, file);

export const tariffExportUrl = (productId: string) => `${API_PREFIX}${tariffsPath(productId)}/export`;

export interface PriceRequest {
  productId: string;
  formulaId: string;
  effectiveDate: string;
  postalCode: string;
  socialRegime: string;
  localRegime: "none" | "alsace_moselle";
  beneficiaries: Array<{ role: string; birthDate: string }>;
  introducerId?: string;
  options?: string[];
  channel?: string;
}

export const priceFormula = (request: PriceRequest) => apiFetch<Price>("/pricing/price", { method: "POST", body: request });

/** A priced formula offered for a profile. */
export type { Proposal };

/** Every formula sold on the channel that prices for the profile, the cheapest first. */
export const proposeFormulas = async (request: Omit<PriceRequest, "productId" | "formulaId"> & { channel: string }): Promise<Proposal[]> =>
  (await apiFetch<{ items: Proposal[] }>("/pricing/proposals", { method: "POST", body: request })).items;
