import type { referenceFr } from "./messages.fr";

export const referenceEn: typeof referenceFr = {
  resources: {
    "reference-tables": {
      name: "Reference table |||| Reference tables",
      fields: { code: "Code", labelFr: "French label", labelEn: "English label", valueCount: "Values", q: "Search" },
    },
    "reference-values": {
      name: "Value |||| Values",
      fields: { code: "Code", labelFr: "French label", labelEn: "English label", active: "Active", sortOrder: "Order" },
    },
    "custom-fields": {
      name: "Custom field |||| Custom fields",
      fields: {
        entity: "Record",
        key: "Technical key",
        labelFr: "French label",
        labelEn: "English label",
        type: "Type",
        listValues: "Allowed values",
        required: "Required",
        active: "Active",
        sortOrder: "Order",
      },
    },
  },
  adhesia: {
    reference: {
      values_title: "Values of the “%{label}” table",
      new_value: "New value",
      edit_value: "Edit the value “%{code}”",
      add_value: "Add",
      value_added: "Value added",
      activate: "Reactivate",
      deactivate: "Deactivate",
      activated: "Value reactivated",
      deactivated: "Value deactivated",
      inactive: "Inactive",
      deactivate_help: "A value already in use cannot be deleted: deactivate it so it is no longer offered.",
      no_values: "This table has no value yet.",
      back: "All tables",
    },
    custom_fields: {
      entities: { person: "Person", company: "Company", opportunity: "Opportunity", contract: "Contract" },
      types: { text: "Text", number: "Number", date: "Date", boolean: "Yes / no", list: "List of values" },
      key_help: "Lowercase letters, digits and _; cannot be changed later.",
      list_values_help: "One value per line.",
    },
  },
};
