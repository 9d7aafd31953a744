import { dateColumn, dayInFranceColumn, eurosColumn, frenchLabel, type ExportColumn } from "../../platform/http/table-export.js";
// The labels the export writes: the states' and kinds' here, the domains' by the catalogue.
import "../catalogue/index.js";
import "./messages.js";
import type { OpportunityExportRow } from "./opportunities-service.js";

/** The columns of the opportunities export, in French like the screens, states and domains by their labels; amounts in euros. */
export const opportunityExportColumns: ExportColumn<OpportunityExportRow>[] = [
  { header: "id", value: (row) => row.id, width: 38 },
  { header: "titulaire", value: (row) => row.holderName, width: 30 },
  { header: "id personne", value: (row) => row.personId, width: 38 },
  { header: "id entreprise", value: (row) => row.companyId, width: 38 },
  { header: "domaine", value: (row) => frenchLabel("domain", row.domain) },
  { header: "famille de produits", value: (row) => row.productFamilyName, width: 30 },
  { header: "état", value: (row) => frenchLabel("opportunity.state", row.state), width: 28 },
  { header: "origine", value: (row) => row.originName, width: 30 },
  { header: "id origine", value: (row) => row.originId, width: 38 },
  dateColumn("date d'effet souhaitée", (row) => row.wishedStartDate),
  { header: "probabilité (%)", value: (row) => row.probability },
  eurosColumn("prime annuelle attendue (€)", (row) => row.expectedAnnualPremiumCents),
  { header: "apporteur", value: (row) => row.introducerName, width: 28 },
  { header: "id apporteur", value: (row) => row.introducerId, width: 38 },
  { header: "conseiller", value: (row) => row.advisorName, width: 24 },
  { header: "id conseiller", value: (row) => row.advisorId, width: 38 },
  { header: "motif de clôture", value: (row) => row.closedReason, width: 30 },
  { header: "description", value: (row) => row.description, width: 40 },
  dayInFranceColumn("créée le", (row) => row.createdAt),
];
