import { useMemo } from "react";
import { useGetList, useLocaleState } from "react-admin";
import { localLabel, type CustomFieldRecord } from "../modules/reference-data/types";
import type { ReferenceValueRecord } from "../modules/reference-data/types";

export interface ReferenceChoices {
  isPending: boolean;
  /** Label of a code in the UI language; the code itself when the value is unknown. */
  label: (code: string | null | undefined) => string;
  /** Active values, plus the inactive ones listed in `keep` (what the record already holds). */
  choices: (keep?: readonly (string | null | undefined)[]) => Array<{ id: string; name: string; disabled?: boolean }>;
}

/** Values of one of the tenant's reference tables (GET /reference-tables/{code}/values), inactive ones included. */
export function useReferenceChoices(tableCode: string): ReferenceChoices {
  const [locale] = useLocaleState();
  const { data, isPending } = useGetList<ReferenceValueRecord>(
    "reference-values",
    { filter: { tableCode }, pagination: { page: 1, perPage: 500 }, sort: { field: "sortOrder", order: "ASC" } },
    { staleTime: 60_000 },
  );
  return useMemo(() => {
    const values = data ?? [];
    const byCode = new Map(values.map((value) => [value.code, value]));
    return {
      isPending,
      label: (code) => (code ? (byCode.has(code) ? localLabel(byCode.get(code), locale) : code) : ""),
      choices: (keep = []) =>
        values
          .filter((value) => value.active || keep.includes(value.code))
          .map((value) => ({ id: value.code, name: localLabel(value, locale) })),
    };
  }, [data, isPending, locale]);
}

export type CustomFieldEntity = CustomFieldRecord["entity"];

/** The tenant's custom fields of an entity (GET /custom-fields?entity=), in their order. */
export function useCustomFields(entity: CustomFieldEntity): { fields: CustomFieldRecord[]; isPending: boolean } {
  const { data, isPending } = useGetList<CustomFieldRecord>(
    "custom-fields",
    { filter: { entity }, pagination: { page: 1, perPage: 200 }, sort: { field: "sortOrder", order: "ASC" } },
    { staleTime: 60_000 },
  );
  return { fields: data ?? [], isPending };
}
