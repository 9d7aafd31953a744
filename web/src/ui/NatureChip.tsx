import { Chip } from "@mui/material";
import { useTranslate } from "react-admin";

/** Life-cycle stage of a person or a company, set by the server (persons' and companies' `natures`). */
export const NATURES = ["suspect", "prospect", "member", "client"] as const;
export type Nature = (typeof NATURES)[number];

const NATURE_COLORS: Record<Nature, "default" | "info" | "success" | "primary"> = {
  suspect: "default",
  prospect: "info",
  member: "success",
  client: "primary",
};

/** Choices of a nature filter. */
export const natureChoices = NATURES.map((id) => ({ id, name: `adhesia.natures.${id}` }));

/** Suspect → prospect → adhérent / client. */
export const NatureChip = ({ nature, size = "small", testId = "nature" }: { nature: Nature; size?: "small" | "medium"; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size={size}
      color={NATURE_COLORS[nature]}
      variant={nature === "suspect" ? "outlined" : "filled"}
      label={translate(`adhesia.natures.${nature}`, { _: nature })}
      data-testid={testId}
      sx={{ height: size === "small" ? 20 : undefined, fontSize: size === "small" ? 12 : undefined }}
    />
  );
};
