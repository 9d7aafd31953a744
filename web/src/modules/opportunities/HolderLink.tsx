import { ReferenceField, TextField, useRecordContext } from "react-admin";
import { personName, type PersonRecord } from "../persons";
import type { OpportunityRecord } from "./types";

const PersonNameText = () => {
  const person = useRecordContext<PersonRecord>();
  return <span data-testid="opportunity-holder">{personName(person)}</span>;
};

/** The person or the company an opportunity is about, linked to its record. */
export const HolderLink = ({ record }: { record: Pick<OpportunityRecord, "personId" | "companyId"> }) =>
  record.personId ? (
    <ReferenceField record={record} source="personId" reference="persons" link="show">
      <PersonNameText />
    </ReferenceField>
  ) : (
    <ReferenceField record={record} source="companyId" reference="companies" link="show">
      <TextField source="name" data-testid="opportunity-holder" />
    </ReferenceField>
  );
