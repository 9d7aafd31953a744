import { useEffect, useState } from "react";
import { useDataProvider } from "react-admin";
import { failureMessage } from "../../ui/record-tab";
import { listRelations, type PersonRecord } from "../persons";
import { householdBeneficiaries, type BeneficiaryDraft, type HouseholdPerson } from "./household";

export interface Household {
  holder: PersonRecord;
  beneficiaries: BeneficiaryDraft[];
}

const householdPerson = (person: PersonRecord): HouseholdPerson => ({ id: String(person.id), lastName: person.lastName, firstName: person.firstName, birthDate: person.birthDate });

/** The holder's record and household (spouse, children, with their birth dates from their own records), read once. */
export function useHousehold(personId: string): { household: Household | null; failed: string | null } {
  const dataProvider = useDataProvider();
  const [household, setHousehold] = useState<Household | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const load = async () => {
      const [{ data: holder }, relations] = await Promise.all([dataProvider.getOne<PersonRecord>("persons", { id: personId, signal: controller.signal }), listRelations(personId, controller.signal)]);
      const ids = [...new Set(relations.map((relation) => relation.personId))];
      const { data: related } = ids.length > 0 ? await dataProvider.getMany<PersonRecord>("persons", { ids, signal: controller.signal }) : { data: [] };
      return { holder, beneficiaries: householdBeneficiaries(householdPerson(holder), relations, related.map(householdPerson)) };
    };
    load().then(setHousehold, (error: unknown) => {
      if (!controller.signal.aborted) setFailed(failureMessage(error));
    });
    return () => controller.abort();
  }, [dataProvider, personId]);
  return { household, failed };
}
