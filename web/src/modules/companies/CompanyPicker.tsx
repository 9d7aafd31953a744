import { useCallback } from "react";
import { RecordPicker } from "../../ui/RecordPicker";
import { searchCompanies } from "./companiesApi";
import { headOfficeLocality } from "./format";
import { formatSiren } from "./siren";
import type { CompanyRecord } from "./types";

/** Autocomplete over GET /companies?q= (name, SIREN, postal code…); the company `excludeId` is left out. */
export const CompanyPicker = ({ excludeId, value, onChange, label, testId }: { excludeId?: string; value: CompanyRecord | null; onChange: (company: CompanyRecord | null) => void; label: string; testId: string }) => {
  const search = useCallback((q: string, signal: AbortSignal) => searchCompanies(q, 10, signal), []);
  return (
    <RecordPicker<CompanyRecord>
      search={search}
      value={value}
      onChange={onChange}
      getKey={(company) => String(company.id)}
      getLabel={(company) => company.name}
      getSecondary={(company) => [formatSiren(company.siren), headOfficeLocality(company)].filter(Boolean).join(" · ")}
      exclude={excludeId ? (company) => String(company.id) === excludeId : undefined}
      label={label}
      placeholder="adhesia.companies.relations.search_company"
      testId={testId}
    />
  );
};
