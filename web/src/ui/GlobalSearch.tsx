import SearchIcon from "@mui/icons-material/Search";
import { Autocomplete, Box, CircularProgress, InputAdornment, ListItemText, TextField } from "@mui/material";
import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from "react";
import { usePermissions, useRedirect, useTranslate } from "react-admin";
import { useDebouncedSearch } from "./useDebouncedSearch";

/** One result of the global search: what to show and where it leads. */
export interface SearchHit {
  id: string;
  primary: string;
  secondary?: string;
  /** Route of the record, e.g. `/persons/{id}/show`. */
  path: string;
}

/**
 * A kind of record the app-bar search looks into (persons, companies…). Each source is
 * asked in parallel and its hits form one group of the dropdown, in the order of the list.
 */
export interface SearchSource {
  id: string;
  /** Translation key of the group title. */
  label: string;
  /** Permission needed to search this source; without it the source is skipped. */
  permission: string;
  icon: ComponentType<{ fontSize?: "small" | "inherit" }>;
  search: (q: string, signal: AbortSignal) => Promise<SearchHit[]>;
}

type GroupedHit = SearchHit & { source: SearchSource };

const MIN_CHARS = 2;

/** Ask every source; one failing does not hide the others' answers. */
async function searchAll(sources: readonly SearchSource[], q: string, signal: AbortSignal): Promise<GroupedHit[]> {
  const answers = await Promise.allSettled(sources.map((source) => source.search(q, signal)));
  if (answers.length > 0 && answers.every((answer) => answer.status === "rejected")) throw new Error("search failed");
  return answers.flatMap((answer, index) => (answer.status === "fulfilled" ? answer.value.map((hit) => ({ ...hit, source: sources[index] as SearchSource })) : []));
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * App-bar search: from 2 characters, asks the sources (debounced) and lists the hits by group;
 * arrows move, Enter opens the highlighted record, Escape closes. "/" anywhere focuses it.
 */
export const GlobalSearch = ({ sources }: { sources: readonly SearchSource[] }) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const { permissions } = usePermissions<string[]>();
  const [input, setInput] = useState("");
  const [open, setOpen] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const allowed = useMemo(() => sources.filter((source) => permissions?.includes(source.permission)), [sources, permissions]);
  const search = useCallback((q: string, signal: AbortSignal) => searchAll(allowed, q, signal), [allowed]);
  const { results, loading, failed } = useDebouncedSearch(input, search, { minLength: MIN_CHARS });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        field.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  if (allowed.length === 0) return null;
  const short = input.trim().length < MIN_CHARS;
  const noOptionsText = translate(short ? "adhesia.search.min_chars" : failed ? "adhesia.search.error" : "adhesia.search.no_result");

  return (
    <Autocomplete<GroupedHit>
      size="small"
      sx={{ width: { xs: 180, sm: 260, md: 340 }, mr: 1 }}
      options={short ? [] : results}
      groupBy={(hit) => translate(hit.source.label)}
      filterOptions={(items) => items}
      getOptionLabel={(hit) => hit.primary}
      getOptionKey={(hit) => `${hit.source.id}:${hit.id}`}
      isOptionEqualToValue={(option, value) => option.id === value.id && option.source.id === value.source.id}
      value={null}
      inputValue={input}
      onInputChange={(_event, text, reason) => reason !== "reset" && setInput(text)}
      onChange={(_event, hit) => {
        if (!hit) return;
        setInput("");
        setOpen(false);
        field.current?.blur();
        redirect(hit.path);
      }}
      open={open && input.trim().length > 0}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      autoHighlight
      blurOnSelect
      loading={loading && !short}
      loadingText={translate("ra.page.loading")}
      noOptionsText={noOptionsText}
      popupIcon={null}
      data-testid="global-search"
      slotProps={{ popper: { sx: { minWidth: 360 } } }}
      renderOption={({ key, ...props }, hit) => {
        const Icon = hit.source.icon;
        return (
          <Box component="li" key={key} {...props} data-testid="global-search-hit" sx={{ gap: 1.5, py: "4px !important" }}>
            <Icon fontSize="small" />
            <ListItemText sx={{ my: 0 }} primary={hit.primary} secondary={hit.secondary} slotProps={{ primary: { variant: "body2" }, secondary: { variant: "caption" } }} />
          </Box>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          variant="outlined"
          margin="none"
          inputRef={field}
          placeholder={translate("adhesia.search.placeholder")}
          slotProps={{
            ...params.slotProps,
            input: {
              ...params.slotProps.input,
              startAdornment: (
                <InputAdornment position="start" sx={{ color: "inherit" }}>
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
              endAdornment: <>{loading && !short && <CircularProgress color="inherit" size={14} />}{params.slotProps.input.endAdornment}</>,
            },
            htmlInput: { ...params.slotProps.htmlInput, "aria-label": translate("adhesia.search.label"), "data-testid": "global-search-input" },
          }}
          sx={{
            "& .MuiOutlinedInput-root": { color: "inherit", bgcolor: "rgba(255,255,255,0.15)", py: "2px !important", "&:hover": { bgcolor: "rgba(255,255,255,0.22)" } },
            "& .MuiOutlinedInput-notchedOutline": { borderColor: "rgba(255,255,255,0.35)" },
            "& .MuiOutlinedInput-root.Mui-focused .MuiOutlinedInput-notchedOutline": { borderColor: "#fff" },
            "& input::placeholder": { color: "inherit", opacity: 0.8 },
          }}
        />
      )}
    />
  );
};
