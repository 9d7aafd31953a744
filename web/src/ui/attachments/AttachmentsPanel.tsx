import DeleteOutlineIcon from "@mui/icons-material/DeleteOutlined";
import DownloadIcon from "@mui/icons-material/Download";
import { Alert, Box, IconButton, LinearProgress, Link, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { Confirm, useLocaleState, useNotify, usePermissions, useTranslate } from "react-admin";
import { formatSize } from "../format";
import { useFormatDate } from "../InfoGrid";
import { DropZone } from "./DropZone";
import { fileUrl, listAttachments, removeAttachment, uploadAttachment, type AttachmentRecord } from "./attachmentsApi";

export interface AttachmentsPanelProps {
  /** The record's API path, e.g. `/persons/{id}`: its attachments are under `{recordPath}/attachments`. */
  recordPath: string;
  /** May add and delete (the record's write permission). */
  canWrite: boolean;
  testId: string;
}

/** Pièces jointes: list with download links, deletion, upload by drag and drop or file picker (multipart POST). */
export const AttachmentsPanel = ({ recordPath, canWrite, testId }: AttachmentsPanelProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const formatDate = useFormatDate();
  const { permissions } = usePermissions<string[]>();
  const canReadFiles = permissions?.includes("file:read") ?? false;
  const [attachments, setAttachments] = useState<AttachmentRecord[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);
  const [deleting, setDeleting] = useState<AttachmentRecord | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    listAttachments(recordPath, controller.signal)
      .then((items) => {
        setAttachments(items);
        setFailed(null);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setFailed(error instanceof Error ? error.message : String(error));
      });
    return () => controller.abort();
  }, [recordPath, version]);

  const upload = async (files: File[]) => {
    const errors: string[] = [];
    for (const file of files) {
      setUploading(file.name);
      try {
        await uploadAttachment(recordPath, file);
        notify("adhesia.attachments.uploaded", { type: "info", messageArgs: { name: file.name } });
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
      await removeAttachment(recordPath, deleting.id);
      notify("adhesia.attachments.deleted", { type: "info" });
      setVersion((value) => value + 1);
    } catch (error) {
      notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
    } finally {
      setDeleting(null);
    }
  };

  return (
    <Box data-testid={testId}>
      {canWrite && <DropZone onFiles={(files) => void upload(files)} busy={uploading !== null} />}
      {uploading && (
        <Box sx={{ mb: 2 }}>
          <Typography variant="caption">{translate("adhesia.attachments.uploading", { name: uploading })}</Typography>
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
      {attachments?.length === 0 && <Typography color="text.secondary">{translate("adhesia.attachments.empty")}</Typography>}
      {attachments && attachments.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate("adhesia.attachments.name")}</TableCell>
              <TableCell>{translate("adhesia.attachments.size")}</TableCell>
              <TableCell>{translate("adhesia.attachments.added_at")}</TableCell>
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
                    <Tooltip title={translate("adhesia.attachments.download")}>
                      <IconButton size="small" component="a" href={fileUrl(attachment.fileId)} download={attachment.name} aria-label={translate("adhesia.attachments.download")}>
                        <DownloadIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  )}
                  {canWrite && (
                    <Tooltip title={translate("adhesia.attachments.delete")}>
                      <IconButton size="small" onClick={() => setDeleting(attachment)} aria-label={translate("adhesia.attachments.delete")}>
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
        title={translate("adhesia.attachments.delete_title", { name: deleting?.name ?? "" })}
        content="adhesia.attachments.delete_content"
        onConfirm={remove}
        onClose={() => setDeleting(null)}
      />
    </Box>
  );
};
