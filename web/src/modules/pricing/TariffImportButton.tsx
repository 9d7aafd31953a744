import FileUploadIcon from "@mui/icons-material/FileUpload";
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Button as MuiButton, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { Button, useTranslate } from "react-admin";
import { problemOf, type ProblemFieldError } from "../../app/problem";
import { importTariff } from "./pricingApi";
import type { TariffVersion } from "./types";

/**
 * Uploads an edited tariff workbook: a new version at once, or the report of every refused cell
 * (`Grilles!L12 — …`), nothing stored. Imports in the request, so no job to follow (unlike ui/ImportButton).
 */
export const TariffImportButton = ({ productId, onImported }: { productId: string; onImported: (version: TariffVersion) => void }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<{ title: string; cells: ProblemFieldError[] } | null>(null);

  const close = () => {
    setOpen(false);
    setFile(null);
    setFailure(null);
  };
  const send = async () => {
    if (!file) return;
    setSending(true);
    setFailure(null);
    try {
      const version = await importTariff(productId, file);
      close();
      onImported(version);
    } catch (error) {
      const problem = problemOf(error);
      setFailure({ title: problem?.title ?? (error instanceof Error ? error.message : String(error)), cells: problem?.fieldErrors ?? [] });
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Button label="adhesia.pricing.tariffs.import" onClick={() => setOpen(true)}>
        <FileUploadIcon />
      </Button>
      <Dialog open={open} onClose={close} maxWidth="sm" fullWidth>
        <DialogTitle>{translate("adhesia.pricing.tariffs.import_title")}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {translate("adhesia.pricing.tariffs.import_help")}
            </Typography>
            <MuiButton variant="outlined" component="label" sx={{ alignSelf: "flex-start" }}>
              {file ? file.name : translate("adhesia.import.choose")}
              <input hidden type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="tariff-import-file" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
            </MuiButton>
            {failure && (
              <Alert severity="error" data-testid="tariff-import-report">
                {failure.title}
                {failure.cells.length > 0 && (
                  <List dense disablePadding sx={{ maxHeight: 280, overflow: "auto" }}>
                    {failure.cells.map((cell, index) => (
                      <ListItem key={`${cell.path}-${index}`} disableGutters>
                        <ListItemText primary={<><strong style={{ fontFamily: "monospace" }}>{cell.path}</strong> — {cell.message}</>} />
                      </ListItem>
                    ))}
                  </List>
                )}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton variant="contained" onClick={send} disabled={!file || sending}>
            {translate("adhesia.import.send")}
          </MuiButton>
          <MuiButton onClick={close}>{translate("adhesia.common.close")}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
