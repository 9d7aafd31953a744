import PersonIcon from "@mui/icons-material/Person";
import { formatPhone } from "../../ui/format";
import type { SearchSource } from "../../ui/GlobalSearch";
import { mainLocality, personName } from "./format";
import { searchPersons } from "./personsApi";
import { PERSON_PERMISSIONS } from "./types";

/** Persons in the app-bar search: name, city of the main address, phone; opens the record. */
export const personSearchSource: SearchSource = {
  id: "persons",
  label: "adhesia.persons.search.group",
  permission: PERSON_PERMISSIONS.read,
  icon: PersonIcon,
  search: async (q, signal) =>
    (await searchPersons(q, 8, signal)).map((person) => ({
      id: String(person.id),
      primary: personName(person),
      secondary: [mainLocality(person), formatPhone(person.mobilePhone ?? person.landlinePhone)].filter(Boolean).join(" · ") || undefined,
      path: `/persons/${encodeURIComponent(String(person.id))}/show`,
    })),
};
