import DownloadIcon from "@mui/icons-material/Download";
import { Alert, Box, IconButton, LinearProgress, Link, TableCell, TableRow, TextField, Tooltip, Typography } from "@mui/material";
import { useState } from "react";
import { useLocaleState, useNotify, usePermissions, useTranslate } from "react-admin";
import { formatSize } from "../format";
import { useFormatDate } from "../InfoGrid";
import { RemoveButton, TabItemsView, useConfirmedRemoval, useTabItems, TabTable, type RecordTabPanelProps, type TabColumn } from "../record-tab";
import { DropZone } from "./DropZone";
import { fileUrl, listAttachments, removeAttachment, uploadAttachment, type AttachmentRecord } from "./attachmentsApi";

const COLUMNS: readonly TabColumn[] = [{ label: "adhesia.attachments.name" }, { label: "adhesia.attachments.size" }, { label: "adhesia.attachments.added_at" }];

/** Pièces jointes: list with download links, deletion, upload by drag and drop or file picker (multipart POST). */
export const AttachmentsPanel = ({ recordPath, canWrite, testId }: RecordTabPanelProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const formatDate = useFormatDate();
  const { permissions } = usePermissions<string[]>();
  const canReadFiles = permissions?.includes("file:read") ?? false;
  const attachments = useTabItems((signal) => listAttachments(recordPath, signal), recordPath);
  const [uploading, setUploading] = useState<string | null>(null);
  const [description, setDescription] = useState("");
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);
  const removal = useConfirmedRemoval<AttachmentRecord>({
    remove: (attachment) => removeAttachment(recordPath, attachment.id),
    removed: "adhesia.attachments.deleted",
    onRemoved: attachments.reload,
    title: (attachment) => translate("adhesia.attachments.delete_title", { name: attachment.name }),
    content: () => translate("adhesia.attachments.delete_content"),
  });

  const upload = async (files: File[]) => {
    const errors: string[] = [];
    for (const file of files) {
      setUploading(file.name);
      try {
        await uploadAttachment(recordPath, file, description);
        notify("adhesia.attachments.uploaded", { type: "info", messageArgs: { name: file.name } });
      } catch (error) {
        errors.push(`${file.name} : ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    setUploading(null);
    setUploadErrors(errors);
    if (errors.length === 0) setDescription("");
    attachments.reload();
  };

  return (
    <Box data-testid={testId}>
      {canWrite && (
        <>
          <TextField
            size="small"
            fullWidth
            label={translate("adhesia.attachments.description")}
            helperText={translate("adhesia.attachments.description_hint")}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 500, "data-testid": "attachment-description" } }}
            sx={{ mb: 1 }}
          />
          <DropZone onFiles={(files) => void upload(files)} busy={uploading !== null} />
        </>
      )}
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
      <TabItemsView state={attachments} empty="adhesia.attachments.empty">
        {(items) => (
          <TabTable columns={COLUMNS}>
              {items.map((attachment) => (
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
                    {canWrite && <RemoveButton label="adhesia.attachments.delete" onClick={() => removal.ask(attachment)} />}
                  </TableCell>
                </TableRow>
              ))}
          </TabTable>
        )}
      </TabItemsView>
      {removal.dialog}
    </Box>
  );
};
