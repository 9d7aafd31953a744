import PrintIcon from "@mui/icons-material/Print";
import { Alert, Box, GlobalStyles, LinearProgress, Stack, Table, TableBody, TableCell, TableRow, Typography } from "@mui/material";
import { useState } from "react";
import { Button, useTranslate } from "react-admin";
import { useTabItems } from "../../ui/record-tab";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { fetchGuaranteeTable } from "./catalogueApi";
import { FormulaSelect } from "./FormulaSelect";
import type { FormulaRecord, ProductRecord } from "./types";

/** On paper, only the table: the shell (menu, bars, tabs) is hidden. */
const printStyles = (
  <GlobalStyles
    styles={{
      "@media print": {
        "body *": { visibility: "hidden" },
        "[data-print-area], [data-print-area] *": { visibility: "visible" },
        "[data-print-area]": { position: "absolute", left: 0, top: 0, width: "100%" },
        "[data-print-hidden]": { display: "none" },
      },
    }}
  />
);

/** The table of guarantees of one formula, by coverage module, as printed for a prospect. */
export const GuaranteeTablePanel = ({ product, formulas }: { product: ProductRecord; formulas: FormulaRecord[] }) => {
  const translate = useTranslate();
  const modules = useReferenceChoices("coverage_modules");
  const [formulaId, setFormulaId] = useState(formulas[0]?.id ?? "");
  const { items, failed } = useTabItems((signal) => (formulaId ? fetchGuaranteeTable(formulaId, signal).then((table) => table.modules) : Promise.resolve([])), formulaId);
  const formula = formulas.find((candidate) => candidate.id === formulaId);
  if (formulas.length === 0) return <Typography color="text.secondary">{translate("adhesia.catalogue.formulas.none")}</Typography>;
  return (
    <Box data-testid="guarantee-table">
      {printStyles}
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", mb: 2 }} data-print-hidden>
        <FormulaSelect formulas={formulas} value={formulaId} onChange={setFormulaId} testId="guarantee-table-formula" />
        <Button label="adhesia.catalogue.guarantee_table.print" onClick={() => window.print()} variant="outlined">
          <PrintIcon />
        </Button>
      </Stack>
      {failed && <Alert severity="error">{failed}</Alert>}
      {!items && !failed && <LinearProgress />}
      {items && (
        <Box data-print-area>
          <Typography variant="h6" component="h2">
            {product.label} — {formula?.label}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate("adhesia.catalogue.guarantee_table.subtitle")}
          </Typography>
          <Table size="small" sx={{ "& td, & th": { borderColor: "divider" } }}>
            {items.map((module) => (
              <TableBody key={module.coverageModule}>
                <TableRow sx={{ bgcolor: "action.hover" }}>
                  <TableCell component="th" colSpan={2} sx={{ fontWeight: 600 }}>
                    {modules.label(module.coverageModule)}
                    {module.coverageLevel !== null && ` — ${translate("adhesia.catalogue.guarantee_table.level", { level: module.coverageLevel })}`}
                  </TableCell>
                </TableRow>
                {module.guarantees.map((guarantee) => (
                  <TableRow key={guarantee.code}>
                    <TableCell>{guarantee.label}</TableCell>
                    <TableCell sx={{ width: "30%", fontWeight: 500 }}>{guarantee.level ?? "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            ))}
          </Table>
        </Box>
      )}
    </Box>
  );
};
