import { Box, Chip, Link, Stack } from "@mui/material";
import { ReferenceField, useLocaleState, WithRecord } from "react-admin";
import { AddressCards } from "../../ui/addresses/AddressCards";
import { CustomFieldsView } from "../../ui/CustomFieldsView";
import { formatEuros, formatPhone } from "../../ui/format";
import { Info, InfoGrid, useFormatDate, YesNo } from "../../ui/InfoGrid";
import { ScopedRecordLink } from "../../ui/ScopedRecordLink";
import { SectionTitle } from "../../ui/Sections";
import { useReferenceChoices } from "../../ui/useReferenceData";
import type { OriginRecord } from "../origins/types";
import { personName, type PersonRecord } from "../persons";
import { formatRate } from "./format";
import { formatSiren, formatSiret } from "./siren";
import { useCompanyRights } from "./useCompanyRights";
import { useHeadcountBands, useIdccEntry, useNafEntry } from "./useReferentials";
import { COMPANY_ADDRESS_KINDS, type CompanyRecord } from "./types";

const field = (name: string) => `resources.companies.fields.${name}`;

const Phone = ({ value }: { value: string }) => (
  <Link href={`tel:${value}`} underline="hover">
    {formatPhone(value)}
  </Link>
);
const Email = ({ value }: { value: string }) => (
  <Link href={`mailto:${value}`} underline="hover">
    {value}
  </Link>
);
const Website = ({ value }: { value: string }) => (
  <Link href={/^https?:\/\//i.test(value) ? value : `https://${value}`} target="_blank" rel="noopener noreferrer" underline="hover">
    {value.replace(/^https?:\/\//i, "")}
  </Link>
);

/** A person of the tenant, linked to their record; null (a dash) when none or without person:read. */
function personLink(record: CompanyRecord, source: "mainContactId" | "prescriberPersonId", canReadPersons: boolean) {
  if (!record[source] || !canReadPersons) return null;
  return <ScopedRecordLink<PersonRecord> reference="persons" id={record[source]} render={personName} />;
}

/** Identité: legal identity, headcount, main contact and communication data. */
export const IdentityTab = ({ record }: { record: CompanyRecord }) => {
  const { canReadPersons } = useCompanyRights();
  const legalForms = useReferenceChoices("legal_forms");
  const bands = useHeadcountBands();
  return (
    <Box>
      <SectionTitle title="adhesia.companies.sections.identity" />
      <InfoGrid columns={4} testId="company-identity">
        <Info label={field("name")}>{record.name}</Info>
        <Info label={field("legalForm")}>{legalForms.label(record.legalForm)}</Info>
        <Info label={field("siren")}>{formatSiren(record.siren)}</Info>
        <Info label={field("siret")}>{formatSiret(record.siret)}</Info>
        <Info label={field("inCreation")}>
          <YesNo value={record.inCreation} />
        </Info>
        <Info label={field("headcountBand")}>{bands.label(record.headcountBand)}</Info>
        <Info label={field("mainContactId")}>{personLink(record, "mainContactId", canReadPersons)}</Info>
      </InfoGrid>
      <SectionTitle title="adhesia.companies.sections.communication" />
      <InfoGrid columns={4}>
        <Info label={field("email")}>{record.email && <Email value={record.email} />}</Info>
        <Info label={field("phone")}>{record.phone && <Phone value={record.phone} />}</Info>
        <Info label={field("website")}>{record.website && <Website value={record.website} />}</Info>
      </InfoGrid>
    </Box>
  );
};

/** Adresses: head office, billing and other address, as normalised by the server (RNVP). */
export const AddressesTab = ({ record }: { record: CompanyRecord }) => (
  <AddressCards addresses={record.addresses} kinds={COMPANY_ADDRESS_KINDS} kindLabel={(kind) => `adhesia.companies.address_kinds.${kind}`} testIdPrefix="company-address" />
);

const OriginLabel = () => {
  const [locale] = useLocaleState();
  return <WithRecord<OriginRecord> render={(origin) => <>{locale === "en" ? origin.labelEn || origin.label : origin.label}</>} />;
};

/** Profil: origin, prescriber, markers, importance, balance sheet and end of activity; PEP / asset freeze only when the API sent them. */
export const ProfileTab = ({ record }: { record: CompanyRecord }) => {
  const { canReadPersons } = useCompanyRights();
  const markers = useReferenceChoices("markers");
  const importance = useReferenceChoices("importance");
  const formatDate = useFormatDate();
  return (
    <InfoGrid columns={3} testId="company-profile">
      <Info label={field("originId")}>
        <ReferenceField record={record} source="originId" reference="origins" link={false}>
          <OriginLabel />
        </ReferenceField>
      </Info>
      <Info label={field("prescriberPersonId")}>{personLink(record, "prescriberPersonId", canReadPersons)}</Info>
      <Info label={field("prescriberCompanyId")}>
        <ScopedRecordLink<CompanyRecord> reference="companies" id={record.prescriberCompanyId} render={(company) => company.name} />
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
      <Info label={field("balanceSheetDate")}>{formatDate(record.balanceSheetDate)}</Info>
      <Info label={field("endOfActivityDate")}>{formatDate(record.endOfActivityDate)}</Info>
      {"pep" in record && (
        <Info label={field("pep")}>
          <YesNo value={record.pep} />
        </Info>
      )}
      {"assetFreeze" in record && (
        <Info label={field("assetFreeze")}>
          <YesNo value={record.assetFreeze} />
        </Info>
      )}
    </InfoGrid>
  );
};

/** "86.21Z — Activité des médecins généralistes". */
const CodeWithLabel = ({ code, label }: { code: string | null; label: string | undefined }) => {
  if (!code) return null;
  return (
    <>
      <Box component="span" sx={{ fontWeight: 500 }}>
        {code}
      </Box>
      {label && ` — ${label}`}
    </>
  );
};

/** Administratif: turnover, activity code, NAF and IDCC with their labels, HDS and its rate. */
export const AdministrativeTab = ({ record }: { record: CompanyRecord }) => {
  const [locale] = useLocaleState();
  const naf = useNafEntry(record.nafCode);
  const idcc = useIdccEntry(record.idcc);
  return (
    <InfoGrid columns={3} testId="company-administrative">
      <Info label={field("turnoverCents")}>{formatEuros(record.turnoverCents, locale)}</Info>
      <Info label={field("activityCode")}>{record.activityCode}</Info>
      <Box />
      <Info label={field("hdsEnabled")}>
        <YesNo value={record.hdsEnabled} />
      </Info>
      <Info label={field("hdsRate")}>{record.hdsEnabled ? formatRate(record.hdsRate, locale) : null}</Info>
      <Info label={field("nafCode")} wide>
        <CodeWithLabel code={record.nafCode} label={naf?.label} />
      </Info>
      <Info label={field("idcc")} wide>
        <CodeWithLabel code={record.idcc} label={idcc?.title} />
      </Info>
    </InfoGrid>
  );
};

/** Compléments: the tenant's custom fields for companies. */
export const CustomFieldsTab = ({ record }: { record: CompanyRecord }) => (
  <CustomFieldsView entity="company" values={record.customFields} emptyText="adhesia.companies.custom_none" testId="company-custom-fields" />
);
