import { useEffect, useState } from "react";
import { useDataProvider } from "react-admin";
import { problemOf } from "../../app/problem";
import { failureMessage } from "../../ui/record-tab";
import { listRelations, type PersonRecord } from "../persons";
import { householdBeneficiaries, type BeneficiaryDraft, type HouseholdPerson } from "./household";

export interface Household {
  holder: PersonRecord;
  beneficiaries: BeneficiaryDraft[];
}

const householdPerson = (person: PersonRecord): HouseholdPerson => ({ id: String(person.id), lastName: person.lastName, firstName: person.firstName, birthDate: person.birthDate });

/** The holder's record and household (spouse, children, with their birth dates from their own records when the reader may open them), read once. */
export function useHousehold(personId: string): { household: Household | null; failed: string | null } {
  const dataProvider = useDataProvider();
  const [household, setHousehold] = useState<Household | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const load = async () => {
      const [{ data: holder }, relations] = await Promise.all([dataProvider.getOne<PersonRecord>("persons", { id: personId, signal: controller.signal }), listRelations(personId, controller.signal)]);
      const ids = [...new Set(relations.map((relation) => relation.personId))];
      // One by one: a relative of another agency answers 404 to this reader, and the others are still read.
      const related = await Promise.all(
        ids.map((id) =>
          dataProvider.getOne<PersonRecord>("persons", { id, signal: controller.signal }).then(
            ({ data }) => [householdPerson(data)],
            (error: unknown) => {
              if (problemOf(error)?.status === 404) return [];
              throw error;
            },
          ),
        ),
      );
      return { holder, beneficiaries: householdBeneficiaries(householdPerson(holder), relations, related.flat()) };
    };
    load().then(setHousehold, (error: unknown) => {
      if (!controller.signal.aborted) setFailed(failureMessage(error));
    });
    return () => controller.abort();
  }, [dataProvider, personId]);
  return { household, failed };
}
