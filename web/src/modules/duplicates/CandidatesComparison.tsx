import { alpha, Box, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { FieldValueView } from "./FieldValueView";
import { fieldLabel, shownValue, type RecordScreen } from "./screens";
import { candidateName } from "./candidateName";
import type { DuplicateCandidate } from "./types";
import { useRuleLabels } from "./useDuplicateRights";

export interface CandidatesComparisonProps {
  screen: RecordScreen;
  draft: Record<string, unknown>;
  candidates: readonly DuplicateCandidate[];
  records: Readonly<Record<string, Record<string, unknown>>>;
  onOpen: (candidate: DuplicateCandidate) => void;
  onMerge: (candidate: DuplicateCandidate) => void;
  disabled: boolean;
}

export const scorePercent = (score: number) => `${Math.round(score * 100)} %`;

/** The draft and each candidate in columns, one row per compared field; the fields a rule matched are highlighted. */
export const CandidatesComparison = ({ screen, draft, candidates, records, onOpen, onMerge, disabled }: CandidatesComparisonProps) => {
  const translate = useTranslate();
  const ruleLabel = useRuleLabels();
  return (
    <Box sx={{ overflowX: "auto" }}>
      <Table size="small" data-testid="duplicate-comparison">
        <TableHead>
          <TableRow>
            <TableCell sx={{ minWidth: 140 }} />
            <TableCell sx={{ minWidth: 180, bgcolor: "action.hover" }}>
              <Typography variant="subtitle2">{translate("adhesia.duplicates.entry.typed")}</Typography>
            </TableCell>
            {candidates.map((candidate) => (
              <TableCell key={candidate.id} sx={{ minWidth: 220, verticalAlign: "top" }} data-testid="duplicate-candidate" data-candidate-id={candidate.id}>
                <Typography variant="subtitle2">{candidateName(candidate, translate)}</Typography>
                <Stack direction="row" spacing={0.5} sx={{ mt: 0.5, flexWrap: "wrap", rowGap: 0.5 }}>
                  <Chip size="small" color={candidate.score >= 0.95 ? "error" : "warning"} label={translate("adhesia.duplicates.score", { score: scorePercent(candidate.score) })} />
                  <Chip size="small" variant="outlined" label={ruleLabel(candidate.rule)} data-testid="duplicate-rule" />
                </Stack>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {screen.shownFields.map((field) => (
            <TableRow key={field}>
              <TableCell component="th" scope="row" sx={{ color: "text.secondary" }}>
                {translate(fieldLabel(screen, field))}
              </TableCell>
              <TableCell sx={{ bgcolor: "action.hover" }}>
                <FieldValueView screen={screen} field={field} value={shownValue(screen, draft, field)} />
              </TableCell>
              {candidates.map((candidate) => {
                const matched = candidate.fields.includes(field);
                const record = records[candidate.id];
                return (
                  <TableCell key={candidate.id} sx={matched ? { bgcolor: (theme) => alpha(theme.palette.warning.main, 0.18), fontWeight: 500 } : undefined} data-matched={matched}>
                    {record ? <FieldValueView screen={screen} field={field} value={shownValue(screen, record, field)} /> : "…"}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
          <TableRow>
            <TableCell />
            <TableCell sx={{ bgcolor: "action.hover" }} />
            {candidates.map((candidate) => (
              <TableCell key={candidate.id}>
                <Stack spacing={0.75} sx={{ alignItems: "flex-start" }}>
                  <Button size="small" variant="outlined" onClick={() => onOpen(candidate)} disabled={disabled || candidate.outOfScope} data-testid="duplicate-open" data-candidate-id={candidate.id}>
                    {translate("adhesia.duplicates.entry.open")}
                  </Button>
                  <Button size="small" variant="contained" onClick={() => onMerge(candidate)} disabled={disabled || !records[candidate.id]} data-testid="duplicate-merge" data-candidate-id={candidate.id}>
                    {translate("adhesia.duplicates.entry.merge")}
                  </Button>
                </Stack>
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </Box>
  );
};
