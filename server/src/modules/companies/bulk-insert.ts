import type { Executor } from "../../platform/db/database.js";
import { insertMany } from "../../platform/db/insert-many.js";
import { newId } from "../../platform/ids.js";
import { checkPhone } from "./company-input.js";
import { searchableName, storedAddress } from "../persons/index.js";
import { companies, companyAddresses, companyPersons, type CompanyPersonRole } from "./schema.js";

export interface CompanyToLoad {
  name: string;
  legalForm: string;
  siren: string;
  siret: string;
  headcountBand: string;
  nafCode: string;
  idcc: string | null;
  hdsEnabled: boolean;
  hdsRate: string | null;
  email: string;
  /** As typed by an advisor; stored in E.164. */
  phone: string;
  website: string | null;
  turnoverCents: number;
  originId: string;
  markers?: string[];
  headOffice: { lines: string[]; postalCode: string; city: string };
  mainContactId: string;
  /** The persons tab; the main contact is linked as a contact besides these. */
  persons: ReadonlyArray<{ personId: string; role: CompanyPersonRole }>;
}

/**
 * Loads many trusted companies at once (demo seed, benchmark data), with the same derived columns
 * as the service writes (search name, E.164 phone, RNVP address) but without per-record checks or audit.
 */
export async function bulkInsertCompanies(tx: Executor, tenantId: string, records: readonly CompanyToLoad[]): Promise<string[]> {
  if (records.length === 0) return [];
  const ids = records.map(() => newId());
  const idOf = (index: number): string => ids[index] ?? "";
  await insertMany(
    tx,
    companies,
    records.map(({ headOffice: _address, persons: _persons, phone, ...company }, index) => ({
      ...company,
      id: idOf(index),
      tenantId,
      email: company.email.toLowerCase(),
      phone: checkPhone(phone).value ?? null,
      markers: company.markers ?? [],
      searchName: searchableName(company.name),
    })),
  );
  await insertMany(tx, companyAddresses, records.map((company, index) => ({ tenantId, companyId: idOf(index), kind: "head_office" as const, ...storedAddress(company.headOffice) })));
  const links = records.flatMap((company, index) => {
    const others = company.persons.filter((link) => !(link.personId === company.mainContactId && link.role === "contact"));
    return [{ personId: company.mainContactId, role: "contact" as const }, ...others].map((link) => ({ tenantId, companyId: idOf(index), ...link }));
  });
  await insertMany(tx, companyPersons, links);
  return ids;
}
