import { Button, Stack } from "@mui/material";
import { useState } from "react";
import { Link, useCreatePath, useTranslate } from "react-admin";
import { JobProgress, type Job } from "../jobs";
import { ImportCounts } from "./ImportCounts";
import { useContractRights } from "./useContractRights";

/** An import job under way: its progress bar, then its counts, its files (result, errors) and the way to the contracts. */
export const ImportRun = ({ jobId, testId }: { jobId: string; testId: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canRead } = useContractRights();
  const [finished, setFinished] = useState<Job | null>(null);
  return (
    <Stack spacing={1.5} data-testid={testId}>
      <JobProgress jobId={jobId} onFinished={setFinished} />
      {finished?.state === "succeeded" && (
        <>
          <ImportCounts counters={finished.counters} testId={`${testId}-counts`} />
          {canRead && (
            <Button component={Link} to={createPath({ resource: "contracts", type: "list" })} variant="outlined" sx={{ alignSelf: "flex-start" }} data-testid={`${testId}-contracts`}>
              {translate("adhesia.contracts.intake.see_contracts")}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
};
