import { Box, Chip, Link, Stack } from "@mui/material";
import { ReferenceField, useLocaleState, useTranslate, WithRecord } from "react-admin";
import { AddressCards } from "../../ui/addresses/AddressCards";
import { CustomFieldsView } from "../../ui/CustomFieldsView";
import { formatPhone } from "../../ui/format";
import { Info, InfoGrid, useFormatDate, YesNo } from "../../ui/InfoGrid";
import { ScopedRecordLink } from "../../ui/ScopedRecordLink";
import { SectionTitle } from "../../ui/Sections";
import type { OriginRecord } from "../origins/types";
import { personName } from "./format";
import { useReferenceChoices } from "./usePersonReferences";
import { ADDRESS_KINDS, type PersonRecord } from "./types";

const field = (name: string) => `resources.persons.fields.${name}`;

const Phone = ({ value }: { value: string }) => <Link href={`tel:${value}`} underline="hover">{formatPhone(value)}</Link>;
const Email = ({ value }: { value: string }) => <Link href={`mailto:${value}`} underline="hover">{value}</Link>;

/** Identité: civil status and contact details; the professional block for professionals. */
export const IdentityTab = ({ record }: { record: PersonRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  return (
    <Box>
      <SectionTitle title="adhesia.persons.sections.identity" />
      <InfoGrid columns={4} testId="person-identity">
        <Info label={field("category")}>{translate(`adhesia.persons.categories.${record.category}`)}</Info>
        <Info label={field("civility")}>{record.civility ? translate(`adhesia.persons.civilities.${record.civility}`) : null}</Info>
        <Info label={field("lastName")}>{record.lastName}</Info>
        <Info label={field("firstName")}>{record.firstName}</Info>
        <Info label={field("birthName")}>{record.birthName}</Info>
        <Info label={field("birthDate")}>{formatDate(record.birthDate)}</Info>
        <Info label={field("title")}>{record.title}</Info>
      </InfoGrid>
      <SectionTitle title="adhesia.persons.sections.contact" />
      <InfoGrid columns={4}>
        <Info label={field("email")}>{record.email && <Email value={record.email} />}</Info>
        <Info label={field("mobilePhone")}>{record.mobilePhone && <Phone value={record.mobilePhone} />}</Info>
        <Info label={field("landlinePhone")}>{record.landlinePhone && <Phone value={record.landlinePhone} />}</Info>
      </InfoGrid>
      {record.category === "professional" && (
        <>
          <SectionTitle title="adhesia.persons.sections.professional" />
          <InfoGrid columns={4}>
            <Info label={field("professionalCompanyName")}>{record.professionalCompanyName}</Info>
            <Info label={field("functions")}>{record.functions}</Info>
            <Info label={field("professionalEmail")}>{record.professionalEmail && <Email value={record.professionalEmail} />}</Info>
            <Info label={field("professionalPhone")}>{record.professionalPhone && <Phone value={record.professionalPhone} />}</Info>
            <Info label={field("madelinEligible")}><YesNo value={record.madelinEligible} /></Info>
            <Info label={field("businessCreator")}><YesNo value={record.businessCreator} /></Info>
          </InfoGrid>
        </>
      )}
    </Box>
  );
};

/** Adresses: the RNVP lines the server stored (NF Z10-011), their status, and what was typed. */
export const AddressesTab = ({ record }: { record: PersonRecord }) => (
  <AddressCards addresses={record.addresses} kinds={ADDRESS_KINDS} kindLabel={(kind) => `adhesia.persons.address.kinds.${kind}`} testIdPrefix="person-address" />
);

const OriginLabel = () => {
  const [locale] = useLocaleState();
  return <WithRecord<OriginRecord> render={(origin) => <>{locale === "en" ? origin.labelEn || origin.label : origin.label}</>} />;
};

/** Profil: origin, prescriber, tenant reference values, regimes and the flags; PEP / asset freeze only when the API sent them. */
export const ProfileTab = ({ record }: { record: PersonRecord }) => {
  const markers = useReferenceChoices("markers");
  const importance = useReferenceChoices("importance");
  const professions = useReferenceChoices("professions");
  const regimes = useReferenceChoices("social_regimes");
  return (
    <InfoGrid columns={3} testId="person-profile">
      <Info label={field("originId")}>
        <ReferenceField record={record} source="originId" reference="origins" link={false}>
          <OriginLabel />
        </ReferenceField>
      </Info>
      <Info label={field("prescriberPersonId")}>
        <ScopedRecordLink<PersonRecord> reference="persons" id={record.prescriberPersonId} render={personName} />
      </Info>
      <Info label={field("markers")}>
        {record.markers.length > 0 && (
          <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.5 }}>
            {record.markers.map((code) => (
              <Chip key={code} size="small" label={markers.label(code)} sx={{ height: 20 }} />
            ))}
          </Stack>
        )}
      </Info>
      <Info label={field("importance")}>{importance.label(record.importance)}</Info>
      <Info label={field("profession")}>{professions.label(record.profession)}</Info>
      <Info label={field("socialRegime")}>{regimes.label(record.socialRegime)}</Info>
      <Info label={field("localRegime")}><YesNo value={record.localRegime} /></Info>
      <Info label={field("protectedAdult")}><YesNo value={record.protectedAdult} /></Info>
      <Info label={field("c2sBeneficiary")}><YesNo value={record.c2sBeneficiary} /></Info>
      {"pep" in record && <Info label={field("pep")}><YesNo value={record.pep} /></Info>}
      {"assetFreeze" in record && <Info label={field("assetFreeze")}><YesNo value={record.assetFreeze} /></Info>}
    </InfoGrid>
  );
};

/** Abonnements: member portal and paperless statements, each with its start date. */
export const SubscriptionsTab = ({ record }: { record: PersonRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const since = (enabled: boolean, date: string | null) =>
    enabled ? `${translate("adhesia.common.yes")}${date ? ` — ${translate("adhesia.persons.since", { date: formatDate(date) })}` : ""}` : translate("adhesia.common.no");
  return (
    <InfoGrid columns={2} testId="person-subscriptions">
      <Info label={field("portalAccess")}>{since(record.portalAccess, record.portalAccessSince)}</Info>
      <Info label={field("paperlessStatements")}>{since(record.paperlessStatements, record.paperlessSince)}</Info>
    </InfoGrid>
  );
};

/** Compléments: the tenant's custom fields with their labels; values of fields no longer defined are shown by key. */
export const CustomFieldsTab = ({ record }: { record: PersonRecord }) => (
  <CustomFieldsView entity="person" values={record.customFields} emptyText="adhesia.persons.custom_none" testId="person-custom-fields" />
);
