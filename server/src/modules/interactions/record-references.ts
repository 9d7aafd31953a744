import { declareRecordReferences } from "../../platform/records/references.js";

// The columns of this module that hold a person's or a company's id: a merge moves the interactions (docs/domain/dedup.md).
declareRecordReferences("person", [{ table: "interactions", column: "person_id" }]);
declareRecordReferences("company", [{ table: "interactions", column: "company_id" }]);
