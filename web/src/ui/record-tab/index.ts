// The building blocks of a record's sub-list tab (relations, linked persons, competitor cover…).
export { AddPanel } from "./AddPanel";
export { TabItemsView } from "./TabItemsView";
export { TabTable, type TabColumn } from "./TabTable";
export { failureMessage, useTabItems, type TabItems } from "./useTabItems";
export { RemoveButton, useConfirmedRemoval } from "./useConfirmedRemoval";
export type { RecordTabPanelProps } from "./RecordTabPanelProps";
export { MODULE_TABS, ModuleTabContent, plugModuleTab, type ModuleTab, type ModuleTabPanel, type RecordKind } from "./moduleTabs";
export { CodeSelect } from "./CodeSelect";
export { RelationList } from "./RelationList";
export { usePickedAddition, type PickedAddition } from "./usePickedAddition";
