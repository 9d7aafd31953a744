// Demo attachments: small real files (PDF, CSV) kept through the file storage, on some demo
// persons and companies, so that the attachments tabs and downloads can be tried at once.
import { asc, eq } from "drizzle-orm";
import { systemContext } from "../platform/auth/context.js";
import type { Executor } from "../platform/db/database.js";
import { insertMany } from "../platform/db/insert-many.js";
import type { FileService } from "../platform/files/file-service.js";
import { frenchCsv } from "../platform/files/french-csv.js";
import { companies, companyAttachments } from "../modules/companies/index.js";
import { personAttachments, persons } from "../modules/persons/index.js";
import { onePagePdf } from "./demo-documents.js";
import { seededRandom } from "./synthetic-persons.js";
import { frenchDateText } from "../platform/i18n/dates.js";

/** One record in this many gets attachments. */
const PERSON_STRIDE = 15;
const COMPANY_STRIDE = 10;
const DEMO_NOTICE = "Document fictif créé pour la démonstration d'Adhesia.";
const DESCRIPTION = "Document de démonstration";

const fileSlug = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** A staff list as a company would send it for a group health quote: no names, what pricing needs. */
function staffCsv(seed: number, index: number): Buffer {
  const random = seededRandom(seed * 4_409 + index);
  const rows: Array<Array<string | number>> = [["matricule", "college", "annee_naissance", "date_entree", "situation_familiale", "enfants_a_charge"]];
  for (let employee = 1; employee <= 4 + Math.floor(random() * 8); employee += 1) {
    rows.push([
      `S${String(employee).padStart(3, "0")}`,
      random() < 0.25 ? "cadre" : "non cadre",
      1962 + Math.floor(random() * 40),
      `${String(1 + Math.floor(random() * 28)).padStart(2, "0")}/${String(1 + Math.floor(random() * 12)).padStart(2, "0")}/${2005 + Math.floor(random() * 20)}`,
      random() < 0.55 ? "couple" : "isolé",
      Math.floor(random() * 4),
    ]);
  }
  return frenchCsv(rows);
}

/** Files for one demo tenant, once: a tenant that has person attachments is left alone. */
export async function seedDemoAttachments(tx: Executor, files: FileService, tenantId: string, seed: number): Promise<boolean> {
  const [any] = await tx.select({ id: personAttachments.id }).from(personAttachments).where(eq(personAttachments.tenantId, tenantId)).limit(1);
  if (any) return false;
  const ctx = systemContext(tenantId, []);
  const people = await tx
    .select({ id: persons.id, civility: persons.civility, lastName: persons.lastName, firstName: persons.firstName, birthDate: persons.birthDate })
    .from(persons)
    .where(eq(persons.tenantId, tenantId))
    .orderBy(asc(persons.lastName), asc(persons.firstName), asc(persons.email));
  const personRows = [];
  for (const [index, person] of people.entries()) {
    if (index % PERSON_STRIDE !== 0) continue;
    const name = `${person.civility === "mrs" ? "Mme" : "M."} ${person.firstName ?? ""} ${person.lastName.toUpperCase()}`;
    const data = onePagePdf("Attestation de droits à l'assurance maladie", [name, `${person.civility === "mrs" ? "Née" : "Né"} le ${frenchDateText(person.birthDate)}`, "Régime général de la Sécurité sociale", "Droits ouverts jusqu'au 31/12/2027", "", DEMO_NOTICE]);
    const file = await files.save(tx, ctx, { name: `attestation-droits-${fileSlug(person.lastName)}.pdf`, contentType: "application/pdf", data });
    personRows.push({ tenantId, ownerId: person.id, fileId: file.id, description: DESCRIPTION });
  }
  await insertMany(tx, personAttachments, personRows);

  const firms = await tx
    .select({ id: companies.id, name: companies.name, siren: companies.siren, nafCode: companies.nafCode })
    .from(companies)
    .where(eq(companies.tenantId, tenantId))
    .orderBy(asc(companies.name), asc(companies.siren));
  const companyRows = [];
  for (const [index, company] of firms.entries()) {
    if (index % COMPANY_STRIDE !== 0) continue;
    const kbis = onePagePdf("Extrait Kbis", [company.name, `SIREN ${company.siren ?? ""}`, `Code NAF ${company.nafCode ?? ""}`, "", DEMO_NOTICE]);
    const extract = await files.save(tx, ctx, { name: `kbis-${fileSlug(company.name)}.pdf`, contentType: "application/pdf", data: kbis });
    const staff = await files.save(tx, ctx, { name: `effectifs-${fileSlug(company.name)}.csv`, contentType: "text/csv", data: staffCsv(seed, index) });
    companyRows.push({ tenantId, ownerId: company.id, fileId: extract.id, description: DESCRIPTION }, { tenantId, ownerId: company.id, fileId: staff.id, description: DESCRIPTION });
  }
  await insertMany(tx, companyAttachments, companyRows);
  return true;
}
