import CloudUploadIcon from "@mui/icons-material/CloudUpload";
import DeleteOutlineIcon from "@mui/icons-material/DeleteOutlined";
import DownloadIcon from "@mui/icons-material/Download";
import { Alert, Box, IconButton, LinearProgress, Link, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from "@mui/material";
import { useEffect, useRef, useState, type DragEvent } from "react";
import { Confirm, useLocaleState, useNotify, useTranslate } from "react-admin";
import { formatSize } from "./format";
import { useFormatDate } from "./InfoGrid";
import { fileUrl, listAttachments, removeAttachment, uploadAttachment } from "./personsApi";
import { usePersonRights } from "./usePersonReferences";
import type { AttachmentRecord, PersonRecord } from "./types";

/** What the server accepts (platform/files/file-types.ts); it checks the bytes too. */
const ACCEPT = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.xlsx,.docx,.ods,.odt,.csv,.txt";

/** Drop zone that is also a button: Enter or Space opens the file picker. */
const DropZone = ({ onFiles, busy }: { onFiles: (files: File[]) => void; busy: boolean }) => {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };
  return (
    <Box
      role="button"
      tabIndex={0}
      aria-label={translate("adhesia.persons.attachments.choose")}
      data-testid="attachment-dropzone"
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
          {translate("adhesia.persons.attachments.drop")}{" "}
          <Box component="span" sx={{ color: "primary.main", textDecoration: "underline" }}>
            {translate("adhesia.persons.attachments.choose")}
          </Box>
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {translate("adhesia.persons.attachments.types_hint")}
        </Typography>
      </Box>
      <input
        ref={input}
        hidden
        multiple
        type="file"
        accept={ACCEPT}
        data-testid="attachment-file-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </Box>
  );
};

/** Pièces jointes: list with download links, deletion, upload by drag and drop or file picker (multipart POST). */
export const AttachmentsTab = ({ record }: { record: PersonRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const formatDate = useFormatDate();
  const { canWrite, canReadFiles } = usePersonRights();
  const personId = String(record.id);
  const [attachments, setAttachments] = useState<AttachmentRecord[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);
  const [deleting, setDeleting] = useState<AttachmentRecord | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    listAttachments(personId, controller.signal)
      .then((items) => {
        setAttachments(items);
        setFailed(null);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setFailed(error instanceof Error ? error.message : String(error));
      });
    return () => controller.abort();
  }, [personId, version]);

  const upload = async (files: File[]) => {
    const errors: string[] = [];
    for (const file of files) {
      setUploading(file.name);
      try {
        await uploadAttachment(personId, file);
        notify("adhesia.persons.attachments.uploaded", { type: "info", messageArgs: { name: file.name } });
      } catch (error) {
        errors.push(`${file.name} : ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    setUploading(null);
    setUploadErrors(errors);
    setVersion((value) => value + 1);
  };

  const remove = async () => {
    if (!deleting) return;
    try {
      await removeAttachment(personId, deleting.id);
      notify("adhesia.persons.attachments.deleted", { type: "info" });
      setVersion((value) => value + 1);
    } catch (error) {
      notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
    } finally {
      setDeleting(null);
    }
  };

  return (
    <Box data-testid="person-attachments">
      {canWrite && <DropZone onFiles={(files) => void upload(files)} busy={uploading !== null} />}
      {uploading && (
        <Box sx={{ mb: 2 }}>
          <Typography variant="caption">{translate("adhesia.persons.attachments.uploading", { name: uploading })}</Typography>
          <LinearProgress />
        </Box>
      )}
      {uploadErrors.length > 0 && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setUploadErrors([])}>
          {uploadErrors.map((message) => (
            <div key={message}>{message}</div>
          ))}
        </Alert>
      )}
      {failed && <Alert severity="error">{failed}</Alert>}
      {attachments === null && !failed && <LinearProgress />}
      {attachments?.length === 0 && <Typography color="text.secondary">{translate("adhesia.persons.attachments.empty")}</Typography>}
      {attachments && attachments.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate("adhesia.persons.attachments.name")}</TableCell>
              <TableCell>{translate("adhesia.persons.attachments.size")}</TableCell>
              <TableCell>{translate("adhesia.persons.attachments.added_at")}</TableCell>
              <TableCell align="right" />
            </TableRow>
          </TableHead>
          <TableBody>
            {attachments.map((attachment) => (
              <TableRow key={attachment.id} data-testid="attachment-row">
                <TableCell>
                  {canReadFiles ? (
                    <Link href={fileUrl(attachment.fileId)} download={attachment.name} underline="hover">
                      {attachment.name}
                    </Link>
                  ) : (
                    attachment.name
                  )}
                  {attachment.description && (
                    <Typography variant="caption" color="text.secondary" component="div">
                      {attachment.description}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ whiteSpace: "nowrap" }}>{formatSize(attachment.sizeBytes, locale)}</TableCell>
                <TableCell sx={{ whiteSpace: "nowrap" }}>{formatDate(attachment.createdAt)}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                  {canReadFiles && (
                    <Tooltip title={translate("adhesia.persons.attachments.download")}>
                      <IconButton size="small" component="a" href={fileUrl(attachment.fileId)} download={attachment.name} aria-label={translate("adhesia.persons.attachments.download")}>
                        <DownloadIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  )}
                  {canWrite && (
                    <Tooltip title={translate("adhesia.persons.attachments.delete")}>
                      <IconButton size="small" onClick={() => setDeleting(attachment)} aria-label={translate("adhesia.persons.attachments.delete")}>
                        <DeleteOutlineIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Confirm
        isOpen={deleting !== null}
        title={translate("adhesia.persons.attachments.delete_title", { name: deleting?.name ?? "" })}
        content="adhesia.persons.attachments.delete_content"
        onConfirm={remove}
        onClose={() => setDeleting(null)}
      />
    </Box>
  );
};
