import FileDownloadIcon from "@mui/icons-material/FileDownload";
import { Menu, MenuItem } from "@mui/material";
import { useState } from "react";
import { Button, useListContext, useTranslate } from "react-admin";
import { personsExportUrl } from "./personsApi";

/**
 * Downloads the persons the list shows (search and filters), in CSV or XLSX. A same-origin link:
 * the browser sends the session cookie and streams the file to disk, whatever its size.
 */
export const PersonExportButton = () => {
  const translate = useTranslate();
  const { filterValues, total } = useListContext();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button label="adhesia.persons.export" onClick={(event) => setAnchor(event.currentTarget)} disabled={total === 0} aria-haspopup="menu" data-testid="person-export">
        <FileDownloadIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {(["csv", "xlsx"] as const).map((format) => (
          <MenuItem key={format} component="a" href={personsExportUrl(format, filterValues as Record<string, unknown>)} download onClick={() => setAnchor(null)}>
            {translate(`adhesia.persons.export_${format}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
