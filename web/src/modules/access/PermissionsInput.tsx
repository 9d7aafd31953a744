import { Box, Checkbox, FormControl, FormControlLabel, FormHelperText, FormLabel, Typography } from "@mui/material";
import { LinearProgress, useGetList, useInput, useLocaleState, useResourceContext, useTranslate, useTranslateLabel } from "react-admin";
import type { PermissionEntry } from "./types";

export interface PermissionsInputProps {
  source?: string;
  helperText?: string;
  /** Shown but not changeable (a system role). */
  disabled?: boolean;
}

/** Checkbox list of the permission catalogue (GET /permissions), grouped by `group`. */
export const PermissionsInput = ({ source = "permissions", helperText, disabled = false }: PermissionsInputProps) => {
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const resource = useResourceContext();
  const [locale] = useLocaleState();
  const { field, fieldState } = useInput<string[]>({ source, defaultValue: [] });
  const { data = [], isPending } = useGetList<PermissionEntry>("permissions", { pagination: { page: 1, perPage: 1000 } });

  const selected = new Set(field.value ?? []);
  const groups = new Map<string, PermissionEntry[]>();
  for (const entry of data) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);
  const toggle = (codes: string[], checked: boolean) => {
    const next = new Set(selected);
    for (const code of codes) {
      if (checked) next.add(code);
      else next.delete(code);
    }
    field.onChange([...next].sort());
  };

  return (
    <FormControl component="fieldset" error={Boolean(fieldState.error)} sx={{ width: "100%", my: 1 }} data-testid="permissions-input">
      <FormLabel component="legend" sx={{ mb: 1 }}>
        {translateLabel({ source, resource })}
      </FormLabel>
      {isPending && <LinearProgress />}
      <Box sx={{ columnWidth: 300, columnGap: 4 }}>
        {[...groups.entries()].map(([group, entries]) => {
          const codes = entries.map((entry) => entry.code);
          const count = codes.filter((code) => selected.has(code)).length;
          return (
            <Box key={group} sx={{ breakInside: "avoid", mb: 1.5 }}>
              <FormControlLabel
                label={<Typography variant="subtitle2">{translate(`adhesia.permission_groups.${group}`, { _: group })}</Typography>}
                control={
                  <Checkbox
                    size="small"
                    checked={count === codes.length}
                    indeterminate={count > 0 && count < codes.length}
                    disabled={disabled}
                    onChange={(event) => toggle(codes, event.target.checked)}
                    slotProps={{ input: { "aria-label": `${translate("adhesia.roles.all_in_group")} ${group}` } }}
                  />
                }
              />
              {entries.map((entry) => (
                <FormControlLabel
                  key={entry.code}
                  sx={{ display: "flex", ml: 2 }}
                  control={<Checkbox size="small" checked={selected.has(entry.code)} disabled={disabled} onChange={(event) => toggle([entry.code], event.target.checked)} />}
                  label={
                    <Typography variant="body2">
                      {locale === "en" ? entry.labelEn : entry.labelFr}{" "}
                      <Typography component="span" variant="caption" color="text.secondary" sx={{ fontFamily: "monospace" }}>
                        {entry.code}
                      </Typography>
                    </Typography>
                  }
                />
              ))}
            </Box>
          );
        })}
      </Box>
      {(fieldState.error?.message || helperText) && (
        <FormHelperText>{fieldState.error?.message ? translate(fieldState.error.message, { _: fieldState.error.message }) : translate(helperText ?? "")}</FormHelperText>
      )}
    </FormControl>
  );
};
