import UploadFileIcon from "@mui/icons-material/UploadFile";
import { Button } from "@mui/material";

/** A button that opens the file picker and then shows the chosen file's name. */
export const FileChooser = ({ label, chosenLabel, accept, file, onChange, testId, disabled }: {
  label: string;
  /** What the button says once a file is chosen, before the file's name (which file of several it is). */
  chosenLabel?: string;
  accept: string;
  file: File | null;
  onChange: (file: File | null) => void;
  testId: string;
  disabled?: boolean;
}) => (
  <Button variant={file ? "contained" : "outlined"} color={file ? "success" : "primary"} component="label" startIcon={<UploadFileIcon />} disabled={disabled} sx={{ justifyContent: "flex-start", textTransform: "none" }}>
    {file ? [chosenLabel, file.name].filter(Boolean).join(" : ") : label}
    <input hidden type="file" accept={accept} data-testid={testId} onChange={(event) => onChange(event.target.files?.[0] ?? null)} />
  </Button>
);
