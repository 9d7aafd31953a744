import { Box, Card, CardContent, LinearProgress } from "@mui/material";
import { useState } from "react";
import { ShowBase, Title, useRecordContext, useShowContext, useTranslate } from "react-admin";
import { SectionTitle } from "../../ui/Sections";
import { InteractionsPanel } from "../interactions";
import { OpportunityHeader } from "./OpportunityHeader";
import { QuotesSection } from "./QuotesSection";
import { StateHistory } from "./StateHistory";
import type { OpportunityRecord, QuoteRecord } from "./types";

const OpportunityShowView = () => {
  const record = useRecordContext<OpportunityRecord>();
  const { refetch } = useShowContext<OpportunityRecord>();
  const translate = useTranslate();
  const [quotes, setQuotes] = useState<QuoteRecord[] | null>(null);
  // The opportunity's state moved: read it again, and its history.
  const [changes, setChanges] = useState(0);
  const changed = () => {
    void refetch();
    setChanges((count) => count + 1);
  };
  if (!record) return <LinearProgress sx={{ mt: 2 }} />;
  const id = String(record.id);
  return (
    <Box sx={{ mt: 1 }} data-testid="opportunity-show" data-state={record.state}>
      <Title title={translate("resources.opportunities.name", { smart_count: 1 })} />
      <Card sx={{ mb: 1.5 }}>
        <OpportunityHeader opportunity={record} quotes={quotes} onChanged={changed} />
      </Card>
      <Card sx={{ mb: 1.5 }}>
        <CardContent>
          <SectionTitle title="adhesia.opportunities.show.quotes" />
          <QuotesSection opportunity={record} onChanged={changed} onLoaded={setQuotes} />
        </CardContent>
      </Card>
      <Card sx={{ mb: 1.5 }}>
        <CardContent>
          <SectionTitle title="adhesia.opportunities.show.interactions" />
          <InteractionsPanel opportunityId={id} />
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <SectionTitle title="adhesia.opportunities.show.history" />
          <StateHistory opportunity={record} changeKey={`${changes}:${record.state}`} />
        </CardContent>
      </Card>
    </Box>
  );
};

/** /opportunities/:id/show: header, quotes with their moves, interactions, then the state history. */
export const OpportunityShow = () => (
  <ShowBase>
    <OpportunityShowView />
  </ShowBase>
);
