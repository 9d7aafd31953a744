import { departmentOf } from "./departments.js";

export interface SectorCoverage {
  id: string;
  departments: readonly string[];
  postalCodes: readonly string[];
}

/** The sector of a postal code: the one that lists the code itself, else the one that lists its department. */
export function sectorOf(sectors: readonly SectorCoverage[], postalCode: string | null | undefined): string | null {
  const code = postalCode?.trim();
  if (!code) return null;
  const byCode = sectors.find((sector) => sector.postalCodes.includes(code));
  if (byCode) return byCode.id;
  const department = departmentOf(code);
  return (department && sectors.find((sector) => sector.departments.includes(department))?.id) || null;
}
