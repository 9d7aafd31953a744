import { Box, Link, Typography } from "@mui/material";
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateInput,
  email,
  maxLength,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { useFormContext, useWatch } from "react-hook-form";
import { AddressesInput } from "../../ui/addresses/AddressesInput";
import { CustomFieldsInput } from "../../ui/CustomFieldsInput";
import { formatPhone } from "../../ui/format";
import { FormRow as Row, FormSection as Section } from "../../ui/Sections";
import { OriginInput } from "../origins";
import { personName } from "./format";
import { addressValidators, isEmptyDraft, type AddressDraft, type PersonFormValues } from "./personForm";
import { usePersonRights, useReferenceChoices, type PersonReferenceTable } from "./usePersonReferences";
import { categoryChoices, civilityChoices, type AddressKind, type PersonRecord } from "./types";

const validateLastName = [required(), maxLength(100)];
const validateEmail = [email(), maxLength(320)];
const today = () => new Date().toISOString().slice(0, 10);
const validateBirthDate = (value: unknown) => (typeof value === "string" && value !== "" && (value > today() || value < "1900-01-01") ? "adhesia.persons.birth_date_invalid" : undefined);

/** Stored phones are E.164: shown the French way while untouched; what is typed is sent as typed (the server parses it). */
const phoneProps = { format: (value: unknown) => (typeof value === "string" && value.startsWith("+") ? formatPhone(value) : ((value as string | null | undefined) ?? "")), type: "tel" as const };

const ReferenceSelect = ({ source, table }: { source: "importance" | "profession" | "socialRegime"; table: PersonReferenceTable }) => {
  const record = useRecordContext<PersonRecord>();
  const values = useReferenceChoices(table);
  return <SelectInput source={source} choices={values.choices([record?.[source]])} isPending={values.isPending} translateChoice={false} emptyText="" helperText={false} />;
};

const MarkersInput = () => {
  const record = useRecordContext<PersonRecord>();
  const markers = useReferenceChoices("markers");
  return <AutocompleteArrayInput source="markers" choices={markers.choices(record?.markers ?? [])} isPending={markers.isPending} translateChoice={false} helperText={false} />;
};

/** Who recommended the person; searched like the persons list (name, phone, e-mail). */
const PrescriberInput = () => (
  <ReferenceInput source="prescriberPersonId" reference="persons" perPage={10} sort={{ field: "lastName", order: "ASC" }}>
    <AutocompleteInput optionText={(person: PersonRecord) => personName(person)} filterToQuery={(q: string) => ({ q })} helperText={false} />
  </ReferenceInput>
);

/** Only for professionals: the server refuses professional data on an individual. */
const ProfessionalSection = () => {
  const category = useWatch<PersonFormValues, "category">({ name: "category" });
  if (category !== "professional") return null;
  return (
    <Section title="adhesia.persons.sections.professional" testId="person-professional-section">
      <Row>
        <TextInput source="professionalCompanyName" validate={maxLength(200)} helperText={false} />
        <TextInput source="functions" validate={maxLength(200)} helperText={false} />
        <TextInput source="professionalEmail" type="email" validate={validateEmail} helperText={false} />
        <TextInput source="professionalPhone" {...phoneProps} helperText={false} />
      </Row>
      <Row>
        <BooleanInput source="madelinEligible" helperText={false} />
        <BooleanInput source="businessCreator" helperText={false} />
      </Row>
    </Section>
  );
};

/** PEP and asset freeze: inputs only for holders of person:write_sensitive, and on a record only when its answer carries them. */
const ScreeningInputs = ({ mode }: { mode: "create" | "edit" }) => {
  const record = useRecordContext<PersonRecord>();
  const { canWriteSensitive } = usePersonRights();
  if (!canWriteSensitive) return null;
  return (
    <>
      {(mode === "create" || (record && "pep" in record)) && <BooleanInput source="pep" helperText={false} />}
      {(mode === "create" || (record && "assetFreeze" in record)) && <BooleanInput source="assetFreeze" helperText={false} />}
    </>
  );
};

