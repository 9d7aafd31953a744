import CopyAllIcon from "@mui/icons-material/CopyAll";
import RuleIcon from "@mui/icons-material/Rule";
import { DuplicateCandidateList } from "./DuplicateCandidateList";
import { DuplicateRuleCreate, DuplicateRuleEdit } from "./DuplicateRuleEdit";
import { DuplicateRuleList } from "./DuplicateRuleList";
import type { DuplicateRule } from "./types";
import { withAccess } from "../../ui/withAccess";

export { useDuplicateEntry } from "./useDuplicateEntry";
export { DuplicateCheckWarning } from "./DuplicateCheckWarning";
export { COMPANY_SCREEN, PERSON_SCREEN } from "./screens";
export { MergeButton } from "./MergeButton";
export { useMergedRecordRedirect } from "./useMergedRecordRedirect";
export { MergesPanel } from "./MergesPanel";
export { useDuplicateRights } from "./useDuplicateRights";

/** `<Resource name="duplicate-candidates" {...duplicateCandidates} />`: the review list of the pairs found by scans. */
export const duplicateCandidates = { list: withAccess("list", DuplicateCandidateList), icon: CopyAllIcon };

/** `<Resource name="duplicate-rules" {...duplicateRules} />`: the tenant's matching rules. */
export const duplicateRules = {
  list: withAccess("list", DuplicateRuleList),
  create: withAccess("create", DuplicateRuleCreate),
  edit: withAccess("edit", DuplicateRuleEdit),
  icon: RuleIcon,
  recordRepresentation: (rule: DuplicateRule) => rule.label,
};
