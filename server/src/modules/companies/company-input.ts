import type { FieldError } from "../../platform/http/problem.js";
import type { DuplicateResolution } from "../../platform/records/hooks.js";
import { checkSiren, checkSiret, parseFrenchPhone, sirenOfSiret } from "../../platform/identifiers/index.js";
import type { PersonInput, PostalAddressInput } from "../persons/index.js";
import { findIdcc, findNafSubclass, isHeadcountBand } from "./company-referentials.js";
import type { CompanyAddressKind } from "./schema.js";

export interface CompanyAddressInput extends PostalAddressInput {
  kind: CompanyAddressKind;
}

/** What a client may write on a company; `nature` is absent on purpose: it is derived. */
export interface CompanyInput {
  name: string;
  legalForm?: string | null | undefined;
  siren?: string | null | undefined;
  siret?: string | null | undefined;
  inCreation?: boolean | undefined;
  headcountBand?: string | null | undefined;
  nafCode?: string | null | undefined;
  idcc?: string | null | undefined;
  hdsEnabled?: boolean | undefined;
  hdsRate?: string | null | undefined;
  originId: string;
  mainContactId?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  website?: string | null | undefined;
  turnoverCents?: number | null | undefined;
  activityCode?: string | null | undefined;
  balanceSheetDate?: string | null | undefined;
  endOfActivityDate?: string | null | undefined;
  pep?: boolean | undefined;
  assetFreeze?: boolean | undefined;
  prescriberPersonId?: string | null | undefined;
  prescriberCompanyId?: string | null | undefined;
  importance?: string | null | undefined;
  markers?: string[] | undefined;
  customFields?: Record<string, unknown> | undefined;
  addresses?: CompanyAddressInput[] | undefined;
}

/** A main contact created with the company: a person's create body, its origin defaulting to the company's. */
export type MainContactInput = Omit<PersonInput, "originId"> & { originId?: string | undefined };

export type CompanyCreateInput = CompanyInput & { mainContact?: MainContactInput | undefined; duplicateResolution?: DuplicateResolution | undefined };
export type CompanyChange = Partial<CompanyInput> & { version: number };

/** Fields only a holder of company:write_sensitive may set (anti-money-laundering screening). */
export const sensitiveFields = ["pep", "assetFreeze"] as const;

/**
 * Legal forms ("types d'organisation") that may have no SIREN: INSEE registers an organisation
 * only when it employs staff, owes taxes or receives public money (Code de commerce R123-220), and
 * an unregistered society, an indivision or a de facto society has no legal personality to
 * register. Codes of the tenant's `legal_forms` table; sources in docs/domain/companies.md.
 */
export const sirenExemptLegalForms: ReadonlySet<string> = new Set([
  "association",
  "association_non_declaree",
  "sep",
  "indivision",
  "societe_creee_de_fait",
  "syndicat_copropriete",
  "societe_etrangere",
]);

/** The fields the cross-field rules read: the record as it will be once the change is applied. */
export interface CompanyIdentity {
  legalForm: string | null;
  siren: string | null;
  siret: string | null;
  inCreation: boolean;
  hdsEnabled: boolean;
  hdsRate: string | null;
}

const blank = (value: string | null | undefined): value is null | "" => value === null || (typeof value === "string" && value.trim() === "");

/**
 * Checks what no schema can, field by field: SIREN and SIRET keys and agreement, the SIREN
 * requirement, NAF, IDCC and headcount codes of the referentials, the HDS rate, the phone.
 * `current` is the stored company on an update (undefined on a create). Returns the values to
 * store (SIREN and SIRET compact, canonical NAF and IDCC, E.164 phone, lower-cased e-mail) and the errors.
 */
