import MergeIcon from "@mui/icons-material/MergeType";
import { Button } from "@mui/material";
import { useState } from "react";
import { useTranslate, type RaRecord } from "react-admin";
import { MergeRecordsDialog, type MergeRecordsDialogProps } from "./MergeRecordsDialog";
import { useDuplicateRights } from "./useDuplicateRights";

/** « Fusionner… » in a record's header, for those who may merge (duplicate:merge; the server also asks the record's write permission). */
export const MergeButton = <R extends RaRecord>(props: Omit<MergeRecordsDialogProps<R>, "onClose">) => {
  const translate = useTranslate();
  const { canMerge } = useDuplicateRights();
  const [open, setOpen] = useState(false);
  if (!canMerge) return null;
  return (
    <>
      <Button variant="outlined" startIcon={<MergeIcon />} onClick={() => setOpen(true)} data-testid="merge-button">
        {translate("adhesia.duplicates.merge.action")}
      </Button>
      {open && <MergeRecordsDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
};
