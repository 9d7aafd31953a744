import ContactsIcon from "@mui/icons-material/Contacts";
import { PersonCreate } from "./PersonCreate";
import { PersonEdit } from "./PersonEdit";
import { PersonList } from "./PersonList";
import { PersonShow } from "./PersonShow";
import { personName } from "./format";
import type { PersonRecord } from "./types";
import { withAccess } from "../../ui/withAccess";

export { PersonCreate, PersonEdit, PersonList, PersonShow };
export { personSearchSource } from "./personSearchSource";
export { mainAddress, personName } from "./format";
export { listRelations, searchPersons } from "./personsApi";
export { PersonPicker } from "./PersonPicker";
export type { PersonRecord, RelationRecord } from "./types";

/** `<Resource name="persons" {...persons} />` */
export const persons = {
  list: withAccess("list", PersonList),
  show: withAccess("show", PersonShow),
  create: withAccess("create", PersonCreate),
  edit: withAccess("edit", PersonEdit),
  icon: ContactsIcon,
  recordRepresentation: (record: PersonRecord) => personName(record),
};
