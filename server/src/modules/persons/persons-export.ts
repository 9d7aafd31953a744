import { dayInFranceColumn, frenchLabel, type ExportColumn } from "../../platform/http/table-export.js";
import { formatFrenchPhone } from "../../platform/identifiers/index.js";
import { customFieldColumns, type CustomFieldView } from "../reference-data/index.js";
import "./messages.js";
import type { PersonExportRow } from "./persons-service.js";
import type { PersonView } from "./person-view.js";

const phone = (value: string | null): string => (value ? formatFrenchPhone(value) : "");
const addressOf = (person: PersonView, kind: "main" | "secondary") => person.addresses.find((address) => address.kind === kind);

/**
 * The columns of the persons export, in French like the screens: the record, its two addresses,
 * screening flags only when the reader may see them, then the tenant's custom fields.
 */
export function personExportColumns(withSensitive: boolean, customFields: readonly CustomFieldView[]): ExportColumn<PersonExportRow>[] {
  const columns: ExportColumn<PersonExportRow>[] = [
    { header: "id", value: (person) => person.id, width: 38 },
    { header: "catégorie", value: (person) => (person.category === "individual" ? "particulier" : "professionnel") },
    { header: "civilité", value: (person) => (person.civility === "mr" ? "M." : person.civility === "mrs" ? "Mme" : "") },
    { header: "nom", value: (person) => person.lastName, width: 24 },
    { header: "prénom", value: (person) => person.firstName, width: 20 },
    { header: "nom de naissance", value: (person) => person.birthName },
    { header: "date de naissance", value: (person) => (person.birthDate ? new Date(`${person.birthDate}T00:00:00Z`) : null), numFmt: "dd/mm/yyyy" },
    { header: "e-mail", value: (person) => person.email, width: 30 },
    { header: "mobile", value: (person) => phone(person.mobilePhone) },
    { header: "fixe", value: (person) => phone(person.landlinePhone) },
    { header: "adresse", value: (person) => addressOf(person, "main")?.normalisedLines.slice(0, -1).join(", "), width: 40 },
    { header: "code postal", value: (person) => addressOf(person, "main")?.postalCode },
    { header: "ville", value: (person) => addressOf(person, "main")?.city, width: 24 },
    { header: "adresse secondaire", value: (person) => addressOf(person, "secondary")?.normalisedLines.slice(0, -1).join(", "), width: 40 },
    { header: "code postal secondaire", value: (person) => addressOf(person, "secondary")?.postalCode },
    { header: "ville secondaire", value: (person) => addressOf(person, "secondary")?.city, width: 24 },
    { header: "nature", value: (person) => frenchLabel("nature", person.nature) },
    { header: "origine", value: (person) => person.originName, width: 30 },
    { header: "id origine", value: (person) => person.originId, width: 38 },
    { header: "profession", value: (person) => person.profession },
    { header: "régime social", value: (person) => person.socialRegime },
    { header: "régime local", value: (person) => person.localRegime },
    { header: "marqueurs", value: (person) => person.markers.join(", ") },
    { header: "importance", value: (person) => person.importance },
    dayInFranceColumn("créé le", (person) => person.createdAt),
  ];
  if (withSensitive) columns.push({ header: "PPE", value: (person) => person.pep }, { header: "gel des avoirs", value: (person) => person.assetFreeze });
  return [...columns, ...customFieldColumns<PersonExportRow>(customFields)];
}
