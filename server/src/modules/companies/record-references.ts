import { declareRecordReferences } from "../../platform/records/references.js";

// Every column of this module that holds a company's or a person's id: a merge moves the rows (docs/domain/dedup.md).
declareRecordReferences("company", [
  { table: "company_addresses", column: "company_id", uniqueWith: ["kind"], choice: "addresses" },
  { table: "company_relations", column: "company_id", uniqueWith: ["type", "related_company_id"], pairedColumn: "related_company_id" },
  { table: "company_relations", column: "related_company_id", uniqueWith: ["company_id", "type"], pairedColumn: "company_id" },
  { table: "company_attachments", column: "company_id" },
  { table: "company_demographies", column: "company_id" },
  { table: "company_competitor_coverages", column: "company_id" },
  { table: "company_persons", column: "company_id", uniqueWith: ["person_id", "role"] },
  { table: "company_sites", column: "company_id" },
  { table: "companies", column: "prescriber_company_id" },
  { table: "persons", column: "prescriber_company_id" },
]);
declareRecordReferences("person", [
  { table: "companies", column: "main_contact_id" },
  { table: "companies", column: "prescriber_person_id" },
  { table: "company_persons", column: "person_id", uniqueWith: ["company_id", "role"] },
  { table: "company_sites", column: "contact_person_id" },
]);
