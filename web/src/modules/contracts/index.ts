import DescriptionIcon from "@mui/icons-material/Description";
import HistoryIcon from "@mui/icons-material/History";
import MoveToInboxIcon from "@mui/icons-material/MoveToInbox";
import { createElement } from "react";
import { plugModuleTab } from "../../ui/record-tab";
import { ContractList } from "./ContractList";
import { ContractShow } from "./ContractShow";
import { ContractsTab } from "./ContractsTab";
import { ImportBatchList } from "./ImportBatchList";
import { ImportBatchShow } from "./ImportBatchShow";
import { IntakePage } from "./IntakePage";
import { withAccess } from "../../ui/withAccess";

// The Contracts tab of persons and companies (ui/record-tab/moduleTabs.tsx).
plugModuleTab("person", "contracts", (recordId) => createElement(ContractsTab, { kind: "person", recordId }));
plugModuleTab("company", "contracts", (recordId) => createElement(ContractsTab, { kind: "company", recordId }));

/** `<Resource name="contracts" {...contracts} />`: read-only, the back offices write contracts. */
export const contracts = { list: withAccess("list", ContractList), show: withAccess("show", ContractShow), icon: DescriptionIcon };

/** `<Resource name="contract-intake" {...contractIntake} />`: the upload page (intake wizard and feed), without records of its own. */
export const contractIntake = { list: withAccess("list", IntakePage), icon: MoveToInboxIcon };

/** `<Resource name="contract-import-batches" {...contractImportBatches} />`: the feed and intake history. */
export const contractImportBatches = { list: withAccess("list", ImportBatchList), show: withAccess("show", ImportBatchShow), icon: HistoryIcon };
