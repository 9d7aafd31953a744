import EditIcon from "@mui/icons-material/Edit";
import { Dialog, DialogContent, DialogTitle, Stack } from "@mui/material";
import { useState } from "react";
import { Button, Form, NumberInput, required, SaveButton, TextInput, useCanAccess, useTranslate } from "react-admin";
import { useDialogSave } from "../../ui/useDialogSave";
import type { ReferenceValueRecord } from "./types";

/** The code is fixed once created; the labels and the order change (PATCH with the value's version). */
const ReferenceValueDialog = ({ record, onClose }: { record: ReferenceValueRecord; onClose: () => void }) => {
  const translate = useTranslate();
  const save = useDialogSave<ReferenceValueRecord>("reference-values", record, {}, onClose);
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate("adhesia.reference.edit_value", { code: record.code })}</DialogTitle>
      <DialogContent>
        <Form record={record} onSubmit={save} resource="reference-values">
          <Stack spacing={0} data-testid="reference-value-edit">
            <TextInput source="labelFr" validate={required()} fullWidth />
            <TextInput source="labelEn" validate={required()} fullWidth />
            <NumberInput source="sortOrder" min={0} step={1} sx={{ width: 120 }} />
            <SaveButton />
          </Stack>
        </Form>
      </DialogContent>
    </Dialog>
  );
};

/** Opens the value's labels and order for those who may write reference data. */
export const ReferenceValueEditButton = ({ record }: { record: ReferenceValueRecord }) => {
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: "reference-values", action: "edit" });
  if (!canAccess) return null;
  return (
    <>
      <Button
        label="ra.action.edit"
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        <EditIcon />
      </Button>
      {open && <ReferenceValueDialog record={record} onClose={() => setOpen(false)} />}
    </>
  );
};
