import { hasPermission, type RequestContext } from "../../platform/auth/context.js";
import { toAddressView, type AddressView } from "../persons/index.js";
import { companyPermissions } from "./permissions.js";
import type { companies, companyAddresses, CompanyAddressKind } from "./schema.js";

export type CompanyRow = typeof companies.$inferSelect;
export type CompanyAddressRow = typeof companyAddresses.$inferSelect;
export type CompanyAddressView = AddressView<CompanyAddressKind>;

/** The company as the API shows it; the screening flags are absent without company:read_sensitive. */
export type CompanyView = Omit<CompanyRow, "tenantId" | "searchName" | "pep" | "assetFreeze" | "createdAt" | "updatedAt" | "assignedAt"> & {
  pep?: boolean;
  assetFreeze?: boolean;
  createdAt: string;
  updatedAt: string;
  assignedAt: string | null;
  addresses: CompanyAddressView[];
};

const kindOrder: Readonly<Record<CompanyAddressKind, number>> = { head_office: 0, billing: 1, other: 2 };

export function toCompanyView(ctx: RequestContext, row: CompanyRow, addresses: CompanyAddressRow[]): CompanyView {
  // Added to the destructuring's fresh object rather than spread into another (as toPersonView).
  const { tenantId: _tenant, searchName: _search, pep, assetFreeze, createdAt, updatedAt, assignedAt, ...rest } = row;
  return Object.assign(rest, hasPermission(ctx, companyPermissions.readSensitive) ? { pep, assetFreeze } : {}, {
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    assignedAt: assignedAt?.toISOString() ?? null,
    addresses: addresses.map((address) => toAddressView(address)).sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]),
  });
}
