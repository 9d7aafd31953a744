import TrendingUpIcon from "@mui/icons-material/TrendingUp";
import ViewKanbanIcon from "@mui/icons-material/ViewKanban";
import { createElement } from "react";
import { plugModuleTab } from "../../ui/record-tab";
import { OpportunitiesTab } from "./OpportunitiesTab";
import { OpportunityCreate } from "./OpportunityCreate";
import { OpportunityEdit } from "./OpportunityEdit";
import { OpportunityList } from "./OpportunityList";
import { OpportunityShow } from "./OpportunityShow";
import { PipelineBoard } from "./PipelineBoard";
import { withAccess } from "../../ui/withAccess";

// The Opportunities and quotes tab of persons and companies (ui/record-tab/moduleTabs.tsx).
plugModuleTab("person", "opportunities", (recordId) => createElement(OpportunitiesTab, { kind: "person", recordId }));
plugModuleTab("company", "opportunities", (recordId) => createElement(OpportunitiesTab, { kind: "company", recordId }));

/** `<Resource name="opportunities" {...opportunities} />`: the list view with export, the opportunity page and its forms. */
export const opportunities = { list: withAccess("list", OpportunityList), show: withAccess("show", OpportunityShow), create: withAccess("create", OpportunityCreate), edit: withAccess("edit", OpportunityEdit), icon: TrendingUpIcon };

/** `<Resource name="pipeline" {...pipeline} />`: the board, a page without records of its own. */
export const pipeline = { list: withAccess("list", PipelineBoard), icon: ViewKanbanIcon };
