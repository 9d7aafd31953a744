import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useLocaleState, useTranslate } from "react-admin";
import { formatEuros } from "../../ui/format";
import { SectionTitle } from "../../ui/Sections";
import { beneficiaryName } from "./priceForm";
import type { BeneficiaryRole, Price, PriceTotals } from "./types";

const TOTALS = ["netCents", "feesCents", "taxCents", "discountCents", "grossCents"] as const satisfies ReadonlyArray<keyof PriceTotals>;
const PERIODS = ["monthly", "annual", "oneOff"] as const;

/** A price with its explanation: totals per period, then a line for every cent (contributions, discounts, fees, taxes). */
export const PriceResult = ({ price, beneficiaries }: { price: Price; beneficiaries: ReadonlyArray<{ role: BeneficiaryRole }> }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // Prices are shown to the cent: "12,00 €", not "12 €".
  const euros = (cents: number) => formatEuros(cents, locale, { cents: true });
  const roleLabel = (role: BeneficiaryRole) => translate(`adhesia.pricing.roles.${role}`);
  return (
    <Box data-testid="price-result">
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1 }}>
        <Typography variant="h6" component="h3" sx={{ flex: 1 }}>
          {translate("adhesia.pricing.price.monthly_gross")}{" "}
          <Box component="span" data-testid="price-monthly-gross">{euros(price.monthly.grossCents)}</Box>
        </Typography>
        <Chip size="small" variant="outlined" label={translate("adhesia.pricing.price.tariff_version", { version: price.tariffVersion })} data-testid="price-tariff-version" />
      </Stack>
      <Table size="small" data-testid="price-totals">
        <TableHead>
          <TableRow>
            <TableCell />
            {TOTALS.map((total) => (
              <TableCell key={total} align="right">{translate(`adhesia.pricing.price.totals.${total}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {PERIODS.map((period) => (
            <TableRow key={period} data-testid={`price-${period}`}>
              <TableCell component="th">{translate(`adhesia.pricing.price.periods.${period}`)}</TableCell>
              {TOTALS.map((total) => (
                <TableCell key={total} align="right" sx={total === "grossCents" ? { fontWeight: 600 } : undefined}>
                  {euros(total === "discountCents" && price[period][total] > 0 ? -price[period][total] : price[period][total])}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {translate("adhesia.pricing.price.commission", { amount: euros(price.commissionCents) })}
      </Typography>
      <SectionTitle title="adhesia.pricing.price.lines" />
      <Table size="small" data-testid="price-lines">
        <TableHead>
          <TableRow>
            {["beneficiary", "component", "basis", "rate", "amount", "label"].map((column) => (
              <TableCell key={column} align={column === "amount" || column === "rate" ? "right" : "left"}>{translate(`adhesia.pricing.price.columns.${column}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {price.lines.map((line, index) => (
            <TableRow key={index} data-component={line.component} data-beneficiary={line.beneficiary ?? "contract"}>
              <TableCell>{beneficiaryName(line.beneficiary, beneficiaries, roleLabel, translate("adhesia.pricing.price.contract"))}</TableCell>
              <TableCell>{translate(`adhesia.pricing.price.components.${line.component}`)}</TableCell>
              <TableCell sx={{ color: "text.secondary" }}>{line.basis}</TableCell>
              <TableCell align="right">{line.rate === undefined ? "" : `${line.rate.replace(".", locale === "en" ? "." : ",")} %`}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: "nowrap" }} data-testid="price-line-amount">{euros(line.amountCents)}</TableCell>
              <TableCell>{line.label}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
