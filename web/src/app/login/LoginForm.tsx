import { Box, Button, CircularProgress, TextField } from "@mui/material";
import { useState, type FormEvent } from "react";
import { useLogin, useNotify, useTranslate } from "react-admin";
import type { LoginParams } from "../authProvider";
import { problemOf } from "../problem";

export interface LoginFormProps {
  email: string;
  onEmailChange: (email: string) => void;
  password: string;
  onPasswordChange: (password: string) => void;
}

/** Email + password; a verification code field appears when the server answers `auth.totp_required`. */
export const LoginForm = ({ email, onEmailChange, password, onPasswordChange }: LoginFormProps) => {
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();
  const [totpCode, setTotpCode] = useState("");
  const [totpRequired, setTotpRequired] = useState(false);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    const params: LoginParams = totpRequired ? { email, password, totpCode } : { email, password };
    try {
      await login(params);
    } catch (error) {
      if (problemOf(error)?.code === "auth.totp_required" && !totpRequired) {
        setTotpRequired(true);
        notify("adhesia.login.totp_required", { type: "info" });
      } else {
        notify(error instanceof Error && error.message ? error.message : "ra.auth.sign_in_error", { type: "error" });
      }
      setPending(false);
    }
  };

  return (
    <Box component="form" onSubmit={submit} noValidate={false} data-testid="login-form">
      <TextField id="login-email" label={translate("adhesia.login.email")} type="email" autoComplete="username" required autoFocus
        value={email} onChange={(event) => onEmailChange(event.target.value)} disabled={pending} />
      <TextField id="login-password" label={translate("adhesia.login.password")} type="password" autoComplete="current-password" required
        value={password} onChange={(event) => onPasswordChange(event.target.value)} disabled={pending} />
      {totpRequired && (
        <TextField id="login-totp" label={translate("adhesia.login.totp")} helperText={translate("adhesia.login.totp_hint")} required autoFocus
          autoComplete="one-time-code" value={totpCode} onChange={(event) => setTotpCode(event.target.value.replace(/\s/g, ""))}
          disabled={pending} slotProps={{ htmlInput: { inputMode: "numeric", pattern: "[0-9]{6}", maxLength: 6 } }} />
      )}
      <Button type="submit" variant="contained" fullWidth disabled={pending} sx={{ mt: 2 }}
        startIcon={pending ? <CircularProgress size={16} color="inherit" /> : null}>
        {translate("adhesia.login.submit")}
      </Button>
    </Box>
  );
};
