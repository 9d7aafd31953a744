import { Box, Divider, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";

const headingSx = { textTransform: "uppercase", fontSize: 12, letterSpacing: 0.5 } as const;

/** A titled part of a record's page (read-only). `title` is a translation key. */
export const SectionTitle = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle2" component="h3" color="primary" sx={{ ...headingSx, mt: 2, mb: 1, "&:first-of-type": { mt: 0 } }}>
      {translate(title)}
    </Typography>
  );
};

/** A titled part of a form, closed by a divider. `title` is a translation key. */
export const FormSection = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ width: "100%", mb: 1 }} data-testid={testId}>
      <Typography variant="subtitle2" component="h2" color="primary" sx={{ ...headingSx, mt: 1, mb: 0.5 }}>
        {translate(title)}
      </Typography>
      {children}
      <Divider sx={{ mt: 1 }} />
    </Box>
  );
};

/** A dense grid of inputs: `columns` across on wide screens, one on phones. */
export const FormRow = ({ columns = 4, children }: { columns?: number; children: ReactNode }) => (
  <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: `repeat(${columns}, minmax(0, 1fr))` }, columnGap: 2, alignItems: "start" }}>{children}</Box>
);
