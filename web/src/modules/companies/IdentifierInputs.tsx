import CheckCircleIcon from "@mui/icons-material/CheckCircle";
import ErrorOutlineIcon from "@mui/icons-material/ErrorOutlined";
import { Box, InputAdornment } from "@mui/material";
import { TextInput, useTranslate } from "react-admin";
import { useFormState, useWatch } from "react-hook-form";
import { validateSiren, validateSiret, type CompanyFormValues } from "./companyForm";
import { compactDigits, formatSiren, formatSiret, sirenStatus, siretStatus, type IdentifierStatus } from "./siren";

/** The live answer under the input: digits typed so far, then whether the key is right. */
const LiveStatus = ({ kind, status, count }: { kind: "siren" | "siret"; status: IdentifierStatus; count: number }) => {
  const translate = useTranslate();
  if (status === "empty") return null;
  const key = `adhesia.companies.identifier.${kind}_${status === "partial" ? "progress" : status === "valid" ? "valid" : status}`;
  const color = status === "valid" ? "success.main" : status === "partial" ? "text.secondary" : "error.main";
  return (
    <Box component="span" sx={{ color }} data-testid={`${kind}-status`} data-status={status}>
      {translate(key, { count })}
    </Box>
  );
};

const StatusIcon = ({ status }: { status: IdentifierStatus }) => {
  if (status === "valid") return <CheckCircleIcon fontSize="small" color="success" />;
  if (status === "key" || status === "format") return <ErrorOutlineIcon fontSize="small" color="error" />;
  return null;
};

/** The key's verdict beside the digits; none while an error (taken, required…) is shown under them. */
const adornment = (status: IdentifierStatus, hasError: boolean) =>
  !hasError && (status === "valid" || status === "key" || status === "format") ? (
    <InputAdornment position="end">
      <StatusIcon status={status} />
    </InputAdornment>
  ) : undefined;

// A validation or server error on the field (taken, required…) is shown instead of the live answer.

/** SIREN with a live Luhn check as it is typed ("732 829 320"). */
export const SirenInput = () => {
  const value = useWatch<CompanyFormValues, "siren">({ name: "siren" });
  const status = sirenStatus(value);
  const { errors } = useFormState<CompanyFormValues>({ name: "siren" });
  return (
    <TextInput
      source="siren"
      validate={validateSiren}
      // Shown grouped ("732 829 320") once complete; sent without the spaces.
      format={(stored: unknown) => formatSiren(typeof stored === "string" ? stored : "")}
      helperText={<LiveStatus kind="siren" status={status} count={compactDigits(value).length} />}
      autoComplete="off"
      slotProps={{ htmlInput: { inputMode: "numeric", maxLength: 20, "data-testid": "siren-input" }, input: { endAdornment: adornment(status, Boolean(errors.siren)) } }}
    />
  );
};

/** The head office's SIRET, checked live: its key, and that it starts with the SIREN. */
export const SiretInput = () => {
  const value = useWatch<CompanyFormValues, "siret">({ name: "siret" });
  const siren = useWatch<CompanyFormValues, "siren">({ name: "siren" });
  let status = siretStatus(value);
  const mismatch = status === "valid" && compactDigits(siren) !== "" && compactDigits(value).slice(0, 9) !== compactDigits(siren);
  if (mismatch) status = "key";
  const translate = useTranslate();
  const { errors } = useFormState<CompanyFormValues>({ name: "siret" });
  return (
    <TextInput
      source="siret"
      validate={validateSiret}
      format={(stored: unknown) => formatSiret(typeof stored === "string" ? stored : "")}
      helperText={
        mismatch ? (
          <Box component="span" sx={{ color: "error.main" }}>
            {translate("adhesia.companies.identifier.siret_mismatch")}
          </Box>
        ) : (
          <LiveStatus kind="siret" status={status} count={compactDigits(value).length} />
        )
      }
      autoComplete="off"
      slotProps={{ htmlInput: { inputMode: "numeric", maxLength: 30, "data-testid": "siret-input" }, input: { endAdornment: adornment(status, Boolean(errors.siret)) } }}
    />
  );
};
