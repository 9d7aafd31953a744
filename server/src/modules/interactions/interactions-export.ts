import type { ExportColumn } from "../../platform/http/table-export.js";
import type { InteractionView } from "./interaction-view.js";

/** Instants as an advisor reads them: the day and time in Paris. */
const parisTime = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" });
const instant = (value: string | null): string => (value ? parisTime.format(new Date(value)) : "");

/** The columns of the interactions export, in French like the screens; codes as stored (reference tables give their labels). */
export const interactionExportColumns: ExportColumn<InteractionView>[] = [
  { header: "id", value: (row) => row.id, width: 38 },
  { header: "type", value: (row) => row.type },
  { header: "état", value: (row) => (row.state === "done" ? "réalisée" : "planifiée") },
  { header: "prévue le", value: (row) => instant(row.plannedAt), width: 18 },
  { header: "objet", value: (row) => row.subject, width: 40 },
  { header: "personne", value: (row) => row.personName, width: 28 },
  { header: "entreprise", value: (row) => row.companyName, width: 28 },
  { header: "conseiller", value: (row) => row.advisorName, width: 24 },
  { header: "terminée le", value: (row) => instant(row.endedAt), width: 18 },
  { header: "résultat", value: (row) => row.resultCode },
  { header: "compte rendu", value: (row) => row.report, width: 50 },
  { header: "notes", value: (row) => row.notes, width: 50 },
  { header: "en retard", value: (row) => row.overdue },
  { header: "opportunité", value: (row) => row.opportunityId, width: 38 },
  { header: "id personne", value: (row) => row.personId, width: 38 },
  { header: "id entreprise", value: (row) => row.companyId, width: 38 },
];
