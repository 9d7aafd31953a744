import { Chip } from "@mui/material";
import { useTranslate } from "react-admin";
import type { NormalisationStatus } from "./types";

const STATUS_COLORS: Record<NormalisationStatus, "success" | "info" | "warning"> = { valid: "success", corrected: "info", unknown_locality: "warning" };

/** RNVP result of an address: as typed, corrected to the norm, or a locality La Poste does not know. */
export const AddressStatusChip = ({ status }: { status: NormalisationStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={STATUS_COLORS[status]}
      variant="outlined"
      label={translate(`adhesia.address.statuses.${status}`)}
      data-testid="address-status"
      sx={{ height: 20, fontSize: 12 }}
    />
  );
};
