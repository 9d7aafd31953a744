import { Box, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField } from "@mui/material";
import { useState } from "react";
import { useLocaleState, useNotify, useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { useFormatDate } from "../../ui/InfoGrid";
import { addCoverage, listCoverages, removeCoverage } from "./companiesApi";
import { centsOf } from "./companyForm";
import { formatEuros } from "./format";
import { useCompanyRights } from "./useCompanyRights";
import { AddPanel, failureMessage, RemoveButton, TabItemsView, useConfirmedRemoval, useTabItems } from "../../ui/record-tab";
import { COVERAGE_DOMAINS, type CompanyRecord, type CoverageDomain, type CoverageRecord } from "./types";

interface CoverageDraft {
  domain: CoverageDomain;
  insurer: string;
  product: string;
  endDate: string;
  premium: string;
}

const emptyDraft = (): CoverageDraft => ({ domain: "health", insurer: "", product: "", endDate: "", premium: "" });

const AddCoverageForm = ({ companyId, onAdded }: { companyId: string; onAdded: () => void }) => {
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
      await addCoverage(companyId, {
        domain: draft.domain,
        insurer: draft.insurer.trim(),
        product: draft.product.trim() || null,
        endDate: draft.endDate || null,
        annualPremiumCents: centsOf(draft.premium),
      });
      notify("adhesia.companies.coverages.added", { type: "info" });
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
      title="adhesia.companies.coverages.add"
      submitLabel="adhesia.companies.coverages.add_button"
      canSubmit={draft.insurer.trim() !== "" && !pending}
      onSubmit={() => void submit()}
      error={error}
      testId="company-coverage-add"
      layout={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "180px minmax(0, 2fr) minmax(0, 2fr) 170px 170px auto" }, gap: 1.5, alignItems: "start" }}
    >
      <TextField select size="small" label={translate("adhesia.companies.coverages.domain")} value={draft.domain} onChange={set("domain")} {...helper("domain")}>
        {COVERAGE_DOMAINS.map((code) => (
          <MenuItem key={code} value={code}>
            {translate(`adhesia.companies.coverage_domains.${code}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField size="small" required label={translate("adhesia.companies.coverages.insurer")} value={draft.insurer} onChange={set("insurer")} slotProps={{ htmlInput: { maxLength: 200 } }} {...helper("insurer")} />
      <TextField size="small" label={translate("adhesia.companies.coverages.product")} value={draft.product} onChange={set("product")} slotProps={{ htmlInput: { maxLength: 200 } }} {...helper("product")} />
      <TextField size="small" type="date" label={translate("adhesia.companies.coverages.end_date")} value={draft.endDate} onChange={set("endDate")} slotProps={{ inputLabel: { shrink: true } }} {...helper("endDate")} />
      <TextField size="small" label={translate("adhesia.companies.coverages.premium")} value={draft.premium} onChange={set("premium")} slotProps={{ htmlInput: { inputMode: "decimal" } }} {...helper("annualPremiumCents")} />
    </AddPanel>
  );
};

/** Concurrence: insurance the company holds elsewhere, soonest end first (when to call back). */
export const CompanyCoveragesTab = ({ record }: { record: CompanyRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDate = useFormatDate();
  const { canWrite } = useCompanyRights();
  const companyId = String(record.id);
  const coverages = useTabItems((signal) => listCoverages(companyId, signal), companyId);
  const removal = useConfirmedRemoval<CoverageRecord>({
    remove: (coverage) => removeCoverage(companyId, coverage.id),
    removed: "adhesia.companies.coverages.removed",
    onRemoved: coverages.reload,
    title: "adhesia.companies.coverages.remove_title",
    content: (coverage) => translate("adhesia.companies.coverages.remove_content", { insurer: coverage.insurer }),
  });

  return (
    <Box data-testid="company-coverages">
      {canWrite && <AddCoverageForm companyId={companyId} onAdded={coverages.reload} />}
      <TabItemsView state={coverages} empty="adhesia.companies.coverages.empty">
        {(items) => (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate("adhesia.companies.coverages.domain")}</TableCell>
                <TableCell>{translate("adhesia.companies.coverages.insurer")}</TableCell>
                <TableCell>{translate("adhesia.companies.coverages.product")}</TableCell>
                <TableCell>{translate("adhesia.companies.coverages.end_date")}</TableCell>
                <TableCell align="right">{translate("adhesia.companies.coverages.premium")}</TableCell>
                <TableCell align="right" />
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((coverage) => (
                <TableRow key={coverage.id} data-testid="company-coverage-row">
                  <TableCell>{translate(`adhesia.companies.coverage_domains.${coverage.domain}`)}</TableCell>
                  <TableCell>{coverage.insurer}</TableCell>
                  <TableCell>{coverage.product}</TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>{formatDate(coverage.endDate)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                    {formatEuros(coverage.annualPremiumCents, locale)}
                  </TableCell>
                  <TableCell align="right">{canWrite && <RemoveButton label="adhesia.companies.coverages.remove" onClick={() => removal.ask(coverage)} />}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </TabItemsView>
      {removal.dialog}
    </Box>
  );
};
