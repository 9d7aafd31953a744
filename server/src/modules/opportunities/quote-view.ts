import type { Price } from "../pricing/index.js";
import { allowedNextStates, type QuoteState } from "./quote-states.js";
import type { quoteBeneficiaries, quotes } from "./schema.js";

export type QuoteRow = typeof quotes.$inferSelect;
export type BeneficiaryRow = typeof quoteBeneficiaries.$inferSelect;

export interface BeneficiaryView {
  role: BeneficiaryRow["role"];
  personId: string | null;
  lastName: string | null;
  firstName: string | null;
  birthDate: string;
}

/** A quote as the API shows it: its beneficiaries in order, and the engine's answer when Adhesia priced it. */
export type QuoteView = Omit<QuoteRow, "tenantId" | "createdAt" | "updatedAt" | "pricing"> & {
  pricing: Price | null;
  /** The moves the state machine allows from the quote's state: screens offer these and no others. */
  nextStates: QuoteState[];
  beneficiaries: BeneficiaryView[];
  createdAt: string;
  updatedAt: string;
};

export function toQuoteView(row: QuoteRow, beneficiaries: BeneficiaryRow[]): QuoteView {
  const { tenantId: _tenant, createdAt, updatedAt, pricing, ...rest } = row;
  return {
    ...rest,
    pricing: (pricing as Price | null) ?? null,
    nextStates: [...allowedNextStates(row.state)],
    beneficiaries: [...beneficiaries]
      .sort((a, b) => a.position - b.position)
      .map((beneficiary) => ({ role: beneficiary.role, personId: beneficiary.personId, lastName: beneficiary.lastName, firstName: beneficiary.firstName, birthDate: beneficiary.birthDate })),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}
