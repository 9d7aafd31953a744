import { createHash } from "node:crypto";
import { z } from "zod";
import { nulCharacters } from "../../platform/http/input-normalisation.js";
import { storableDay } from "../../platform/http/schemas.js";
import type { FieldError } from "../../platform/http/problem.js";
import { fieldErrorsFromZodIssues } from "../../platform/http/validation-errors.js";
import { checkSiren, isIsoCountryCode } from "../../platform/identifiers/index.js";
import { coverageDomains } from "../persons/index.js";
import { beneficiaryRoles, contractStatuses, guaranteeKinds } from "./schema.js";

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDay = storableDay("contract.invalid_day");
const cents = z.number().int().min(0).max(100_000_000_00);

const address = z.strictObject({
  lines: z.array(z.string().trim().max(100)).min(1).max(4),
  postalCode: z.string().trim().regex(/^\d{5}$/),
  city: text(100),
  country: z
    .string()
    .trim()
    .refine(isIsoCountryCode, { params: { code: "contract.invalid_country" } })
    .optional()
    .describe("ISO 3166 alpha-2; FR when left out"),
});

const personHolder = z.strictObject({
  type: z.literal("person"),
  lastName: text(100),
  firstName: text(100),
  birthDate: isoDay,
  email: z.email().max(254).optional(),
  mobilePhone: z.string().trim().max(30).optional(),
  address: address.optional(),
});

const companyHolder = z.strictObject({
  type: z.literal("company"),
  siren: z
    .string()
    .transform((value) => value.replace(/\s/g, ""))
    .refine((value) => checkSiren(value).ok, { params: { code: "contract.invalid_siren" } }),
  name: text(200),
  address: address.optional(),
});

const beneficiary = z
  .strictObject({
    role: z.enum(beneficiaryRoles),
    lastName: text(100),
    firstName: text(100),
    birthDate: isoDay,
    startDate: isoDay.optional(),
    endDate: isoDay.optional(),
  })
  .superRefine((cover, context) => {
    if (cover.startDate && cover.endDate && cover.endDate < cover.startDate) context.addIssue({ code: "custom", path: ["endDate"], message: "before start", params: { code: "contract.beneficiary_end_before_start" } });
  });

const guarantee = z.strictObject({
  code: text(60),
  label: text(200).optional(),
  kind: z.enum(guaranteeKinds).default("guarantee"),
  premiumAnnualCents: cents.optional(),
});

/**
 * One contract as the back office sends it (docs/interfaces/back-office-feed.md): one JSON object
 * per line of the daily feed, or one request body at `POST /api/v1/integrations/back-office/contracts`.
 */
export const contractRecordSchema = z
  .strictObject({
    sourceSystem: text(60).describe("the sending management system; with number, the contract's key"),
    number: text(60),
    status: z.enum(contractStatuses),
    startDate: isoDay,
    endDate: isoDay.optional(),
    terminationDate: isoDay.optional().describe("required when terminated"),
    terminationReason: text(200).optional(),
    domain: z.enum(coverageDomains),
    productCode: text(60).optional().describe("a product code of the catalogue; unknown there, productLabel is required"),
    formulaCode: text(60).optional(),
    productLabel: text(200).optional().describe("a partner's product the catalogue does not hold"),
    grantsMembership: z.boolean().optional().describe("for products outside the catalogue (default false); a catalogue product says it itself"),
    quoteNumber: text(60).optional().describe("the Adhesia quote it came from: validated when the contract arrives"),
    premiumAnnualCents: cents.optional(),
    introducerCode: text(60).optional().describe("code of an introducer of the tenant"),
    holder: z.discriminatedUnion("type", [personHolder, companyHolder]),
    beneficiaries: z.array(beneficiary).max(500).default([]),
    guarantees: z.array(guarantee).max(200).default([]),
  })
  .superRefine((record, context) => {
    if (record.status === "terminated" && !record.terminationDate) context.addIssue({ code: "custom", path: ["terminationDate"], message: "required", params: { code: "contract.termination_date_required" } });
    if (record.endDate && record.endDate < record.startDate) context.addIssue({ code: "custom", path: ["endDate"], message: "before start", params: { code: "contract.end_before_start" } });
    if (!record.productCode && !record.productLabel) context.addIssue({ code: "custom", path: ["productCode"], message: "required", params: { code: "contract.product_required" } });
    if (record.holder.type === "company" && record.beneficiaries.length === 0) context.addIssue({ code: "custom", path: ["beneficiaries"], message: "required", params: { code: "contract.group_without_beneficiaries" } });
  });

export type ContractRecord = z.output<typeof contractRecordSchema>;

/**
 * A record read from a file (a feed's line, an intake's three files), checked as the real-time
 * endpoint's body is: no NUL character in any member — the HTTP layer refuses it in a body, but from
 * a file it reached the database, which cannot store it in text, and failed the whole batch — then
 * the record's schema. Its faults are field errors naming the member.
 */
export function readContractRecord(value: unknown): { record: ContractRecord; errors?: undefined } | { record?: undefined; errors: FieldError[] } {
  const nul = nulCharacters(value);
  if (nul.length > 0) return { errors: nul };
  const result = contractRecordSchema.safeParse(value);
  return result.success ? { record: result.data } : { errors: fieldErrorsFromZodIssues(result.error.issues) };
}
export type PersonHolder = z.output<typeof personHolder>;
export type CompanyHolder = z.output<typeof companyHolder>;
export type BeneficiaryRecord = z.output<typeof beneficiary>;

/** What identifies a contract in a tenant: its source system and number, joined by a character neither holds. */
export const contractKey = (contract: { sourceSystem: string; number: string }): string => `${contract.sourceSystem}\u0000${contract.number}`;

/** How a contract is named in a run's report: "source system/number". */
export const reportKey = (contract: { sourceSystem: string; number: string }): string => `${contract.sourceSystem}/${contract.number}`;

/** Canonical JSON (keys sorted) so that one record has one hash, whatever the order of its members. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, member]) => member !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${canonical(member)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** What identifies a version of a contract: a line that hashes the same as the stored one changes nothing. */
export function contentHash(record: ContractRecord): string {
  return createHash("sha256").update(canonical(record)).digest("base64url");
}
