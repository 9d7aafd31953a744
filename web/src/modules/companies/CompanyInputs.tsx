import { Box, Paper, Typography } from "@mui/material";
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateInput,
  email,
  maxLength,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { useWatch } from "react-hook-form";
import { AddressesInput } from "../../ui/addresses/AddressesInput";
import { CustomFieldsInput } from "../../ui/CustomFieldsInput";
import { formatPhone } from "../../ui/format";
import { FormRow as Row, FormSection as Section } from "../../ui/Sections";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { OriginInput } from "../origins";
import { personName, type PersonRecord } from "../persons";
import { companyAddressValidators, validateContactLastName, validateHdsRate, validateMainContactId, type CompanyFormValues, type ContactMode } from "./companyForm";
import { SirenInput, SiretInput } from "./IdentifierInputs";
import { IdccInput, NafInput } from "./ReferentialInputs";
import { useCompanyRights } from "./useCompanyRights";
import { useHeadcountBands } from "./useReferentials";
import { COMPANY_ADDRESS_KINDS, type CompanyAddressKind, type CompanyRecord } from "./types";

const validateName = [required(), maxLength(200)];
const validateEmail = [email(), maxLength(320)];

/** Stored phones are E.164: shown the French way while untouched; what is typed is sent as typed (the server parses it). */
const phoneProps = { format: (value: unknown) => (typeof value === "string" && value.startsWith("+") ? formatPhone(value) : ((value as string | null | undefined) ?? "")), type: "tel" as const };

const ReferenceSelect = ({ source, table }: { source: "legalForm" | "importance"; table: string }) => {
  const record = useRecordContext<CompanyRecord>();
  const values = useReferenceChoices(table);
  return <SelectInput source={source} choices={values.choices([record?.[source]])} isPending={values.isPending} translateChoice={false} emptyText="" helperText={false} />;
};

const HeadcountBandSelect = () => {
  const bands = useHeadcountBands();
  return <SelectInput source="headcountBand" choices={bands.choices} isPending={bands.bands.length === 0} translateChoice={false} emptyText="" helperText={false} />;
};

const MarkersInput = () => {
  const record = useRecordContext<CompanyRecord>();
  const markers = useReferenceChoices("markers");
  return <AutocompleteArrayInput source="markers" choices={markers.choices(record?.markers ?? [])} isPending={markers.isPending} translateChoice={false} helperText={false} />;
};

/** A person of the tenant, searched like the persons list (name, phone, e-mail). */
const PersonInput = ({ source, validate }: { source: "mainContactId" | "prescriberPersonId"; validate?: (value: unknown, values: CompanyFormValues) => string | undefined }) => (
  <ReferenceInput source={source} reference="persons" perPage={10} sort={{ field: "lastName", order: "ASC" }}>
    <AutocompleteInput optionText={(person: PersonRecord) => personName(person)} filterToQuery={(q: string) => ({ q })} validate={validate} helperText={false} />
  </ReferenceInput>
);

/** Another company that recommended this one; searched like the companies list (name, SIREN…). */
const PrescriberCompanyInput = () => (
  <ReferenceInput source="prescriberCompanyId" reference="companies" perPage={10} sort={{ field: "name", order: "ASC" }}>
    <AutocompleteInput optionText={(company: CompanyRecord) => company.name} filterToQuery={(q: string) => ({ q })} helperText={false} />
  </ReferenceInput>
);

/** The compact person form of "create the contact": sent as `mainContact`, its errors come back as `mainContact.*`. */
const MainContactCreate = () => {
  const translate = useTranslate();
  const category = useWatch<CompanyFormValues>({ name: "mainContact.category" }) as string | undefined;
  return (
    <Paper variant="outlined" sx={{ p: 1.5, mt: 0.5 }} data-testid="main-contact-form">
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 0.5 }}>
        {translate("adhesia.companies.contact.create_hint")}
      </Typography>
      <Row>
        <RadioButtonGroupInput
          source="mainContact.category"
          label="adhesia.companies.contact.category"
          choices={[
            { id: "individual", name: "adhesia.persons.categories.individual" },
            { id: "professional", name: "adhesia.persons.categories.professional" },
          ]}
          row
          helperText={false}
        />
        <RadioButtonGroupInput
          source="mainContact.civility"
          label="adhesia.companies.contact.civility"
          choices={[
            { id: "mr", name: "adhesia.persons.civilities.mr" },
            { id: "mrs", name: "adhesia.persons.civilities.mrs" },
          ]}
          row
          helperText={false}
        />
        {category === "professional" && <TextInput source="mainContact.functions" label="adhesia.companies.contact.functions" validate={maxLength(200)} helperText={false} />}
      </Row>
      <Row>
        <TextInput source="mainContact.lastName" label="adhesia.companies.contact.last_name" validate={[validateContactLastName, maxLength(100)]} isRequired helperText={false} />
        <TextInput source="mainContact.firstName" label="adhesia.companies.contact.first_name" validate={maxLength(100)} helperText={false} />
        <TextInput source="mainContact.email" label="adhesia.companies.contact.email" type="email" validate={validateEmail} helperText={false} />
        <TextInput source="mainContact.mobilePhone" label="adhesia.companies.contact.mobile_phone" type="tel" helperText={false} />
      </Row>
    </Paper>
  );
};

