import { Alert, Box, Button, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { confirmIntake, previewIntake } from "./contractsApi";
import { FileChooser } from "./FileChooser";
import { ImportRun } from "./ImportRun";
import { hasImportableLines } from "./intakeReport";
import { IntakePreviewView } from "./IntakePreviewView";
import { useAction } from "./useAction";
import { INTAKE_FILES, type IntakeFile, type IntakePreview } from "./types";

const SPREADSHEETS = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
type Chosen = Record<IntakeFile, File | null>;
const NONE: Chosen = { holders: null, contracts: null, beneficiaries: null };

const allChosen = (chosen: Chosen): chosen is Record<IntakeFile, File> => INTAKE_FILES.every((file) => chosen[file] !== null);

/**
 * The 3-file intake: choose the holders, contracts and beneficiaries files, run the dry run and read
 * what would be created, updated or rejected and why, then confirm: the import runs as a job.
 */
export const IntakeWizard = () => {
  const translate = useTranslate();
  const [chosen, setChosen] = useState<Chosen>(NONE);
  const [preview, setPreview] = useState<IntakePreview | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const { busy, error, run, clearError } = useAction();

  const simulate = () => run(async () => {
    if (allChosen(chosen)) setPreview(await previewIntake(chosen));
  });
  const confirm = () => run(async () => {
    if (preview) setJobId((await confirmIntake(preview.batchId)).jobId);
  });
  const restart = () => {
    setChosen(NONE);
    setPreview(null);
    setJobId(null);
    clearError();
  };
  const choose = (file: IntakeFile) => (value: File | null) => {
    setChosen((current) => ({ ...current, [file]: value }));
    setPreview(null);
  };

  return (
    <Box data-testid="intake-wizard">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate("adhesia.contracts.intake.intro")}
      </Typography>
      <Stack direction={{ xs: "column", md: "row" }} spacing={1.5} sx={{ mb: 2 }}>
        {INTAKE_FILES.map((file) => (
          <FileChooser
            key={file}
            label={translate("adhesia.contracts.intake.choose", { file: translate(`adhesia.contracts.files.${file}`).toLowerCase() })}
            chosenLabel={translate(`adhesia.contracts.files.${file}`)}
            accept={SPREADSHEETS}
            file={chosen[file]}
            onChange={choose(file)}
            testId={`intake-file-${file}`}
            disabled={jobId !== null}
          />
        ))}
      </Stack>
      {!preview && (
        <Button variant="contained" onClick={simulate} disabled={!allChosen(chosen) || busy} data-testid="intake-preview-button">
          {translate(busy ? "adhesia.contracts.intake.previewing" : "adhesia.contracts.intake.preview")}
        </Button>
      )}
      {error && <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert>}
      {preview && (
        <Box sx={{ mt: 2 }}>
          <IntakePreviewView preview={preview} />
          {!hasImportableLines(preview) && <Alert severity="warning" sx={{ mt: 2 }}>{translate("adhesia.contracts.intake.nothing_to_import")}</Alert>}
          <Stack direction="row" spacing={1.5} sx={{ mt: 2 }}>
            {!jobId && (
              <Button variant="contained" onClick={confirm} disabled={busy || !hasImportableLines(preview)} data-testid="intake-confirm">
                {translate("adhesia.contracts.intake.confirm")}
              </Button>
            )}
            <Button onClick={restart} disabled={busy} data-testid="intake-restart">
              {translate("adhesia.contracts.intake.restart")}
            </Button>
          </Stack>
        </Box>
      )}
      {jobId && (
        <Box sx={{ mt: 2 }}>
          <ImportRun jobId={jobId} testId="intake-run" />
        </Box>
      )}
    </Box>
  );
};
