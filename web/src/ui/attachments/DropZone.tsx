import CloudUploadIcon from "@mui/icons-material/CloudUpload";
import { Box, Typography } from "@mui/material";
import { useRef, useState, type DragEvent } from "react";
import { useTranslate } from "react-admin";

/** What the server accepts as an attachment (platform/files/file-types.ts); it checks the bytes too. */
export const ATTACHMENT_ACCEPT = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.xlsx,.docx,.ods,.odt,.csv,.txt";

export interface DropZoneProps {
  onFiles: (files: File[]) => void;
  busy: boolean;
  /** The file picker's filter (extensions). */
  accept?: string;
  multiple?: boolean;
  /** Translation key of the line under the call to action (the types accepted). */
  hint?: string;
  /** Translation keys of the call to action ("Déposez des fichiers ici ou" / "choisissez-les"). */
  dropLabel?: string;
  chooseLabel?: string;
  testId?: string;
}

/** Drop zone that is also a button: Enter or Space opens the file picker. */
export const DropZone = ({
  onFiles,
  busy,
  accept = ATTACHMENT_ACCEPT,
  multiple = true,
  hint = "adhesia.attachments.types_hint",
  dropLabel = "adhesia.attachments.drop",
  chooseLabel = "adhesia.attachments.choose",
  testId = "attachment",
}: DropZoneProps) => {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    <Box
      role="button"
      tabIndex={0}
      aria-label={translate(chooseLabel)}
      data-testid={`${testId}-dropzone`}
      onClick={() => input.current?.click()}
      onKeyDown={(event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          input.current?.click();
        }
      }}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      sx={{
        display: "flex",
        alignItems: "center",
        gap: 1.5,
        p: 2,
        mb: 2,
        border: 2,
        borderStyle: "dashed",
        borderColor: over ? "primary.main" : "divider",
        borderRadius: 1,
        bgcolor: over ? "action.hover" : "transparent",
        cursor: "pointer",
        opacity: busy ? 0.6 : 1,
        "&:focus-visible": { outline: 2, outlineColor: "primary.main", outlineStyle: "solid" },
      }}
    >
      <CloudUploadIcon color="action" />
      <Box>
        <Typography variant="body2">
          {translate(dropLabel)}{" "}
          <Box component="span" sx={{ color: "primary.main", textDecoration: "underline" }}>
            {translate(chooseLabel)}
          </Box>
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {translate(hint)}
        </Typography>
      </Box>
      <input
        ref={input}
        hidden
        multiple={multiple}
        type="file"
        accept={accept}
        data-testid={`${testId}-file-input`}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </Box>
  );
};
