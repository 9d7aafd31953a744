import { Dialog, DialogContent, DialogTitle } from "@mui/material";
import { Form, NumberInput, SaveButton, SelectInput, TextInput, required, useTranslate } from "react-admin";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { validateCatalogueCode, validateCatalogueLabel } from "./RangeInputs";
import type { GuaranteeRecord } from "./types";
import { useDialogSave } from "../../ui/useDialogSave";

interface GuaranteeDialogProps {
  rangeId: string;
  /** The guarantee to change, or the module a new one goes in. */
  guarantee: GuaranteeRecord | { coverageModule: string };
  onClose: () => void;
}

/** Adds or changes one guarantee of a range; field refusals of the server appear under the inputs. */
export const GuaranteeDialog = ({ rangeId, guarantee, onClose }: GuaranteeDialogProps) => {
  const translate = useTranslate();
  const modules = useReferenceChoices("coverage_modules");
  const existing = "id" in guarantee ? guarantee : undefined;
  const submit = useDialogSave<GuaranteeRecord>("guarantees", existing, { rangeId }, onClose);

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate(existing ? "adhesia.catalogue.guarantees.edit" : "adhesia.catalogue.guarantees.add")}</DialogTitle>
      <DialogContent>
        <Form record={existing ?? { coverageModule: guarantee.coverageModule, sortOrder: 0 }} onSubmit={submit} resource="guarantees">
          <SelectInput source="coverageModule" choices={modules.choices([guarantee.coverageModule])} validate={required()} fullWidth />
          <TextInput source="code" validate={existing ? undefined : validateCatalogueCode} disabled={Boolean(existing)} fullWidth />
          <TextInput source="label" validate={validateCatalogueLabel} fullWidth />
          <NumberInput source="sortOrder" min={0} step={1} />
          <SaveButton alwaysEnable={false} sx={{ mt: 1 }} />
        </Form>
      </DialogContent>
    </Dialog>
  );
};
