import AddIcon from "@mui/icons-material/Add";
import { Box, Button, TableCell, TableRow } from "@mui/material";
import { Link, useCreatePath, useGetOne, useLocaleState, useTranslate } from "react-admin";
import { formatEuros } from "../../ui/format";
import { useFormatDate } from "../../ui/InfoGrid";
import { TabItemsView, TabTable, useTabItems, type RecordKind, type TabColumn } from "../../ui/record-tab";
import { listOpportunitiesOf } from "./opportunitiesApi";
import { OpportunityStateChip } from "./StateChips";
import { useOpportunityRights } from "./useOpportunityRights";

const COLUMNS: readonly TabColumn[] = [
  { label: "resources.opportunities.fields.createdAt" },
  { label: "resources.opportunities.fields.domain" },
  { label: "resources.opportunities.fields.state" },
  { label: "resources.opportunities.fields.expectedAnnualPremiumCents", align: "right" },
  { label: "resources.opportunities.fields.quotes", align: "right" },
];

/** « Nouvelle opportunité » for this record: its holder and its origin filled in. */
const NewOpportunityButton = ({ kind, recordId }: { kind: RecordKind; recordId: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data: record } = useGetOne<{ id: string; originId: string }>(kind === "person" ? "persons" : "companies", { id: recordId });
  const source = { [kind === "person" ? "personId" : "companyId"]: recordId, ...(record ? { originId: record.originId } : {}) };
  return (
    <Button
      component={Link}
      to={{ pathname: createPath({ resource: "opportunities", type: "create" }), search: `?source=${encodeURIComponent(JSON.stringify(source))}` }}
      variant="contained"
      startIcon={<AddIcon />}
      data-testid="opportunity-new"
    >
      {translate("adhesia.opportunities.tab.new")}
    </Button>
  );
};

/** The Opportunities and quotes tab of a person or a company: state, domain, expected premium and quotes of each, newest first. */
export const OpportunitiesTab = ({ kind, recordId }: { kind: RecordKind; recordId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDate = useFormatDate();
  const createPath = useCreatePath();
  const { canWrite } = useOpportunityRights();
  const state = useTabItems((signal) => listOpportunitiesOf(kind === "person" ? { personId: recordId } : { companyId: recordId }, signal), `${kind}:${recordId}`);
  return (
    <Box data-testid="opportunities-tab">
      {canWrite && (
        <Box sx={{ mb: 2 }}>
          <NewOpportunityButton kind={kind} recordId={recordId} />
        </Box>
      )}
      <TabItemsView state={state} empty="adhesia.opportunities.tab.empty">
        {(items) => (
          <TabTable columns={COLUMNS}>
            {items.map((opportunity) => (
              <TableRow key={opportunity.id} hover data-testid="opportunity-row" data-state={opportunity.state}>
                <TableCell>
                  <Link to={createPath({ resource: "opportunities", type: "show", id: opportunity.id })} underline="hover" data-testid="opportunity-link">
                    {formatDate(opportunity.createdAt)}
                  </Link>
                </TableCell>
                <TableCell>{translate(`adhesia.coverages.domains.${opportunity.domain}`)}</TableCell>
                <TableCell>
                  <OpportunityStateChip state={opportunity.state} />
                </TableCell>
                <TableCell align="right">{formatEuros(opportunity.expectedAnnualPremiumCents, locale)}</TableCell>
                <TableCell align="right" data-testid="opportunity-quote-count">
                  {opportunity.quotesCount ?? ""}
                </TableCell>
                <TableCell />
              </TableRow>
            ))}
          </TabTable>
        )}
      </TabItemsView>
    </Box>
  );
};
