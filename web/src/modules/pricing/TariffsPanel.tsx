import FileDownloadIcon from "@mui/icons-material/FileDownload";
import SaveIcon from "@mui/icons-material/Save";
import UndoIcon from "@mui/icons-material/Undo";
import { Alert, Box, Chip, LinearProgress, MenuItem, Button as MuiButton, Stack, TextField, Typography } from "@mui/material";
import { useMemo, useState } from "react";
import { Button, useLocaleState, useNotify, useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { localToday } from "../../ui/format";
import { useFormatDate } from "../../ui/InfoGrid";
import { useTabItems } from "../../ui/record-tab";
import { createTariff, listTariffs, tariffExportUrl } from "./pricingApi";
import { SaveVersionDialog } from "./SaveVersionDialog";
import { TariffGrid } from "./TariffGrid";
import { decimalSeparator, gridToTariff, tariffToGrid, versionInForce, type GridRow } from "./tariffGrid";
import { TariffImportButton } from "./TariffImportButton";
import { TariffVersionSettings } from "./TariffVersionSettings";
import type { FormulaRef, TariffVersion } from "./types";

interface TariffsPanelProps {
  productId: string;
  formulas: FormulaRef[];
  canWrite: boolean;
}

/** The grid of one version, editable; saving posts the whole version, edited, as a new one. */
const VersionEditor = ({ productId, version, formulas, canWrite, onSaved }: { productId: string; version: TariffVersion; formulas: FormulaRef[]; canWrite: boolean; onSaved: (version: TariffVersion) => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const table = useMemo(() => tariffToGrid(version, formulas, decimalSeparator(locale)), [version, formulas, locale]);
  const original = useMemo(() => new Map(table.rows.map((row) => [row.id, row])), [table]);
  const [rows, setRows] = useState<GridRow[]>(table.rows);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const changed = rows.filter((row) => row !== original.get(row.id)).length;

  const save = async (effectiveFrom: string) => {
    const result = gridToTariff(version, formulas, rows, effectiveFrom);
    if (!result.ok) {
      setFailure(translate("adhesia.pricing.grid.invalid_cells", { count: result.errors.length }));
      return;
    }
    try {
      const saved = await createTariff(productId, result.tariff);
      setSaving(false);
      onSaved(saved);
    } catch (error) {
      const problem = problemOf(error);
      setFailure([problem?.title ?? String(error), ...(problem?.fieldErrors ?? []).map((entry) => `${entry.path} : ${entry.message}`)].join(" — "));
    }
  };

  return (
    <Box>
      {canWrite && (
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1 }}>
          <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
            {translate(changed > 0 ? "adhesia.pricing.tariffs.changed_rows" : "adhesia.pricing.tariffs.edit_help", { smart_count: changed })}
          </Typography>
          <Button label="adhesia.pricing.tariffs.undo" onClick={() => setRows(table.rows)} disabled={changed === 0}>
            <UndoIcon />
          </Button>
          <Button label="adhesia.pricing.tariffs.save_version" variant="contained" onClick={() => { setFailure(null); setSaving(true); }} disabled={changed === 0} data-testid="tariff-save">
            <SaveIcon />
          </Button>
        </Stack>
      )}
      <TariffGrid columns={table.columns} rows={rows} original={original} editable={canWrite} onChange={setRows} />
      {saving && <SaveVersionDialog onSave={save} onClose={() => setSaving(false)} failure={failure} />}
    </Box>
  );
};

/** A product's tariff: its versions (never changed), the grid of the chosen one, its fees, discounts and commissions; export and import. */
export const TariffsPanel = ({ productId, formulas, canWrite }: TariffsPanelProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const formatDate = useFormatDate();
  const { items: versions, failed, reload } = useTabItems((signal) => listTariffs(productId, signal), productId);
  const [chosenId, setChosenId] = useState<string | null>(null);
  if (failed) return <Alert severity="error">{failed}</Alert>;
  if (!versions) return <LinearProgress />;

  const inForce = versionInForce(versions, localToday());
  const version = versions.find((candidate) => candidate.id === chosenId) ?? inForce ?? versions[0];
  const saved = (created: TariffVersion, message: string) => {
    notify(message, { type: "success", messageArgs: { number: created.number, date: formatDate(created.effectiveFrom) } });
    setChosenId(created.id);
    reload();
  };

  return (
    <Box data-testid="tariffs-panel">
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 2, flexWrap: "wrap", rowGap: 1 }}>
        {version && (
          <TextField select size="small" label={translate("adhesia.pricing.tariffs.version")} value={version.id} onChange={(event) => setChosenId(event.target.value)} sx={{ minWidth: 320 }} slotProps={{ htmlInput: { "data-testid": "tariff-version-select" } }}>
            {versions.map((candidate) => (
              <MenuItem key={candidate.id} value={candidate.id}>
                {translate("adhesia.pricing.tariffs.version_label", { number: candidate.number, date: formatDate(candidate.effectiveFrom) })}
                {candidate.id === inForce?.id && <Chip size="small" color="success" label={translate("adhesia.pricing.tariffs.in_force")} sx={{ ml: 1, height: 20 }} />}
              </MenuItem>
            ))}
          </TextField>
        )}
        {version && version.id === inForce?.id && <Chip size="small" color="success" label={translate("adhesia.pricing.tariffs.in_force")} data-testid="tariff-in-force" />}
        <Box sx={{ flex: 1 }} />
        {versions.length > 0 && (
          <MuiButton size="small" startIcon={<FileDownloadIcon />} href={tariffExportUrl(productId)} download>
            {translate("adhesia.pricing.tariffs.export")}
          </MuiButton>
        )}
        {canWrite && <TariffImportButton productId={productId} onImported={(created) => saved(created, "adhesia.pricing.tariffs.imported")} />}
      </Stack>
      {!version ? (
        <Typography color="text.secondary">{translate("adhesia.pricing.tariffs.none")}</Typography>
      ) : (
        <>
          <VersionEditor key={version.id} productId={productId} version={version} formulas={formulas} canWrite={canWrite} onSaved={(created) => saved(created, "adhesia.pricing.tariffs.saved")} />
          <Box sx={{ mt: 3 }}>
            <TariffVersionSettings version={version} />
          </Box>
        </>
      )}
    </Box>
  );
};
