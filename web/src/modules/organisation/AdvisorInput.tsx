import { useEffect } from "react";
import { SelectInput } from "react-admin";
import { useFormContext, useWatch } from "react-hook-form";
import { useAdvisors } from "./useAdvisors";

/**
 * An advisor of the introducer chosen in the same form (field `introducerField`); choosing another
 * introducer clears an advisor who is not one of its own.
 */
export const AdvisorInput = ({ source = "advisorId", introducerField = "introducerId", label, helperText }: { source?: string; introducerField?: string; label?: string; helperText?: string }) => {
  const introducerId: unknown = useWatch({ name: introducerField });
  const advisors = useAdvisors(typeof introducerId === "string" ? introducerId : null);
  const { getValues, setValue } = useFormContext();
  useEffect(() => {
    const current: unknown = getValues(source);
    if (current && advisors.length > 0 && !advisors.some((advisor) => advisor.userId === current)) setValue(source, null, { shouldDirty: true });
  }, [advisors, source, getValues, setValue]);
  return (
    <SelectInput
      source={source}
      label={label}
      choices={advisors.map((advisor) => ({ id: advisor.userId, name: `${advisor.displayName} (${advisor.email})` }))}
      emptyText="adhesia.organisation.rules.advisor_none"
      helperText={helperText}
      disabled={advisors.length === 0}
    />
  );
};
