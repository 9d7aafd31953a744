import { Box, Card, Tab, Tabs, Tooltip, type TabProps } from "@mui/material";
import type { ReactNode } from "react";
import { useCreatePath, useNavigate, useParams, useTranslate, type RaRecord } from "react-admin";

/** One tab of a record's page. */
export interface RecordTab<R> {
  /** Sub-path of the show route ("" for the first tab); also names the tab in test ids. */
  path: string;
  /** Short name used in test ids (`{prefix}-tab-{id}`, `{prefix}-panel-{id}`). */
  id: string;
  /** Translation key of the tab's label. */
  label: string;
  /** Translation key of the module that will bring this tab, when it does not exist yet. */
  unavailable?: string;
  render?: (record: R) => ReactNode;
}

/** A tab of a module that does not exist yet: greyed out, with a tooltip naming the module. */
const UnavailableTab = ({ tooltip, ...props }: TabProps & { tooltip: string }) => (
  <Tooltip title={tooltip}>
    <Box component="span" sx={{ display: "inline-flex", flexShrink: 0 }}>
      <Tab {...props} disabled />
    </Box>
  </Tooltip>
);

/**
 * The tabs of a record under its show route (`/{resource}/{id}/show/{tab}`): the tab is part of
 * the address, so it survives a reload and can be linked to.
 */
export const RecordTabs = <R extends RaRecord>({ record, resource, tabs, testIdPrefix }: { record: R; resource: string; tabs: ReadonlyArray<RecordTab<R>>; testIdPrefix: string }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const params = useParams();
  const requested = params["*"] ?? "";
  const current = tabs.find((tab) => tab.path === requested && !tab.unavailable) ?? tabs[0];
  const base = createPath({ resource, type: "show", id: record.id });
  const select = (path: string) => navigate(path ? `${base}/${path}` : base, { replace: true });

  return (
    // A one-column grid: the row of tabs scrolls within the page's width instead of widening it.
    <Card sx={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)" }}>
      <Tabs
        value={current?.path ?? ""}
        onChange={(_event, path: string) => select(path)}
        variant="scrollable"
        scrollButtons="auto"
        aria-label={translate("adhesia.record.tabs_label")}
        sx={{ borderBottom: 1, borderColor: "divider", minHeight: 40, "& .MuiTab-root": { minHeight: 40, py: 0.5, px: 1.5, textTransform: "none" } }}
      >
        {tabs.map((tab) =>
          tab.unavailable ? (
            <UnavailableTab
              key={tab.path}
              value={tab.path}
              label={translate(tab.label)}
              tooltip={translate("adhesia.record.unavailable", { module: translate(tab.unavailable) })}
              data-testid={`${testIdPrefix}-tab-${tab.id}`}
            />
          ) : (
            <Tab key={tab.path} value={tab.path} label={translate(tab.label)} data-testid={`${testIdPrefix}-tab-${tab.id}`} />
          ),
        )}
      </Tabs>
      <Box sx={{ p: 2 }} role="tabpanel" data-testid={`${testIdPrefix}-panel-${current?.id ?? ""}`}>
        {current?.render?.(record)}
      </Box>
    </Card>
  );
};
