import { Alert, LinearProgress, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";
import type { TabItems } from "./useTabItems";

/** A tab's list in its four states: failed, loading, empty (the `empty` message), or the items. */
export function TabItemsView<T>({ state, empty, children }: { state: TabItems<T>; empty: string; children: (items: T[]) => ReactNode }) {
  const translate = useTranslate();
  const { items, failed } = state;
  return (
    <>
      {failed && <Alert severity="error">{failed}</Alert>}
      {items === null && !failed && <LinearProgress />}
      {items?.length === 0 && <Typography color="text.secondary">{translate(empty)}</Typography>}
      {items && items.length > 0 && children(items)}
    </>
  );
}
