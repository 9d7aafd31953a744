import { LinearProgress, Link as MuiLink, Typography } from "@mui/material";
import type { MouseEvent, ReactNode } from "react";
import { useCreatePath, useGetOne, useTranslate, type RaRecord } from "react-admin";
import { Link as RouterLink } from "react-router-dom";

interface ScopedRecordLinkProps<R extends RaRecord> {
  reference: "persons" | "companies";
  id: string | null | undefined;
  render: (record: R) => ReactNode;
  /** On the link, for the journeys that follow it. */
  testId?: string;
}

/**
 * A person or company named by another record, linked to its page. A record outside the reader's
 * data scope answers 404 (an advisor sees only their agency's records): that is said in words,
 * where react-admin's ReferenceField would show a bare red error icon.
 */
export function ScopedRecordLink<R extends RaRecord>({ reference, id, render, testId }: ScopedRecordLinkProps<R>) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data, error, isPending } = useGetOne<R>(reference, { id: id ?? "" }, { enabled: Boolean(id), retry: false });
  if (!id) return null;
  if (error) {
    return (
      <Typography component="span" variant="body2" color="text.secondary" data-testid="record-out-of-scope">
        {translate("adhesia.record.out_of_scope")}
      </Typography>
    );
  }
  if (isPending || !data) return <LinearProgress sx={{ width: 80, mt: 1 }} />;
  return (
    // Inside a list row that opens its own record on click, the link opens the named one instead.
    <MuiLink component={RouterLink} to={createPath({ resource: reference, id, type: "show" })} underline="hover" onClick={(event: MouseEvent) => event.stopPropagation()} data-testid={testId}>
      {render(data)}
    </MuiLink>
  );
}
