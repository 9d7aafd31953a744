import ContactsIcon from "@mui/icons-material/Contacts";
import { PersonCreate } from "./PersonCreate";
import { PersonEdit } from "./PersonEdit";
import { PersonList } from "./PersonList";
import { PersonShow } from "./PersonShow";
import { personName } from "./format";
import type { PersonRecord } from "./types";
import { withListAccess } from "../../ui/withListAccess";

export { PersonCreate, PersonEdit, PersonList, PersonShow };
export { personSearchSource } from "./personSearchSource";
export { mainAddress, personName } from "./format";
export { listRelations, searchPersons } from "./personsApi";
export { PersonPicker } from "./PersonPicker";
export type { PersonRecord, RelationRecord } from "./types";

/** `<Resource name="persons" {...persons} />` */
export const persons = {
  list: withListAccess(PersonList),
  show: PersonShow,
  create: PersonCreate,
  edit: PersonEdit,
  icon: ContactsIcon,
  recordRepresentation: (record: PersonRecord) => personName(record),
};
