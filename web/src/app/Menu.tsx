import { ListSubheader } from "@mui/material";
import { Fragment } from "react";
import { Menu as RaMenu, usePermissions, useSidebarState, useTranslate } from "react-admin";
import { visibleSections } from "./navigation";

/** Sidebar: home, then one group per module, entries filtered by the user's permissions. */
export const Menu = () => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const { permissions } = usePermissions<string[]>();

  return (
    <RaMenu data-testid="main-menu">
      <RaMenu.DashboardItem primaryText={translate("adhesia.menu.home")} />
      {visibleSections(permissions ?? []).map((section) => (
        <Fragment key={section.label}>
          {open && (
            <ListSubheader disableSticky sx={{ lineHeight: "32px", mt: 1, bgcolor: "transparent", fontSize: 11, textTransform: "uppercase" }}>
              {translate(section.label)}
            </ListSubheader>
          )}
          {section.items.map(({ resource, icon: Icon }) => (
            <RaMenu.Item
              key={resource}
              to={`/${resource}`}
              primaryText={translate(`resources.${resource}.name`, { smart_count: 2 })}
              leftIcon={<Icon />}
            />
          ))}
        </Fragment>
      ))}
    </RaMenu>
  );
};
