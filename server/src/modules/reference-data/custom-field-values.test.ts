import { describe, expect, it } from "vitest";
import { changedCustomFields, validateCustomFieldValues, type CustomFieldDefinition } from "./custom-field-values.js";

const field = (key: string, type: CustomFieldDefinition["type"], extra: Partial<CustomFieldDefinition> = {}): CustomFieldDefinition => ({
  key,
  type,
  listValues: [],
  required: false,
  active: true,
  ...extra,
});

const definitions = [
  field("loyalty_number", "text", { required: true }),
  field("children", "number"),
  field("first_contact", "date"),
  field("smoker", "boolean"),
  field("channel", "list", { listValues: ["phone", "web"] }),
  field("legacy_code", "text", { required: true, active: false }),
];

describe("validateCustomFieldValues", () => {
  it("accepts values of the right type", () => {
    const result = validateCustomFieldValues(definitions, { loyalty_number: "A12", children: 2, first_contact: "2024-02-29", smoker: false, channel: "web" });
    expect(result.errors).toEqual([]);
    expect(result.values).toEqual({ loyalty_number: "A12", children: 2, first_contact: "2024-02-29", smoker: false, channel: "web" });
  });

  it("reports every wrong value by field", () => {
    const result = validateCustomFieldValues(definitions, { children: "two", first_contact: "2023-02-29", smoker: "yes", channel: "mail", unknown: 1 });
    expect(result.errors).toEqual([
      { path: "customFields.children", code: "custom_field.invalid_number" },
      { path: "customFields.first_contact", code: "custom_field.invalid_date" },
      { path: "customFields.smoker", code: "custom_field.invalid_boolean" },
      { path: "customFields.channel", code: "custom_field.invalid_list_value" },
      { path: "customFields.unknown", code: "custom_field.unknown" },
      { path: "customFields.loyalty_number", code: "custom_field.required" },
    ]);
  });

  it("does not require an inactive field and treats empty as absent", () => {
    const result = validateCustomFieldValues(definitions, { loyalty_number: "" });
    expect(result.errors).toEqual([{ path: "customFields.loyalty_number", code: "custom_field.required" }]);
  });
});

describe("changedCustomFields", () => {
  it("keeps the stored values a PATCH does not send, takes the sent ones, and clears those sent null", () => {
    expect(changedCustomFields({ loyalty_number: "A12", children: 2, smoker: true }, { children: 3, smoker: null })).toEqual({ customFields: { loyalty_number: "A12", children: 3, smoker: null } });
  });

  it("changes nothing when the PATCH sends no custom fields", () => {
    expect(changedCustomFields({ loyalty_number: "A12" }, undefined)).toEqual({});
  });
});
