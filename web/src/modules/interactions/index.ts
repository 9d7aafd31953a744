import EventNoteIcon from "@mui/icons-material/EventNote";
import { createElement } from "react";
import { plugModuleTab } from "../../ui/record-tab";
import { AgendaPage } from "./AgendaPage";
import { InteractionsPanel } from "./InteractionsPanel";
import { withAccess } from "../../ui/withAccess";

export { InteractionsPanel } from "./InteractionsPanel";
export { RemindersButton } from "./RemindersButton";
export { INTERACTION_PERMISSIONS } from "./useInteractionRights";
export type { InteractionLinks, InteractionRecord } from "./types";

// The Interactions tab of persons and companies (ui/record-tab/moduleTabs.tsx).
plugModuleTab("person", "interactions", (recordId) => createElement(InteractionsPanel, { personId: recordId }));
plugModuleTab("company", "interactions", (recordId) => createElement(InteractionsPanel, { companyId: recordId }));

/** `<Resource name="agenda" {...agenda} />`: « Mon agenda », a page without records of its own. */
export const agenda = { list: withAccess("list", AgendaPage), icon: EventNoteIcon };
