import PersonIcon from "@mui/icons-material/Person";
import StorefrontIcon from "@mui/icons-material/Storefront";
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
import { MergeButton, MergesPanel, PERSON_SCREEN, useDuplicateRights, useMergedRecordRedirect } from "../duplicates";
import { RecordAssignment } from "../organisation";
import { mainLocality, personName } from "./format";
import { AddressesTab, CustomFieldsTab, IdentityTab, ProfileTab, SubscriptionsTab } from "./PersonDetails";
import { personPath, searchPersons } from "./personsApi";
import { RelationsTab } from "./PersonRelations";
import { usePersonRights } from "./usePersonReferences";
import type { PersonRecord } from "./types";

/** "Mme Léa Martin": civility, first name, family name. */
function fullName(record: PersonRecord, translate: (key: string) => string): string {
  return [record.civility ? translate(`adhesia.persons.civilities.${record.civility}`) : "", record.firstName ?? "", record.lastName].filter(Boolean).join(" ");
}

const PersonHeader = ({ record }: { record: PersonRecord }) => {
  const translate = useTranslate();
  const { canAccess: canEdit } = useCanAccess({ resource: "persons", action: "edit", record });
  const contact = [record.email, formatPhone(record.mobilePhone), mainLocality(record)].filter(Boolean);
  const professional = record.category === "professional";
  const search = useCallback((q: string, signal: AbortSignal) => searchPersons(q, 20, signal), []);
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: "center", p: 2 }} data-testid="person-header">
      <Avatar sx={{ bgcolor: professional ? "secondary.main" : "primary.main", width: 44, height: 44 }}>{professional ? <StorefrontIcon /> : <PersonIcon />}</Avatar>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", rowGap: 0.5 }}>
          <Typography variant="h6" component="h1" sx={{ lineHeight: 1.2 }} data-testid="person-title">
            {fullName(record, translate)}
          </Typography>
          <NatureChip nature={record.nature} testId="person-nature" />
          <CoverageFlags flags={record.coverageFlags} testId="person-coverage-flags" />
          <Chip size="small" variant="outlined" label={translate(`adhesia.persons.categories.${record.category}`)} sx={{ height: 20, fontSize: 12 }} />
          {professional && record.professionalCompanyName && (
            <Typography variant="body2" color="text.secondary">
              {record.professionalCompanyName}
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
        <MergeButton<PersonRecord> screen={PERSON_SCREEN} record={record} nameOf={personName} describe={mainLocality} search={search} />
        {canEdit && <EditButton variant="contained" />}
      </Stack>
    </Stack>
  );
};

const tab = (path: string, id: string, extra: Omit<RecordTab<PersonRecord>, "path" | "id" | "label">): RecordTab<PersonRecord> => ({
  path,
  id,
  label: `adhesia.persons.tabs.${id}`,
  ...extra,
});

/**
 * Tabs in the order of the source slides ("Les onglets de la fiche PERSONNE"), after the general
 * data (identity). Interactions, opportunities and contracts show the list their module plugs in
 * (ui/record-tab/moduleTabs), or say that the module is not installed.
 */
function personTabs(canReadAudit: boolean, canWrite: boolean, canReadDuplicates: boolean): RecordTab<PersonRecord>[] {
  const tabs: RecordTab<PersonRecord>[] = [
    tab("", "identity", { render: (record) => <IdentityTab record={record} /> }),
    tab("addresses", "addresses", { render: (record) => <AddressesTab record={record} /> }),
    tab("profile", "profile", { render: (record) => <ProfileTab record={record} /> }),
    tab("subscriptions", "subscriptions", { render: (record) => <SubscriptionsTab record={record} /> }),
    tab("custom", "custom", { render: (record) => <CustomFieldsTab record={record} /> }),
    tab("coverages", "coverages", { render: (record) => <CompetitorCoveragesPanel recordPath={personPath(record.id)} canWrite={canWrite} testId="person-coverages" /> }),
    tab("relations", "relations", { render: (record) => <RelationsTab record={record} /> }),
    ...MODULE_TABS.map((id) => tab(id, id, { render: (record) => <ModuleTabContent kind="person" tab={id} recordId={String(record.id)} /> })),
    tab("attachments", "attachments", { render: (record) => <AttachmentsPanel recordPath={personPath(record.id)} canWrite={canWrite} testId="person-attachments" /> }),
  ];
  if (canReadDuplicates) tabs.push({ path: "merges", id: "merges", label: "adhesia.duplicates.merges.tab", render: (record) => <MergesPanel target="person" recordId={String(record.id)} /> });
  if (canReadAudit) tabs.push(tab("history", "history", { render: (record) => <AuditTrail entity="person" entityId={record.id} /> }));
  return tabs;
}

const PersonShowView = () => {
  const record = useRecordContext<PersonRecord>();
  const translate = useTranslate();
  const { canReadAudit, canWrite } = usePersonRights();
  const { canRead: canReadDuplicates } = useDuplicateRights();
  if (!record) return <LinearProgress sx={{ mt: 2 }} />;
  return (
    <Box sx={{ mt: 1 }} data-testid="person-show">
      <Title title={fullName(record, translate)} />
      <Card sx={{ mb: 1.5 }}>
        <PersonHeader record={record} />
        <RecordAssignment target="person" record={record} />
      </Card>
      <RecordTabs record={record} resource="persons" tabs={personTabs(canReadAudit, canWrite, canReadDuplicates)} testIdPrefix="person" />
    </Box>
  );
};

/** /persons/:id/show[/tab]: header, then the record's tabs; the tab is part of the address, so it survives a reload. */
export const PersonShow = () => {
  const mergedRedirect = useMergedRecordRedirect<PersonRecord>({ resource: "persons", type: "show", nameOf: personName });
  return (
    <ShowBase queryOptions={mergedRedirect}>
      <PersonShowView />
    </ShowBase>
  );
};
