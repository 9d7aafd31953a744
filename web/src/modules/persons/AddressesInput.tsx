import AddIcon from "@mui/icons-material/Add";
import AutoFixHighIcon from "@mui/icons-material/AutoFixHigh";
import DeleteOutlineIcon from "@mui/icons-material/DeleteOutlined";
import { Alert, Box, Button, Chip, CircularProgress, FormHelperText, IconButton, Link, Paper, Stack, Tooltip, Typography } from "@mui/material";
import { useCallback, useEffect, useRef, useState } from "react";
import { TextInput, useTranslate } from "react-admin";
import { useFormContext, useFormState, useWatch } from "react-hook-form";
import { AddressStatusChip } from "./AddressStatusChip";
import { normaliseAddress } from "./personsApi";
import { addressValidators, emptyAddress, isEmptyDraft, type AddressDraft, type PersonFormValues } from "./personForm";
import type { AddressKind, NormalisedAddress } from "./types";

/** The API takes lines of at most 200 characters (the normalised form cuts them to 38). */
const LINE_PROPS = { htmlInput: { maxLength: 200 } };

/** Delay after the last key stroke before a normalisation is proposed. */
const NORMALISE_DELAY_MS = 600;

type Proposal = { state: "idle" } | { state: "loading" } | { state: "done"; result: NormalisedAddress } | { state: "error"; message: string };

/** Enough typed for La Poste's referential to say something: a line, a postal code (5 characters to propose unasked), a city. */
function isNormalisable(draft: AddressDraft | null | undefined, minPostalCodeLength = 5): draft is AddressDraft {
  return Boolean(draft && draft.lines.some((line) => line.trim() !== "") && draft.postalCode.trim().length >= minPostalCodeLength && draft.city.trim() !== "");
}

