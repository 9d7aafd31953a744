import { Box, Card, CardContent, LinearProgress, Typography } from "@mui/material";
import { ShowBase, Title, useRecordContext, useTranslate } from "react-admin";
import { Info, InfoGrid } from "../../ui/InfoGrid";
import { LocalDateField } from "../../ui/LocalDateField";
import { SectionTitle } from "../../ui/Sections";
import { JobProgress } from "../jobs";
import { ImportCounts } from "./ImportCounts";
import { RunAuthor, RunFiles, RunStateChip } from "./RunParts";
import type { ImportBatchRecord } from "./types";

const label = (name: string) => `adhesia.contracts.history.${name}`;

const ImportBatchShowView = () => {
  const batch = useRecordContext<ImportBatchRecord>();
  const translate = useTranslate();
  if (!batch) return <LinearProgress sx={{ mt: 2 }} />;
  const running = batch.jobId !== null && (batch.state === "queued" || batch.state === "running");
  return (
    <Box sx={{ mt: 1 }} data-testid="import-batch-show">
      <Title title={label("detail")} />
      <Card>
        <CardContent>
          <Box sx={{ display: "flex", gap: 1.5, alignItems: "center", mb: 2 }}>
            <Typography variant="h6" component="h1">
              {translate(`adhesia.contracts.kinds.${batch.kind}`)} — <LocalDateField record={batch} source="createdAt" showTime />
            </Typography>
            <RunStateChip batch={batch} />
          </Box>
          <InfoGrid columns={4}>
            <Info label="resources.contract-import-batches.fields.createdByName"><RunAuthor batch={batch} /></Info>
            <Info label={label("channel")}>{translate(`adhesia.contracts.channels.${batch.channel}`)}</Info>
            <Info label={label("confirmed_at")}>{batch.confirmedAt && <LocalDateField record={batch} source="confirmedAt" showTime />}</Info>
            <Info label={label("finished_at")}>{batch.finishedAt && <LocalDateField record={batch} source="finishedAt" showTime />}</Info>
          </InfoGrid>
          {batch.preview && (
            <>
              <SectionTitle title={label("preview_counts")} />
              <ImportCounts counters={batch.preview} testId="run-preview-counts" />
            </>
          )}
          {batch.jobId && (
            <>
              <SectionTitle title={label("job")} />
              {running ? <JobProgress jobId={batch.jobId} /> : <ImportCounts counters={batch.counters} testId="run-counts" />}
            </>
          )}
          <SectionTitle title={label("input_files")} />
          <RunFiles batch={batch} />
        </CardContent>
      </Card>
    </Box>
  );
};

/** /contract-import-batches/:id/show: one run, who and when, its dry run and job counts, every file to download. */
export const ImportBatchShow = () => (
  <ShowBase>
    <ImportBatchShowView />
  </ShowBase>
);
