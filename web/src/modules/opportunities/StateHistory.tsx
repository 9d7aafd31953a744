import { TableCell, TableRow } from "@mui/material";
import { useTranslate } from "react-admin";
import { LocalDateField } from "../../ui/LocalDateField";
import { TabItemsView, TabTable, useTabItems, type TabColumn } from "../../ui/record-tab";
import { historyReason } from "./historyText";
import { stateHistory } from "./opportunitiesApi";
import { OpportunityStateChip } from "./StateChips";
import type { OpportunityRecord, StateChange } from "./types";

const COLUMNS: readonly TabColumn[] = [
  { label: "adhesia.opportunities.history.when" },
  { label: "adhesia.opportunities.history.who" },
  { label: "adhesia.opportunities.history.from" },
  { label: "adhesia.opportunities.history.to" },
  { label: "adhesia.opportunities.history.reason" },
];

/** Every change of the opportunity's state, oldest first: when, who, from, to, why (a quote's move in the reader's language). */
export const StateHistory = ({ opportunity, changeKey }: { opportunity: OpportunityRecord; changeKey: string }) => {
  const translate = useTranslate();
  const state = useTabItems((signal) => stateHistory(String(opportunity.id), signal), `${String(opportunity.id)}:${changeKey}`);
  const who = (change: StateChange) => change.changedByName ?? translate(change.changedBy === null ? "adhesia.opportunities.history.system" : "adhesia.opportunities.history.someone");
  return (
    <TabItemsView state={state} empty="adhesia.opportunities.history.empty">
      {(items) => (
        <TabTable columns={COLUMNS}>
          {items.map((change) => (
            <TableRow key={change.id} data-testid="history-row" data-to={change.toState}>
              <TableCell sx={{ whiteSpace: "nowrap" }}><LocalDateField record={change} source="changedAt" showTime /></TableCell>
              <TableCell>{who(change)}</TableCell>
              <TableCell>{change.fromState ? <OpportunityStateChip state={change.fromState} testId="history-from" /> : translate("adhesia.opportunities.history.creation")}</TableCell>
              <TableCell>
                <OpportunityStateChip state={change.toState} testId="history-to" />
              </TableCell>
              <TableCell data-testid="history-reason">{historyReason(change, translate)}</TableCell>
              <TableCell />
            </TableRow>
          ))}
        </TabTable>
      )}
    </TabItemsView>
  );
};
