import type { Identifier } from "react-admin";

/** GET /reference-tables item; `code` doubles as react-admin id. */
export interface ReferenceTableRecord {
  id: string;
  code: string;
  labelFr: string;
  labelEn: string;
  valueCount: number;
}

export interface ReferenceValueRecord {
  id: Identifier;
  tableCode: string;
  code: string;
  labelFr: string;
  labelEn: string;
  active: boolean;
  sortOrder: number;
  version: number;
}

export const CUSTOM_FIELD_ENTITIES = ["person", "company", "opportunity", "contract"] as const;
export const CUSTOM_FIELD_TYPES = ["text", "number", "date", "boolean", "list"] as const;

export interface CustomFieldRecord {
  id: Identifier;
  entity: (typeof CUSTOM_FIELD_ENTITIES)[number];
  key: string;
  labelFr: string;
  labelEn: string;
  type: (typeof CUSTOM_FIELD_TYPES)[number];
  listValues: string[];
  required: boolean;
  active: boolean;
  sortOrder: number;
  version: number;
}

export const entityChoices = CUSTOM_FIELD_ENTITIES.map((id) => ({ id, name: `adhesia.custom_fields.entities.${id}` }));
export const typeChoices = CUSTOM_FIELD_TYPES.map((id) => ({ id, name: `adhesia.custom_fields.types.${id}` }));

/** Label in the UI language. */
export function localLabel(record: { labelFr: string; labelEn: string } | undefined, locale: string): string {
  if (!record) return "";
  return locale === "en" ? record.labelEn || record.labelFr : record.labelFr || record.labelEn;
}