const SinceInput = ({ flag, source }: { flag: "portalAccess" | "paperlessStatements"; source: "portalAccessSince" | "paperlessSince" }) => {
  const enabled = useWatch<PersonFormValues>({ name: flag });
  return enabled ? <DateInput source={source} helperText={false} /> : <Box />;
};

/**
 * Main, secondary (beside a main one) and, for professionals, professional address, each with its
 * RNVP proposal; a professional address typed for an individual is flagged, as it will not be saved.
 */
const PersonAddressesInput = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext<PersonFormValues>();
  const category = useWatch<PersonFormValues, "category">({ name: "category" });
  const professionalDraft = useWatch<PersonFormValues>({ name: "addressForm.professional" }) as AddressDraft | null | undefined;
  const kinds: AddressKind[] = category === "professional" ? ["main", "secondary", "professional"] : ["main", "secondary"];
  return (
    <AddressesInput<AddressKind, PersonFormValues>
      kinds={kinds}
      kindLabel={(kind) => `adhesia.persons.address.kinds.${kind}`}
      addLabel={(kind) => `adhesia.persons.address.add_${kind}`}
      validators={addressValidators}
      canAdd={(kind, form) => kind !== "secondary" || !isEmptyDraft(form.main)}
    >
      {category !== "professional" && professionalDraft && !isEmptyDraft(professionalDraft) && (
        <Typography variant="caption" color="warning.main">
          {translate("adhesia.persons.address.professional_dropped")}{" "}
          <Link component="button" type="button" onClick={() => setValue("addressForm.professional", null, { shouldDirty: true, shouldValidate: true })}>
            {translate("adhesia.address.remove")}
          </Link>
        </Typography>
      )}
    </AddressesInput>
  );
};

/** Fields shared by person creation and edition, grouped as on the record's tabs. */
export const PersonInputs = ({ mode }: { mode: "create" | "edit" }) => (
  <Box sx={{ width: "100%" }} data-testid="person-form">
    <Section title="adhesia.persons.sections.identity">
      <Row>
        <RadioButtonGroupInput source="category" choices={categoryChoices} validate={required()} row helperText={false} />
        <RadioButtonGroupInput source="civility" choices={civilityChoices} row helperText={false} />
      </Row>
      <Row>
        <TextInput source="lastName" validate={validateLastName} autoFocus={mode === "create"} helperText={false} />
        <TextInput source="firstName" validate={maxLength(100)} helperText={false} />
        <TextInput source="birthName" validate={maxLength(100)} helperText={false} />
        <DateInput source="birthDate" validate={validateBirthDate} helperText={false} />
      </Row>
      <Row>
        <TextInput source="email" type="email" validate={validateEmail} helperText={false} />
        <TextInput source="mobilePhone" {...phoneProps} helperText={false} />
        <TextInput source="landlinePhone" {...phoneProps} helperText={false} />
        <TextInput source="title" validate={maxLength(100)} helperText={false} />
      </Row>
    </Section>
    <ProfessionalSection />
    <Section title="adhesia.persons.sections.addresses">
      <PersonAddressesInput />
    </Section>
    <Section title="adhesia.persons.sections.profile">
      <Row>
        <OriginInput />
        <PrescriberInput />
        <MarkersInput />
        <ReferenceSelect source="importance" table="importance" />
      </Row>
      <Row>
        <ReferenceSelect source="profession" table="professions" />
        <ReferenceSelect source="socialRegime" table="social_regimes" />
        <BooleanInput source="localRegime" helperText={false} />
      </Row>
      <Row>
        <BooleanInput source="protectedAdult" helperText={false} />
        <BooleanInput source="c2sBeneficiary" helperText={false} />
        <ScreeningInputs mode={mode} />
      </Row>
    </Section>
    <Section title="adhesia.persons.sections.subscriptions">
      <Row>
        <BooleanInput source="portalAccess" helperText={false} />
        <SinceInput flag="portalAccess" source="portalAccessSince" />
        <BooleanInput source="paperlessStatements" helperText={false} />
        <SinceInput flag="paperlessStatements" source="paperlessSince" />
      </Row>
    </Section>
    <Section title="adhesia.persons.sections.custom">
      <CustomFieldsInput entity="person" emptyText="adhesia.persons.custom_none" />
    </Section>
  </Box>
);
