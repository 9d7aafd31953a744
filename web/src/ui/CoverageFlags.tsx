import { Chip, Stack, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import type { CoverageDomain } from "./competitor-coverages/coveragesApi";

/**
 * The equipment flags of a person or a company: one chip per domain of its active contracts, kept
 * by the contracts module like the nature; nothing when it has none.
 */
export const CoverageFlags = ({ flags, testId }: { flags: readonly CoverageDomain[] | undefined; testId: string }) => {
  const translate = useTranslate();
  if (!flags || flags.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: "center" }} data-testid={testId}>
      <Typography variant="caption" color="text.secondary">
        {translate("adhesia.coverages.flags")}
      </Typography>
      {flags.map((domain) => (
        <Chip key={domain} size="small" color="success" variant="outlined" label={translate(`adhesia.coverages.domains.${domain}`)} data-domain={domain} sx={{ height: 20, fontSize: 12 }} />
      ))}
    </Stack>
  );
};
