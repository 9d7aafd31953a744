import { Chip } from "@mui/material";
import { useTranslate } from "react-admin";
import { CONTRACT_STATUSES, type ContractStatus, type LineResult } from "./types";

const STATUS_COLORS: Record<ContractStatus, "success" | "warning" | "default"> = { active: "success", suspended: "warning", terminated: "default" };
const RESULT_COLORS: Record<LineResult, "success" | "info" | "default" | "error"> = { created: "success", updated: "info", unchanged: "default", rejected: "error" };

/** Choices of the status filter. */
export const contractStatusChoices = CONTRACT_STATUSES.map((id) => ({ id, name: `adhesia.contracts.statuses.${id}` }));

const chipSx = { height: 20, fontSize: 12 } as const;

export const ContractStatusChip = ({ status }: { status: ContractStatus }) => {
  const translate = useTranslate();
  return <Chip size="small" color={STATUS_COLORS[status]} label={translate(`adhesia.contracts.statuses.${status}`)} data-testid="contract-status" data-status={status} sx={chipSx} />;
};

/** What the import did (or would do) with one contract. */
export const LineResultChip = ({ result }: { result: LineResult }) => {
  const translate = useTranslate();
  return <Chip size="small" variant={result === "unchanged" ? "outlined" : "filled"} color={RESULT_COLORS[result]} label={translate(`adhesia.contracts.result.${result}`)} data-result={result} sx={chipSx} />;
};
