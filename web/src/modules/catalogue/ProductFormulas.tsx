import AddIcon from "@mui/icons-material/Add";
import DeleteIcon from "@mui/icons-material/Delete";
import EditIcon from "@mui/icons-material/Edit";
import { Box, IconButton, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from "@mui/material";
import { useState } from "react";
import { Button, useDelete, useNotify, useTranslate } from "react-admin";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { FormulaDialog } from "./FormulaDialog";
import type { ModuleGroup } from "./guaranteeGroups";
import type { FormulaRecord } from "./types";

interface ProductFormulasProps {
  productId: string;
  formulas: FormulaRecord[];
  groups: ModuleGroup[];
  isPending: boolean;
  canWrite: boolean;
}

/** The formulas of a product in display order, with their coverage levels per module and optional modules. */
export const ProductFormulas = ({ productId, formulas, groups, isPending, canWrite }: ProductFormulasProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const modules = useReferenceChoices("coverage_modules");
  const [editing, setEditing] = useState<FormulaRecord | "new" | null>(null);
  const [remove] = useDelete<FormulaRecord>();
  if (isPending) return <LinearProgress />;

  const confirmRemove = (formula: FormulaRecord) => {
    if (!window.confirm(translate("adhesia.catalogue.formulas.confirm_remove", { label: formula.label }))) return;
    remove("formulas", { id: formula.id, previousData: formula }, { mutationMode: "pessimistic", onError: (error) => notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" }) });
  };

  return (
    <Box data-testid="product-formulas">
      {canWrite && (
        <Box sx={{ display: "flex", justifyContent: "flex-end" }}>
          <Button label="adhesia.catalogue.formulas.add" onClick={() => setEditing("new")}><AddIcon /></Button>
        </Box>
      )}
      {formulas.length === 0 ? (
        <Typography color="text.secondary">{translate("adhesia.catalogue.formulas.none")}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate("resources.formulas.fields.code")}</TableCell>
              <TableCell>{translate("resources.formulas.fields.label")}</TableCell>
              {groups.map((group) => (
                <TableCell key={group.coverageModule} align="center">{modules.label(group.coverageModule)}</TableCell>
              ))}
              <TableCell>{translate("adhesia.catalogue.formulas.options")}</TableCell>
              {canWrite && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {formulas.map((formula) => (
              <TableRow key={formula.id} hover data-testid={`formula-${formula.code}`}>
                <TableCell sx={{ fontFamily: "monospace" }}>{formula.code}</TableCell>
                <TableCell>{formula.label}</TableCell>
                {groups.map((group) => (
                  <TableCell key={group.coverageModule} align="center">{formula.coverageLevels[group.coverageModule] ?? "—"}</TableCell>
                ))}
                <TableCell>{formula.options.map((option) => option.label).join(", ")}</TableCell>
                {canWrite && (
                  <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                    <Tooltip title={translate("adhesia.catalogue.formulas.edit")}>
                      <IconButton size="small" onClick={() => setEditing(formula)}><EditIcon fontSize="small" /></IconButton>
                    </Tooltip>
                    <Tooltip title={translate("adhesia.catalogue.formulas.remove")}>
                      <IconButton size="small" onClick={() => confirmRemove(formula)}><DeleteIcon fontSize="small" /></IconButton>
                    </Tooltip>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && (
        <FormulaDialog
          productId={productId}
          formula={editing === "new" ? null : editing}
          groups={groups}
          nextSortOrder={Math.max(-1, ...formulas.map((formula) => formula.sortOrder)) + 1}
          onClose={() => setEditing(null)}
        />
      )}
    </Box>
  );
};
