import AddIcon from "@mui/icons-material/Add";
import AutoFixHighIcon from "@mui/icons-material/AutoFixHigh";
import DeleteOutlineIcon from "@mui/icons-material/DeleteOutlined";
import { Alert, Box, Button, Chip, CircularProgress, FormHelperText, IconButton, Paper, Stack, Tooltip, Typography } from "@mui/material";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { TextInput, useTranslate } from "react-admin";
import { useFormContext, useFormState, useWatch, type FieldValues } from "react-hook-form";
import { AddressStatusChip } from "./AddressStatusChip";
import { normaliseAddress } from "./addressApi";
import { ADDRESS_FORM_SOURCE, emptyAddress, type AddressDraft, type AddressFormOf, type AddressValidators } from "./addressForm";
import type { NormalisedAddress } from "./types";

/** The API takes lines of at most 200 characters (the normalised form cuts them to 38). */
const LINE_PROPS = { htmlInput: { maxLength: 200 } };

/** Delay after the last key stroke before a normalisation is proposed. */
const NORMALISE_DELAY_MS = 600;

type Proposal = { state: "idle" } | { state: "loading" } | { state: "done"; result: NormalisedAddress } | { state: "error"; message: string };

/** Enough typed for La Poste's referential to say something: a line, a postal code (5 characters to propose unasked), a city. */
function isNormalisable(draft: AddressDraft | null | undefined, minPostalCodeLength = 5): draft is AddressDraft {
  return Boolean(draft && draft.lines.some((line) => line.trim() !== "") && draft.postalCode.trim().length >= minPostalCodeLength && draft.city.trim() !== "");
}

/** Debounced call to POST /addresses/normalise while the block at `name` is typed; `now()` asks at once ("Normaliser"). */
export function useNormalisationProposal(name: string): { proposal: Proposal; now: () => void } {
  const draft = useWatch<FieldValues>({ name }) as AddressDraft | null | undefined;
  const [proposal, setProposal] = useState<Proposal>({ state: "idle" });
  const controller = useRef<AbortController | null>(null);
  const key = draft ? JSON.stringify([draft.lines, draft.postalCode, draft.city, draft.country ?? ""]) : "";
  const lastKey = useRef<string>("");

  const run = useCallback(async (address: AddressDraft, forKey: string) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    lastKey.current = forKey;
    setProposal({ state: "loading" });
    try {
      const result = await normaliseAddress({ lines: address.lines.filter((line) => line.trim() !== ""), postalCode: address.postalCode, city: address.city, ...(address.country ? { country: address.country } : {}) }, current.signal);
      if (!current.signal.aborted) setProposal({ state: "done", result });
    } catch (error) {
      if (current.signal.aborted) return;
      setProposal({ state: "error", message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    if (!isNormalisable(draft)) {
      controller.current?.abort();
      lastKey.current = "";
      setProposal({ state: "idle" });
      return undefined;
    }
    if (key === lastKey.current) return undefined;
    const timer = setTimeout(() => void run(draft, key), NORMALISE_DELAY_MS);
    return () => clearTimeout(timer);
    // `key` stands for the draft's content: a new object with the same text must not call again.
  }, [key, run]);

  useEffect(() => () => controller.current?.abort(), []);

  const now = useCallback(() => {
    if (isNormalisable(draft, 1)) void run(draft, key);
  }, [draft, key, run]);
  return { proposal, now };
}

/** What La Poste would print (AFNOR NF Z10-011), its status, and the localities to pick when unknown. */
export const ProposalPanel = ({ name, testKey, proposal }: { name: string; testKey: string; proposal: Proposal }) => {
  const translate = useTranslate();
  const { setValue } = useFormContext<FieldValues>();
  if (proposal.state === "idle") {
    return (
      <Typography variant="caption" color="text.secondary">
        {translate("adhesia.address.proposal_hint")}
      </Typography>
    );
  }
  if (proposal.state === "loading") {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
        <CircularProgress size={14} />
        <Typography variant="caption">{translate("adhesia.address.normalising")}</Typography>
      </Stack>
    );
  }
  if (proposal.state === "error") return <Alert severity="error" sx={{ py: 0 }}>{translate("adhesia.address.normalise_failed", { message: proposal.message })}</Alert>;

  const { result } = proposal;
  const apply = (postalCode: string, city: string) => {
    setValue(`${name}.postalCode`, postalCode, { shouldDirty: true, shouldValidate: true });
    setValue(`${name}.city`, city, { shouldDirty: true, shouldValidate: true });
  };
  return (
    <Box data-testid={`address-proposal-${testKey}`} data-status={result.status}>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 0.5 }}>
        <Typography variant="caption" color="text.secondary">
          {translate("adhesia.address.proposal")}
        </Typography>
        <AddressStatusChip status={result.status} />
      </Stack>
      <Box component="pre" data-testid={`address-normalised-${testKey}`} sx={{ m: 0, p: 1, bgcolor: "grey.50", border: 1, borderColor: "divider", borderRadius: 1, fontFamily: "monospace", fontSize: 12, lineHeight: 1.5, whiteSpace: "pre" }}>
        {result.lines.join("\n")}
      </Box>
      {result.truncated && (
        <Alert severity="warning" sx={{ mt: 1, py: 0 }} data-testid={`address-truncated-${testKey}`}>
          {translate("adhesia.address.truncated")}
        </Alert>
      )}
      {result.status === "unknown_locality" && (result.suggestions?.length ?? 0) > 0 && (
        <Box sx={{ mt: 1 }}>
          <Typography variant="caption" color="text.secondary" component="div">
            {translate("adhesia.address.suggestions")}
          </Typography>
          <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.5, mt: 0.5 }}>
            {result.suggestions?.map((suggestion) => (
              <Chip
                key={`${suggestion.postalCode} ${suggestion.city}`}
                size="small"
                variant="outlined"
                clickable
                onClick={() => apply(suggestion.postalCode, suggestion.city)}
                label={`${suggestion.postalCode} ${suggestion.city}`}
                data-testid="address-suggestion"
              />
            ))}
          </Stack>
        </Box>
      )}
    </Box>
  );
};

