import { useState } from "react";
import { problemOf } from "../../app/problem";
import { failureMessage } from "../../ui/record-tab";

/** A form's refusal: the field errors of the problem by path, else its message. */
export function useFieldErrors() {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  return {
    fields,
    general,
    reset: () => {
      setFields({});
      setGeneral(null);
    },
    take: (failure: unknown) => {
      const byPath: Record<string, string> = {};
      for (const entry of problemOf(failure)?.fieldErrors ?? []) byPath[entry.path] = entry.message;
      setFields(byPath);
      setGeneral(Object.keys(byPath).length === 0 ? failureMessage(failure) : null);
    },
  };
}
