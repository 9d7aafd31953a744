import { dateColumn, dayInFranceColumn, eurosColumn, frenchLabel, type ExportColumn } from "../../platform/http/table-export.js";
// The labels the export writes: the states' and kinds' here, the domains' by the catalogue.
import "../catalogue/index.js";
import "./messages.js";
import type { QuoteExportRow } from "./quotes-service.js";

/** The columns of the quotes export, in French like the screens, states and kinds by their labels; amounts in euros. */
export const quoteExportColumns: ExportColumn<QuoteExportRow>[] = [
  { header: "id", value: (row) => row.id, width: 38 },
  { header: "numéro", value: (row) => row.number, width: 22 },
  { header: "titulaire", value: (row) => row.holderName, width: 30 },
  { header: "id opportunité", value: (row) => row.opportunityId, width: 38 },
  { header: "origine du devis", value: (row) => frenchLabel("quote.kind", row.kind), width: 24 },
  { header: "état", value: (row) => frenchLabel("quote.state", row.state), width: 28 },
  { header: "produit", value: (row) => row.productName, width: 28 },
  { header: "formule", value: (row) => row.formulaName, width: 20 },
  { header: "id produit", value: (row) => row.productId, width: 38 },
  { header: "id formule", value: (row) => row.formulaId, width: 38 },
  dateColumn("date d'effet", (row) => row.effectiveDate),
  dateColumn("valable jusqu'au", (row) => row.validUntil),
  eurosColumn("mensuel TTC (€)", (row) => row.monthlyGrossCents),
  eurosColumn("prime annuelle TTC (€)", (row) => row.annualGrossCents),
  { header: "version du tarif", value: (row) => row.tariffVersion },
  { header: "référence externe", value: (row) => row.externalReference, width: 24 },
  { header: "bénéficiaires", value: (row) => row.beneficiaries.length },
  { header: "motif d'état", value: (row) => row.stateReason, width: 30 },
  dayInFranceColumn("créé le", (row) => row.createdAt),
];
