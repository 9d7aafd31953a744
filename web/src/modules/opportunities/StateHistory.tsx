import { TableCell, TableRow } from "@mui/material";
import { useTranslate } from "react-admin";
import { LocalDateField } from "../../ui/LocalDateField";
import { TabItemsView, TabTable, useTabItems, type TabColumn } from "../../ui/record-tab";
import { useAdvisors } from "../organisation";
import { stateHistory } from "./opportunitiesApi";
import { OpportunityStateChip } from "./StateChips";
import type { OpportunityRecord } from "./types";

const COLUMNS: readonly TabColumn[] = [
  { label: "adhesia.opportunities.history.when" },
  { label: "adhesia.opportunities.history.who" },
  { label: "adhesia.opportunities.history.from" },
  { label: "adhesia.opportunities.history.to" },
  { label: "adhesia.opportunities.history.reason" },
];

/** Every change of the opportunity's state, oldest first: when, who (named when an advisor of its introducer), from, to, why. */
export const StateHistory = ({ opportunity, changeKey }: { opportunity: OpportunityRecord; changeKey: string }) => {
  const translate = useTranslate();
  const advisors = useAdvisors(opportunity.introducerId);
  const state = useTabItems((signal) => stateHistory(String(opportunity.id), signal), `${String(opportunity.id)}:${changeKey}`);
  const who = (userId: string | null) =>
    userId === null ? translate("adhesia.opportunities.history.system") : (advisors.find((advisor) => advisor.userId === userId)?.displayName ?? translate("adhesia.opportunities.history.someone"));
  return (
    <TabItemsView state={state} empty="adhesia.opportunities.history.empty">
      {(items) => (
        <TabTable columns={COLUMNS}>
          {items.map((change) => (
            <TableRow key={change.id} data-testid="history-row" data-to={change.toState}>
              <TableCell sx={{ whiteSpace: "nowrap" }}><LocalDateField record={change} source="changedAt" showTime /></TableCell>
              <TableCell>{who(change.changedBy)}</TableCell>
              <TableCell>{change.fromState ? <OpportunityStateChip state={change.fromState} testId="history-from" /> : translate("adhesia.opportunities.history.creation")}</TableCell>
              <TableCell>
                <OpportunityStateChip state={change.toState} testId="history-to" />
              </TableCell>
              <TableCell>{change.reason}</TableCell>
              <TableCell />
            </TableRow>
          ))}
        </TabTable>
      )}
    </TabItemsView>
  );
};
