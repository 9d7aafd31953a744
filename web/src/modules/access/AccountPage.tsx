import { Box, Button, Card, CardContent, Stack, TextField, Typography } from "@mui/material";
import { QRCodeSVG } from "qrcode.react";
import { useEffect, useState } from "react";
import { Form, PasswordInput, required, SaveButton, Title, useNotify, useTranslate, type Validator } from "react-admin";
import { apiFetch } from "../../app/http";
import { problemOf } from "../../app/problem";

const sameAsNewPassword: Validator = (value: unknown, values: Record<string, unknown>) =>
  value === values.newPassword ? undefined : "adhesia.account.password_mismatch";

/** Changes the signed-in user's password; their other sessions end (POST /me/password). */
const PasswordCard = () => {
  const notify = useNotify();
  const translate = useTranslate();
  const [formKey, setFormKey] = useState(0);
  const submit = async (values: Record<string, unknown>) => {
    try {
      await apiFetch<void>("/me/password", { method: "POST", body: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
      notify("adhesia.account.password_changed", { type: "success" });
      setFormKey((key) => key + 1);
      return undefined;
    } catch (error) {
      // Field errors go back to the form, which shows each under its input.
      const errors = problemOf(error)?.errors;
      if (!errors) notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
      return errors;
    }
  };
  return (
    <Card>
      <CardContent>
        <Typography variant="h6">{translate("adhesia.account.password")}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate("adhesia.account.password_help")}
        </Typography>
        <Form key={formKey} onSubmit={submit}>
          <Stack sx={{ maxWidth: 360 }}>
            <PasswordInput source="currentPassword" label="adhesia.account.current_password" validate={required()} autoComplete="current-password" />
            <PasswordInput source="newPassword" label="adhesia.account.new_password" validate={required()} autoComplete="new-password" />
            <PasswordInput source="confirmation" label="adhesia.account.confirmation" validate={[required(), sameAsNewPassword]} autoComplete="new-password" />
            <SaveButton label="adhesia.account.change_password" alwaysEnable />
          </Stack>
        </Form>
      </CardContent>
    </Card>
  );
};

type TwoFactorState = { step: "loading" } | { step: "off" } | { step: "enrolling"; secret: string; otpauthUrl: string } | { step: "on" };

/** Sets up, turns on and turns off the signed-in user's TOTP second factor (POST /me/totp/*). */
const TwoFactorCard = () => {
  const notify = useNotify();
  const translate = useTranslate();
  const [state, setState] = useState<TwoFactorState>({ step: "loading" });
  const [code, setCode] = useState("");
  const [codeError, setCodeError] = useState<string | undefined>();

  useEffect(() => {
    const controller = new AbortController();
    apiFetch<{ user?: { totpEnabled: boolean } }>("/me", { signal: controller.signal })
      .then((me) => setState({ step: me.user?.totpEnabled ? "on" : "off" }))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  const run = async (work: () => Promise<void>) => {
    setCodeError(undefined);
    try {
      await work();
    } catch (error) {
      const problem = problemOf(error);
      if (problem?.code === "auth.invalid_totp" || problem?.fieldErrors.length) setCodeError(problem.title);
      else notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
    }
  };
  const begin = () =>
    run(async () => {
      setState({ step: "enrolling", ...(await apiFetch<{ secret: string; otpauthUrl: string }>("/me/totp/setup", { method: "POST" })) });
      setCode("");
    });
  const turn = (enabled: boolean) =>
    run(async () => {
      await apiFetch<void>(`/me/totp/${enabled ? "enable" : "disable"}`, { method: "POST", body: { code } });
      setState({ step: enabled ? "on" : "off" });
      setCode("");
      notify(enabled ? "adhesia.account.totp_enabled" : "adhesia.account.totp_disabled", { type: "success" });
    });

  const codeField = (
    <TextField
      label={translate("adhesia.account.totp_code")}
      value={code}
      onChange={(event) => setCode(event.target.value.replace(/\D/g, "").slice(0, 6))}
      error={codeError !== undefined}
      helperText={codeError}
      slotProps={{ htmlInput: { inputMode: "numeric", autoComplete: "one-time-code", "data-testid": "totp-code" } }}
      size="small"
      sx={{ width: 180 }}
    />
  );

  return (
    <Card>
      <CardContent>
        <Typography variant="h6">{translate("adhesia.account.totp")}</Typography>
        {state.step === "off" && (
          <Stack spacing={1} sx={{ alignItems: "flex-start" }}>
            <Typography variant="body2" color="text.secondary">
              {translate("adhesia.account.totp_off")}
            </Typography>
            <Button variant="outlined" onClick={begin}>
              {translate("adhesia.account.totp_setup")}
            </Button>
          </Stack>
        )}
        {state.step === "enrolling" && (
          <Stack spacing={1.5} sx={{ alignItems: "flex-start" }}>
            <Typography variant="body2">{translate("adhesia.account.totp_scan")}</Typography>
            <Box data-testid="totp-qr" sx={{ p: 1, bgcolor: "#fff", lineHeight: 0 }}>
              <QRCodeSVG value={state.otpauthUrl} size={176} title={translate("adhesia.account.totp_qr")} />
            </Box>
            <Typography variant="body2" color="text.secondary">
              {translate("adhesia.account.totp_manual")}{" "}
              <Box component="code" data-testid="totp-secret" sx={{ fontFamily: "monospace", wordBreak: "break-all" }}>
                {state.secret}
              </Box>
            </Typography>
            <Stack direction="row" spacing={1} sx={{ alignItems: "flex-start" }}>
              {codeField}
              <Button variant="contained" onClick={() => turn(true)} disabled={code.length !== 6}>
                {translate("adhesia.account.totp_enable")}
              </Button>
            </Stack>
          </Stack>
        )}
        {state.step === "on" && (
          <Stack spacing={1.5} sx={{ alignItems: "flex-start" }}>
            <Typography variant="body2" color="text.secondary">
              {translate("adhesia.account.totp_on")}
            </Typography>
            <Stack direction="row" spacing={1} sx={{ alignItems: "flex-start" }}>
              {codeField}
              <Button variant="outlined" color="warning" onClick={() => turn(false)} disabled={code.length !== 6}>
                {translate("adhesia.account.totp_disable")}
              </Button>
            </Stack>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};

/** « Mon compte »: what every signed-in user manages for themselves, whatever their permissions. */
export const AccountPage = () => (
  <Box sx={{ display: "grid", gap: 2, maxWidth: 720, mt: 2 }}>
    <Title title="adhesia.account.title" />
    <PasswordCard />
    <TwoFactorCard />
  </Box>
);
