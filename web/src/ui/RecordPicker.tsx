import { Autocomplete, CircularProgress, ListItemText, TextField, type SxProps, type Theme } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { useDebouncedSearch } from "./useDebouncedSearch";

export interface RecordPickerProps<T> {
  /** Asked once typing pauses, from 2 characters; must be stable (useCallback) to avoid asking again. */
  search: (q: string, signal: AbortSignal) => Promise<T[]>;
  value: T | null;
  onChange: (value: T | null) => void;
  getKey: (item: T) => string;
  getLabel: (item: T) => string;
  getSecondary?: (item: T) => string;
  /** Items never offered (the record itself). */
  exclude?: (item: T) => boolean;
  /** Translation keys. */
  label: string;
  placeholder?: string;
  /** `data-testid` of the text input. */
  testId?: string;
  sx?: SxProps<Theme>;
}

/** Autocomplete over a search API (persons, companies…), outside react-admin forms: tab forms, dialogs. */
export const RecordPicker = <T,>({ search, value, onChange, getKey, getLabel, getSecondary, exclude, label, placeholder, testId, sx }: RecordPickerProps<T>) => {
  const translate = useTranslate();
  const [input, setInput] = useState("");
  const { results, loading } = useDebouncedSearch(input, search);
  const options = exclude ? results.filter((item) => !exclude(item)) : results;
  return (
    <Autocomplete<T>
      sx={sx ?? { flex: 1, minWidth: 260 }}
      size="small"
      options={options}
      value={value}
      onChange={(_event, item) => onChange(item)}
      inputValue={input}
      onInputChange={(_event, text) => setInput(text)}
      filterOptions={(items) => items}
      getOptionLabel={getLabel}
      getOptionKey={getKey}
      isOptionEqualToValue={(option, selected) => getKey(option) === getKey(selected)}
      loading={loading}
      noOptionsText={translate(input.trim().length < 2 ? "adhesia.search.min_chars" : "adhesia.search.no_result")}
      loadingText={translate("ra.page.loading")}
      renderOption={({ key, ...props }, item) => (
        <li key={key} {...props}>
          <ListItemText primary={getLabel(item)} secondary={getSecondary?.(item)} />
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate(label)}
          placeholder={placeholder ? translate(placeholder) : undefined}
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
