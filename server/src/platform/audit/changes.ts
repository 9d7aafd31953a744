/** Fields whose history says nothing a person needs, or must never be copied into the audit trail. */
const ignoredFields = new Set(["createdAt", "createdBy", "updatedAt", "updatedBy", "version", "tenantId", "id"]);
const secretFields = new Set(["passwordHash", "totpSecret", "keyHash"]);
const REDACTED = "***";

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

function comparable(value: unknown): string {
  return JSON.stringify(value instanceof Date ? value.toISOString() : value ?? null);
}

/**
 * Whether writing `fields` over the stored row would store anything new, compared as the audit trail
 * compares them. An update that sends what is stored changes nothing — no new version, no audit
 * entry, no event —: a form saved again unchanged must not make everyone else's copy stale (409).
 */
export function changesStored(stored: object, fields: object): boolean {
  const current = stored as Record<string, unknown>;
  return Object.entries(fields).some(([field, value]) => value !== undefined && comparable(current[field]) !== comparable(value));
}

/** The fields that differ between two versions of a record, secrets masked. */
export function diffRecords(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChanges {
  const changes: FieldChanges = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of fields) {
    if (ignoredFields.has(field)) continue;
    const previous = before?.[field] ?? null;
    const next = after?.[field] ?? null;
    if (comparable(previous) === comparable(next)) continue;
    changes[field] = secretFields.has(field)
      ? { before: previous === null ? null : REDACTED, after: next === null ? null : REDACTED }
      : { before: previous, after: next };
  }
  return changes;
}
