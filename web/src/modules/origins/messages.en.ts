import type { originsFr } from "./messages.fr";

export const originsEn: typeof originsFr = {
  resources: {
    origins: {
      name: "Origin |||| Origins",
      fields: {
        code: "Code",
        label: "Label",
        labelEn: "English label",
        kind: "Kind",
        startDate: "Start",
        endDate: "End",
        costCents: "Cost",
        active: "Active",
        system: "System",
        q: "Search",
      },
    },
  },
  adhesia: {
    permission_groups: { origins: "Origins" },
    origins: {
      kinds: {
        campaign: "Campaign",
        event: "Event",
        comparator: "Comparator",
        spontaneous_call: "Spontaneous call",
        web_site: "Web site",
        partner: "Partner",
        referral: "Referral",
        other: "Other",
      },
      system: "System",
      system_help: "System origin, used by the interfaces with the online shop and the comparators: it can be neither changed nor deleted.",
      code_help: "Letters, digits, “_”, “.” or “-”; the key of imports, cannot be changed later.",
      code_invalid: "Letters, digits, “_”, “.” or “-” only (60 characters at most)",
      cost_help: "In euros.",
      end_before_start: "The end date is before the start date",
      deactivate_help: "An origin already in use cannot be deleted: deactivate it so it is no longer offered.",
      tab_origin: "Origin",
      tab_history: "History",
      export: "Export",
      export_csv: "CSV (“;” separator)",
      export_xlsx: "Excel (XLSX)",
      import_title: "Origins import",
      import_help:
        "CSV file (“;” or “,” separator) or Excel (XLSX), with the columns code, label, label_en, kind, start_date, end_date, cost. Origins are updated by their code; lines in error are listed in a report.",
    },
  },
};
