import AccountTreeIcon from "@mui/icons-material/AccountTree";
import AssignmentLateIcon from "@mui/icons-material/AssignmentLate";
import MapIcon from "@mui/icons-material/Map";
import MoveUpIcon from "@mui/icons-material/MoveUp";
import SettingsSuggestIcon from "@mui/icons-material/SettingsSuggest";
import TableRowsIcon from "@mui/icons-material/TableRows";
import { AssignmentSettingsPage } from "./AssignmentSettingsPage";
import { BulkReassignmentPage } from "./BulkReassignmentPage";
import { IntroducerCreate } from "./IntroducerCreate";
import { IntroducerEdit } from "./IntroducerEdit";
import { IntroducerList } from "./IntroducerList";
import { IntroducerShow } from "./IntroducerShow";
import { RuleList } from "./RuleList";
import { SectorCreate, SectorEdit } from "./SectorForms";
import { SectorList } from "./SectorList";
import type { IntroducerRecord, SectorRecord } from "./types";
import { UnassignedQueue } from "./UnassignedQueue";
import { withAccess } from "../../ui/withAccess";

export { organisationEn } from "./messages.en";
export { organisationFr } from "./messages.fr";
export { RecordAssignment } from "./RecordAssignment";
// Other modules' forms and pages name an introducer and one of its advisors (opportunities).
export { AdvisorInput } from "./AdvisorInput";
export { IntroducerInput } from "./IntroducerInput";
export { AdvisorName, useAdvisors } from "./useAdvisors";
export { dataScopeChoices } from "./types";

/** `<Resource name="introducers" {...introducers} />` and the others below. */
export const introducers = {
  list: withAccess("list", IntroducerList),
  show: withAccess("show", IntroducerShow),
  create: withAccess("create", IntroducerCreate),
  edit: withAccess("edit", IntroducerEdit),
  icon: AccountTreeIcon,
  recordRepresentation: (record: IntroducerRecord) => record.name,
};
export const sectors = { list: withAccess("list", SectorList), create: withAccess("create", SectorCreate), edit: withAccess("edit", SectorEdit), icon: MapIcon, recordRepresentation: (record: SectorRecord) => record.label };
export const assignmentRules = { list: withAccess("list", RuleList), icon: TableRowsIcon };
/** Pages without records of their own, declared as resources so that menu and access rules treat them alike. */
export const assignmentSettings = { list: withAccess("list", AssignmentSettingsPage), icon: SettingsSuggestIcon };
export const unassignedRecords = { list: withAccess("list", UnassignedQueue), icon: AssignmentLateIcon };
export const bulkReassignments = { list: withAccess("list", BulkReassignmentPage), icon: MoveUpIcon };
