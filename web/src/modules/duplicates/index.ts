import CopyAllIcon from "@mui/icons-material/CopyAll";
import { DuplicateCandidateList } from "./DuplicateCandidateList";

export { useDuplicateEntry } from "./useDuplicateEntry";
export { COMPANY_SCREEN, PERSON_SCREEN } from "./screens";
export { MergeButton } from "./MergeButton";
export { MergedRecordRedirect } from "./MergedRecordRedirect";
export { MergesPanel } from "./MergesPanel";
export { useDuplicateRights } from "./useDuplicateRights";
export { duplicatesEn } from "./messages.en";
export { duplicatesFr } from "./messages.fr";

/** `<Resource name="duplicate-candidates" {...duplicateCandidates} />`: the review list of the pairs found by scans. */
export const duplicateCandidates = { list: DuplicateCandidateList, icon: CopyAllIcon };
