import { Box, Dialog, DialogContent, DialogTitle, Stack, Typography } from "@mui/material";
import { ArrayInput, Form, NumberInput, SaveButton, SelectInput, SimpleFormIterator, TextInput, useTranslate } from "react-admin";
import { useReferenceChoices } from "../../ui/useReferenceData";
import type { ModuleGroup } from "./guaranteeGroups";
import { validateCatalogueCode, validateCatalogueLabel } from "./RangeInputs";
import type { FormulaRecord } from "./types";
import { useDialogSave } from "../../ui/useDialogSave";

const COVERAGE_LEVELS = [1, 2, 3, 4, 5].map((level) => ({ id: level, name: String(level) }));

interface FormulaDialogProps {
  productId: string;
  formula: FormulaRecord | null;
  /** The guarantees of the product's range, by coverage module: one level of cover each. */
  groups: ModuleGroup[];
  nextSortOrder: number;
  onClose: () => void;
}

type FormulaValues = Pick<FormulaRecord, "code" | "label" | "sortOrder" | "guaranteeLevels" | "coverageLevels" | "options">;

/** Empty levels are not levels: the server wants 1–100 characters, so they are left out. */
function cleaned(values: Partial<FormulaValues>): Partial<FormulaValues> {
  const guaranteeLevels = Object.fromEntries(Object.entries(values.guaranteeLevels ?? {}).filter(([, level]) => typeof level === "string" && level.trim() !== ""));
  const coverageLevels = Object.fromEntries(Object.entries(values.coverageLevels ?? {}).filter(([, level]) => typeof level === "number"));
  return { ...values, guaranteeLevels, coverageLevels, options: values.options ?? [] };
}

/** Creates or changes a formula: its level of cover per guarantee and a coverage level per module, module by module. */
export const FormulaDialog = ({ productId, formula, groups, nextSortOrder, onClose }: FormulaDialogProps) => {
  const translate = useTranslate();
  const modules = useReferenceChoices("coverage_modules");
  const save = useDialogSave<FormulaRecord>("formulas", formula ?? undefined, { productId }, onClose);
  const submit = (values: Partial<FormulaValues>) => save(cleaned(values));

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{translate(formula ? "adhesia.catalogue.formulas.edit" : "adhesia.catalogue.formulas.add")}</DialogTitle>
      <DialogContent>
        <Form record={formula ?? { sortOrder: nextSortOrder, guaranteeLevels: {}, coverageLevels: {}, options: [] }} onSubmit={submit} resource="formulas">
          <Box data-testid="formula-form">
            <Stack direction={{ xs: "column", md: "row" }} spacing={{ xs: 0, md: 2 }}>
              <TextInput source="code" validate={formula ? undefined : validateCatalogueCode} disabled={Boolean(formula)} sx={{ flex: 1 }} />
              <TextInput source="label" validate={validateCatalogueLabel} sx={{ flex: 2 }} />
              <NumberInput source="sortOrder" min={0} step={1} sx={{ width: 120 }} />
            </Stack>
            {groups.map((group) => (
              <Box key={group.coverageModule} component="fieldset" sx={{ border: 1, borderColor: "divider", borderRadius: 1, mb: 1.5, px: 2 }}>
                <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
                  {modules.label(group.coverageModule)}
                </Typography>
                <SelectInput
                  source={`coverageLevels.${group.coverageModule}`}
                  label="adhesia.catalogue.formulas.coverage_level"
                  choices={COVERAGE_LEVELS}
                  emptyText="adhesia.catalogue.none"
                  sx={{ width: 200 }}
                />
                {group.guarantees.map((guarantee) => (
                  <TextInput key={guarantee.id} source={`guaranteeLevels.${guarantee.id}`} label={guarantee.label} helperText={false} fullWidth placeholder="150 % BR" />
                ))}
              </Box>
            ))}
            <ArrayInput source="options" label="adhesia.catalogue.formulas.options" helperText="adhesia.catalogue.formulas.options_help">
              <SimpleFormIterator inline disableReordering>
                <TextInput source="code" validate={validateCatalogueCode} helperText={false} />
                <TextInput source="label" validate={validateCatalogueLabel} helperText={false} />
              </SimpleFormIterator>
            </ArrayInput>
            <SaveButton alwaysEnable={false} sx={{ mt: 1 }} />
          </Box>
        </Form>
      </DialogContent>
    </Dialog>
  );
};
