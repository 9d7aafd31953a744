import { useCallback } from "react";
import { formatPhone } from "../../ui/format";
import { RecordPicker } from "../../ui/RecordPicker";
import { mainLocality, personName } from "./format";
import { searchPersons } from "./personsApi";
import type { PersonRecord } from "./types";

interface PersonPickerProps {
  value: PersonRecord | null;
  onChange: (person: PersonRecord | null) => void;
  label: string;
  placeholder: string;
  testId: string;
  /** The person whose record this is, left out of the choices. */
  excludeId?: string;
  /** What tells namesakes apart under the name; by default the locality and the mobile. */
  describe?: (person: PersonRecord) => string;
}

const localityAndMobile = (person: PersonRecord): string => [mainLocality(person), formatPhone(person.mobilePhone)].filter(Boolean).join(" · ");

/** Autocomplete over GET /persons?q= (name, phone, e-mail, postal code). */
export const PersonPicker = ({ value, onChange, label, placeholder, testId, excludeId, describe = localityAndMobile }: PersonPickerProps) => {
  const search = useCallback((q: string, signal: AbortSignal) => searchPersons(q, 10, signal), []);
  return (
    <RecordPicker<PersonRecord>
      search={search}
      value={value}
      onChange={onChange}
      getKey={(person) => String(person.id)}
      getLabel={(person) => personName(person)}
      getSecondary={describe}
      exclude={excludeId === undefined ? undefined : (person) => String(person.id) === excludeId}
      label={label}
      placeholder={placeholder}
      testId={testId}
    />
  );
};
