import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { SectionTitle } from "../../ui/Sections";
import { ImportCounts } from "./ImportCounts";
import { errorsByFile } from "./intakeReport";
import { LineResultChip } from "./ContractStatusChip";
import type { IntakePreview } from "./types";

const label = (name: string) => `adhesia.contracts.intake.${name}`;

/** The dry run: the counts, each contract of the contracts file with what would happen to it and why, then the faults grouped by file. */
export const IntakePreviewView = ({ preview }: { preview: IntakePreview }) => {
  const translate = useTranslate();
  const groups = errorsByFile(preview);
  return (
    <Box data-testid="intake-preview">
      <SectionTitle title={label("preview_title")} />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(label("preview_hint"))}
      </Typography>
      <ImportCounts counters={preview.counters} testId="intake-preview-counts" />
      <SectionTitle title={label("lines")} />
      <Table size="small" data-testid="intake-preview-lines">
        <TableHead>
          <TableRow>
            <TableCell>{translate(label("line"))}</TableCell>
            <TableCell>{translate(label("contract"))}</TableCell>
            <TableCell>{translate(label("result"))}</TableCell>
            <TableCell>{translate(label("reasons"))}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {preview.lines.map((line) => (
            <TableRow key={line.line} data-testid="intake-preview-line" data-result={line.result} data-key={line.key}>
              <TableCell>{line.line}</TableCell>
              <TableCell>{line.key}</TableCell>
              <TableCell>
                <LineResultChip result={line.result} />
              </TableCell>
              <TableCell>{line.errors.map((error) => error.message).join(" · ")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <SectionTitle title={label("errors_by_file")} />
      {groups.length === 0 && <Typography color="text.secondary">{translate(label("no_errors"))}</Typography>}
      {groups.map((group) => (
        <Alert key={group.file} severity="warning" icon={false} sx={{ mb: 1, "& .MuiAlert-message": { width: "100%" } }} data-testid={`intake-errors-${group.file}`}>
          <Typography variant="subtitle2">{translate(`adhesia.contracts.files.${group.file}`)}</Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate(label("line"))}</TableCell>
                <TableCell>{translate(label("column"))}</TableCell>
                <TableCell>{translate(label("contract"))}</TableCell>
                <TableCell>{translate(label("message"))}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {group.errors.map((error, index) => (
                <TableRow key={`${error.line}:${error.column}:${index}`} data-testid="intake-error">
                  <TableCell>{error.line}</TableCell>
                  <TableCell>{error.column}</TableCell>
                  <TableCell>{error.contract ?? ""}</TableCell>
                  <TableCell>{error.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Alert>
      ))}
    </Box>
  );
};