export function checkCompanyInput<T extends Partial<CompanyInput>>(input: T, current: CompanyIdentity | undefined): { values: T & Pick<Partial<CompanyInput>, "siren">; errors: FieldError[] } {
  const errors: FieldError[] = [];
  // The SIREN may be derived from a SIRET sent alone.
  const values: T & Pick<Partial<CompanyInput>, "siren"> = { ...input };

  let sirenValid = true;
  if (input.siren !== undefined) {
    if (blank(input.siren)) values.siren = null;
    else {
      const siren = checkSiren(input.siren);
      if (siren.ok) values.siren = siren.value;
      else {
        sirenValid = false;
        errors.push({ path: "siren", code: "company.invalid_siren" });
      }
    }
  }
  let siretValid = true;
  if (input.siret !== undefined) {
    if (blank(input.siret)) values.siret = null;
    else {
      const siret = checkSiret(input.siret);
      if (siret.ok) values.siret = siret.value;
      else {
        siretValid = false;
        errors.push({ path: "siret", code: "company.invalid_siret" });
      }
    }
  }

  const merged: CompanyIdentity = {
    legalForm: input.legalForm !== undefined ? input.legalForm : (current?.legalForm ?? null),
    siren: values.siren !== undefined ? values.siren : (current?.siren ?? null),
    siret: values.siret !== undefined ? values.siret : (current?.siret ?? null),
    inCreation: input.inCreation ?? current?.inCreation ?? false,
    hdsEnabled: input.hdsEnabled ?? current?.hdsEnabled ?? false,
    hdsRate: input.hdsRate !== undefined ? input.hdsRate : (current?.hdsRate ?? null),
  };
  if (sirenValid && siretValid) {
    // A head office SIRET alone tells the SIREN.
    if (merged.siren === null && merged.siret !== null && input.siren === undefined) {
      merged.siren = sirenOfSiret(merged.siret);
      values.siren = merged.siren;
    }
    if (merged.siren !== null && merged.siret !== null && sirenOfSiret(merged.siret) !== merged.siren) {
      errors.push({ path: "siret", code: "company.siret_siren_mismatch" });
    }
    if (merged.siren === null && !merged.inCreation && !(merged.legalForm !== null && sirenExemptLegalForms.has(merged.legalForm))) {
      errors.push({ path: "siren", code: "company.siren_required" });
    }
  }

  if (input.nafCode !== undefined) {
    if (blank(input.nafCode)) values.nafCode = null;
    else {
      const naf = findNafSubclass(input.nafCode);
      if (naf) values.nafCode = naf.code;
      else errors.push({ path: "nafCode", code: "company.invalid_naf" });
    }
  }
  if (input.idcc !== undefined) {
    if (blank(input.idcc)) values.idcc = null;
    else {
      const idcc = findIdcc(input.idcc);
      if (idcc) values.idcc = idcc.idcc;
      else errors.push({ path: "idcc", code: "company.invalid_idcc" });
    }
  }
  if (input.headcountBand !== undefined) {
    if (blank(input.headcountBand)) values.headcountBand = null;
    else if (!isHeadcountBand(input.headcountBand.trim())) errors.push({ path: "headcountBand", code: "company.invalid_headcount_band" });
    else values.headcountBand = input.headcountBand.trim();
  }
  if (merged.hdsEnabled && blank(merged.hdsRate)) errors.push({ path: "hdsRate", code: "company.hds_rate_required" });

  const phone = checkPhone(input.phone);
  if (phone.error) errors.push(phone.error);
  else if (phone.value !== undefined) values.phone = phone.value;
  if (input.email) values.email = input.email.trim().toLowerCase();
  if (input.addresses) errors.push(...addressErrors(input.addresses));
  return { values, errors };
}

function addressErrors(addresses: CompanyAddressInput[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  addresses.forEach((address, index) => {
    if (seen.has(address.kind)) errors.push({ path: `addresses.${index}.kind`, code: "company.duplicate_address_kind" });
    seen.add(address.kind);
  });
  return errors;
}

/** A typed phone (any French or international format) as stored, in E.164; null when blanked. */
export function checkPhone(typed: string | null | undefined): { value: string | null | undefined; error?: FieldError } {
  if (typed === undefined) return { value: undefined };
  if (blank(typed)) return { value: null };
  const phone = parseFrenchPhone(typed);
  return phone.ok ? { value: phone.e164 } : { value: undefined, error: { path: "phone", code: "company.invalid_phone" } };
}

/** A site's SIRET: valid, and one of the company's establishments when the company's SIREN is known. */
export function checkSiteSiret(siret: string | null | undefined, companySiren: string | null): { value: string | null | undefined; error?: FieldError } {
  if (siret === undefined) return { value: undefined };
  if (blank(siret)) return { value: null };
  const checked = checkSiret(siret);
  if (!checked.ok) return { value: undefined, error: { path: "siret", code: "company.invalid_siret" } };
  if (companySiren !== null && sirenOfSiret(checked.value) !== companySiren) return { value: undefined, error: { path: "siret", code: "company.siret_siren_mismatch" } };
  return { value: checked.value };
}
