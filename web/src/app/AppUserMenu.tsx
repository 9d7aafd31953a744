import CheckIcon from "@mui/icons-material/Check";
import ManageAccountsIcon from "@mui/icons-material/ManageAccounts";
import { Link } from "react-router-dom";
import { Divider, ListItemIcon, ListItemText, ListSubheader, MenuItem, type MenuItemProps } from "@mui/material";
import { Logout, useGetIdentity, useLocaleState, UserMenu, useTranslate, useUserMenu } from "react-admin";
import { LOCALES, type Locale } from "./i18nProvider";

/** One entry per UI language; the choice is kept in localStorage by the i18n provider. */
const LocaleMenuItem = ({ locale, ...props }: { locale: Locale } & MenuItemProps) => {
  const translate = useTranslate();
  const [current, setLocale] = useLocaleState();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      {...props}
      selected={current === locale}
      lang={locale}
      onClick={() => {
        setLocale(locale);
        userMenu?.onClose();
      }}
    >
      <ListItemIcon>{current === locale && <CheckIcon fontSize="small" />}</ListItemIcon>
      <ListItemText>{translate(`adhesia.locales.${locale}`)}</ListItemText>
    </MenuItem>
  );
};

/** « Mon compte »: the user's own password and second factor. */
const AccountMenuItem = () => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to="/account" onClick={() => userMenu?.onClose()} data-testid="user-menu-account">
      <ListItemIcon>
        <ManageAccountsIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate("adhesia.account.menu")}</ListItemText>
    </MenuItem>
  );
};

export const AppUserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const email = typeof identity?.email === "string" ? identity.email : "";
  return (
    <UserMenu>
      {email && (
        <ListSubheader sx={{ lineHeight: "20px", py: 1, color: "text.secondary" }} data-testid="user-menu-identity">
          {email}
        </ListSubheader>
      )}
      <ListSubheader sx={{ lineHeight: "28px" }}>{translate("adhesia.user_menu.language")}</ListSubheader>
      {LOCALES.map((locale) => (
        <LocaleMenuItem key={locale} locale={locale} />
      ))}
      <Divider />
      <AccountMenuItem />
      <Logout />
    </UserMenu>
  );
};
