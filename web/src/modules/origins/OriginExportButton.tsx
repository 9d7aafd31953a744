import FileDownloadIcon from "@mui/icons-material/FileDownload";
import { Menu, MenuItem } from "@mui/material";
import { useState } from "react";
import { Button, useListContext, useTranslate } from "react-admin";
import { originsExportUrl } from "./originsApi";

/** Downloads the list as it is filtered and sorted, in CSV or XLSX (streamed by GET /origins/export). */
export const OriginExportButton = () => {
  const translate = useTranslate();
  const { filterValues, sort } = useListContext();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button label="adhesia.origins.export" onClick={(event) => setAnchor(event.currentTarget)}>
        <FileDownloadIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {(["csv", "xlsx"] as const).map((format) => (
          <MenuItem key={format} component="a" href={originsExportUrl(format, filterValues, sort)} download onClick={() => setAnchor(null)}>
            {translate(`adhesia.origins.export_${format}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
