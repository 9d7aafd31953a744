import { Box, Typography } from "@mui/material";
import { AppBar as RaAppBar, LoadingIndicator, TitlePortal, useGetIdentity } from "react-admin";
import { companySearchSource } from "../modules/companies";
import { RemindersButton } from "../modules/interactions";
import { personSearchSource } from "../modules/persons";
import { GlobalSearch, type SearchSource } from "../ui/GlobalSearch";
import { AppUserMenu } from "./AppUserMenu";

/** What the app-bar search looks into, one group each in this order. */
const SEARCH_SOURCES: readonly SearchSource[] = [personSearchSource, companySearchSource];

/** The tenant (mutual) the user works for, always visible. */
const TenantName = () => {
  const { identity } = useGetIdentity();
  const tenantName = typeof identity?.tenantName === "string" ? identity.tenantName : "";
  if (!tenantName) return null;
  return (
    <Box
      component="span"
      data-testid="tenant-name"
      sx={{ px: 1, py: 0.25, mr: 2, border: 1, borderColor: "rgba(255,255,255,0.45)", borderRadius: 1, fontSize: 13, whiteSpace: "nowrap" }}
    >
      {tenantName}
    </Box>
  );
};

export const AppBar = () => (
  <RaAppBar color="primary" userMenu={<AppUserMenu />} toolbar={<LoadingIndicator />}>
    <Typography variant="h6" component="span" sx={{ fontWeight: 700, letterSpacing: 0.5, mr: 2 }}>
      Adhesia
    </Typography>
    <TenantName />
    <TitlePortal variant="body1" sx={{ opacity: 0.9 }} />
    <GlobalSearch sources={SEARCH_SOURCES} />
    <RemindersButton />
  </RaAppBar>
);
