import { Box, Divider, List, ListItemButton, ListItemText, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useTranslate } from "react-admin";
import { apiFetch } from "../http";

export interface DemoLogin {
  email: string;
  role: string;
  tenant?: string;
  /** Not sent today; used if the server ever provides it. */
  password?: string;
}

/** Demo accounts, listed only when GET /auth/demo-logins answers (404 outside a demo). */
export const DemoLogins = ({ onPick }: { onPick: (login: DemoLogin) => void }) => {
  const translate = useTranslate();
  const [logins, setLogins] = useState<DemoLogin[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    apiFetch<{ items: DemoLogin[] }>("/auth/demo-logins", { signal: controller.signal })
      .then((answer) => setLogins(answer.items ?? []))
      .catch(() => setLogins([]));
    return () => controller.abort();
  }, []);

  if (logins.length === 0) return null;
  return (
    <Box data-testid="demo-logins" sx={{ mt: 2 }}>
      <Divider />
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {translate("adhesia.login.demo_title")}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {translate("adhesia.login.demo_hint")}
      </Typography>
      <List dense disablePadding>
        {logins.map((login) => (
          <ListItemButton key={login.email} onClick={() => onPick(login)} sx={{ borderRadius: 1 }}>
            <ListItemText primary={login.email} secondary={login.tenant ? `${login.role} · ${login.tenant}` : login.role} slotProps={{ primary: { sx: { fontFamily: "monospace", fontSize: 13 } } }} />
          </ListItemButton>
        ))}
      </List>
    </Box>
  );
};
