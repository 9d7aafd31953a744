import ContentCopyIcon from "@mui/icons-material/ContentCopy";
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Tooltip, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";

export interface SecretDialogProps {
  open: boolean;
  title: string;
  message: string;
  secret: string;
  onClose: () => void;
}

/** Shows a secret (temporary password, API key) exactly once, with a copy button. */
export const SecretDialog = ({ open, title, message, secret, onClose }: SecretDialogProps) => {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <Dialog open={open} onClose={(_event, reason) => reason !== "backdropClick" && onClose()} maxWidth="sm" fullWidth>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" gutterBottom>
          {message}
        </Typography>
        <Box sx={{ display: "flex", alignItems: "center", gap: 1, my: 2, p: 1.5, bgcolor: "grey.100", borderRadius: 1 }}>
          <Typography data-testid="secret-value" sx={{ fontFamily: "monospace", fontSize: 15, flex: 1, wordBreak: "break-all", userSelect: "all" }}>
            {secret}
          </Typography>
          <Tooltip title={translate(copied ? "adhesia.common.copied" : "adhesia.common.copy")}>
            <IconButton aria-label={translate("adhesia.common.copy")} onClick={copy} size="small">
              <ContentCopyIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        </Box>
        <Alert severity="warning" variant="outlined">
          {translate("adhesia.common.shown_once")}
        </Alert>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate("adhesia.common.close")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
