import AssignmentIndIcon from "@mui/icons-material/AssignmentInd";
import { Box, Button, Card, Tab, Tabs, Typography } from "@mui/material";
import { useState } from "react";
import { DataTable, ListBase, Pagination, Title, useRefresh, useTranslate } from "react-admin";
import { useFormatDate } from "../../ui/InfoGrid";
import { AssignDialog } from "./AssignDialog";
import type { AssignmentTarget, UnassignedItem } from "./types";
import { useOrganisationRights } from "./useOrganisationRights";

const TARGETS: readonly AssignmentTarget[] = ["person", "company"];
const showPath = (item: UnassignedItem) => `/${item.target === "person" ? "persons" : "companies"}/${encodeURIComponent(item.id)}/show`;

const QueueTable = ({ target, onAssign, canAssign }: { target: AssignmentTarget; onAssign: (item: UnassignedItem) => void; canAssign: boolean }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  return (
    <ListBase resource="assignments/unassigned" filter={{ target }} sort={{ field: "createdAt", order: "DESC" }} perPage={25} disableSyncWithLocation>
      <DataTable<UnassignedItem> rowClick={(_id, _resource, record) => showPath(record)} bulkActionButtons={false} empty={<Typography sx={{ p: 2 }} color="text.secondary">{translate("adhesia.organisation.unassigned.empty")}</Typography>} data-testid="unassigned-list">
        <DataTable.Col source="displayName" disableSort label="adhesia.organisation.unassigned.display_name" />
        <DataTable.Col source="market" disableSort label="adhesia.organisation.assignment.market" />
        <DataTable.Col source="postalCode" disableSort label="resources.assignment-rules.fields.postalCode" />
        <DataTable.Col<UnassignedItem> source="createdAt" disableSort label="adhesia.organisation.unassigned.created_at" render={(item) => formatDate(item.createdAt)} />
        {canAssign && (
          <DataTable.Col<UnassignedItem>
            label=""
            disableSort
            render={(item) => (
              <Button
                size="small"
                startIcon={<AssignmentIndIcon />}
                onClick={(event) => {
                  event.stopPropagation();
                  onAssign(item);
                }}
                data-testid="unassigned-assign"
              >
                {translate("adhesia.organisation.assignment.assign")}
              </Button>
            )}
          />
        )}
      </DataTable>
      <Pagination rowsPerPageOptions={[25, 50, 100]} />
    </ListBase>
  );
};

/** « Fiches non affectées »: persons and companies without an introducer, newest first (the server's order), each with a quick « Affecter… ». */
export const UnassignedQueue = () => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const { canAssign } = useOrganisationRights();
  const [target, setTarget] = useState<AssignmentTarget>("person");
  const [assigning, setAssigning] = useState<UnassignedItem | null>(null);
  return (
    <Box sx={{ mt: 1 }} data-testid="unassigned-queue">
      <Title title={translate("adhesia.organisation.unassigned.title")} />
      <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
        {translate("adhesia.organisation.unassigned.help")}
      </Typography>
      <Card>
        <Tabs value={target} onChange={(_event, next: AssignmentTarget) => setTarget(next)} sx={{ borderBottom: 1, borderColor: "divider" }}>
          {TARGETS.map((value) => (
            <Tab key={value} value={value} label={translate(`adhesia.organisation.unassigned.targets.${value}`)} />
          ))}
        </Tabs>
        <QueueTable key={target} target={target} onAssign={setAssigning} canAssign={canAssign} />
      </Card>
      {assigning && <AssignDialog open target={assigning.target} recordId={assigning.id} onClose={() => setAssigning(null)} onAssigned={refresh} />}
    </Box>
  );
};
