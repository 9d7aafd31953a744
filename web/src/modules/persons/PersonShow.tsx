import PersonIcon from "@mui/icons-material/Person";
import StorefrontIcon from "@mui/icons-material/Storefront";
import { Avatar, Box, Card, Chip, LinearProgress, Stack, Tab, Tabs, Tooltip, Typography, type TabProps } from "@mui/material";
import type { ReactNode } from "react";
import { EditButton, ShowBase, Title, useCanAccess, useCreatePath, useNavigate, useParams, useRecordContext, useTranslate } from "react-admin";
import { AuditTrail } from "../../ui/AuditTrail";
import { formatPhone, mainLocality } from "./format";
import { NatureChip } from "./NatureChip";
import { AttachmentsTab } from "./PersonAttachments";
import { AddressesTab, CustomFieldsTab, IdentityTab, ProfileTab, SubscriptionsTab } from "./PersonDetails";
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
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: "center", p: 2 }} data-testid="person-header">
      <Avatar sx={{ bgcolor: professional ? "secondary.main" : "primary.main", width: 44, height: 44 }}>{professional ? <StorefrontIcon /> : <PersonIcon />}</Avatar>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", rowGap: 0.5 }}>
          <Typography variant="h6" component="h1" sx={{ lineHeight: 1.2 }} data-testid="person-title">
            {fullName(record, translate)}
          </Typography>
          <NatureChip nature={record.nature} />
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
      {canEdit && <EditButton variant="contained" />}
    </Stack>
  );
};

/** A tab of a module that does not exist yet: greyed out, with a tooltip naming the module. */
const UnavailableTab = ({ tooltip, ...props }: TabProps & { tooltip: string }) => (
  <Tooltip title={tooltip}>
    <Box component="span" sx={{ display: "inline-flex" }}>
      <Tab {...props} disabled />
    </Box>
  </Tooltip>
);

interface TabDefinition {
  path: string;
  label: string;
  /** The module that will bring this tab, when it does not exist yet. */
  unavailable?: string;
  render?: (record: PersonRecord) => ReactNode;
}

/**
 * Tabs in the order of the source slides. "Concurrence" (competitor coverage) is left out: the
 * server keeps a table for it but exposes no API yet.
 */
function personTabs(canReadAudit: boolean): TabDefinition[] {
  const tabs: TabDefinition[] = [
    { path: "", label: "identity", render: (record) => <IdentityTab record={record} /> },
    { path: "addresses", label: "addresses", render: (record) => <AddressesTab record={record} /> },
    { path: "profile", label: "profile", render: (record) => <ProfileTab record={record} /> },
    { path: "subscriptions", label: "subscriptions", render: (record) => <SubscriptionsTab record={record} /> },
    { path: "custom", label: "custom", render: (record) => <CustomFieldsTab record={record} /> },
    { path: "relations", label: "relations", render: (record) => <RelationsTab record={record} /> },
    { path: "interactions", label: "interactions", unavailable: "interactions" },
    { path: "opportunities", label: "opportunities", unavailable: "opportunities" },
    { path: "contracts", label: "contracts", unavailable: "contracts" },
    { path: "attachments", label: "attachments", render: (record) => <AttachmentsTab record={record} /> },
  ];
  if (canReadAudit) tabs.push({ path: "history", label: "history", render: (record) => <AuditTrail entity="person" entityId={record.id} /> });
  return tabs;
}

const PersonShowView = () => {
  const record = useRecordContext<PersonRecord>();
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const params = useParams();
  const { canReadAudit } = usePersonRights();
  if (!record) return <LinearProgress sx={{ mt: 2 }} />;

  const tabs = personTabs(canReadAudit);
  const requested = params["*"] ?? "";
  const current = tabs.find((tab) => tab.path === requested && !tab.unavailable) ?? tabs[0];
  const base = createPath({ resource: "persons", type: "show", id: record.id });
  const select = (path: string) => navigate(path ? `${base}/${path}` : base, { replace: true });

  return (
    <Box sx={{ mt: 1 }} data-testid="person-show">
      <Title title={fullName(record, translate)} />
      <Card sx={{ mb: 1.5 }}>
        <PersonHeader record={record} />
      </Card>
      <Card>
        <Tabs
          value={current?.path ?? ""}
          onChange={(_event, path: string) => select(path)}
          variant="scrollable"
          scrollButtons="auto"
          aria-label={translate("adhesia.persons.tabs_label")}
          sx={{ borderBottom: 1, borderColor: "divider", minHeight: 40, "& .MuiTab-root": { minHeight: 40, py: 0.5, px: 1.5, textTransform: "none" } }}
        >
          {tabs.map((tab) =>
            tab.unavailable ? (
              <UnavailableTab
                key={tab.path}
                value={tab.path}
                label={translate(`adhesia.persons.tabs.${tab.label}`)}
                tooltip={translate("adhesia.persons.unavailable", { module: translate(`adhesia.persons.modules.${tab.unavailable}`) })}
                data-testid={`person-tab-${tab.label}`}
              />
            ) : (
              <Tab key={tab.path} value={tab.path} label={translate(`adhesia.persons.tabs.${tab.label}`)} data-testid={`person-tab-${tab.label}`} />
            ),
          )}
        </Tabs>
        <Box sx={{ p: 2 }} role="tabpanel" data-testid={`person-panel-${current?.label ?? ""}`}>
          {current?.render?.(record)}
        </Box>
      </Card>
    </Box>
  );
};

/** /persons/:id/show[/tab]: header, then the record's tabs; the tab is part of the address, so it survives a reload. */
export const PersonShow = () => (
  <ShowBase>
    <PersonShowView />
  </ShowBase>
);
