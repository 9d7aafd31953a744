import HistoryIcon from "@mui/icons-material/History";
import { Box, IconButton, List, ListItem, ListItemText, Stack, Tooltip, Typography } from "@mui/material";
import { useCallback, useState } from "react";
import { useTranslate } from "react-admin";
import { useFormatDate } from "../../ui/InfoGrid";
import { AddPanel, RemoveButton, TabItemsView, useConfirmedRemoval, usePickedAddition, useTabItems } from "../../ui/record-tab";
import { RecordPicker } from "../../ui/RecordPicker";
import { AdvisorHistoryDialog } from "./AdvisorHistoryDialog";
import { attachAdvisor, detachAdvisor, listAdvisors, searchUsers, type UserOption } from "./organisationApi";
import type { AdvisorEntry } from "./types";
import { forgetAdvisors } from "./useAdvisors";

/** Attaching a user: one already attached elsewhere moves here (the server closes their previous membership). */
const AttachAdvisorForm = ({ introducerId, onAttached }: { introducerId: string; onAttached: () => void }) => {
  const translate = useTranslate();
  const addition = usePickedAddition<UserOption>((user) => attachAdvisor(introducerId, user.id), "adhesia.organisation.advisors.attached", onAttached);
  const search = useCallback((q: string, signal: AbortSignal) => searchUsers(q, signal), []);

  return (
    <AddPanel
      title="adhesia.organisation.advisors.attach"
      submitLabel="adhesia.organisation.advisors.attach_button"
      testId="advisor-attach"
      {...addition.panel}
    >
      <RecordPicker<UserOption>
        search={search}
        value={addition.picked}
        onChange={addition.pick}
        getKey={(option) => option.id}
        getLabel={(option) => option.displayName}
        getSecondary={(option) => option.email}
        label="adhesia.organisation.advisors.user"
        testId="advisor-user-input"
      />
      <Typography variant="caption" color="text.secondary" sx={{ alignSelf: "center", maxWidth: 360 }}>
        {translate("adhesia.organisation.advisors.move_notice")}
      </Typography>
    </AddPanel>
  );
};

/** The introducer's current advisors: attach (or move here), detach, and each one's history. */
export const IntroducerAdvisors = ({ introducerId, canWrite, canPickUsers }: { introducerId: string; canWrite: boolean; canPickUsers: boolean }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const advisors = useTabItems((signal) => listAdvisors(introducerId, signal), introducerId);
  const reload = () => {
    forgetAdvisors(introducerId);
    advisors.reload();
  };
  const [historyOf, setHistoryOf] = useState<AdvisorEntry | null>(null);
  const removal = useConfirmedRemoval<AdvisorEntry>({
    remove: (advisor) => detachAdvisor(introducerId, advisor.userId),
    removed: "adhesia.organisation.advisors.detached",
    onRemoved: reload,
    title: "adhesia.organisation.advisors.detach",
    content: (advisor) => translate("adhesia.organisation.advisors.detach_confirm", { name: advisor.displayName }),
  });

  return (
    <Box data-testid="introducer-advisors">
      {canWrite && canPickUsers && <AttachAdvisorForm introducerId={introducerId} onAttached={reload} />}
      <TabItemsView state={advisors} empty="adhesia.organisation.advisors.none">
        {(items) => (
          <List dense disablePadding>
            {items.map((advisor) => (
              <ListItem
                key={advisor.userId}
                divider
                data-testid="advisor-item"
                secondaryAction={
                  <Stack direction="row" spacing={0.5}>
                    <Tooltip title={translate("adhesia.organisation.advisors.history")}>
                      <IconButton size="small" aria-label={translate("adhesia.organisation.advisors.history")} onClick={() => setHistoryOf(advisor)}>
                        <HistoryIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    {canWrite && <RemoveButton edge="end" label="adhesia.organisation.advisors.detach" onClick={() => removal.ask(advisor)} />}
                  </Stack>
                }
              >
                <ListItemText
                  primary={advisor.displayName}
                  secondary={[advisor.email, translate("adhesia.organisation.advisors.since", { date: formatDate(advisor.since) })].join(" · ")}
                />
              </ListItem>
            ))}
          </List>
        )}
      </TabItemsView>
      {removal.dialog}
      <AdvisorHistoryDialog advisor={historyOf} onClose={() => setHistoryOf(null)} />
    </Box>
  );
};
