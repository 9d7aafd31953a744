import { Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Button as MuiButton } from "@mui/material";
import { useTranslate } from "react-admin";
import { useFormatDate } from "../../ui/InfoGrid";
import { TabItemsView, useTabItems } from "../../ui/record-tab";
import { listMemberships } from "./organisationApi";
import type { AdvisorEntry, MembershipEntry } from "./types";

const MembershipList = ({ memberships }: { memberships: MembershipEntry[] }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  return (
    <List dense disablePadding data-testid="advisor-history">
      {memberships.map((entry) => (
        <ListItem key={entry.id} divider>
          <ListItemText
            primary={entry.introducerName}
            secondary={translate("adhesia.organisation.advisors.period", {
              from: formatDate(entry.startedAt),
              to: entry.endedAt ? formatDate(entry.endedAt) : translate("adhesia.organisation.advisors.history_current"),
            })}
          />
        </ListItem>
      ))}
    </List>
  );
};

const HistoryContent = ({ userId }: { userId: string }) => {
  const memberships = useTabItems((signal) => listMemberships(userId, signal), userId);
  return (
    <TabItemsView state={memberships} empty="adhesia.organisation.advisors.history_none">
      {(items) => <MembershipList memberships={items} />}
    </TabItemsView>
  );
};

/** The introducers an advisor belonged to, most recent first as the server sends them. */
export const AdvisorHistoryDialog = ({ advisor, onClose }: { advisor: AdvisorEntry | null; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <Dialog open={advisor !== null} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{advisor ? translate("adhesia.organisation.advisors.history_title", { name: advisor.displayName }) : ""}</DialogTitle>
      <DialogContent>{advisor && <HistoryContent userId={advisor.userId} />}</DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate("adhesia.common.close")}</MuiButton>
      </DialogActions>
    </Dialog>
  );
};
