import { Alert, Autocomplete, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Button as MuiButton, Stack, TextField, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useGetList, useGetOne, useNotify, useTranslate } from "react-admin";
import { failureMessage } from "../../ui/record-tab";
import { problemOf } from "../../app/problem";
import { assignRecord } from "./organisationApi";
import type { AssigneeRef, AssignmentTarget, IntroducerRecord } from "./types";
import { useAdvisors } from "./useAdvisors";

export interface AssignDialogProps {
  open: boolean;
  target: AssignmentTarget;
  recordId: string;
  /** The record's current assignment, offered first. */
  current?: AssigneeRef;
  onClose: () => void;
  onAssigned: () => void;
}

/** « Affecter… »: an introducer, and optionally one of its advisors; saved as a manual assignment. */
export const AssignDialog = ({ open, target, recordId, current, onClose, onAssigned }: AssignDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [introducerId, setIntroducerId] = useState<string | null>(current?.introducerId ?? null);
  const [advisorId, setAdvisorId] = useState<string>(current?.advisorId ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { data: introducers = [] } = useGetList<IntroducerRecord>("introducers", { filter: { active: true }, sort: { field: "name", order: "ASC" }, pagination: { page: 1, perPage: 100 } }, { enabled: open });
  // Read on its own: a deactivated introducer, or one past the list's first hundred, is not among `introducers`.
  const { data: currentIntroducer } = useGetOne<IntroducerRecord>("introducers", { id: current?.introducerId ?? "" }, { enabled: open && Boolean(current?.introducerId) });
  const advisors = useAdvisors(introducerId);

  useEffect(() => {
    if (!open) return;
    setIntroducerId(current?.introducerId ?? null);
    setAdvisorId(current?.advisorId ?? "");
    setError(null);
  }, [open, current?.introducerId, current?.advisorId]);

  const submit = async () => {
    if (!selected) return;
    setPending(true);
    setError(null);
    try {
      const chosen = String(selected.id);
      await assignRecord(target, recordId, advisorId ? { introducerId: chosen, advisorId } : { introducerId: chosen });
      notify("adhesia.organisation.assignment.saved", { type: "info" });
      onAssigned();
      onClose();
    } catch (failure) {
      setError(failureMessage(failure, problemOf(failure)?.fieldErrors));
    } finally {
      setPending(false);
    }
  };

  const options = currentIntroducer?.active && !introducers.some((introducer) => introducer.id === currentIntroducer.id) ? [...introducers, currentIntroducer] : introducers;
  const selected = options.find((introducer) => String(introducer.id) === introducerId) ?? null;
  // A record still assigned to a deactivated introducer: said, rather than an empty field that reads « not assigned ».
  const deactivated = currentIntroducer && !currentIntroducer.active && introducerId === String(currentIntroducer.id) ? currentIntroducer : undefined;
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth data-testid="assign-dialog">
      <DialogTitle>{translate("adhesia.organisation.assignment.assign_title")}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {translate("adhesia.organisation.assignment.assign_help")}
          </Typography>
          {deactivated && (
            <Alert severity="warning" data-testid="assign-deactivated">
              {translate("adhesia.organisation.assignment.current_deactivated", { name: deactivated.name })}
            </Alert>
          )}
          <Autocomplete<IntroducerRecord>
            options={options}
            value={selected}
            onChange={(_event, introducer) => {
              setIntroducerId(introducer ? String(introducer.id) : null);
              setAdvisorId("");
            }}
            getOptionLabel={(introducer) => `${introducer.name} (${introducer.code})`}
            groupBy={(introducer) => translate(`adhesia.organisation.kinds.${introducer.kind}`)}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            renderInput={(params) => (
              <TextField {...params} label={translate("adhesia.organisation.assignment.introducer")} slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, "data-testid": "assign-introducer" } }} />
            )}
          />
          <TextField
            select
            label={translate("adhesia.organisation.assignment.advisor")}
            value={advisorId}
            onChange={(event) => setAdvisorId(event.target.value)}
            disabled={advisors.length === 0}
            slotProps={{ htmlInput: { "data-testid": "assign-advisor" } }}
          >
            <MenuItem value="">{translate("adhesia.organisation.rules.advisor_none")}</MenuItem>
            {advisors.map((advisor) => (
              <MenuItem key={advisor.userId} value={advisor.userId}>
                {advisor.displayName}
              </MenuItem>
            ))}
          </TextField>
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate("ra.action.cancel")}</MuiButton>
        <MuiButton variant="contained" onClick={() => void submit()} disabled={!selected || pending} data-testid="assign-submit">
          {translate("adhesia.organisation.assignment.assign_button")}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
