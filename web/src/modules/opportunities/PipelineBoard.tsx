import ViewListIcon from "@mui/icons-material/ViewList";
import { Alert, Box, LinearProgress, Stack, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { Button, Form, SelectInput, Title, useCreatePath, useLocaleState, useTranslate } from "react-admin";
import { useWatch } from "react-hook-form";
import { formatEuros } from "../../ui/format";
import { failureMessage } from "../../ui/record-tab";
import { AdvisorInput, IntroducerInput } from "../organisation";
import { openTotals, orderedColumns, type BoardFilters } from "./board";
import { BoardColumnView } from "./BoardColumnView";
import { pipelineBoard } from "./opportunitiesApi";
import { domainChoices } from "./choices";
import type { BoardColumn } from "./types";

const CARDS_PER_COLUMN = 12;

/** Hands the filter form's values to the board as they change. */
const FiltersWatcher = ({ onChange }: { onChange: (filters: BoardFilters) => void }) => {
  const introducerId = useWatch<BoardFilters, "introducerId">({ name: "introducerId" });
  const advisorId = useWatch<BoardFilters, "advisorId">({ name: "advisorId" });
  const domain = useWatch<BoardFilters, "domain">({ name: "domain" });
  useEffect(() => onChange({ introducerId, advisorId, domain }), [introducerId, advisorId, domain]);
  return null;
};

/** The non-empty filters, as the list's `filter` for « + N autres ». */
const listFilterOf = (filters: BoardFilters): Record<string, string> =>
  Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""));

/**
 * The pipeline board: a column per opportunity state in the order a sale advances (then the
 * closes), each with its count and expected annual premium; filtered by introducer, advisor and
 * domain, within what the user may see. Cards open the opportunity.
 */
export const PipelineBoard = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const [filters, setFilters] = useState<BoardFilters>({});
  const [columns, setColumns] = useState<BoardColumn[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const key = JSON.stringify(filters);
  useEffect(() => {
    const controller = new AbortController();
    pipelineBoard(filters, CARDS_PER_COLUMN, controller.signal).then(
      (loaded) => {
        setColumns(orderedColumns(loaded));
        setFailed(null);
      },
      (error: unknown) => !controller.signal.aborted && setFailed(failureMessage(error)),
    );
    return () => controller.abort();
    // `key` is the filters' content.
  }, [key]);
  const totals = columns && openTotals(columns);
  return (
    <Box sx={{ mt: 1 }} data-testid="pipeline-board">
      <Title title={translate("adhesia.opportunities.board.title")} />
      <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ alignItems: { md: "center" }, mb: 1 }}>
        <Form>
          <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ alignItems: { md: "center" } }}>
            <IntroducerInput includeInactive label="resources.opportunities.fields.introducerId" />
            <AdvisorInput label="resources.opportunities.fields.advisorId" />
            <SelectInput source="domain" label="resources.opportunities.fields.domain" choices={domainChoices} emptyText="adhesia.opportunities.board.all_domains" sx={{ minWidth: 180 }} />
          </Stack>
          <FiltersWatcher onChange={setFilters} />
        </Form>
        <Box sx={{ flex: 1 }} />
        <Button label="adhesia.opportunities.list_view" to={createPath({ resource: "opportunities", type: "list" })} data-testid="pipeline-list-link">
          <ViewListIcon />
        </Button>
      </Stack>
      {totals && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="pipeline-open-totals">
          {translate("adhesia.opportunities.board.open_totals", { count: totals.count, premium: formatEuros(totals.expectedAnnualPremiumCents, locale) })}
        </Typography>
      )}
      {failed && <Alert severity="error">{failed}</Alert>}
      {columns === null && !failed && <LinearProgress />}
      {columns && (
        <Stack direction="row" spacing={1.5} sx={{ overflowX: "auto", pb: 2, alignItems: "flex-start" }}>
          {columns.map((column) => (
            <BoardColumnView key={column.state} column={column} listFilter={listFilterOf(filters)} />
          ))}
        </Stack>
      )}
    </Box>
  );
};