/** Interlocuteur principal: on creation, none yet, an existing person, or one created with the company. */
const MainContactInput = ({ mode }: { mode: "create" | "edit" }) => {
  const { canWritePersons } = useCompanyRights();
  const contactMode = useWatch<CompanyFormValues, "contactMode">({ name: "contactMode" }) as ContactMode | undefined;
  if (mode === "edit") {
    return (
      <Row columns={2}>
        <PersonInput source="mainContactId" />
      </Row>
    );
  }
  const modes: ContactMode[] = canWritePersons ? ["none", "existing", "create"] : ["none", "existing"];
  return (
    <Box data-testid="main-contact-input">
      <RadioButtonGroupInput source="contactMode" label={false} choices={modes.map((id) => ({ id, name: `adhesia.companies.contact.modes.${id}` }))} row helperText={false} />
      {contactMode === "existing" && (
        <Row columns={2}>
          <PersonInput source="mainContactId" validate={validateMainContactId} />
        </Row>
      )}
      {contactMode === "create" && <MainContactCreate />}
    </Box>
  );
};

/** HDS rate, asked only while HDS is on. */
const HdsRateInput = () => {
  const enabled = useWatch<CompanyFormValues, "hdsEnabled">({ name: "hdsEnabled" });
  return enabled ? <TextInput source="hdsRate" validate={validateHdsRate} helperText={false} slotProps={{ htmlInput: { inputMode: "decimal", maxLength: 6 } }} /> : <Box />;
};

/** PEP and asset freeze: inputs only for holders of company:write_sensitive, and on a record only when its answer carries them. */
const ScreeningInputs = ({ mode }: { mode: "create" | "edit" }) => {
  const record = useRecordContext<CompanyRecord>();
  const { canWriteSensitive } = useCompanyRights();
  if (!canWriteSensitive) return null;
  return (
    <>
      {(mode === "create" || (record && "pep" in record)) && <BooleanInput source="pep" helperText={false} />}
      {(mode === "create" || (record && "assetFreeze" in record)) && <BooleanInput source="assetFreeze" helperText={false} />}
    </>
  );
};

/** Fields shared by company creation and edition, grouped as on the record's tabs. */
export const CompanyInputs = ({ mode }: { mode: "create" | "edit" }) => (
  <Box sx={{ width: "100%" }} data-testid="company-form">
    <Section title="adhesia.companies.sections.identity">
      <Row>
        <TextInput source="name" validate={validateName} autoFocus={mode === "create"} helperText={false} />
        <ReferenceSelect source="legalForm" table="legal_forms" />
        <BooleanInput source="inCreation" helperText={false} sx={{ mt: 1 }} />
        <HeadcountBandSelect />
      </Row>
      <Row>
        <SirenInput />
        <SiretInput />
      </Row>
    </Section>
    <Section title="adhesia.companies.sections.communication">
      <Row columns={3}>
        <TextInput source="email" type="email" validate={validateEmail} helperText={false} />
        <TextInput source="phone" {...phoneProps} helperText={false} />
        <TextInput source="website" validate={maxLength(200)} helperText={false} />
      </Row>
    </Section>
    <Section title="adhesia.companies.sections.main_contact" testId="company-main-contact-section">
      <MainContactInput mode={mode} />
    </Section>
    <Section title="adhesia.companies.sections.addresses">
      <AddressesInput<CompanyAddressKind, CompanyFormValues>
        kinds={COMPANY_ADDRESS_KINDS}
        kindLabel={(kind) => `adhesia.companies.address_kinds.${kind}`}
        addLabel={(kind) => `adhesia.companies.add_address.${kind}`}
        validators={companyAddressValidators}
      />
    </Section>
    <Section title="adhesia.companies.sections.administrative">
      <Row>
        <NumberInput source="turnover" min={0} helperText={false} />
        <TextInput source="activityCode" validate={maxLength(100)} helperText={false} />
        <BooleanInput source="hdsEnabled" helperText={false} sx={{ mt: 1 }} />
        <HdsRateInput />
      </Row>
      <Row columns={2}>
        <NafInput source="nafCode" level={5} testId="naf-input" />
        <IdccInput source="idcc" testId="idcc-input" />
      </Row>
    </Section>
    <Section title="adhesia.companies.sections.profile">
      <Row>
        <OriginInput />
        <PersonInput source="prescriberPersonId" />
        <PrescriberCompanyInput />
        <ReferenceSelect source="importance" table="importance" />
      </Row>
      <Row>
        <MarkersInput />
        <DateInput source="balanceSheetDate" helperText={false} />
        <DateInput source="endOfActivityDate" helperText={false} />
      </Row>
      <Row>
        <ScreeningInputs mode={mode} />
      </Row>
    </Section>
    <Section title="adhesia.companies.sections.custom">
      <CustomFieldsInput entity="company" emptyText="adhesia.companies.custom_none" />
    </Section>
  </Box>
);
