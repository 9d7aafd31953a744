import BusinessIcon from "@mui/icons-material/Business";
import type { SearchSource } from "../../ui/GlobalSearch";
import { searchCompanies } from "./companiesApi";
import { headOfficeLocality } from "./format";
import { formatSiren } from "./siren";
import { COMPANY_PERMISSIONS } from "./types";

/** Companies in the app-bar search: name, SIREN and city of the head office; opens the record. */
export const companySearchSource: SearchSource = {
  id: "companies",
  label: "adhesia.companies.search.group",
  permission: COMPANY_PERMISSIONS.read,
  icon: BusinessIcon,
  search: async (q, signal) =>
    (await searchCompanies(q, 8, signal)).map((company) => ({
      id: String(company.id),
      primary: company.name,
      secondary: [formatSiren(company.siren), headOfficeLocality(company)].filter(Boolean).join(" · ") || undefined,
      path: `/companies/${encodeURIComponent(String(company.id))}/show`,
    })),
};
