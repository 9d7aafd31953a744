import { Chip } from "@mui/material";
import { useTranslate } from "react-admin";
import { useReferenceChoices } from "../../ui/useReferenceData";
import type { InteractionRecord } from "./types";

/** Planned, overdue (planned and past), or done with its result. */
export const InteractionStateChip = ({ interaction }: { interaction: InteractionRecord }) => {
  const translate = useTranslate();
  const results = useReferenceChoices("interaction_results");
  if (interaction.state === "done") {
    return <Chip size="small" color="success" variant="outlined" label={`${translate("adhesia.interactions.states.done")} · ${results.label(interaction.resultCode)}`} data-testid="interaction-state" />;
  }
  return interaction.overdue ? (
    <Chip size="small" color="error" label={translate("adhesia.interactions.states.overdue")} data-testid="interaction-state" />
  ) : (
    <Chip size="small" color="primary" variant="outlined" label={translate("adhesia.interactions.states.planned")} data-testid="interaction-state" />
  );
};
