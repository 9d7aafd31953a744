import { maxLength, required, TextInput } from "react-admin";
import { FormRow } from "../../ui/Sections";
import { validateCode } from "./codeInput";
import { CodesInput } from "./CodesInput";
import { isDepartment, isPostalCode } from "./geoCodes";
import type { SectorRecord } from "./types";

/** Fields of a sector; which departments or postal codes another sector already holds is the server's answer (sector.overlap). */
export const SectorInputs = () => (
  <>
    <FormRow columns={3}>
      <TextInput source="code" validate={validateCode} />
      <TextInput source="label" validate={[required(), maxLength(200)]} />
    </FormRow>
    <CodesInput source="departments" accept={isDepartment} help="adhesia.organisation.sectors.departments_help" testId="sector-departments" />
    <CodesInput source="postalCodes" accept={isPostalCode} help="adhesia.organisation.sectors.postal_codes_help" testId="sector-postal-codes" />
  </>
);

/** A sector covers something: at least one department or postal code. */
export function validateSector(values: Partial<SectorRecord>): Record<string, string> {
  return (values.departments?.length ?? 0) + (values.postalCodes?.length ?? 0) === 0 ? { departments: "adhesia.organisation.sectors.empty" } : {};
}
