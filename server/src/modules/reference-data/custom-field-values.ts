import type { FieldError } from "../../platform/http/problem.js";
import type { CustomFieldType } from "./schema.js";

export interface CustomFieldDefinition {
  key: string;
  type: CustomFieldType;
  listValues: string[];
  required: boolean;
  active: boolean;
}

export type CustomFieldValue = string | number | boolean | null;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function checkValue(definition: CustomFieldDefinition, value: unknown): string | undefined {
  switch (definition.type) {
    case "text":
      return typeof value === "string" && value.length <= 2000 ? undefined : "custom_field.invalid_text";
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? undefined : "custom_field.invalid_number";
    case "date":
      return typeof value === "string" && isCalendarDate(value) ? undefined : "custom_field.invalid_date";
    case "boolean":
      return typeof value === "boolean" ? undefined : "custom_field.invalid_boolean";
    case "list":
      return typeof value === "string" && definition.listValues.includes(value) ? undefined : "custom_field.invalid_list_value";
  }
}

/**
 * Checks a record's custom field values against the tenant's definitions: each by its type,
 * required ones present, unknown keys refused. Inactive fields keep their stored values but are
 * no longer required.
 */
export function validateCustomFieldValues(
  definitions: CustomFieldDefinition[],
  values: Record<string, unknown>,
  path = "customFields",
): { values: Record<string, CustomFieldValue>; errors: FieldError[] } {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const errors: FieldError[] = [];
  const accepted: Record<string, CustomFieldValue> = {};
  for (const [key, value] of Object.entries(values)) {
    const definition = byKey.get(key);
    if (!definition) {
      errors.push({ path: `${path}.${key}`, code: "custom_field.unknown" });
      continue;
    }
    if (value === null || value === "") {
      accepted[key] = null;
      continue;
    }
    const code = checkValue(definition, value);
    if (code) errors.push({ path: `${path}.${key}`, code });
    else accepted[key] = value as CustomFieldValue;
  }
  for (const definition of definitions) {
    if (definition.required && definition.active && (accepted[definition.key] ?? null) === null && !errors.some((error) => error.path === `${path}.${definition.key}`)) {
      errors.push({ path: `${path}.${definition.key}`, code: "custom_field.required" });
    }
  }
  return { values: accepted, errors };
}

/**
 * The custom fields a PATCH leads to: the stored values with the sent ones over them, key by key
 * (a key sent `null` clears its value, a key not sent keeps it), as `{ customFields }`; nothing
 * when the PATCH sends none. So a client sends only the custom fields it changes, as for every
 * other field; the whole is then checked as one (a required field left empty is still refused).
 */
export function changedCustomFields(stored: Readonly<Record<string, unknown>>, sent: Readonly<Record<string, unknown>> | undefined): { customFields?: Record<string, unknown> } {
  return sent === undefined ? {} : { customFields: { ...stored, ...sent } };
}
