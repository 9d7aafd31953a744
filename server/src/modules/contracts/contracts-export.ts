import { dateColumn, eurosColumn, frenchLabel, type ExportColumn } from "../../platform/http/table-export.js";
// The labels the export writes: the statuses' here, the domains' by the catalogue.
import "../catalogue/index.js";
import type { ContractView } from "./contract-view.js";
import "./messages.js";

/** The columns of the contracts export, in French like the screens, statuses and domains by their labels; amounts in euros and days typed as in the quotes export. */
export const contractExportColumns: ExportColumn<ContractView>[] = [
  { header: "id", value: (row) => row.id, width: 38 },
  { header: "système source", value: (row) => row.sourceSystem },
  { header: "numéro", value: (row) => row.number, width: 18 },
  { header: "statut", value: (row) => frenchLabel("contract.status", row.status) },
  { header: "domaine", value: (row) => frenchLabel("domain", row.domain) },
  { header: "titulaire", value: (row) => row.holderName, width: 30 },
  { header: "produit", value: (row) => row.productLabel ?? row.productCode, width: 30 },
  { header: "formule", value: (row) => row.formulaLabel ?? row.formulaCode, width: 20 },
  { header: "adhésion", value: (row) => row.grantsMembership },
  dateColumn("début", (row) => row.startDate),
  dateColumn("fin", (row) => row.endDate),
  dateColumn("résiliation", (row) => row.terminationDate),
  { header: "motif de résiliation", value: (row) => row.terminationReason, width: 30 },
  eurosColumn("cotisation annuelle (€)", (row) => row.premiumAnnualCents),
  { header: "devis", value: (row) => row.quoteNumber },
  { header: "bénéficiaires", value: (row) => row.beneficiaryCount },
  { header: "id personne titulaire", value: (row) => row.holderPersonId, width: 38 },
  { header: "id entreprise titulaire", value: (row) => row.holderCompanyId, width: 38 },
];
