import NotificationsIcon from "@mui/icons-material/Notifications";
import { Badge, IconButton, List, ListItemButton, ListItemText, Popover, Typography } from "@mui/material";
import { useCallback, useEffect, useRef, useState } from "react";
import { useCreatePath, useNavigate, useTranslate } from "react-admin";
import { useLocation } from "react-router-dom";
import { remindersOf } from "./interactionsApi";
import type { Reminders } from "./types";
import { useInstantFormat } from "./useInstantFormat";
import { useInteractionRights } from "./useInteractionRights";
import { useInteractionsChanged } from "./useInteractionsChanged";

/** Modest: once a minute, and at each page change or write. */
const POLL_MS = 60_000;

const BellWithCount = () => {
  const translate = useTranslate();
  const format = useInstantFormat();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const location = useLocation();
  const [reminders, setReminders] = useState<Reminders>({ count: 0, items: [] });
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const controller = useRef<AbortController | null>(null);

  const refresh = useCallback(() => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    // A failed poll keeps the last count: the badge is a hint, the next poll tries again.
    remindersOf(current.signal).then(setReminders, () => undefined);
  }, []);
  useEffect(() => {
    refresh();
    const timer = window.setInterval(refresh, POLL_MS);
    return () => {
      window.clearInterval(timer);
      controller.current?.abort();
    };
  }, [refresh, location.pathname]);
  useInteractionsChanged(refresh);

  const open = (recordPath: string) => {
    setAnchor(null);
    navigate(`${recordPath}/interactions`);
  };
  return (
    <>
      <IconButton color="inherit" aria-label={translate("adhesia.interactions.reminders.title")} title={translate("adhesia.interactions.reminders.title")} onClick={(event) => setAnchor(event.currentTarget)} data-testid="reminders-button">
        <Badge badgeContent={reminders.count} color="error" max={99} slotProps={{ badge: { "data-testid": "reminders-count", "data-count": reminders.count } as object }}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
      <Popover open={anchor !== null} anchorEl={anchor} onClose={() => setAnchor(null)} anchorOrigin={{ vertical: "bottom", horizontal: "right" }} transformOrigin={{ vertical: "top", horizontal: "right" }}>
        <Typography variant="subtitle2" sx={{ px: 2, pt: 1.5 }}>
          {translate("adhesia.interactions.reminders.heading", { smart_count: reminders.count })}
        </Typography>
        <List dense sx={{ width: 360, maxWidth: "90vw" }} data-testid="reminders-list">
          {reminders.items.map((item) => {
            const recordPath = item.personId ? createPath({ resource: "persons", type: "show", id: item.personId }) : createPath({ resource: "companies", type: "show", id: item.companyId ?? "" });
            return (
              <ListItemButton key={item.id} onClick={() => open(recordPath)} data-testid="reminders-item">
                <ListItemText primary={item.subject} secondary={`${format.dateTime(item.plannedAt)} · ${item.personName ?? item.companyName ?? ""}`} />
              </ListItemButton>
            );
          })}
          {reminders.count === 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 1 }}>
              {translate("adhesia.interactions.reminders.none")}
            </Typography>
          )}
        </List>
      </Popover>
    </>
  );
};

/** The app bar's reminders: the caller's overdue planned interactions, for whoever reads interactions. */
export const RemindersButton = () => {
  const { canRead } = useInteractionRights();
  return canRead ? <BellWithCount /> : null;
};
