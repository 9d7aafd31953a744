import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useLocaleState, useTranslate } from "react-admin";
import { formatEuros } from "../../ui/format";
import { Info, InfoGrid, useFormatDate, YesNo } from "../../ui/InfoGrid";
import { SectionTitle } from "../../ui/Sections";
import type { TariffVersion } from "./types";

const SmallTable = ({ head, children }: { head: string[]; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ mb: 1 }}>
      <TableHead>
        <TableRow>
          {head.map((key) => (
            <TableCell key={key}>{translate(key)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>{children}</TableBody>
    </Table>
  );
};

/** What a version holds besides its grids (read-only: change them through the workbook import). */
export const TariffVersionSettings = ({ version }: { version: TariffVersion }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDate = useFormatDate();
  const rate = (percent: string | undefined, cents: number | undefined) => (percent !== undefined ? `${percent.replace(".", locale === "en" ? "." : ",")} %` : formatEuros(cents, locale));
  const zones = Object.entries(version.zones).sort(([a], [b]) => a.localeCompare(b));
  const column = (name: string) => `adhesia.pricing.settings.${name}`;
  return (
    <Box data-testid="tariff-settings">
      <InfoGrid columns={4}>
        <Info label={column("effective_from")}>{formatDate(version.effectiveFrom)}</Info>
        <Info label={column("age_method")}>{translate(`adhesia.pricing.age_methods.${version.ageMethod}`)}</Info>
        <Info label={column("responsible")}><YesNo value={version.responsibleContract} /></Info>
        <Info label={column("zones")}>{[...zones.map(([department, zone]) => `${department} → ${zone}`), version.defaultZone ? translate(column("default_zone"), { zone: version.defaultZone }) : ""].filter(Boolean).join(" · ")}</Info>
      </InfoGrid>
      <SectionTitle title={column("fees")} />
      {version.fees.length === 0 ? <Typography variant="body2" color="text.secondary">—</Typography> : (
        <SmallTable head={[column("label"), column("kind"), column("amount"), column("per")]}>
          {version.fees.map((fee) => (
            <TableRow key={`${fee.kind}-${fee.label}`}>
              <TableCell>{fee.label}</TableCell>
              <TableCell>{translate(`adhesia.pricing.fee_kinds.${fee.kind}`)}</TableCell>
              <TableCell>{formatEuros(fee.amountCents, locale)}</TableCell>
              <TableCell>{translate(`adhesia.pricing.fee_per.${fee.per ?? "contract"}`)}</TableCell>
            </TableRow>
          ))}
        </SmallTable>
      )}
      <SectionTitle title={column("discounts")} />
      {version.discounts.length === 0 ? <Typography variant="body2" color="text.secondary">—</Typography> : (
        <SmallTable head={[column("label"), column("kind"), column("amount"), column("conditions")]}>
          {version.discounts.map((discount) => (
            <TableRow key={`${discount.kind}-${discount.label}`}>
              <TableCell>{discount.label}</TableCell>
              <TableCell>{translate(`adhesia.pricing.discount_kinds.${discount.kind}`)}</TableCell>
              <TableCell>{discount.kind === "nth_child_free" ? translate(column("from_rank"), { rank: discount.fromRank ?? 3 }) : rate(discount.percent, discount.amountCents)}</TableCell>
              <TableCell>
                {[
                  discount.roles?.map((role) => translate(`adhesia.pricing.roles.${role}`)).join(", "),
                  discount.channels?.join(", "),
                  discount.validFrom || discount.validTo ? `${formatDate(discount.validFrom)} → ${formatDate(discount.validTo)}` : "",
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </TableCell>
            </TableRow>
          ))}
        </SmallTable>
      )}
      <SectionTitle title={column("commissions")} />
      {version.commissions.length === 0 ? <Typography variant="body2" color="text.secondary">—</Typography> : (
        <SmallTable head={[column("label"), column("introducer"), column("amount")]}>
          {version.commissions.map((commission) => (
            <TableRow key={`${commission.introducerId ?? commission.introducerKind ?? "default"}-${commission.label}`}>
              <TableCell>{commission.label}</TableCell>
              <TableCell>{commission.introducerKind ? translate(`adhesia.organisation.kinds.${commission.introducerKind}`, { _: commission.introducerKind }) : (commission.introducerId ?? translate(column("any_introducer")))}</TableCell>
              <TableCell>{rate(commission.percent, commission.amountCents)}</TableCell>
            </TableRow>
          ))}
        </SmallTable>
      )}
    </Box>
  );
};
