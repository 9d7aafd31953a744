import { BooleanInput, email, maxLength, required, SelectInput, TextInput, useTranslate } from "react-admin";
import { useWatch } from "react-hook-form";
import { FormRow, FormSection } from "../../ui/Sections";
import { validateCode } from "./codeInput";
import { linesToText } from "./introducerForm";
import { isOriasNumber } from "./orias";
import { introducerKindChoices } from "./types";

const validateOrias = (value: unknown) => (typeof value === "string" && value.trim() && !isOriasNumber(value) ? "adhesia.organisation.orias_invalid" : undefined);

/** Fields of introducer creation and edition; the ORIAS number is asked for brokers only, checked as typed. */
export const IntroducerInputs = ({ mode }: { mode: "create" | "edit" }) => {
  const translate = useTranslate();
  const kind = useWatch({ name: "kind" });
  return (
    <>
      <FormSection title="adhesia.organisation.sections.identity" testId="introducer-identity">
        <FormRow columns={3}>
          <SelectInput source="kind" choices={introducerKindChoices} validate={required()} />
          <TextInput source="code" validate={validateCode} helperText="adhesia.organisation.code_help" />
          <TextInput source="name" validate={[required(), maxLength(200)]} />
        </FormRow>
        {kind === "broker" && (
          <FormRow columns={3}>
            <TextInput
              source="oriasNumber"
              validate={[required(), validateOrias]}
              helperText={translate("adhesia.organisation.orias_help")}
              slotProps={{ htmlInput: { inputMode: "numeric", "data-testid": "introducer-orias" } }}
            />
          </FormRow>
        )}
      </FormSection>
      <FormSection title="adhesia.organisation.sections.address">
        <FormRow columns={3}>
          <TextInput source="address.lines" multiline minRows={2} format={linesToText} />
          <TextInput source="address.postalCode" validate={maxLength(10)} />
          <TextInput source="address.city" validate={maxLength(100)} />
        </FormRow>
      </FormSection>
      <FormSection title="adhesia.organisation.sections.contact">
        <FormRow columns={3}>
          <TextInput source="contactName" validate={maxLength(200)} />
          <TextInput source="phone" validate={maxLength(30)} />
          <TextInput source="email" validate={[email(), maxLength(254)]} />
        </FormRow>
        {mode === "edit" && <BooleanInput source="active" helperText="adhesia.organisation.deactivate_help" />}
      </FormSection>
    </>
  );
};
