import { declareRecordReferences } from "../../platform/records/references.js";

// Every column of this module that holds a person's id: a merge moves the rows (docs/domain/dedup.md).
declareRecordReferences("person", [
  { table: "person_addresses", column: "person_id", uniqueWith: ["kind"], choice: "addresses" },
  { table: "person_relations", column: "person_id", uniqueWith: ["type", "related_person_id"], pairedColumn: "related_person_id" },
  { table: "person_relations", column: "related_person_id", uniqueWith: ["person_id", "type"], pairedColumn: "person_id" },
  { table: "person_attachments", column: "person_id" },
  { table: "person_competitor_coverages", column: "person_id" },
  { table: "persons", column: "prescriber_person_id" },
]);
