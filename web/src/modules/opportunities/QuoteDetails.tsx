import { Box, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { AttachmentsPanel } from "../../ui/attachments/AttachmentsPanel";
import { useFormatDate } from "../../ui/InfoGrid";
import { SectionTitle } from "../../ui/Sections";
import { PriceResult } from "../pricing";
import { quotePath } from "./opportunitiesApi";
import type { QuoteRecord } from "./types";

/** Under a quote's line: its beneficiaries, the price explained line by line (priced ones), and its PDF. */
export const QuoteDetails = ({ quote, canWrite }: { quote: QuoteRecord; canWrite: boolean }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  return (
    <Box sx={{ py: 1 }} data-testid="quote-details">
      {quote.beneficiaries.length > 0 && (
        <>
          <SectionTitle title="adhesia.opportunities.quotes.beneficiaries" />
          {quote.beneficiaries.map((beneficiary, index) => (
            <Typography key={index} variant="body2">
              {translate(`adhesia.pricing.roles.${beneficiary.role}`)} — {[beneficiary.lastName?.toLocaleUpperCase("fr-FR"), beneficiary.firstName].filter(Boolean).join(" ")} ({formatDate(beneficiary.birthDate)})
            </Typography>
          ))}
        </>
      )}
      {quote.pricing && (
        <Box sx={{ mt: 2 }}>
          <PriceResult price={quote.pricing} beneficiaries={quote.beneficiaries} />
        </Box>
      )}
      <SectionTitle title="adhesia.opportunities.quotes.pdf" />
      <AttachmentsPanel recordPath={quotePath(quote.id)} canWrite={canWrite} testId="quote-attachments" />
    </Box>
  );
};
