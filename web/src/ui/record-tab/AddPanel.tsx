import AddIcon from "@mui/icons-material/Add";
import { Alert, Box, Button, Paper, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";

interface AddPanelProps {
  title: string;
  submitLabel: string;
  canSubmit: boolean;
  onSubmit: () => void;
  error: string | null;
  testId: string;
  /** The fields; laid out in a wrapping row unless `layout` says otherwise. */
  children: ReactNode;
  layout?: object;
}

/** The small form above a tab's list that adds one item to it. */
export const AddPanel = ({ title, submitLabel, canSubmit, onSubmit, error, testId, children, layout }: AddPanelProps) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ p: 1.5, mb: 2 }} component="form" onSubmit={(event) => { event.preventDefault(); onSubmit(); }} data-testid={testId}>
      <Typography variant="subtitle2" gutterBottom>
        {translate(title)}
      </Typography>
      <Box sx={layout ?? { display: "flex", flexWrap: "wrap", gap: 1.5, alignItems: "center" }}>
        {children}
        <Button type="submit" variant="contained" startIcon={<AddIcon />} disabled={!canSubmit} sx={{ mt: 0.25 }}>
          {translate(submitLabel)}
        </Button>
      </Box>
      {error && <Alert severity="error" sx={{ mt: 1 }}>{error}</Alert>}
    </Paper>
  );
};
