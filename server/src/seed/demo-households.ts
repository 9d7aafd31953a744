// Demo households: some demo persons become spouses and children of others, with the family's
// name, its address and birth years that fit, and the relations tab says so.
import type { PersonToLoad } from "../modules/persons/index.js";
import { seededRandom } from "./synthetic-persons.js";

export interface HouseholdRelation {
  /** Indexes in the persons list: `person` is `type` of `related`. */
  person: number;
  type: "spouse_of" | "child_of" | "sibling_of";
  related: number;
}

/** One household every `HOUSEHOLD_STRIDE` persons: a head, a spouse and one or two children. */
const HOUSEHOLD_STRIDE = 10;
const LAST_BIRTH_YEAR = 2021;

const ascii = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]/g, "");
const yearOf = (birthDate: string): number => Number(birthDate.slice(0, 4));
const withYear = (birthDate: string, year: number): string => `${year}${birthDate.slice(4)}`;

/** The person at `index` made a member of `head`'s family, born in `year`. */
function joinFamily(person: PersonToLoad, head: PersonToLoad, index: number, year: number): PersonToLoad {
  const domain = person.email.slice(person.email.indexOf("@") + 1);
  return {
    ...person,
    lastName: head.lastName,
    birthDate: withYear(person.birthDate, year),
    email: `${ascii(person.firstName)}.${ascii(head.lastName)}${index}@${domain}`,
    address: head.address,
  };
}

/**
 * Turns some of `people` into households (deterministic for a seed): the spouse is of the other
 * civility when the list allows it and within a few years of the head; children are born when the
 * younger parent was 24 to 36 (adults, for the older couples). Returns the changed list and the
 * relations to store.
 */
export function demoHouseholds(people: readonly PersonToLoad[], seed: number): { people: PersonToLoad[]; relations: HouseholdRelation[] } {
  const result = [...people];
  const relations: HouseholdRelation[] = [];
  const random = seededRandom(seed * 31 + 7);
  for (let head = 0; head + 3 < result.length; head += HOUSEHOLD_STRIDE) {
    const headPerson = result[head];
    if (!headPerson) continue;
    const headYear = Math.min(yearOf(headPerson.birthDate), 1990);
    result[head] = { ...headPerson, birthDate: withYear(headPerson.birthDate, headYear) };
    // The spouse: the next person of the other civility within the household's slots, else the next one.
    const spouseSlot = [1, 2, 3].find((offset) => result[head + offset]?.civility !== headPerson.civility) ?? 1;
    const spouse = head + spouseSlot;
    const spouseYear = headYear - 4 + Math.floor(random() * 9);
    result[spouse] = joinFamily(result[spouse] as PersonToLoad, headPerson, spouse, spouseYear);
    relations.push({ person: spouse, type: "spouse_of", related: head });

    const children = [1, 2, 3].filter((offset) => offset !== spouseSlot).slice(0, random() < 0.5 ? 1 : 2).map((offset) => head + offset);
    const youngerParent = Math.max(headYear, spouseYear);
    children.forEach((child, order) => {
      const year = Math.min(youngerParent + 24 + Math.floor(random() * 12) + order * 2, LAST_BIRTH_YEAR);
      result[child] = joinFamily(result[child] as PersonToLoad, headPerson, child, year);
      relations.push({ person: child, type: "child_of", related: head }, { person: child, type: "child_of", related: spouse });
    });
    const [elder, younger] = children;
    if (elder !== undefined && younger !== undefined) relations.push({ person: younger, type: "sibling_of", related: elder });
  }
  return { people: result, relations };
}
