import { Box, Typography } from "@mui/material";

export type AuditChangeSet = Record<string, { before: unknown; after: unknown }>;

function display(value: unknown): string {
  if (value === null || value === undefined || value === "") return "∅";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** One line per changed field: `field : before → after`. */
export const AuditChanges = ({ changes }: { changes: AuditChangeSet | null | undefined }) => {
  const entries = Object.entries(changes ?? {});
  if (entries.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {entries.map(([field, change]) => (
        <Typography component="li" variant="body2" key={field} sx={{ wordBreak: "break-word" }}>
          <Box component="span" sx={{ fontWeight: 600 }}>
            {field}
          </Box>{" "}
          : <Box component="span" sx={{ color: "text.secondary", textDecoration: "line-through" }}>{display(change?.before)}</Box> →{" "}
          {display(change?.after)}
        </Typography>
      ))}
    </Box>
  );
};
