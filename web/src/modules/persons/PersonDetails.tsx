import { Box, Chip, Link, Paper, Stack, Typography } from "@mui/material";
import { ReferenceField, useLocaleState, useTranslate, WithRecord } from "react-admin";
import { localLabel } from "../reference-data/types";
import type { OriginRecord } from "../origins/types";
import { AddressStatusChip } from "./AddressStatusChip";
import { formatPhone, personName } from "./format";
import { Info, InfoGrid, useFormatDate, YesNo } from "./InfoGrid";
import { usePersonCustomFields, useReferenceChoices } from "./usePersonReferences";
import { ADDRESS_KINDS, type PersonRecord } from "./types";

const field = (name: string) => `resources.persons.fields.${name}`;

const Phone = ({ value }: { value: string }) => <Link href={`tel:${value}`} underline="hover">{formatPhone(value)}</Link>;
const Email = ({ value }: { value: string }) => <Link href={`mailto:${value}`} underline="hover">{value}</Link>;

const SectionTitle = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle2" component="h3" color="primary" sx={{ mt: 2, mb: 1, textTransform: "uppercase", fontSize: 12, letterSpacing: 0.5, "&:first-of-type": { mt: 0 } }}>
      {translate(title)}
    </Typography>
  );
};

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
export const AddressesTab = ({ record }: { record: PersonRecord }) => {
  const translate = useTranslate();
  const addresses = ADDRESS_KINDS.flatMap((kind) => record.addresses.filter((address) => address.kind === kind));
  if (addresses.length === 0) return <Typography color="text.secondary">{translate("adhesia.persons.address.none")}</Typography>;
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "repeat(auto-fill, minmax(320px, 1fr))" }, gap: 2 }}>
      {addresses.map((address) => (
        <Paper key={address.kind} variant="outlined" sx={{ p: 1.5 }} data-testid={`person-address-${address.kind}`}>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1 }}>
            <Typography variant="subtitle2" sx={{ flex: 1 }}>
              {translate(`adhesia.persons.address.kinds.${address.kind}`)}
            </Typography>
            <AddressStatusChip status={address.normalisationStatus} />
          </Stack>
          <Box component="pre" sx={{ m: 0, fontFamily: "monospace", fontSize: 13, lineHeight: 1.5 }} data-testid="person-address-lines">
            {address.normalisedLines.join("\n")}
          </Box>
          <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
            {translate("adhesia.persons.address.typed")} : {[...address.lines, `${address.postalCode} ${address.city}`, address.country !== "FR" ? address.country : ""].filter(Boolean).join(", ")}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
};

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
        {record.prescriberPersonId && (
          <ReferenceField record={record} source="prescriberPersonId" reference="persons" link="show">
            <WithRecord<PersonRecord> render={(person) => <>{personName(person)}</>} />
          </ReferenceField>
        )}
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
export const CustomFieldsTab = ({ record }: { record: PersonRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDate = useFormatDate();
  const { fields, isPending } = usePersonCustomFields();
  if (isPending) return null;
  const values = record.customFields ?? {};
  const defined = new Set(fields.map((definition) => definition.key));
  const shown = fields.filter((definition) => definition.active || (values[definition.key] ?? null) !== null);
  const orphans = Object.keys(values).filter((key) => !defined.has(key) && values[key] !== null);
  if (shown.length === 0 && orphans.length === 0) return <Typography color="text.secondary">{translate("adhesia.persons.custom_none")}</Typography>;
  const display = (type: string, value: unknown) => {
    if (value === null || value === undefined || value === "") return null;
    if (type === "boolean") return <YesNo value={Boolean(value)} />;
    if (type === "date" && typeof value === "string") return formatDate(value);
    if (type === "number" && typeof value === "number") return new Intl.NumberFormat(locale === "en" ? "en-GB" : "fr-FR").format(value);
    return String(value);
  };
  return (
    <InfoGrid columns={3} testId="person-custom-fields">
      {shown.map((definition) => (
        <Info key={definition.key} label={localLabel(definition, locale)}>
          {display(definition.type, values[definition.key])}
        </Info>
      ))}
      {orphans.map((key) => (
        <Info key={key} label={key}>
          {String(values[key])}
        </Info>
      ))}
    </InfoGrid>
  );
};
