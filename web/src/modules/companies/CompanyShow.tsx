import BusinessIcon from "@mui/icons-material/Business";
import { Avatar, Box, Card, Chip, LinearProgress, Stack, Typography } from "@mui/material";
import { useCallback } from "react";
import { EditButton, ShowBase, Title, useCanAccess, useRecordContext, useTranslate } from "react-admin";
import { AttachmentsPanel } from "../../ui/attachments/AttachmentsPanel";
import { AuditTrail } from "../../ui/AuditTrail";
import { CompetitorCoveragesPanel } from "../../ui/competitor-coverages/CompetitorCoveragesPanel";
import { formatPhone } from "../../ui/format";
import { CoverageFlags } from "../../ui/CoverageFlags";
import { NatureChip } from "../../ui/NatureChip";
import { MODULE_TABS, ModuleTabContent } from "../../ui/record-tab";
import { RecordTabs, type RecordTab } from "../../ui/RecordTabs";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { COMPANY_SCREEN, MergeButton, MergesPanel, useDuplicateRights, useMergedRecordRedirect } from "../duplicates";
import { RecordAssignment } from "../organisation";
import { companyPath, searchCompanies } from "./companiesApi";
import { CompanyDemographyTab } from "./CompanyDemography";
import { AddressesTab, AdministrativeTab, CustomFieldsTab, IdentityTab, ProfileTab } from "./CompanyDetails";
import { CompanyPersonsTab } from "./CompanyPersons";
import { CompanyRelationsTab } from "./CompanyRelations";
import { CompanySitesTab } from "./CompanySites";
import { companyName, headOfficeLocality } from "./format";
import { formatSiren } from "./siren";
import { useCompanyRights, type CompanyRights } from "./useCompanyRights";
import type { CompanyRecord } from "./types";

const chipSx = { height: 20, fontSize: 12 } as const;

const CompanyHeader = ({ record }: { record: CompanyRecord }) => {
  const translate = useTranslate();
  const legalForms = useReferenceChoices("legal_forms");
  const { canAccess: canEdit } = useCanAccess({ resource: "companies", action: "edit", record });
  const contact = [record.email, formatPhone(record.phone), headOfficeLocality(record)].filter(Boolean);
  const search = useCallback((q: string, signal: AbortSignal) => searchCompanies(q, 20, signal), []);
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: "center", p: 2 }} data-testid="company-header">
      <Avatar variant="rounded" sx={{ bgcolor: "secondary.main", width: 44, height: 44 }}>
        <BusinessIcon />
      </Avatar>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", rowGap: 0.5 }}>
          <Typography variant="h6" component="h1" sx={{ lineHeight: 1.2 }} data-testid="company-title">
            {record.name}
          </Typography>
          <NatureChip nature={record.nature} testId="company-nature" />
          <CoverageFlags flags={record.coverageFlags} testId="company-coverage-flags" />
          {record.legalForm && <Chip size="small" variant="outlined" label={legalForms.label(record.legalForm)} sx={chipSx} />}
          {record.inCreation && <Chip size="small" color="warning" variant="outlined" label={translate("adhesia.companies.in_creation")} sx={chipSx} />}
          {record.siren && (
            <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: "tabular-nums" }} data-testid="company-siren">
              SIREN {formatSiren(record.siren)}
            </Typography>
          )}
        </Stack>
        {contact.length > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {contact.join(" · ")}
          </Typography>
        )}
      </Box>
      <Stack direction="row" spacing={1}>
        <MergeButton<CompanyRecord> screen={COMPANY_SCREEN} record={record} nameOf={companyName} describe={headOfficeLocality} search={search} />
        {canEdit && <EditButton variant="contained" />}
      </Stack>
    </Stack>
  );
};

const tab = (path: string, id: string, extra: Omit<RecordTab<CompanyRecord>, "path" | "id" | "label">): RecordTab<CompanyRecord> => ({
  path,
  id,
  label: `adhesia.companies.tabs.${id}`,
  ...extra,
});

/**
 * Tabs in the order of the source slides ("Les onglets de la fiche ENTREPRISE"), after the general
 * data (identity, addresses). Interactions, opportunities and contracts show the list their module
 * plugs in (ui/record-tab/moduleTabs), or say that the module is not installed; the extranet tab
 * is greyed out until that module exists.
 */
function companyTabs({ canReadAudit, canReadPersons, canWrite }: CompanyRights, canReadDuplicates: boolean): RecordTab<CompanyRecord>[] {
  const tabs: RecordTab<CompanyRecord>[] = [
    tab("", "identity", { render: (record) => <IdentityTab record={record} /> }),
    tab("addresses", "addresses", { render: (record) => <AddressesTab record={record} /> }),
    tab("profile", "profile", { render: (record) => <ProfileTab record={record} /> }),
    tab("administrative", "administrative", { render: (record) => <AdministrativeTab record={record} /> }),
    tab("sites", "sites", { render: (record) => <CompanySitesTab record={record} /> }),
    tab("demography", "demography", { render: (record) => <CompanyDemographyTab record={record} /> }),
    tab("coverages", "coverages", { render: (record) => <CompetitorCoveragesPanel recordPath={companyPath(record.id)} canWrite={canWrite} testId="company-coverages" /> }),
    tab("custom", "custom", { render: (record) => <CustomFieldsTab record={record} /> }),
    tab("subscriptions", "subscriptions", { unavailable: "adhesia.companies.modules.extranet" }),
  ];
  if (canReadPersons) tabs.push(tab("persons", "persons", { render: (record) => <CompanyPersonsTab record={record} /> }));
  tabs.push(
    ...MODULE_TABS.map((id) => tab(id, id, { render: (record) => <ModuleTabContent kind="company" tab={id} recordId={String(record.id)} /> })),
    tab("relations", "relations", { render: (record) => <CompanyRelationsTab record={record} /> }),
    tab("attachments", "attachments", { render: (record) => <AttachmentsPanel recordPath={companyPath(record.id)} canWrite={canWrite} testId="company-attachments" /> }),
  );
  if (canReadDuplicates) tabs.push({ path: "merges", id: "merges", label: "adhesia.duplicates.merges.tab", render: (record) => <MergesPanel target="company" recordId={String(record.id)} /> });
  if (canReadAudit) tabs.push(tab("history", "history", { render: (record) => <AuditTrail entity="company" entityId={record.id} /> }));
  return tabs;
}

const CompanyShowView = () => {
  const record = useRecordContext<CompanyRecord>();
  const rights = useCompanyRights();
  const { canRead: canReadDuplicates } = useDuplicateRights();
  if (!record) return <LinearProgress sx={{ mt: 2 }} />;
  return (
    <Box sx={{ mt: 1 }} data-testid="company-show">
      <Title title={record.name} />
      <Card sx={{ mb: 1.5 }}>
        <CompanyHeader record={record} />
        <RecordAssignment target="company" record={record} />
      </Card>
      <RecordTabs record={record} resource="companies" tabs={companyTabs(rights, canReadDuplicates)} testIdPrefix="company" />
    </Box>
  );
};

/** /companies/:id/show[/tab]: header, then the record's tabs; the tab is part of the address, so it survives a reload. */
export const CompanyShow = () => {
  const mergedRedirect = useMergedRecordRedirect<CompanyRecord>({ resource: "companies", type: "show", nameOf: companyName });
  return (
    <ShowBase queryOptions={mergedRedirect}>
      <CompanyShowView />
    </ShowBase>
  );
};
