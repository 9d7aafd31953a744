import ChevronLeftIcon from "@mui/icons-material/ChevronLeft";
import ChevronRightIcon from "@mui/icons-material/ChevronRight";
import TaskAltIcon from "@mui/icons-material/TaskAlt";
import { Alert, Box, Button, Card, IconButton, LinearProgress, Stack, ToggleButton, ToggleButtonGroup, Typography } from "@mui/material";
import { useMemo, useState } from "react";
import { Title, useTranslate } from "react-admin";
import { useTabItems } from "../../ui/record-tab";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { CompleteDialog } from "./CompleteDialog";
import { InteractionStateChip } from "./InteractionStateChip";
import { agendaOf } from "./interactionsApi";
import { agendaWindow, daysOf, isSameDay, shiftAnchor, type AgendaView } from "./interactionTime";
import { RecordLink } from "./RecordLink";
import type { InteractionRecord } from "./types";
import { useInstantFormat } from "./useInstantFormat";
import { useInteractionRights } from "./useInteractionRights";
import { useInteractionsChanged } from "./useInteractionsChanged";

const AgendaItem = ({ interaction, onComplete }: { interaction: InteractionRecord; onComplete?: () => void }) => {
  const translate = useTranslate();
  const format = useInstantFormat();
  const types = useReferenceChoices("interaction_types");
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: "center", py: 0.75, borderTop: 1, borderColor: "divider" }} data-testid="agenda-item">
      <Typography variant="body2" sx={{ width: 48, fontWeight: 600, flexShrink: 0 }}>
        {format.time(interaction.plannedAt)}
      </Typography>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2">
          {types.label(interaction.type)} — {interaction.subject}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          <RecordLink interaction={interaction} />
        </Typography>
      </Box>
      <InteractionStateChip interaction={interaction} />
      {onComplete && (
        <IconButton size="small" aria-label={translate("adhesia.interactions.complete.button")} title={translate("adhesia.interactions.complete.button")} onClick={onComplete}>
          <TaskAltIcon fontSize="small" />
        </IconButton>
      )}
    </Stack>
  );
};

/** « Mon agenda »: the caller's planned and done interactions of a day or a week, day by day. */
export const AgendaPage = () => {
  const translate = useTranslate();
  const format = useInstantFormat();
  const { canWrite } = useInteractionRights();
  const [view, setView] = useState<AgendaView>("week");
  const [anchor, setAnchor] = useState(() => new Date());
  const [completing, setCompleting] = useState<InteractionRecord | null>(null);
  const period = useMemo(() => agendaWindow(view, anchor), [view, anchor]);
  const { items, failed, reload } = useTabItems((signal) => agendaOf(period.from, period.to, signal), `${period.from.getTime()}-${period.to.getTime()}`);
  useInteractionsChanged(reload);

  return (
    <Box sx={{ mt: 1 }} data-testid="agenda">
      <Title title={translate("adhesia.interactions.agenda.title")} />
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 2, flexWrap: "wrap", rowGap: 1 }}>
        <ToggleButtonGroup size="small" exclusive value={view} onChange={(_event, next: AgendaView | null) => next && setView(next)}>
          <ToggleButton value="day" data-testid="agenda-day-view">{translate("adhesia.interactions.agenda.day")}</ToggleButton>
          <ToggleButton value="week" data-testid="agenda-week-view">{translate("adhesia.interactions.agenda.week")}</ToggleButton>
        </ToggleButtonGroup>
        <IconButton aria-label={translate("adhesia.interactions.agenda.previous")} onClick={() => setAnchor((current) => shiftAnchor(view, current, -1))}>
          <ChevronLeftIcon />
        </IconButton>
        <Button size="small" onClick={() => setAnchor(new Date())}>{translate("adhesia.interactions.agenda.today")}</Button>
        <IconButton aria-label={translate("adhesia.interactions.agenda.next")} onClick={() => setAnchor((current) => shiftAnchor(view, current, 1))}>
          <ChevronRightIcon />
        </IconButton>
        <Typography variant="subtitle1" data-testid="agenda-period">
          {view === "day" ? format.day(period.from) : `${format.day(period.from)} – ${format.day(new Date(period.to.getTime() - 1))}`}
        </Typography>
      </Stack>
      {failed && <Alert severity="error">{failed}</Alert>}
      {items === null && !failed && <LinearProgress />}
      {items && (
        <Stack spacing={1.5}>
          {daysOf(period).map((day) => {
            const ofDay = items.filter((item) => isSameDay(item.plannedAt, day));
            return (
              <Card key={day.getTime()} variant="outlined" sx={{ px: 2, py: 1 }} data-testid="agenda-day">
                <Typography variant="subtitle2" sx={{ "&::first-letter": { textTransform: "uppercase" }, mb: 0.5 }}>
                  {format.day(day)}
                </Typography>
                {ofDay.length === 0 ? (
                  <Typography variant="body2" color="text.secondary">
                    {translate("adhesia.interactions.agenda.free")}
                  </Typography>
                ) : (
                  ofDay.map((interaction) => (
                    <AgendaItem key={interaction.id} interaction={interaction} onComplete={canWrite && interaction.state === "planned" ? () => setCompleting(interaction) : undefined} />
                  ))
                )}
              </Card>
            );
          })}
        </Stack>
      )}
      <CompleteDialog interaction={completing} onClose={() => setCompleting(null)} />
    </Box>
  );
};
