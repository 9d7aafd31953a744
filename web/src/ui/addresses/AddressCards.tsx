import { Box, Paper, Stack, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";
import { AddressStatusChip } from "./AddressStatusChip";
import type { PostalAddressView } from "./types";

/** One stored address: the RNVP lines (NF Z10-011), their status, and what was typed. */
export const AddressCard = ({
  address,
  title,
  actions,
  testId,
  linesTestId,
  children,
}: {
  address: PostalAddressView;
  title: ReactNode;
  /** Buttons beside the status (edit, delete). */
  actions?: ReactNode;
  testId?: string;
  linesTestId?: string;
  children?: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid={testId}>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1 }}>
        <Typography variant="subtitle2" sx={{ flex: 1 }}>
          {title}
        </Typography>
        <AddressStatusChip status={address.normalisationStatus} />
        {actions}
      </Stack>
      <Box component="pre" sx={{ m: 0, fontFamily: "monospace", fontSize: 13, lineHeight: 1.5 }} data-testid={linesTestId}>
        {address.normalisedLines.join("\n")}
      </Box>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
        {translate("adhesia.address.typed")} : {[...address.lines, `${address.postalCode} ${address.city}`, address.country !== "FR" ? address.country : ""].filter(Boolean).join(", ")}
      </Typography>
      {children}
    </Paper>
  );
};

/**
 * The addresses of a record in the order of `kinds`, one card each; `testIdPrefix` names them
 * (`person-address` gives `person-address-main` and `person-address-lines`).
 */
export const AddressCards = <K extends string>({
  addresses,
  kinds,
  kindLabel,
  testIdPrefix,
}: {
  addresses: ReadonlyArray<PostalAddressView & { kind: K }>;
  kinds: readonly K[];
  kindLabel: (kind: K) => string;
  testIdPrefix: string;
}) => {
  const translate = useTranslate();
  const ordered = kinds.flatMap((kind) => addresses.filter((address) => address.kind === kind));
  if (ordered.length === 0) return <Typography color="text.secondary">{translate("adhesia.address.none")}</Typography>;
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "repeat(auto-fill, minmax(320px, 1fr))" }, gap: 2 }}>
      {ordered.map((address) => (
        <AddressCard key={address.kind} address={address} title={translate(kindLabel(address.kind))} testId={`${testIdPrefix}-${address.kind}`} linesTestId={`${testIdPrefix}-lines`} />
      ))}
    </Box>
  );
};
