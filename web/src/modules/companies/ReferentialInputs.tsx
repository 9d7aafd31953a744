import { Autocomplete, CircularProgress, ListItemText, TextField, type SxProps, type Theme } from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { useInput, useTranslate, type Validator } from "react-admin";
import { useDebouncedSearch } from "../../ui/useDebouncedSearch";
import { searchIdcc, searchNaf } from "./companiesApi";
import { findIdcc, findNaf } from "./useReferentials";

interface ReferentialOption {
  code: string;
  label: string;
}

interface ReferentialInputProps {
  source: string;
  /** Translation key. */
  label: string;
  search: (q: string, signal: AbortSignal) => Promise<ReferentialOption[]>;
  /** The option of a stored code, for its label. */
  resolve: (code: string) => Promise<ReferentialOption | undefined>;
  validate?: Validator | Validator[];
  testId?: string;
  sx?: SxProps<Theme>;
  /** Read by react-admin's filter form. */
  alwaysOn?: boolean;
}

const optionText = (option: ReferentialOption) => (option.label ? `${option.code} — ${option.label}` : option.code);

/**
 * A code of a national referential (NAF, IDCC) picked by code or words; the form holds the code,
 * the input shows it with its label.
 */
const ReferentialInput = ({ source, label, search, resolve, validate, testId, sx }: ReferentialInputProps) => {
  const translate = useTranslate();
  const { field, fieldState, isRequired } = useInput({ source, validate });
  const code = typeof field.value === "string" && field.value !== "" ? field.value : null;
  const [selected, setSelected] = useState<ReferentialOption | null>(null);
  const [input, setInput] = useState("");

  useEffect(() => {
    if (!code) {
      setSelected(null);
      return undefined;
    }
    if (selected?.code === code) return undefined;
    let live = true;
    setSelected({ code, label: "" });
    resolve(code).then(
      (option) => live && option && setSelected(option),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // Only a code set from outside (record loaded, form reset) needs its label looked up.
  }, [code]);

  // The text of the option picked is not a query.
  const query = selected && input === optionText(selected) ? "" : input;
  const { results, loading } = useDebouncedSearch(query, search, { minLength: 1 });
  const error = fieldState.error?.message;

  return (
    <Autocomplete<ReferentialOption>
      sx={sx ?? { width: "100%" }}
      size="small"
      options={results}
      value={selected}
      onChange={(_event, option) => {
        setSelected(option);
        field.onChange(option?.code ?? null);
      }}
      onBlur={field.onBlur}
      inputValue={input}
      onInputChange={(_event, text) => setInput(text)}
      filterOptions={(items) => items}
      getOptionLabel={optionText}
      getOptionKey={(option) => option.code}
      isOptionEqualToValue={(option, value) => option.code === value.code}
      loading={loading}
      loadingText={translate("ra.page.loading")}
      noOptionsText={translate(query.trim() === "" ? "adhesia.companies.referential_hint" : "adhesia.search.no_result")}
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props}>
          <ListItemText primary={option.code} secondary={option.label} slotProps={{ primary: { variant: "body2", sx: { fontWeight: 500 } }, secondary: { variant: "caption" } }} />
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={`${translate(label)}${isRequired ? " *" : ""}`}
          error={Boolean(error)}
          helperText={error ? translate(error, { _: error }) : undefined}
          margin="dense"
          slotProps={{
            ...params.slotProps,
            input: { ...params.slotProps.input, endAdornment: <>{loading && <CircularProgress size={16} />}{params.slotProps.input.endAdornment}</> },
            htmlInput: { ...params.slotProps.htmlInput, ...(testId ? { "data-testid": testId } : {}) },
          }}
        />
      )}
    />
  );
};

type NafInputProps = Omit<ReferentialInputProps, "search" | "resolve" | "label"> & {
  label?: string;
  /** 5: sous-classes only (what a company holds); undefined: divisions too (a list filter). */
  level?: 5;
};

/** NAF rév. 2 code, searched by code ("86.21", "8621z") or words ("médecins"). */
export const NafInput = ({ level, label = "resources.companies.fields.nafCode", ...props }: NafInputProps) => {
  const search = useCallback(async (q: string, signal: AbortSignal) => (await searchNaf(q, level, signal)).map((entry) => ({ code: entry.code, label: entry.label })), [level]);
  const resolve = useCallback(async (code: string) => {
    const entry = await findNaf(code);
    return entry ? { code: entry.code, label: entry.label } : undefined;
  }, []);
  return <ReferentialInput {...props} label={label} search={search} resolve={resolve} />;
};

/** Convention collective, searched by IDCC ("1486") or words ("syntec"). */
export const IdccInput = ({ label = "resources.companies.fields.idcc", ...props }: Omit<ReferentialInputProps, "search" | "resolve" | "label"> & { label?: string }) => {
  const search = useCallback(async (q: string, signal: AbortSignal) => (await searchIdcc(q, signal)).map((entry) => ({ code: entry.idcc, label: entry.shortTitle || entry.title })), []);
  const resolve = useCallback(async (code: string) => {
    const entry = await findIdcc(code);
    return entry ? { code: entry.idcc, label: entry.shortTitle || entry.title } : undefined;
  }, []);
  return <ReferentialInput {...props} label={label} search={search} resolve={resolve} />;
};
