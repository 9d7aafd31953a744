import { dayInFranceColumn, frenchLabel, type ExportColumn } from "../../platform/http/table-export.js";
import { formatFrenchPhone } from "../../platform/identifiers/index.js";
import { headcountBandLabel } from "./company-referentials.js";
// The natures' labels, registered by the persons module.
import "../persons/index.js";
import { customFieldColumns, type CustomFieldView } from "../reference-data/index.js";
import type { CompanyExportRow } from "./companies-service.js";
import type { CompanyView } from "./company-view.js";

const headOffice = (company: CompanyView) => company.addresses.find((address) => address.kind === "head_office");
const day = (value: string | null): Date | null => (value ? new Date(`${value}T00:00:00Z`) : null);

/** The columns of the companies export, in French like the screens; screening flags only when the reader may see them; then the tenant's custom fields. */
export function companyExportColumns(withSensitive: boolean, customFields: readonly CustomFieldView[]): ExportColumn<CompanyExportRow>[] {
  const columns: ExportColumn<CompanyExportRow>[] = [
    { header: "id", value: (company) => company.id, width: 38 },
    { header: "raison sociale", value: (company) => company.name, width: 32 },
    { header: "forme juridique", value: (company) => company.legalForm },
    { header: "SIREN", value: (company) => company.siren, width: 12 },
    { header: "SIRET du siège", value: (company) => company.siret, width: 16 },
    { header: "en création", value: (company) => company.inCreation },
    { header: "tranche d'effectif", value: (company) => headcountBandLabel(company.headcountBand), width: 22 },
    { header: "code NAF", value: (company) => company.nafCode },
    { header: "IDCC", value: (company) => company.idcc },
    { header: "HDS", value: (company) => company.hdsEnabled },
    { header: "taux HDS (%)", value: (company) => (company.hdsRate === null ? null : Number(company.hdsRate)), numFmt: "0.00" },
    { header: "e-mail", value: (company) => company.email, width: 30 },
    { header: "téléphone", value: (company) => (company.phone ? formatFrenchPhone(company.phone) : "") },
    { header: "site web", value: (company) => company.website, width: 28 },
    { header: "adresse du siège", value: (company) => headOffice(company)?.normalisedLines.slice(0, -1).join(", "), width: 40 },
    { header: "code postal", value: (company) => headOffice(company)?.postalCode },
    { header: "ville", value: (company) => headOffice(company)?.city, width: 24 },
    { header: "chiffre d'affaires (€)", value: (company) => (company.turnoverCents === null ? null : company.turnoverCents / 100), numFmt: "#,##0.00" },
    { header: "date de bilan", value: (company) => day(company.balanceSheetDate), numFmt: "dd/mm/yyyy" },
    { header: "nature", value: (company) => frenchLabel("nature", company.nature) },
    { header: "origine", value: (company) => company.originName, width: 30 },
    { header: "id origine", value: (company) => company.originId, width: 38 },
    { header: "interlocuteur principal", value: (company) => company.mainContactName, width: 28 },
    { header: "id interlocuteur principal", value: (company) => company.mainContactId, width: 38 },
    { header: "marqueurs", value: (company) => company.markers.join(", ") },
    { header: "importance", value: (company) => company.importance },
    dayInFranceColumn("créée le", (company) => company.createdAt),
  ];
  if (withSensitive) columns.push({ header: "PPE", value: (company) => company.pep }, { header: "gel des avoirs", value: (company) => company.assetFreeze });
  return [...columns, ...customFieldColumns<CompanyExportRow>(customFields)];
}
