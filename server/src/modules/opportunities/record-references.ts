import { declareRecordReferences } from "../../platform/records/references.js";

// Every column of this module that holds a person's or company's id: a merge moves the rows (docs/domain/dedup.md).
declareRecordReferences("person", [
  { table: "opportunities", column: "person_id" },
  { table: "quote_beneficiaries", column: "person_id" },
]);
declareRecordReferences("company", [{ table: "opportunities", column: "company_id" }]);
