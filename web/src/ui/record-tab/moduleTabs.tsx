import ExtensionOffOutlinedIcon from "@mui/icons-material/ExtensionOffOutlined";
import { Box, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";

/** Tabs of a person's or a company's record whose list belongs to a later module. */
export const MODULE_TABS = ["interactions", "opportunities", "contracts"] as const;
export type ModuleTab = (typeof MODULE_TABS)[number];
export type RecordKind = "person" | "company";

/** What a module shows in its tab: its list for the record (`GET /{persons|companies}/{id}/…` of that module). */
export type ModuleTabPanel = (recordId: string) => ReactNode;

const panels = new Map<string, ModuleTabPanel>();
const keyOf = (kind: RecordKind, tab: ModuleTab) => `${kind}:${tab}`;

/**
 * Called once by a module when it is loaded (e.g. the interactions module's index.ts) to show its
 * list in the record's tab; until then the tab says the module is not installed.
 */
export function plugModuleTab(kind: RecordKind, tab: ModuleTab, panel: ModuleTabPanel): void {
  panels.set(keyOf(kind, tab), panel);
}

/** The tab's content: the plugged module's list, or an empty state that says no module provides it yet. */
export const ModuleTabContent = ({ kind, tab, recordId }: { kind: RecordKind; tab: ModuleTab; recordId: string }) => {
  const translate = useTranslate();
  const panel = panels.get(keyOf(kind, tab));
  if (panel) return <>{panel(recordId)}</>;
  return (
    <Box sx={{ display: "flex", gap: 1.5, alignItems: "flex-start", py: 1 }} data-testid={`${kind}-${tab}-not-installed`}>
      <ExtensionOffOutlinedIcon color="disabled" />
      <Box>
        <Typography variant="subtitle2">{translate("adhesia.record.not_installed.title", { module: translate(`adhesia.record.modules.${tab}`) })}</Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(`adhesia.record.not_installed.${tab}`)}
        </Typography>
      </Box>
    </Box>
  );
};
