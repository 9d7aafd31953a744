import { Link, useCreatePath } from "react-admin";
import type { InteractionRecord } from "./types";

/** Whom the interaction is with: the person, the company, or both, each a link to its record's interactions tab. */
export const RecordLink = ({ interaction, hide }: { interaction: InteractionRecord; hide?: "person" | "company" }) => {
  const createPath = useCreatePath();
  const tabOf = (resource: string, id: string) => `${createPath({ resource, type: "show", id })}/interactions`;
  const parts = [
    hide !== "person" && interaction.personId ? { to: tabOf("persons", interaction.personId), name: interaction.personName ?? "—" } : null,
    hide !== "company" && interaction.companyId ? { to: tabOf("companies", interaction.companyId), name: interaction.companyName ?? "—" } : null,
  ].filter((part): part is { to: string; name: string } => part !== null);
  return (
    <>
      {parts.map((part, index) => (
        <span key={part.to}>
          {index > 0 && " · "}
          <Link to={part.to} underline="hover">
            {part.name}
          </Link>
        </span>
      ))}
    </>
  );
};
