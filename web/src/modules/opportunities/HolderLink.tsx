import { ScopedRecordLink } from "../../ui/ScopedRecordLink";
import type { CompanyRecord } from "../companies";
import { personName, type PersonRecord } from "../persons";
import type { OpportunityRecord } from "./types";

/** The person or the company an opportunity is about, linked to its record, or said out of the reader's scope. */
export const HolderLink = ({ record }: { record: Pick<OpportunityRecord, "personId" | "companyId"> }) =>
  record.personId ? (
    <ScopedRecordLink<PersonRecord> reference="persons" id={record.personId} render={personName} testId="opportunity-holder" />
  ) : (
    <ScopedRecordLink<CompanyRecord> reference="companies" id={record.companyId} render={(company) => company.name} testId="opportunity-holder" />
  );
