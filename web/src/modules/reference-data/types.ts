import type { CustomFieldEntity, CustomFieldType as ServerCustomFieldType, CustomFieldView, ReferenceTableView, ReferenceValueView } from "../../../../server/src/modules/reference-data/index.js";
import { serverCodes } from "../../app/serverCodes";

/** GET /reference-tables item; `code` doubles as react-admin id (the data provider copies it to `id`). */
export type ReferenceTableRecord = ReferenceTableView & { id: string };

/** GET /reference-tables/{code}/values item. */
export type ReferenceValueRecord = ReferenceValueView;

export const CUSTOM_FIELD_ENTITIES = serverCodes<CustomFieldEntity>()(["person", "company", "opportunity", "contract"]);
export const CUSTOM_FIELD_TYPES = serverCodes<ServerCustomFieldType>()(["text", "number", "date", "boolean", "list"]);

/** GET /custom-fields item; `entity` narrowed to the entities it can be (the server's view types it as a string). */
export type CustomFieldRecord = Omit<CustomFieldView, "entity"> & { entity: CustomFieldEntity };

export const entityChoices = CUSTOM_FIELD_ENTITIES.map((id) => ({ id, name: `adhesia.custom_fields.entities.${id}` }));
export const typeChoices = CUSTOM_FIELD_TYPES.map((id) => ({ id, name: `adhesia.custom_fields.types.${id}` }));

/** Label in the UI language. */
export function localLabel(record: { labelFr: string; labelEn: string } | undefined, locale: string): string {
  if (!record) return "";
  return locale === "en" ? record.labelEn || record.labelFr : record.labelFr || record.labelEn;
}
