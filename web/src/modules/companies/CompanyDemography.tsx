import DownloadIcon from "@mui/icons-material/Download";
import TableChartIcon from "@mui/icons-material/TableChartOutlined";
import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useLocaleState, useNotify, usePermissions, useTranslate } from "react-admin";
import { DropZone } from "../../ui/attachments/DropZone";
import { formatSize } from "../../ui/format";
import { listDemographies, uploadDemography } from "./companiesApi";
import { useCompanyRights } from "./useCompanyRights";
import type { CompanyRecord, DemographyRecord } from "./types";

/** What the server takes as demography: a spreadsheet (415 company.demography_not_spreadsheet otherwise). */
const SPREADSHEETS = ".xlsx,.csv";

type Latest = { state: "loading" } | { state: "none" } | { state: "found"; file: DemographyRecord } | { state: "failed"; message: string };

/** "12 mars 2026 à 14:05" in the UI language. */
function useFormatInstant(): (value: string) => string {
  const [locale] = useLocaleState();
  return (value) => new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", { dateStyle: "long", timeStyle: "short" }).format(new Date(value));
}

/**
 * Démographie: each mutual keeps its own nomenclature of demographic parameters, so the tab keeps
 * the spreadsheet form as uploaded; it shows the latest one, with its upload date and a download link.
 */
export const CompanyDemographyTab = ({ record }: { record: CompanyRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const formatInstant = useFormatInstant();
  const { canWrite } = useCompanyRights();
  const { permissions } = usePermissions<string[]>();
  const canReadFiles = permissions?.includes("file:read") ?? false;
  const companyId = String(record.id);
  const [latest, setLatest] = useState<Latest>({ state: "loading" });
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    listDemographies(companyId, controller.signal)
      .then(([file]) => setLatest(file ? { state: "found", file } : { state: "none" }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLatest({ state: "failed", message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [companyId, version]);

  const upload = async (files: File[]) => {
    const [file] = files;
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    try {
      await uploadDemography(companyId, file);
      notify("adhesia.companies.demography.uploaded", { type: "info" });
      setVersion((value) => value + 1);
    } catch (error) {
      setUploadError(`${file.name} : ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setUploading(false);
    }
  };

  return (
    <Box data-testid="company-demography">
      {latest.state === "loading" && <LinearProgress sx={{ mb: 2 }} />}
      {latest.state === "failed" && <Alert severity="error" sx={{ mb: 2 }}>{latest.message}</Alert>}
      {latest.state === "none" && (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {translate("adhesia.companies.demography.none")}
        </Typography>
      )}
      {latest.state === "found" && (
        <Paper variant="outlined" sx={{ p: 1.5, mb: 2 }} data-testid="company-demography-latest">
          <Stack direction="row" spacing={1.5} sx={{ alignItems: "center" }}>
            <TableChartIcon color="success" />
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="caption" color="text.secondary" component="div">
                {translate("adhesia.companies.demography.latest")}
              </Typography>
              <Typography variant="body2" sx={{ fontWeight: 500, wordBreak: "break-word" }}>
                {latest.file.name}
              </Typography>
              <Typography variant="caption" color="text.secondary" data-testid="company-demography-date">
                {translate("adhesia.companies.demography.uploaded_at", { date: formatInstant(latest.file.uploadedAt) })} · {formatSize(latest.file.sizeBytes, locale)}
              </Typography>
            </Box>
            {canReadFiles && (
              <Button variant="outlined" size="small" startIcon={<DownloadIcon />} href={latest.file.downloadUrl} download={latest.file.name}>
                {translate("adhesia.companies.demography.download")}
              </Button>
            )}
          </Stack>
        </Paper>
      )}
      {canWrite && (
        <DropZone
          onFiles={(files) => void upload(files)}
          busy={uploading}
          accept={SPREADSHEETS}
          multiple={false}
          hint="adhesia.companies.demography.hint"
          dropLabel="adhesia.companies.demography.drop"
          chooseLabel="adhesia.companies.demography.choose"
          testId="demography"
        />
      )}
      {uploading && <LinearProgress sx={{ mb: 2 }} />}
      {uploadError && (
        <Alert severity="error" onClose={() => setUploadError(null)}>
          {uploadError}
        </Alert>
      )}
    </Box>
  );
};
