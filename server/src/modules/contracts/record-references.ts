import { declareRecordReferences } from "../../platform/records/references.js";

// Every column of this module that holds a person's or company's id: a merge moves the rows (docs/domain/dedup.md).
declareRecordReferences("person", [
  { table: "contracts", column: "holder_person_id" },
  { table: "contract_beneficiaries", column: "person_id" },
]);
declareRecordReferences("company", [{ table: "contracts", column: "holder_company_id" }]);
