import { Alert, Box, Button, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { uploadFeed } from "./contractsApi";
import { FileChooser } from "./FileChooser";
import { ImportRun } from "./ImportRun";
import { useAction } from "./useAction";

/** The daily back-office feed uploaded by hand (JSON Lines): a job with progress, like the CLI import. */
export const FeedUpload = () => {
  const translate = useTranslate();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const { busy: sending, error, run } = useAction();
  const send = () => run(async () => {
    if (file) setJobId((await uploadFeed(file)).jobId);
  });
  const choose = (value: File | null) => {
    setFile(value);
    setJobId(null);
  };
  return (
    <Box data-testid="feed-upload">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate("adhesia.contracts.feed.intro")}
      </Typography>
      <Stack direction="row" spacing={1.5} sx={{ mb: 2 }}>
        <FileChooser label={translate("adhesia.contracts.feed.choose")} accept=".jsonl,.ndjson,application/x-ndjson,application/jsonl" file={file} onChange={choose} testId="feed-file" />
        <Button variant="contained" onClick={send} disabled={!file || sending || jobId !== null} data-testid="feed-send">
          {translate("adhesia.contracts.feed.send")}
        </Button>
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      {jobId && <ImportRun jobId={jobId} testId="feed-run" />}
    </Box>
  );
};
