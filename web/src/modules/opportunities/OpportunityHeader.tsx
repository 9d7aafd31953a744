import DoNotDisturbIcon from "@mui/icons-material/DoNotDisturbOn";
import { Box, Button, Stack, Tooltip, Typography } from "@mui/material";
import { useState } from "react";
import { EditButton, ReferenceField, TextField, useLocaleState, useNotify, useTranslate } from "react-admin";
import { formatEuros } from "../../ui/format";
import { Info, InfoGrid, useFormatDate } from "../../ui/InfoGrid";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { AdvisorName } from "../organisation";
import { HolderLink } from "./HolderLink";
import { closeOpportunity } from "./opportunitiesApi";
import { canCloseByHand, isClosedOpportunity } from "./quoteStates";
import { ReasonDialog } from "./ReasonDialog";
import { OpportunityStateChip } from "./StateChips";
import { HAND_CLOSED_STATES, type HandClosedState, type OpportunityRecord, type QuoteRecord } from "./types";
import { useOpportunityRights } from "./useOpportunityRights";

const field = (name: string) => `resources.opportunities.fields.${name}`;

/** « Clore l'opportunité » as lost or out of target, with a reason; only when no quote is live (the server says the same). */
const CloseButton = ({ opportunity, quotes, onClosed }: { opportunity: OpportunityRecord; quotes: QuoteRecord[] | null; onClosed: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  if (isClosedOpportunity(opportunity.state) || quotes === null) return null;
  const allowed = canCloseByHand(opportunity.state, quotes);
  return (
    <>
      <Tooltip title={allowed ? "" : translate("adhesia.opportunities.close.unavailable")}>
        <span>
          <Button variant="outlined" color="warning" startIcon={<DoNotDisturbIcon />} disabled={!allowed} onClick={() => setOpen(true)} data-testid="opportunity-close">
            {translate("adhesia.opportunities.close.button")}
          </Button>
        </span>
      </Tooltip>
      <ReasonDialog<HandClosedState>
        open={open}
        title={translate("adhesia.opportunities.close.title")}
        choices={HAND_CLOSED_STATES}
        choiceLabel={(state) => translate(`adhesia.opportunities.states.${state}`)}
        reasonRequired
        submitLabel="adhesia.opportunities.close.submit"
        onSubmit={async (reason, state) => {
          await closeOpportunity(String(opportunity.id), state ?? "lost", reason);
          notify("adhesia.opportunities.close.done", { type: "info" });
          onClosed();
        }}
        onClose={() => setOpen(false)}
        testId="opportunity-close-dialog"
      />
    </>
  );
};

/** The opportunity at a glance: its state, holder, need, weight and who follows it. */
export const OpportunityHeader = ({ opportunity, quotes, onChanged }: { opportunity: OpportunityRecord; quotes: QuoteRecord[] | null; onChanged: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDate = useFormatDate();
  const families = useReferenceChoices("product_families");
  const { canWrite } = useOpportunityRights();
  return (
    <Box sx={{ p: 2 }} data-testid="opportunity-header">
      <Stack direction="row" spacing={1.5} sx={{ alignItems: "center", mb: 2, flexWrap: "wrap", rowGap: 1 }}>
        <Typography variant="h6" component="h1" sx={{ lineHeight: 1.2 }}>
          {translate(`adhesia.coverages.domains.${opportunity.domain}`)} — <HolderLink record={opportunity} />
        </Typography>
        <OpportunityStateChip state={opportunity.state} />
        <Box sx={{ flex: 1 }} />
        {canWrite && <CloseButton opportunity={opportunity} quotes={quotes} onClosed={onChanged} />}
        {canWrite && !isClosedOpportunity(opportunity.state) && <EditButton variant="contained" />}
      </Stack>
      <InfoGrid columns={4} testId="opportunity-facts">
        <Info label={field("productFamily")}>{families.label(opportunity.productFamily)}</Info>
        <Info label={field("originId")}>
          <ReferenceField record={opportunity} source="originId" reference="origins" link={false}>
            <TextField source="label" />
          </ReferenceField>
        </Info>
        <Info label={field("introducerId")}>
          {opportunity.introducerId && (
            <ReferenceField record={opportunity} source="introducerId" reference="introducers" link={false}>
              <TextField source="name" />
            </ReferenceField>
          )}
        </Info>
        <Info label={field("advisorId")}>{opportunity.advisorId && <AdvisorName introducerId={opportunity.introducerId} advisorId={opportunity.advisorId} />}</Info>
        <Info label={field("probability")}>{opportunity.probability === null ? null : `${opportunity.probability} %`}</Info>
        <Info label={field("expectedAnnualPremiumCents")}>{formatEuros(opportunity.expectedAnnualPremiumCents, locale)}</Info>
        <Info label={field("wishedStartDate")}>{formatDate(opportunity.wishedStartDate)}</Info>
        <Info label={field("createdAt")}>{formatDate(opportunity.createdAt)}</Info>
        <Info label={field("description")} wide>{opportunity.description}</Info>
        {opportunity.closedReason && <Info label={field("closedReason")} wide>{opportunity.closedReason}</Info>}
      </InfoGrid>
    </Box>
  );
};
