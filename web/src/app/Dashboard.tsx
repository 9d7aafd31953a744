import { Box, Card, CardContent, Typography } from "@mui/material";
import { Button, Title, useGetIdentity, usePermissions, useTranslate } from "react-admin";
import { visibleSections } from "./navigation";

/** Home page: who and where the user is, and shortcuts to the modules open to them. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<string[]>();
  const sections = visibleSections(permissions ?? []);
  const tenant = typeof identity?.tenantName === "string" ? identity.tenantName : "";

  return (
    <Box sx={{ mt: 2 }} data-testid="dashboard">
      <Title title="adhesia.menu.home" />
      <Typography variant="h5" component="h1">
        {translate("adhesia.dashboard.welcome", { name: identity?.fullName ?? "" })}
      </Typography>
      <Typography color="text.secondary" gutterBottom>
        {translate("adhesia.dashboard.tenant", { tenant })}
      </Typography>
      <Typography variant="subtitle1" sx={{ mt: 3, mb: 1 }}>
        {translate("adhesia.dashboard.modules")}
      </Typography>
      {sections.length === 0 && <Typography color="text.secondary">{translate("adhesia.dashboard.no_module")}</Typography>}
      <Box sx={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(260px, 1fr))", gap: 2 }}>
        {sections.map((section) => (
          <Card key={section.label}>
            <CardContent>
              <Typography variant="subtitle2" gutterBottom>
                {translate(section.label)}
              </Typography>
              {section.items.map(({ resource, icon: Icon }) => (
                <Button key={resource} to={`/${resource}`} label={translate(`resources.${resource}.name`, { smart_count: 2 })} sx={{ display: "flex", justifyContent: "flex-start" }}>
                  <Icon />
                </Button>
              ))}
            </CardContent>
          </Card>
        ))}
      </Box>
    </Box>
  );
};