/** Errors the server puts on the block itself (`addresses.N.kind`, `addresses.N.lines`), not on one input. */
const BlockErrors = ({ name }: { name: string }) => {
  const translate = useTranslate();
  const { errors } = useFormState<FieldValues>({ name });
  let block: unknown = errors;
  for (const segment of name.split(".")) block = typeof block === "object" && block !== null ? (block as Record<string, unknown>)[segment] : undefined;
  const fields = (block ?? {}) as Record<string, { message?: string } | undefined>;
  const messages = ["kind", "lines", "country"]
    .map((field) => fields[field])
    .filter((error): error is { message: string } => typeof error?.message === "string" && error.message !== "")
    .map((error) => translate(error.message, { _: error.message }));
  if (messages.length === 0) return null;
  return <FormHelperText error>{messages.join(" ")}</FormHelperText>;
};

interface AddressFieldsProps {
  /** Form path of the block, e.g. `addressForm.main` or `address`. */
  name: string;
  validators?: AddressValidators<FieldValues>;
}

/**
 * The inputs of one address (3 street lines, postal code, city) beside its live RNVP proposal.
 * Used inside an address block, or alone for a record with a single address (a company's site).
 */
export const AddressFields = ({ name, testKey, validators }: AddressFieldsProps & { testKey: string }) => {
  const { proposal } = useNormalisationProposal(name);
  return <AddressFieldsLayout name={name} testKey={testKey} validators={validators} proposal={proposal} />;
};

const AddressFieldsLayout = ({ name, testKey, validators, proposal }: AddressFieldsProps & { testKey: string; proposal: Proposal }) => {
  const translate = useTranslate();
  // Imported addresses may carry up to 5 lines: those beyond the 3 offered stay editable.
  const lineCount = (useWatch<FieldValues>({ name: `${name}.lines` }) as string[] | undefined)?.length ?? 0;
  const extraLines = Array.from({ length: Math.max(0, lineCount - 3) }, (_, offset) => offset + 3);
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", lg: "minmax(0, 3fr) minmax(0, 2fr)" }, gap: 2 }}>
      <Box sx={{ display: "grid", gridTemplateColumns: "120px minmax(0, 1fr) minmax(0, 1fr)", columnGap: 1.5 }}>
        <Box sx={{ gridColumn: "1 / -1" }}>
          <TextInput source={`${name}.lines.0`} label="adhesia.address.line1" validate={validators?.firstLine} helperText={false} autoComplete="off" slotProps={LINE_PROPS} />
        </Box>
        <Box sx={{ gridColumn: "1 / 3" }}>
          <TextInput source={`${name}.lines.1`} label="adhesia.address.line2" helperText={false} autoComplete="off" slotProps={LINE_PROPS} />
        </Box>
        <TextInput source={`${name}.lines.2`} label="adhesia.address.line3" helperText={false} autoComplete="off" slotProps={LINE_PROPS} />
        {extraLines.map((index) => (
          <Box key={index} sx={{ gridColumn: "1 / -1" }}>
            <TextInput source={`${name}.lines.${index}`} label={translate("adhesia.address.line_n", { n: index + 1 })} helperText={false} autoComplete="off" />
          </Box>
        ))}
        <TextInput source={`${name}.postalCode`} label="adhesia.address.postal_code" validate={validators?.postalCode} helperText={false} autoComplete="off" slotProps={{ htmlInput: { maxLength: 10, inputMode: "numeric" } }} />
        <Box sx={{ gridColumn: "2 / -1" }}>
          <TextInput source={`${name}.city`} label="adhesia.address.city" validate={validators?.city} helperText={false} autoComplete="off" />
        </Box>
        <Box sx={{ gridColumn: "1 / -1" }}>
          <BlockErrors name={name} />
        </Box>
      </Box>
      <Box sx={{ pt: 1 }}>
        <ProposalPanel name={name} testKey={testKey} proposal={proposal} />
      </Box>
    </Box>
  );
};

