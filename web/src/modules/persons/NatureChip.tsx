import { Chip } from "@mui/material";
import { useTranslate } from "react-admin";
import type { Nature } from "./types";

const NATURE_COLORS: Record<Nature, "default" | "info" | "success" | "primary"> = {
  suspect: "default",
  prospect: "info",
  member: "success",
  client: "primary",
};

/** Life-cycle stage of a person (suspect → prospect → adhérent / client), set by the server. */
export const NatureChip = ({ nature, size = "small" }: { nature: Nature; size?: "small" | "medium" }) => {
  const translate = useTranslate();
  return (
    <Chip
      size={size}
      color={NATURE_COLORS[nature]}
      variant={nature === "suspect" ? "outlined" : "filled"}
      label={translate(`adhesia.persons.natures.${nature}`, { _: nature })}
      data-testid="person-nature"
      sx={{ height: size === "small" ? 20 : undefined, fontSize: size === "small" ? 12 : undefined }}
    />
  );
};
