import AddCommentIcon from "@mui/icons-material/AddComment";
import EventIcon from "@mui/icons-material/Event";
import TaskAltIcon from "@mui/icons-material/TaskAlt";
import { Box, Button, Stack, TableCell, TableRow, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { TabItemsView, TabTable, useTabItems, type TabColumn } from "../../ui/record-tab";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { CompleteDialog } from "./CompleteDialog";
import { InteractionDialog, type InteractionDialogMode } from "./InteractionDialog";
import { InteractionStateChip } from "./InteractionStateChip";
import { listInteractions } from "./interactionsApi";
import { RecordLink } from "./RecordLink";
import type { InteractionLinks, InteractionRecord } from "./types";
import { useInstantFormat } from "./useInstantFormat";
import { useInteractionRights } from "./useInteractionRights";
import { useInteractionsChanged } from "./useInteractionsChanged";

const COLUMNS: readonly TabColumn[] = [
  { label: "adhesia.interactions.fields.when" },
  { label: "adhesia.interactions.fields.type" },
  { label: "adhesia.interactions.fields.subject" },
  { label: "adhesia.interactions.fields.with" },
  { label: "adhesia.interactions.fields.advisor" },
  { label: "adhesia.interactions.fields.state" },
];

/**
 * The interactions of a person, a company or an opportunity, planned and done, newest first, with
 * « Planifier », « Enregistrer un appel » and « Réaliser » for whoever may write. Used by the
 * records' Interactions tab and by the opportunity page.
 */
export const InteractionsPanel = (links: InteractionLinks) => {
  const translate = useTranslate();
  const format = useInstantFormat();
  const types = useReferenceChoices("interaction_types");
  const { canWrite } = useInteractionRights();
  const [dialog, setDialog] = useState<InteractionDialogMode | null>(null);
  const [completing, setCompleting] = useState<InteractionRecord | null>(null);
  const state = useTabItems((signal) => listInteractions(links, signal), [links.personId, links.companyId, links.opportunityId].join("|"));
  useInteractionsChanged(state.reload);
  // On a record's tab the record itself goes without saying: show the other side only.
  const hide = links.personId ? "person" : links.companyId ? "company" : undefined;

  return (
    <Box data-testid="interactions-panel">
      {canWrite && (
        <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
          <Button variant="contained" startIcon={<EventIcon />} onClick={() => setDialog("plan")} data-testid="interactions-plan">
            {translate("adhesia.interactions.plan.button")}
          </Button>
          <Button variant="outlined" startIcon={<AddCommentIcon />} onClick={() => setDialog("log")} data-testid="interactions-log">
            {translate("adhesia.interactions.log.button")}
          </Button>
        </Stack>
      )}
      <TabItemsView state={state} empty="adhesia.interactions.empty">
        {(items) => (
          <TabTable columns={COLUMNS}>
            {items.map((interaction) => (
              <TableRow key={interaction.id} data-testid="interactions-row" data-state={interaction.state}>
                <TableCell sx={{ whiteSpace: "nowrap" }}>{format.dateTime(interaction.plannedAt)}</TableCell>
                <TableCell>{types.label(interaction.type)}</TableCell>
                <TableCell>
                  <Typography variant="body2">{interaction.subject}</Typography>
                  {(interaction.report ?? interaction.notes) && (
                    <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: "pre-line" }}>
                      {interaction.report ?? interaction.notes}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <RecordLink interaction={interaction} hide={hide} />
                </TableCell>
                <TableCell>{interaction.advisorName}</TableCell>
                <TableCell>
                  <InteractionStateChip interaction={interaction} />
                </TableCell>
                <TableCell align="right">
                  {canWrite && interaction.state === "planned" && (
                    <Button size="small" startIcon={<TaskAltIcon />} onClick={() => setCompleting(interaction)} data-testid="interaction-complete">
                      {translate("adhesia.interactions.complete.button")}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TabTable>
        )}
      </TabItemsView>
      <InteractionDialog open={dialog !== null} mode={dialog ?? "plan"} links={links} onClose={() => setDialog(null)} />
      <CompleteDialog interaction={completing} onClose={() => setCompleting(null)} />
    </Box>
  );
};
