import { useMemo } from "react";
import { useGetList, useLocaleState, usePermissions } from "react-admin";
import { localLabel, type CustomFieldRecord, type ReferenceValueRecord } from "../reference-data/types";
import { PERSON_PERMISSIONS } from "./types";

/** Per-tenant reference tables behind the coded fields of a person. */
export type PersonReferenceTable = "markers" | "importance" | "professions" | "social_regimes";

export interface ReferenceChoices {
  isPending: boolean;
  /** Label of a code in the UI language; the code itself when the value is unknown. */
  label: (code: string | null | undefined) => string;
  /** Active values, plus the inactive ones listed in `keep` (what the record already holds). */
  choices: (keep?: readonly (string | null | undefined)[]) => Array<{ id: string; name: string; disabled?: boolean }>;
}

/** Values of one reference table (GET /reference-tables/{code}/values), inactive ones included. */
export function useReferenceChoices(tableCode: PersonReferenceTable): ReferenceChoices {
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

/** The tenant's custom fields for persons (GET /custom-fields?entity=person), in their order. */
export function usePersonCustomFields(): { fields: CustomFieldRecord[]; isPending: boolean } {
  const { data, isPending } = useGetList<CustomFieldRecord>(
    "custom-fields",
    { filter: { entity: "person" }, pagination: { page: 1, perPage: 200 }, sort: { field: "sortOrder", order: "ASC" } },
    { staleTime: 60_000 },
  );
  return { fields: data ?? [], isPending };
}

/** What the signed-in user may do on persons, from the session permissions (same source as accessRules). */
export function usePersonRights(): { canWrite: boolean; canReadSensitive: boolean; canWriteSensitive: boolean; canReadAudit: boolean; canReadFiles: boolean } {
  const { permissions } = usePermissions<string[]>();
  const has = (permission: string) => permissions?.includes(permission) ?? false;
  return {
    canWrite: has(PERSON_PERMISSIONS.write),
    canReadSensitive: has(PERSON_PERMISSIONS.readSensitive),
    canWriteSensitive: has(PERSON_PERMISSIONS.writeSensitive),
    canReadAudit: has("audit:read"),
    canReadFiles: has("file:read"),
  };
}
