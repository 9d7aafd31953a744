import { Autocomplete, Chip, TextField } from "@mui/material";
import { useState } from "react";
import { FieldTitle, useInput, useTranslate, type Validator } from "react-admin";
import { splitCodes } from "./geoCodes";

interface CodesInputProps {
  source: string;
  /** Which codes are accepted (departments or postal codes). */
  accept: (value: string) => boolean;
  /** Translation key of the help under the input. */
  help: string;
  validate?: Validator | Validator[];
  testId: string;
}

/** A list of codes as chips: typed or pasted in bulk (spaces, commas, semicolons), invalid ones set aside and named. */
export const CodesInput = ({ source, accept, help, validate, testId }: CodesInputProps) => {
  const translate = useTranslate();
  const { field, fieldState, isRequired } = useInput<string[]>({ source, validate, defaultValue: [] });
  const [text, setText] = useState("");
  const [rejected, setRejected] = useState<string[]>([]);
  const value: string[] = Array.isArray(field.value) ? field.value : [];

  const add = (typed: string) => {
    const { codes, rejected: refused } = splitCodes(typed, accept);
    setRejected(refused);
    if (codes.length > 0) field.onChange([...value, ...codes.filter((code) => !value.includes(code))]);
    setText("");
  };
  const error = fieldState.error?.message;
  const helperText = error ? translate(error, { _: error }) : rejected.length > 0 ? translate("adhesia.organisation.sectors.rejected", { codes: rejected.join(", ") }) : translate(help);

  return (
    <Autocomplete<string, true, false, true>
      multiple
      freeSolo
      options={[]}
      value={value}
      inputValue={text}
      onInputChange={(_event, next, reason) => {
        // A paste with separators is split at once; typing waits for Enter.
        if (reason === "input" && /[\s,;]/.test(next) && next.trim()) add(next);
        else setText(next);
      }}
      onChange={(_event, next) => {
        const typed = next.filter((code) => !value.includes(code));
        const kept = next.filter((code) => value.includes(code));
        if (typed.length > 0) {
          const { codes, rejected: refused } = splitCodes(typed.join(" "), accept);
          setRejected(refused);
          field.onChange([...kept, ...codes.filter((code) => !kept.includes(code))]);
        } else field.onChange(kept);
      }}
      onBlur={() => {
        if (text.trim()) add(text);
        field.onBlur();
      }}
      renderValue={(codes, getItemProps) => codes.map((code, index) => <Chip size="small" label={code} {...getItemProps({ index })} key={code} />)}
      renderInput={(params) => (
        <TextField
          {...params}
          label={<FieldTitle source={source} resource="sectors" isRequired={isRequired} />}
          error={Boolean(error)}
          helperText={helperText}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, "data-testid": testId } }}
        />
      )}
      sx={{ width: "100%", mb: 1 }}
    />
  );
};
