import AddIcon from "@mui/icons-material/Add";
import DeleteIcon from "@mui/icons-material/Delete";
import EditIcon from "@mui/icons-material/Edit";
import { Box, IconButton, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from "@mui/material";
import { useState } from "react";
import { Button, useDelete, useGetList, useNotify, useTranslate } from "react-admin";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { GuaranteeDialog } from "./GuaranteeDialog";
import { groupByModule } from "./guaranteeGroups";
import type { GuaranteeRecord } from "./types";

/** The guarantees a range assembles, one table per coverage module, each addable, editable and removable. */
export const RangeGuarantees = ({ rangeId, canWrite }: { rangeId: string; canWrite: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const modules = useReferenceChoices("coverage_modules");
  const [editing, setEditing] = useState<GuaranteeRecord | { coverageModule: string } | null>(null);
  const [remove] = useDelete<GuaranteeRecord>();
  const { data, isPending } = useGetList<GuaranteeRecord>("guarantees", { filter: { rangeId }, pagination: { page: 1, perPage: 500 }, sort: { field: "sortOrder", order: "ASC" } });
  if (isPending) return <LinearProgress />;
  const moduleOrder = modules.choices().map((choice) => choice.id);
  const groups = groupByModule(data ?? [], moduleOrder);
  // Modules without guarantees yet are offered too, so that a new range can be filled module by module.
  const empty = moduleOrder.filter((module) => !groups.some((group) => group.coverageModule === module));

  const confirmRemove = (guarantee: GuaranteeRecord) => {
    if (!window.confirm(translate("adhesia.catalogue.guarantees.confirm_remove", { label: guarantee.label }))) return;
    remove("guarantees", { id: guarantee.id, previousData: guarantee }, { mutationMode: "pessimistic", onError: (error) => notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" }) });
  };

  return (
    <Box data-testid="range-guarantees">
      {groups.map((group) => (
        <Box key={group.coverageModule} sx={{ mb: 2 }} data-testid={`module-${group.coverageModule}`}>
          <Box sx={{ display: "flex", alignItems: "center" }}>
            <Typography variant="subtitle1" component="h3" sx={{ flex: 1, fontWeight: 600 }}>
              {modules.label(group.coverageModule)}
            </Typography>
            {canWrite && <Button label="adhesia.catalogue.guarantees.add" onClick={() => setEditing({ coverageModule: group.coverageModule })}><AddIcon /></Button>}
          </Box>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 200 }}>{translate("resources.guarantees.fields.code")}</TableCell>
                <TableCell>{translate("resources.guarantees.fields.label")}</TableCell>
                <TableCell sx={{ width: 80 }}>{translate("resources.guarantees.fields.sortOrder")}</TableCell>
                {canWrite && <TableCell sx={{ width: 96 }} />}
              </TableRow>
            </TableHead>
            <TableBody>
              {group.guarantees.map((guarantee) => (
                <TableRow key={guarantee.id} hover>
                  <TableCell sx={{ fontFamily: "monospace" }}>{guarantee.code}</TableCell>
                  <TableCell>{guarantee.label}</TableCell>
                  <TableCell>{guarantee.sortOrder}</TableCell>
                  {canWrite && (
                    <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                      <Tooltip title={translate("adhesia.catalogue.guarantees.edit")}>
                        <IconButton size="small" onClick={() => setEditing(guarantee)}><EditIcon fontSize="small" /></IconButton>
                      </Tooltip>
                      <Tooltip title={translate("adhesia.catalogue.guarantees.remove")}>
                        <IconButton size="small" onClick={() => confirmRemove(guarantee)}><DeleteIcon fontSize="small" /></IconButton>
                      </Tooltip>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ))}
      {groups.length === 0 && <Typography color="text.secondary">{translate("adhesia.catalogue.guarantees.none")}</Typography>}
      {canWrite && empty.length > 0 && (
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1, mt: 1 }}>
          {empty.map((module) => (
            <Button key={module} label={translate("adhesia.catalogue.guarantees.add_in", { module: modules.label(module) })} onClick={() => setEditing({ coverageModule: module })}><AddIcon /></Button>
          ))}
        </Box>
      )}
      {editing && <GuaranteeDialog rangeId={rangeId} guarantee={editing} onClose={() => setEditing(null)} />}
    </Box>
  );
};