const AddressBlock = ({ kind, title, validators, onRemove }: { kind: string; title: string; validators: AddressValidators<FieldValues>; onRemove: () => void }) => {
  const translate = useTranslate();
  const name = `${ADDRESS_FORM_SOURCE}.${kind}`;
  const { proposal, now } = useNormalisationProposal(name);
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid={`address-${kind}`}>
      <Stack direction="row" sx={{ alignItems: "center", mb: 1 }}>
        <Typography variant="subtitle2" sx={{ flex: 1 }}>
          {translate(title)}
        </Typography>
        <Button size="small" startIcon={<AutoFixHighIcon fontSize="small" />} onClick={now} disabled={proposal.state === "loading"}>
          {translate("adhesia.address.normalise")}
        </Button>
        <Tooltip title={translate("adhesia.address.remove")}>
          <IconButton size="small" onClick={onRemove} aria-label={translate("adhesia.address.remove")}>
            <DeleteOutlineIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Stack>
      <AddressFieldsLayout name={name} testKey={kind} validators={validators} proposal={proposal} />
    </Paper>
  );
};

export interface AddressesInputProps<K extends string, V> {
  /** The kinds of address offered, in the order shown. */
  kinds: readonly K[];
  /** Translation key of a block's title ("Adresse principale", "Siège social"…). */
  kindLabel: (kind: K) => string;
  /** Translation key of the button that adds a block of that kind. */
  addLabel: (kind: K) => string;
  validators: (kind: K) => AddressValidators<V>;
  /** Whether a block of that kind may be added now (a secondary address needs a main one…). */
  canAdd?: (kind: K, form: AddressFormOf<K>) => boolean;
  /** Notes shown under the buttons. */
  children?: ReactNode;
}

/**
 * The addresses of a record, one block per kind under `addressForm.<kind>`, each proposing its RNVP
 * form while it is typed; the server stores that form when the record is saved.
 */
export const AddressesInput = <K extends string, V>({ kinds, kindLabel, addLabel, validators, canAdd, children }: AddressesInputProps<K, V>) => {
  const translate = useTranslate();
  const { setValue } = useFormContext<FieldValues>();
  const form = (useWatch<FieldValues>({ name: ADDRESS_FORM_SOURCE }) ?? {}) as AddressFormOf<K>;

  const add = (kind: K) => setValue(`${ADDRESS_FORM_SOURCE}.${kind as string}`, emptyAddress(), { shouldDirty: true });
  const remove = (kind: K) => setValue(`${ADDRESS_FORM_SOURCE}.${kind as string}`, null, { shouldDirty: true, shouldValidate: true });

  return (
    <Stack spacing={1.5} sx={{ width: "100%" }} data-testid="addresses-input">
      {kinds.map((kind) =>
        form[kind] ? <AddressBlock key={kind} kind={kind} title={kindLabel(kind)} validators={validators(kind) as AddressValidators<FieldValues>} onRemove={() => remove(kind)} /> : null,
      )}
      <Stack direction="row" spacing={1}>
        {kinds
          .filter((kind) => !form[kind])
          .map((kind) => (
            <Button key={kind} size="small" variant="outlined" startIcon={<AddIcon />} onClick={() => add(kind)} disabled={canAdd ? !canAdd(kind, form) : false}>
              {translate(addLabel(kind))}
            </Button>
          ))}
      </Stack>
      {children}
    </Stack>
  );
};
