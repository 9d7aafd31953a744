import { Chip, Stack } from "@mui/material";
import { useTranslate } from "react-admin";
import { orderedCounts } from "./intakeReport";
import type { LineResult } from "./types";

const COLORS: Record<LineResult, "success" | "info" | "default" | "error"> = { created: "success", updated: "info", unchanged: "default", rejected: "error" };

/** Created, updated, unchanged, rejected: the counts of a run or of a dry run, always the four in that order. */
export const ImportCounts = ({ counters, testId }: { counters: Readonly<Record<string, number>> | null; testId: string }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap", rowGap: 0.5 }} data-testid={testId}>
      {orderedCounts(counters).map(({ result, count }) => (
        <Chip
          key={result}
          size="small"
          color={count > 0 ? COLORS[result] : "default"}
          variant={count > 0 ? "filled" : "outlined"}
          label={`${translate(`adhesia.contracts.results.${result}`)} : ${count}`}
          data-testid={`${testId}-${result}`}
          data-count={count}
        />
      ))}
    </Stack>
  );
};
