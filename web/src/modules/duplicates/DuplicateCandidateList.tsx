import { Box, Button, Chip, Stack, Typography } from "@mui/material";
import type { MouseEvent } from "react";
import { useState } from "react";
import { Confirm, DataTable, Link, List, NumberInput, SelectInput, TopToolbar, useCreatePath, useListContext, useTranslate } from "react-admin";
import { LocalDateField } from "../../ui/LocalDateField";
import { scorePercent } from "./CandidatesComparison";
import { ScanButton } from "./ScanButton";
import { fieldLabel, SCREENS } from "./screens";
import { CANDIDATE_ACTIONS, CANDIDATE_STATUSES, DUPLICATE_TARGETS, RECORD_RESOURCES, type CandidateAction, type CandidatePair } from "./types";
import { useCandidateDecision } from "./useCandidateDecision";
import { useDuplicateRights, useRuleLabels } from "./useDuplicateRights";

const choices = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `adhesia.duplicates.${prefix}.${id}` }));

const filters = [
  <SelectInput key="target" source="target" choices={choices(DUPLICATE_TARGETS, "targets")} alwaysOn sx={{ minWidth: 150 }} />,
  <SelectInput key="status" source="status" choices={choices(CANDIDATE_STATUSES, "statuses")} alwaysOn sx={{ minWidth: 150 }} />,
  <NumberInput key="minScore" source="minScore" min={0} max={1} step={0.05} alwaysOn sx={{ width: 140 }} />,
];

const Actions = () => {
  const { canMerge } = useDuplicateRights();
  return <TopToolbar>{canMerge && <ScanButton />}</TopToolbar>;
};

/** One side of a pair: a link to the record (a merged record's id still leads to the kept one). */
const RecordLink = ({ pair, side }: { pair: CandidatePair; side: "recordA" | "recordB" }) => {
  const createPath = useCreatePath();
  const record = pair[side];
  return (
    <Link to={createPath({ resource: RECORD_RESOURCES[pair.target], type: "show", id: record.id })} onClick={(event: MouseEvent) => event.stopPropagation()} underline="hover" sx={{ fontWeight: 500 }}>
      {record.displayName}
    </Link>
  );
};

const RuleCell = ({ pair }: { pair: CandidatePair }) => {
  const translate = useTranslate();
  const ruleLabel = useRuleLabels();
  return (
    <Box>
      <Typography variant="body2">{ruleLabel(pair.rule)}</Typography>
      <Typography variant="caption" color="text.secondary">{pair.fields.map((field) => translate(fieldLabel(SCREENS[pair.target], field))).join(", ")}</Typography>
    </Box>
  );
};

const LABELS: Readonly<Record<CandidateAction, string>> = { merge: "adhesia.duplicates.review.merge", false_duplicate: "adhesia.duplicates.review.false_duplicate", dismiss: "adhesia.duplicates.review.dismiss" };

/** The three decisions; a merge (which removes a record, undoable for 30 days) is confirmed first. */
const DecisionButtons = ({ ids }: { ids: string[] }) => {
  const translate = useTranslate();
  const { decide, busy } = useCandidateDecision();
  const [confirmingMerge, setConfirmingMerge] = useState(false);
  return (
    <Stack direction="row" spacing={0.5}>
      {CANDIDATE_ACTIONS.map((action) => (
        <Button
          key={action}
          size="small"
          disabled={busy || ids.length === 0}
          onClick={(event) => {
            event.stopPropagation();
            if (action === "merge") setConfirmingMerge(true);
            else void decide(ids, action);
          }}
          data-testid={`duplicate-decision-${action}`}
        >
          {translate(LABELS[action])}
        </Button>
      ))}
      <Confirm
        isOpen={confirmingMerge}
        loading={busy}
        title="adhesia.duplicates.review.merge_confirm_title"
        content="adhesia.duplicates.review.merge_confirm_content"
        translateOptions={{ smart_count: ids.length }}
        onConfirm={() => void decide(ids, "merge").then(() => setConfirmingMerge(false))}
        onClose={() => setConfirmingMerge(false)}
      />
    </Stack>
  );
};

const BulkDecisions = () => {
  const { selectedIds } = useListContext<CandidatePair>();
  return <DecisionButtons ids={selectedIds.map(String)} />;
};

/**
 * « Doublons »: the pairs the scans found, best score first, each side linked to its record; a
 * decision per pair or for the selection (merge keeps the older record with its values).
 */
export const DuplicateCandidateList = () => {
  const translate = useTranslate();
  const { canMerge } = useDuplicateRights();
  return (
    <List filters={filters} filterDefaultValues={{ status: "open" }} sort={{ field: "score", order: "DESC" }} actions={<Actions />} exporter={false} perPage={25}>
      <DataTable<CandidatePair> rowClick={false} bulkActionButtons={canMerge ? <BulkDecisions /> : false} data-testid="duplicate-candidate-list">
        <DataTable.Col<CandidatePair> source="score" render={(pair) => <Chip size="small" color={pair.score >= 0.95 ? "error" : "warning"} label={scorePercent(pair.score)} />} />
        <DataTable.Col<CandidatePair> source="target" disableSort render={(pair) => translate(`adhesia.duplicates.targets.${pair.target}`)} />
        <DataTable.Col<CandidatePair> source="recordA" disableSort render={(pair) => <RecordLink pair={pair} side="recordA" />} />
        <DataTable.Col<CandidatePair> source="recordB" disableSort render={(pair) => <RecordLink pair={pair} side="recordB" />} />
        <DataTable.Col<CandidatePair> source="rule" disableSort render={(pair) => <RuleCell pair={pair} />} />
        <DataTable.Col<CandidatePair> source="status" disableSort render={(pair) => translate(`adhesia.duplicates.statuses.${pair.status}`)} />
        <DataTable.Col source="foundAt">
          <LocalDateField source="foundAt" />
        </DataTable.Col>
        {canMerge && (
          <DataTable.Col<CandidatePair> source="id" label="adhesia.duplicates.review.actions" disableSort render={(pair) => (pair.status === "open" ? <DecisionButtons ids={[String(pair.id)]} /> : null)} />
        )}
      </DataTable>
    </List>
  );
};
