import AssignmentIndIcon from "@mui/icons-material/AssignmentInd";
import RuleIcon from "@mui/icons-material/Rule";
import { Box, Button, Chip, Stack } from "@mui/material";
import { useState } from "react";
import { Confirm, ReferenceField, TextField, useNotify, useRefresh, useTranslate } from "react-admin";
import { Info, InfoGrid } from "../../ui/InfoGrid";
import { AssignDialog } from "./AssignDialog";
import { resetRecordAssignment } from "./organisationApi";
import type { AssignmentTarget, RecordAssignment as Assignment } from "./types";
import { AdvisorName } from "./useAdvisors";
import { useOrganisationRights } from "./useOrganisationRights";

const label = (name: string) => `adhesia.organisation.assignment.${name}`;

/**
 * The record's market, sector, introducer and advisor, whether the rules or a person chose them;
 * « Affecter… » and « Revenir aux règles » with `assignment:write`.
 */
export const RecordAssignment = ({ target, record }: { target: AssignmentTarget; record: Assignment & { id: string | number } }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canRead, canAssign } = useOrganisationRights();
  const [assigning, setAssigning] = useState(false);
  const [resetting, setResetting] = useState(false);
  if (!canRead && !canAssign) return null;
  const recordId = String(record.id);

  const reset = async () => {
    try {
      await resetRecordAssignment(target, recordId);
      notify("adhesia.organisation.assignment.reset_done", { type: "info" });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
    } finally {
      setResetting(false);
    }
  };

  return (
    <Box sx={{ px: 2, pb: 2 }} data-testid="record-assignment" data-source={record.assignmentSource ?? ""}>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ alignItems: { md: "center" } }}>
        <Box sx={{ flex: 1 }}>
          <InfoGrid columns={5}>
            <Info label={label("market")}>{record.market}</Info>
            <Info label={label("sector")}>
              {record.sectorId && (
                <ReferenceField record={record} source="sectorId" reference="sectors" link={false}>
                  <TextField source="label" />
                </ReferenceField>
              )}
            </Info>
            <Info label={label("introducer")}>
              {record.introducerId ? (
                <span data-testid="record-introducer">
                  <ReferenceField record={record} source="introducerId" reference="introducers" link={canRead ? "show" : false}>
                    <TextField source="name" />
                  </ReferenceField>
                </span>
              ) : (
                <Chip size="small" color="warning" variant="outlined" label={translate(label("none"))} data-testid="record-unassigned" />
              )}
            </Info>
            <Info label={label("advisor")}>{record.advisorId && <AdvisorName introducerId={record.introducerId} advisorId={record.advisorId} />}</Info>
            <Info label={label("source")}>{record.assignmentSource && translate(`adhesia.organisation.sources.${record.assignmentSource}`)}</Info>
          </InfoGrid>
        </Box>
        {canAssign && (
          <Stack direction="row" spacing={1}>
            <Button size="small" variant="outlined" startIcon={<AssignmentIndIcon />} onClick={() => setAssigning(true)} data-testid="record-assign">
              {translate(label("assign"))}
            </Button>
            {record.assignmentSource === "manual" && (
              <Button size="small" startIcon={<RuleIcon />} onClick={() => setResetting(true)} data-testid="record-assignment-reset">
                {translate(label("reset"))}
              </Button>
            )}
          </Stack>
        )}
      </Stack>
      <AssignDialog
        open={assigning}
        target={target}
        recordId={recordId}
        current={{ introducerId: record.introducerId, advisorId: record.advisorId }}
        onClose={() => setAssigning(false)}
        onAssigned={refresh}
      />
      <Confirm isOpen={resetting} title={label("reset")} content={label("reset_confirm")} onConfirm={() => void reset()} onClose={() => setResetting(false)} />
    </Box>
  );
};
