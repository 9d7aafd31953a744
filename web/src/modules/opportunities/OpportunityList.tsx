import ViewKanbanIcon from "@mui/icons-material/ViewKanban";
import { Typography } from "@mui/material";
import { Button, DataTable, FilterButton, List, ReferenceInput, AutocompleteInput, SelectInput, TopToolbar, useCreatePath, useLocaleState, useTranslate } from "react-admin";
import { ExportButton } from "../../ui/ExportButton";
import { formatEuros } from "../../ui/format";
import { LocalDateField } from "../../ui/LocalDateField";
import { AdvisorInput, IntroducerInput } from "../organisation";
import { HolderLink } from "./HolderLink";
import { opportunitiesExportUrl } from "./opportunitiesApi";
import { OpportunityStateChip } from "./StateChips";
import { domainChoices, opportunityStateChoices } from "./choices";
import type { OpportunityRecord } from "./types";

const filters = [
  <SelectInput key="state" source="state" choices={opportunityStateChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectInput key="domain" source="domain" choices={domainChoices} alwaysOn sx={{ minWidth: 160 }} />,
  <IntroducerInput key="introducerId" includeInactive alwaysOn />,
  <AdvisorInput key="advisorId" />,
  <ReferenceInput key="originId" source="originId" reference="origins" sort={{ field: "label", order: "ASC" }}>
    <AutocompleteInput optionText="label" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
];

const ListActions = () => {
  const createPath = useCreatePath();
  return (
    <TopToolbar>
      <FilterButton />
      <Button label="adhesia.opportunities.board_view" to={createPath({ resource: "pipeline", type: "list" })} data-testid="opportunity-board-link">
        <ViewKanbanIcon />
      </Button>
      <ExportButton url={opportunitiesExportUrl} testId="opportunity-export" />
    </TopToolbar>
  );
};

const Empty = () => {
  const translate = useTranslate();
  return (
    <Typography sx={{ p: 2 }} color="text.secondary">
      {translate("adhesia.opportunities.list_empty")}
    </Typography>
  );
};

const Premium = ({ record }: { record: OpportunityRecord }) => {
  const [locale] = useLocaleState();
  return <>{formatEuros(record.expectedAnnualPremiumCents, locale)}</>;
};

const DomainText = ({ record }: { record: OpportunityRecord }) => {
  const translate = useTranslate();
  return <>{translate(`adhesia.coverages.domains.${record.domain}`)}</>;
};

/** The pipeline as a list: filters by state, domain, introducer, advisor and origin; CSV / XLSX export of the same. */
export const OpportunityList = () => (
  <List filters={filters} sort={{ field: "updatedAt", order: "DESC" }} actions={<ListActions />} exporter={false} perPage={25}>
    <DataTable<OpportunityRecord> rowClick="show" bulkActionButtons={false} empty={<Empty />} data-testid="opportunity-list">
      <DataTable.Col<OpportunityRecord> source="holder" disableSort render={(record) => <HolderLink record={record} />} />
      <DataTable.Col<OpportunityRecord> source="domain" render={(record) => <DomainText record={record} />} />
      <DataTable.Col<OpportunityRecord> source="state" render={(record) => <OpportunityStateChip state={record.state} />} />
      <DataTable.Col<OpportunityRecord> source="expectedAnnualPremiumCents" align="right" render={(record) => <Premium record={record} />} />
      <DataTable.Col source="quotesCount" label="resources.opportunities.fields.quotes" align="right" disableSort />
      <DataTable.Col source="probability" align="right" />
      <DataTable.Col source="wishedStartDate">
        <LocalDateField source="wishedStartDate" emptyText="" />
      </DataTable.Col>
      <DataTable.Col source="updatedAt">
        <LocalDateField source="updatedAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