/** Debounced call to POST /addresses/normalise while the block is typed; `now()` asks at once ("Normaliser"). */
function useNormalisationProposal(kind: AddressKind): { proposal: Proposal; now: () => void } {
  const draft = useWatch<PersonFormValues>({ name: `addressForm.${kind}` }) as AddressDraft | null | undefined;
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
      const result = await normaliseAddress({ lines: address.lines.filter((line) => line.trim() !== ""), postalCode: address.postalCode, city: address.city, country: address.country }, current.signal);
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
const ProposalPanel = ({ kind, proposal }: { kind: AddressKind; proposal: Proposal }) => {
  const translate = useTranslate();
  const { setValue } = useFormContext<PersonFormValues>();
  if (proposal.state === "idle") {
    return (
      <Typography variant="caption" color="text.secondary">
        {translate("adhesia.persons.address.proposal_hint")}
      </Typography>
    );
  }
  if (proposal.state === "loading") {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
        <CircularProgress size={14} />
        <Typography variant="caption">{translate("adhesia.persons.address.normalising")}</Typography>
      </Stack>
    );
  }
  if (proposal.state === "error") return <Alert severity="error" sx={{ py: 0 }}>{translate("adhesia.persons.address.normalise_failed", { message: proposal.message })}</Alert>;

  const { result } = proposal;
  const apply = (postalCode: string, city: string) => {
    setValue(`addressForm.${kind}.postalCode`, postalCode, { shouldDirty: true, shouldValidate: true });
    setValue(`addressForm.${kind}.city`, city, { shouldDirty: true, shouldValidate: true });
  };
  return (
    <Box data-testid={`address-proposal-${kind}`} data-status={result.status}>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 0.5 }}>
        <Typography variant="caption" color="text.secondary">
          {translate("adhesia.persons.address.proposal")}
        </Typography>
        <AddressStatusChip status={result.status} />
      </Stack>
      <Box component="pre" data-testid={`address-normalised-${kind}`} sx={{ m: 0, p: 1, bgcolor: "grey.50", border: 1, borderColor: "divider", borderRadius: 1, fontFamily: "monospace", fontSize: 12, lineHeight: 1.5, whiteSpace: "pre" }}>
        {result.lines.join("\n")}
      </Box>
      {result.status === "unknown_locality" && (result.suggestions?.length ?? 0) > 0 && (
        <Box sx={{ mt: 1 }}>
          <Typography variant="caption" color="text.secondary" component="div">
            {translate("adhesia.persons.address.suggestions")}
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
const BlockErrors = ({ kind }: { kind: AddressKind }) => {
  const translate = useTranslate();
  const { errors } = useFormState<PersonFormValues>({ name: `addressForm.${kind}` });
  const block = errors.addressForm?.[kind] as Record<string, { message?: string; type?: string } | undefined> | undefined;
  const messages = ["kind", "lines", "country"]
    .map((field) => block?.[field])
    .filter((error): error is { message: string } => typeof error?.message === "string" && error.message !== "")
    .map((error) => translate(error.message, { _: error.message }));
  if (messages.length === 0) return null;
  return <FormHelperText error>{messages.join(" ")}</FormHelperText>;
};

const AddressBlock = ({ kind, onRemove }: { kind: AddressKind; onRemove: () => void }) => {
  const translate = useTranslate();
  const { proposal, now } = useNormalisationProposal(kind);
  const validators = addressValidators(kind);
  const prefix = `addressForm.${kind}`;
  // Imported addresses may carry up to 5 lines: those beyond the 3 offered stay editable.
  const lineCount = (useWatch<PersonFormValues>({ name: `addressForm.${kind}.lines` }) as string[] | undefined)?.length ?? 0;
  const extraLines = Array.from({ length: Math.max(0, lineCount - 3) }, (_, offset) => offset + 3);
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid={`address-${kind}`}>
      <Stack direction="row" sx={{ alignItems: "center", mb: 1 }}>
        <Typography variant="subtitle2" sx={{ flex: 1 }}>
          {translate(`adhesia.persons.address.kinds.${kind}`)}
        </Typography>
        <Button size="small" startIcon={<AutoFixHighIcon fontSize="small" />} onClick={now} disabled={proposal.state === "loading"}>
          {translate("adhesia.persons.address.normalise")}
        </Button>
        <Tooltip title={translate("adhesia.persons.address.remove")}>
          <IconButton size="small" onClick={onRemove} aria-label={translate("adhesia.persons.address.remove")}>
            <DeleteOutlineIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Stack>
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", lg: "minmax(0, 3fr) minmax(0, 2fr)" }, gap: 2 }}>
        <Box sx={{ display: "grid", gridTemplateColumns: "120px minmax(0, 1fr) minmax(0, 1fr)", columnGap: 1.5 }}>
          <Box sx={{ gridColumn: "1 / -1" }}>
            <TextInput source={`${prefix}.lines.0`} label="adhesia.persons.address.line1" validate={validators.firstLine} helperText={false} autoComplete="off" slotProps={LINE_PROPS} />
          </Box>
          <Box sx={{ gridColumn: "1 / 3" }}>
            <TextInput source={`${prefix}.lines.1`} label="adhesia.persons.address.line2" helperText={false} autoComplete="off" slotProps={LINE_PROPS} />
          </Box>
          <TextInput source={`${prefix}.lines.2`} label="adhesia.persons.address.line3" helperText={false} autoComplete="off" slotProps={LINE_PROPS} />
          {extraLines.map((index) => (
            <Box key={index} sx={{ gridColumn: "1 / -1" }}>
              <TextInput source={`${prefix}.lines.${index}`} label={translate("adhesia.persons.address.line_n", { n: index + 1 })} helperText={false} autoComplete="off" />
            </Box>
          ))}
          <TextInput source={`${prefix}.postalCode`} label="adhesia.persons.address.postal_code" validate={validators.postalCode} helperText={false} autoComplete="off" slotProps={{ htmlInput: { maxLength: 10, inputMode: "numeric" } }} />
          <Box sx={{ gridColumn: "2 / -1" }}>
            <TextInput source={`${prefix}.city`} label="adhesia.persons.address.city" validate={validators.city} helperText={false} autoComplete="off" />
          </Box>
          <Box sx={{ gridColumn: "1 / -1" }}>
            <BlockErrors kind={kind} />
          </Box>
        </Box>
        <Box sx={{ pt: 1 }}>
          <ProposalPanel kind={kind} proposal={proposal} />
        </Box>
      </Box>
    </Paper>
  );
};

/**
 * Main, secondary (beside a main one) and, for professionals, professional address. Each block
 * proposes its RNVP form while it is typed; the server stores that form when the person is saved.
 */
export const AddressesInput = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext<PersonFormValues>();
  const category = useWatch<PersonFormValues, "category">({ name: "category" });
  const form = (useWatch<PersonFormValues>({ name: "addressForm" }) ?? {}) as PersonFormValues["addressForm"] & object;
  const kinds: AddressKind[] = category === "professional" ? ["main", "secondary", "professional"] : ["main", "secondary"];

  const add = (kind: AddressKind) => setValue(`addressForm.${kind}`, emptyAddress(), { shouldDirty: true });
  const remove = (kind: AddressKind) => setValue(`addressForm.${kind}`, null, { shouldDirty: true, shouldValidate: true });

  return (
    <Stack spacing={1.5} sx={{ width: "100%" }} data-testid="addresses-input">
      {kinds.map((kind) =>
        form[kind] ? <AddressBlock key={kind} kind={kind} onRemove={() => remove(kind)} /> : null,
      )}
      <Stack direction="row" spacing={1}>
        {kinds
          .filter((kind) => !form[kind])
          .map((kind) => (
            <Button
              key={kind}
              size="small"
              variant="outlined"
              startIcon={<AddIcon />}
              onClick={() => add(kind)}
              disabled={kind === "secondary" && isEmptyDraft(form.main)}
            >
              {translate(`adhesia.persons.address.add_${kind}`)}
            </Button>
          ))}
      </Stack>
      {category !== "professional" && form.professional && !isEmptyDraft(form.professional) && (
        <Typography variant="caption" color="warning.main">
          {translate("adhesia.persons.address.professional_dropped")}{" "}
          <Link component="button" type="button" onClick={() => remove("professional")}>
            {translate("adhesia.persons.address.remove")}
          </Link>
        </Typography>
      )}
    </Stack>
  );
};
