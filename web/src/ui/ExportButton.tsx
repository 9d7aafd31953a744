import FileDownloadIcon from "@mui/icons-material/FileDownload";
import { Menu, MenuItem } from "@mui/material";
import { useState } from "react";
import { Button, useListContext, useTranslate } from "react-admin";
import { API_PREFIX } from "../app/http";

export type ExportFormat = "csv" | "xlsx";

/**
 * Downloads the records the list shows (search and filters), in CSV or XLSX. A same-origin link:
 * the browser sends the session cookie and streams the file to disk, whatever its size.
 */
export const ExportButton = ({ url, testId }: { url: (format: ExportFormat, filter: Record<string, unknown>) => string; testId: string }) => {
  const translate = useTranslate();
  const { filterValues, total } = useListContext();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button label="adhesia.export.button" onClick={(event) => setAnchor(event.currentTarget)} disabled={total === 0} aria-haspopup="menu" data-testid={testId}>
        <FileDownloadIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {(["csv", "xlsx"] as const).map((format) => (
          <MenuItem key={format} component="a" href={url(format, filterValues as Record<string, unknown>)} download onClick={() => setAnchor(null)}>
            {translate(`adhesia.export.${format}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};

/**
 * `{prefix}/export?format=…` with the list's search and filters; `accepts` lists the filters the
 * export takes, each with a check (a value the server would refuse, like a partial postal code, is left out).
 */
export function exportUrl(prefix: string, format: ExportFormat, filter: Record<string, unknown>, accepts: Readonly<Record<string, (value: string) => boolean>>): string {
  const query = new URLSearchParams({ format });
  for (const [key, accept] of Object.entries(accepts)) {
    const value = filter[key];
    if (value === undefined || value === null || value === "") continue;
    const text = String(value);
    if (accept(text)) query.set(key, text);
  }
  return `${prefix}/export?${query.toString()}`;
}

/** `GET {API_PREFIX}{path}/export` with the search box (`q`) and the given filters as the list has them. */
export const listExportUrl =
  (path: string, filters: readonly string[] = []) =>
  (format: ExportFormat, filter: Record<string, unknown>): string =>
    exportUrl(`${API_PREFIX}${path}`, format, filter, Object.fromEntries(["q", ...filters].map((key) => [key, (value: string) => value.trim().length > 0])));
