import { Box, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useLocaleState, useTranslate } from "react-admin";

const INTL_LOCALES: Readonly<Record<string, string>> = { fr: "fr-FR", en: "en-GB" };

/** Dense label / value pairs, several per row on wide screens. */
export const InfoGrid = ({ children, columns = 3, testId }: { children: ReactNode; columns?: number; testId?: string }) => (
  <Box
    component="dl"
    data-testid={testId}
    sx={{ m: 0, display: "grid", gridTemplateColumns: { xs: "1fr", sm: "repeat(2, minmax(0, 1fr))", md: `repeat(${columns}, minmax(0, 1fr))` }, columnGap: 3, rowGap: 1.25 }}
  >
    {children}
  </Box>
);

/** One pair; an empty value shows a dash. `label` is a translation key. */
export const Info = ({ label, children, wide = false }: { label: string; children?: ReactNode; wide?: boolean }) => {
  const translate = useTranslate();
  const empty = children === null || children === undefined || children === "" || children === false;
  return (
    <Box sx={{ minWidth: 0, gridColumn: wide ? "1 / -1" : undefined }}>
      <Typography component="dt" variant="caption" color="text.secondary" sx={{ display: "block", lineHeight: 1.3 }}>
        {translate(label, { _: label })}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, wordBreak: "break-word" }}>
        {empty ? <Box component="span" sx={{ color: "text.disabled" }}>—</Box> : children}
      </Typography>
    </Box>
  );
};

/** "Oui" / "Non". */
export const YesNo = ({ value }: { value: boolean | null | undefined }) => {
  const translate = useTranslate();
  return <>{translate(value ? "adhesia.common.yes" : "adhesia.common.no")}</>;
};

/** Formats an ISO day ("1985-03-12") or instant in the UI language; days are read in UTC so they never shift. */
export function useFormatDate(): (value: string | null | undefined) => string {
  const [locale] = useLocaleState();
  return (value) => {
    if (!value) return "";
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const date = new Date(day ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(INTL_LOCALES[locale] ?? "fr-FR", { dateStyle: "medium", ...(day ? { timeZone: "UTC" } : {}) }).format(date);
  };
}
