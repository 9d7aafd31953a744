import AddIcon from "@mui/icons-material/Add";
import DeleteOutlineIcon from "@mui/icons-material/DeleteOutlined";
import { Alert, Box, Button, IconButton, LinearProgress, MenuItem, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from "@mui/material";
import { useState } from "react";
import { Confirm, useLocaleState, useNotify, useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { useFormatDate } from "../../ui/InfoGrid";
import { addCoverage, listCoverages, removeCoverage } from "./companiesApi";
import { centsOf } from "./companyForm";
import { formatEuros } from "./format";
import { useCompanyRights } from "./useCompanyRights";
import { failureMessage, useTabItems } from "./useTabItems";
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
    <Paper variant="outlined" sx={{ p: 1.5, mb: 2 }} component="form" onSubmit={(event) => { event.preventDefault(); void submit(); }} data-testid="company-coverage-add">
      <Typography variant="subtitle2" gutterBottom>
        {translate("adhesia.companies.coverages.add")}
      </Typography>
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "180px minmax(0, 2fr) minmax(0, 2fr) 170px 170px auto" }, gap: 1.5, alignItems: "start" }}>
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
        <Button type="submit" variant="contained" startIcon={<AddIcon />} disabled={draft.insurer.trim() === "" || pending} sx={{ mt: 0.25 }}>
          {translate("adhesia.companies.coverages.add_button")}
        </Button>
      </Box>
      {error && <Alert severity="error" sx={{ mt: 1 }}>{error}</Alert>}
    </Paper>
  );
};

/** Concurrence: insurance the company holds elsewhere, soonest end first (when to call back). */
export const CompanyCoveragesTab = ({ record }: { record: CompanyRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const formatDate = useFormatDate();
  const { canWrite } = useCompanyRights();
  const companyId = String(record.id);
  const { items: coverages, failed, reload } = useTabItems((signal) => listCoverages(companyId, signal), companyId);
  const [removing, setRemoving] = useState<CoverageRecord | null>(null);

  const remove = async () => {
    if (!removing) return;
    try {
      await removeCoverage(companyId, removing.id);
      notify("adhesia.companies.coverages.removed", { type: "info" });
      reload();
    } catch (error) {
      notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Box data-testid="company-coverages">
      {canWrite && <AddCoverageForm companyId={companyId} onAdded={reload} />}
      {failed && <Alert severity="error">{failed}</Alert>}
      {coverages === null && !failed && <LinearProgress />}
      {coverages?.length === 0 && <Typography color="text.secondary">{translate("adhesia.companies.coverages.empty")}</Typography>}
      {coverages && coverages.length > 0 && (
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
            {coverages.map((coverage) => (
              <TableRow key={coverage.id} data-testid="company-coverage-row">
                <TableCell>{translate(`adhesia.companies.coverage_domains.${coverage.domain}`)}</TableCell>
                <TableCell>{coverage.insurer}</TableCell>
                <TableCell>{coverage.product}</TableCell>
                <TableCell sx={{ whiteSpace: "nowrap" }}>{formatDate(coverage.endDate)}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                  {formatEuros(coverage.annualPremiumCents, locale)}
                </TableCell>
                <TableCell align="right">
                  {canWrite && (
                    <Tooltip title={translate("adhesia.companies.coverages.remove")}>
                      <IconButton size="small" aria-label={translate("adhesia.companies.coverages.remove")} onClick={() => setRemoving(coverage)}>
                        <DeleteOutlineIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Confirm
        isOpen={removing !== null}
        title="adhesia.companies.coverages.remove_title"
        content={translate("adhesia.companies.coverages.remove_content", { insurer: removing?.insurer ?? "" })}
        onConfirm={remove}
        onClose={() => setRemoving(null)}
      />
    </Box>
  );
};
