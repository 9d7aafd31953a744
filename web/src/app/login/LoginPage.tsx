import { Box, Card, CardContent, ToggleButton, ToggleButtonGroup, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useCheckAuth, useLocaleState, useRedirect, useTranslate } from "react-admin";
import { LOCALES, type Locale } from "../i18nProvider";
import { DemoLogins } from "./DemoLogins";
import { LoginForm } from "./LoginForm";

export const LoginPage = () => {
  const translate = useTranslate();
  const checkAuth = useCheckAuth();
  const redirect = useRedirect();
  const [locale, setLocale] = useLocaleState();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  // Already signed in (e.g. /login opened by hand): go to the home page.
  useEffect(() => {
    checkAuth({}, false)
      .then(() => redirect("/"))
      .catch(() => undefined);
  }, [checkAuth, redirect]);

  return (
    <Box sx={{ minHeight: "100vh", display: "flex", alignItems: "center", justifyContent: "center", p: 2,
      background: "linear-gradient(135deg, #1f4e79 0%, #2e7d6f 100%)" }}>
      <Card sx={{ width: 420, maxWidth: "100%" }} data-testid="login-page" elevation={6} variant="elevation">
        <CardContent sx={{ p: 4 }}>
          <Box sx={{ display: "flex", alignItems: "baseline", justifyContent: "space-between" }}>
            <Typography variant="h5" component="div" sx={{ fontWeight: 700, color: "primary.main" }}>
              {translate("adhesia.app.name")}
            </Typography>
            <ToggleButtonGroup size="small" exclusive value={locale} onChange={(_event, next: Locale | null) => next && setLocale(next)}>
              {LOCALES.map((code) => (
                <ToggleButton key={code} value={code} lang={code} sx={{ py: 0.25, px: 1, fontSize: 11 }}>
                  {code.toUpperCase()}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
          </Box>
          <Typography variant="caption" color="text.secondary">
            {translate("adhesia.app.tagline")}
          </Typography>
          <Typography variant="h6" component="h1" sx={{ mt: 3 }}>
            {translate("adhesia.login.title")}
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate("adhesia.login.subtitle")}
          </Typography>
          <LoginForm email={email} onEmailChange={setEmail} password={password} onPasswordChange={setPassword} />
          <DemoLogins
            onPick={(login) => {
              setEmail(login.email);
              if (login.password) setPassword(login.password);
            }}
          />
        </CardContent>
      </Card>
    </Box>
  );
};
