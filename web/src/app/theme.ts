import { defaultTheme, type RaThemeOptions } from "react-admin";

const BRAND = "#1f4e79";

/** react-admin's default theme, tightened for a dense business back-office. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: BRAND, contrastText: "#fff" },
    secondary: { main: "#2e7d6f", contrastText: "#fff" },
    background: { default: "#f4f6f8" },
  },
  typography: {
    fontSize: 13,
    fontFamily: '"Roboto", "Helvetica Neue", Arial, sans-serif',
    h6: { fontWeight: 500 },
  },
  shape: { borderRadius: 6 },
  sidebar: { width: 224, closedWidth: 50 },
  components: {
    ...defaultTheme.components,
    MuiTableCell: {
      styleOverrides: {
        root: { "&.MuiTableCell-paddingCheckbox": { padding: "0 8px" } },
        sizeSmall: { padding: "4px 10px" },
        head: { fontWeight: 600, backgroundColor: "#eef2f6" },
      },
    },
    MuiTable: { defaultProps: { size: "small" } },
    MuiListItemIcon: { styleOverrides: { root: { minWidth: 40 } } },
    MuiFilledInput: { styleOverrides: { root: { backgroundColor: "rgba(0, 0, 0, 0.035)" } } },
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiCard: { defaultProps: { variant: "outlined" } },
    RaToolbar: { styleOverrides: { root: { backgroundColor: "#eef2f6" } } },
  },
};
