import { Box, Stack, Typography } from "@mui/material";
import { ReferenceField, TextField, useLocaleState, useTranslate } from "react-admin";
import { formatEuros } from "../../ui/format";
import { Info, InfoGrid, useFormatDate, YesNo } from "../../ui/InfoGrid";
import { ContractHolderLink } from "./ContractHolderLink";
import { ContractQuoteLink } from "./ContractQuoteLink";
import { ContractStatusChip } from "./ContractStatusChip";
import { productText } from "./format";
import type { ContractRecord } from "./types";

const field = (name: string) => `resources.contracts.fields.${name}`;

/** The contract at a glance: number, holder, status with its dates, product, premium, introducer and the quote it came from. */
export const ContractHeader = ({ contract }: { contract: ContractRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDate = useFormatDate();
  return (
    <Box sx={{ p: 2 }} data-testid="contract-header">
      <Stack direction="row" spacing={1.5} sx={{ alignItems: "center", mb: 2, flexWrap: "wrap", rowGap: 1 }}>
        <Typography variant="h6" component="h1" sx={{ lineHeight: 1.2 }} data-testid="contract-number">
          {translate("resources.contracts.name", { smart_count: 1 })} {contract.number}
        </Typography>
        <ContractStatusChip status={contract.status} />
        <Typography variant="body2" color="text.secondary">
          {contract.status === "terminated" && contract.terminationDate
            ? translate("adhesia.contracts.show.terminated_on", { date: formatDate(contract.terminationDate) })
            : translate("adhesia.contracts.show.since", { date: formatDate(contract.startDate) })}
        </Typography>
      </Stack>
      <InfoGrid columns={4} testId="contract-facts">
        <Info label={field("holder")}>
          <ContractHolderLink contract={contract} />
        </Info>
        <Info label={field("sourceSystem")}>{contract.sourceSystem}</Info>
        <Info label={field("domain")}>{translate(`adhesia.coverages.domains.${contract.domain}`)}</Info>
        <Info label={field("product")}>{productText(contract)}</Info>
        <Info label={field("startDate")}>{formatDate(contract.startDate)}</Info>
        <Info label={field("endDate")}>{formatDate(contract.endDate)}</Info>
        <Info label={field("terminationDate")}>{formatDate(contract.terminationDate)}</Info>
        <Info label={field("terminationReason")}>{contract.terminationReason}</Info>
        <Info label={field("premiumAnnualCents")}>{formatEuros(contract.premiumAnnualCents, locale)}</Info>
        <Info label={field("grantsMembership")}>
          <YesNo value={contract.grantsMembership} />
        </Info>
        <Info label={field("introducerId")}>
          {contract.introducerId && (
            <ReferenceField record={contract} source="introducerId" reference="introducers" link="show">
              <TextField source="name" />
            </ReferenceField>
          )}
        </Info>
        <Info label={field("quoteNumber")}>
          <ContractQuoteLink contract={contract} />
        </Info>
      </InfoGrid>
    </Box>
  );
};
