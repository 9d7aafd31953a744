import DeleteOutlineIcon from "@mui/icons-material/DeleteOutlined";
import { IconButton, Tooltip } from "@mui/material";
import { useState, type ReactNode } from "react";
import { Confirm, useNotify, useTranslate } from "react-admin";

interface RemovalOptions<T> {
  remove: (item: T) => Promise<unknown>;
  /** Notification once removed, and what to do then (reload the tab). */
  removed: string;
  onRemoved: () => void;
  /** A translation key, or a text made from the item. */
  title: string | ((item: T) => string);
  content: (item: T) => string;
}

/** Removing an item of a tab after a confirmation: `ask(item)` opens the dialog that `dialog` renders. */
export function useConfirmedRemoval<T>({ remove, removed, onRemoved, title, content }: RemovalOptions<T>): { ask: (item: T) => void; dialog: ReactNode } {
  const notify = useNotify();
  const [pending, setPending] = useState<T | null>(null);
  const confirm = async () => {
    if (pending === null) return;
    try {
      await remove(pending);
      notify(removed, { type: "info" });
      onRemoved();
    } catch (error) {
      notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
    } finally {
      setPending(null);
    }
  };
  const titleText = typeof title === "string" ? title : pending === null ? "" : title(pending);
  const dialog = <Confirm isOpen={pending !== null} title={titleText} content={pending === null ? "" : content(pending)} onConfirm={confirm} onClose={() => setPending(null)} />;
  return { ask: setPending, dialog };
}

/** The bin button of a tab's row. */
export const RemoveButton = ({ label, onClick, edge }: { label: string; onClick: () => void; edge?: "end" }) => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate(label)}>
      <IconButton edge={edge} size="small" aria-label={translate(label)} onClick={onClick}>
        <DeleteOutlineIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
};
