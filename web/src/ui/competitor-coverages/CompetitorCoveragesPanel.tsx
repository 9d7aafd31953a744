import { Box, MenuItem, TableCell, TableRow, TextField } from "@mui/material";
import { useState } from "react";
import { useLocaleState, useNotify, useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { centsOf, formatEuros } from "../format";
import { useFormatDate } from "../InfoGrid";
import { AddPanel, failureMessage, RemoveButton, TabItemsView, useConfirmedRemoval, useTabItems, TabTable, type RecordTabPanelProps, type TabColumn } from "../record-tab";
import { addCoverage, COVERAGE_DOMAINS, listCoverages, removeCoverage, type CoverageDomain, type CoverageRecord } from "./coveragesApi";

interface CoverageDraft {
  domain: CoverageDomain;
  insurer: string;
  product: string;
  endDate: string;
  premium: string;
}

const COLUMNS: readonly TabColumn[] = [
  { label: "adhesia.coverages.domain" },
  { label: "adhesia.coverages.insurer" },
  { label: "adhesia.coverages.product" },
  { label: "adhesia.coverages.end_date" },
  { label: "adhesia.coverages.premium", align: "right" },
];

const emptyDraft = (): CoverageDraft => ({ domain: "health", insurer: "", product: "", endDate: "", premium: "" });

const AddCoverageForm = ({ recordPath, testId, onAdded }: { recordPath: string; testId: string; onAdded: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [draft, setDraft] = useState<CoverageDraft>(emptyDraft);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof CoverageDraft) => (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: event.target.value }));

  const submit = async () => {
    setPending(true);
    setError(null);
    setErrors({});
    try {
      await addCoverage(recordPath, {
        domain: draft.domain,
        insurer: draft.insurer.trim(),
        product: draft.product.trim() || null,
        endDate: draft.endDate || null,
        annualPremiumCents: centsOf(draft.premium),
      });
      notify("adhesia.coverages.added", { type: "info" });
      setDraft(emptyDraft());
      onAdded();
    } catch (failure) {
      const problem = problemOf(failure);
      const byField: Record<string, string> = {};
      for (const entry of problem?.fieldErrors ?? []) byField[entry.path] = entry.message;
      setErrors(byField);
      if (Object.keys(byField).length === 0) setError(failureMessage(failure));
    } finally {
      setPending(false);
    }
  };

  const helper = (key: string) => (errors[key] ? { error: true, helperText: errors[key] } : {});
  return (
    <AddPanel
      title="adhesia.coverages.add"
      submitLabel="adhesia.coverages.add_button"
      canSubmit={draft.insurer.trim() !== "" && !pending}
      onSubmit={() => void submit()}
      error={error}
      testId={`${testId}-add`}
      layout={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "180px minmax(0, 2fr) minmax(0, 2fr) 170px 170px auto" }, gap: 1.5, alignItems: "start" }}
    >
      <TextField select size="small" label={translate("adhesia.coverages.domain")} value={draft.domain} onChange={set("domain")} {...helper("domain")}>
        {COVERAGE_DOMAINS.map((code) => (
          <MenuItem key={code} value={code}>
            {translate(`adhesia.coverages.domains.${code}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField size="small" required label={translate("adhesia.coverages.insurer")} value={draft.insurer} onChange={set("insurer")} slotProps={{ htmlInput: { maxLength: 200 } }} {...helper("insurer")} />
      <TextField size="small" label={translate("adhesia.coverages.product")} value={draft.product} onChange={set("product")} slotProps={{ htmlInput: { maxLength: 200 } }} {...helper("product")} />
      <TextField size="small" type="date" label={translate("adhesia.coverages.end_date")} value={draft.endDate} onChange={set("endDate")} slotProps={{ inputLabel: { shrink: true } }} {...helper("endDate")} />
      <TextField size="small" label={translate("adhesia.coverages.premium")} value={draft.premium} onChange={set("premium")} slotProps={{ htmlInput: { inputMode: "decimal" } }} {...helper("annualPremiumCents")} />
    </AddPanel>
  );
};

/**
 * Concurrence: insurance the record (person or company) holds elsewhere, soonest end first (when
 * to call back); `{testId}-add` on the form, `{testId}-row` on each line.
 */
export const CompetitorCoveragesPanel = ({ recordPath, canWrite, testId }: RecordTabPanelProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDate = useFormatDate();
  const coverages = useTabItems((signal) => listCoverages(recordPath, signal), recordPath);
  const removal = useConfirmedRemoval<CoverageRecord>({
    remove: (coverage) => removeCoverage(recordPath, coverage.id),
    removed: "adhesia.coverages.removed",
    onRemoved: coverages.reload,
    title: "adhesia.coverages.remove_title",
    content: (coverage) => translate("adhesia.coverages.remove_content", { insurer: coverage.insurer }),
  });

  return (
    <Box data-testid={testId}>
      {canWrite && <AddCoverageForm recordPath={recordPath} testId={testId} onAdded={coverages.reload} />}
      <TabItemsView state={coverages} empty="adhesia.coverages.empty">
        {(items) => (
          <TabTable columns={COLUMNS}>
              {items.map((coverage) => (
                <TableRow key={coverage.id} data-testid={`${testId}-row`}>
                  <TableCell>{translate(`adhesia.coverages.domains.${coverage.domain}`)}</TableCell>
                  <TableCell>{coverage.insurer}</TableCell>
                  <TableCell>{coverage.product}</TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>{formatDate(coverage.endDate)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                    {formatEuros(coverage.annualPremiumCents, locale)}
                  </TableCell>
                  <TableCell align="right">{canWrite && <RemoveButton label="adhesia.coverages.remove" onClick={() => removal.ask(coverage)} />}</TableCell>
                </TableRow>
              ))}
          </TabTable>
        )}
      </TabItemsView>
      {removal.dialog}
    </Box>
  );
};
