import AddIcon from "@mui/icons-material/Add";
import DeleteOutlineIcon from "@mui/icons-material/DeleteOutlined";
import EditIcon from "@mui/icons-material/EditOutlined";
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, LinearProgress, Link as MuiLink, Stack, Tooltip, Typography } from "@mui/material";
import { useState, type ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { AutocompleteInput, Confirm, Form, maxLength, ReferenceInput, required, SaveButton, TextInput, useNotify, useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { AddressCard } from "../../ui/addresses/AddressCards";
import { AddressFields } from "../../ui/addresses/AddressesInput";
import { emptyAddress, toAddressInput, toDraft, type AddressDraft } from "../../ui/addresses/addressForm";
import { formatPhone } from "../../ui/format";
import { ScopedRecordLink } from "../../ui/ScopedRecordLink";
import { FormRow } from "../../ui/Sections";
import { personName, type PersonRecord } from "../persons";
import { addSite, listSites, removeSite, updateSite } from "./companiesApi";
import { formatSiret, siretStatus, compactDigits } from "./siren";
import { useCompanyRights } from "./useCompanyRights";
import { useTabItems } from "../../ui/record-tab";
import type { CompanyRecord, SiteInput, SiteRecord } from "./types";

interface SiteFormValues {
  name?: string;
  siret?: string | null;
  address?: AddressDraft;
  phone?: string | null;
  contactPersonId?: string | null;
}

const clean = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

const siteValues = (site: SiteRecord | null): SiteFormValues =>
  site ? { name: site.name, siret: site.siret, address: toDraft(site.address), phone: site.phone, contactPersonId: site.contactPersonId } : { address: emptyAddress() };

function toSiteInput(values: SiteFormValues): SiteInput {
  return {
    name: clean(values.name),
    siret: compactDigits(clean(values.siret)) || null,
    address: toAddressInput(values.address ?? emptyAddress()),
    phone: clean(values.phone) || null,
    contactPersonId: values.contactPersonId || null,
  };
}

/** Stored phones are E.164: shown the French way while untouched. */
const phoneFormat = (value: unknown) => (typeof value === "string" && value.startsWith("+") ? formatPhone(value) : ((value as string | null | undefined) ?? ""));

const requiredLine = (value: unknown) => (clean(value) === "" ? "adhesia.address.line_required" : undefined);
const requiredText = (value: unknown) => (clean(value) === "" ? "ra.validation.required" : undefined);

/** The establishment's SIRET: 14 digits with a valid key, within the company's SIREN when it has one. */
function siteSiretValidator(companySiren: string | null) {
  return (value: unknown) => {
    const status = siretStatus(typeof value === "string" ? value : "");
    if (status === "empty") return undefined;
    if (status !== "valid") return status === "key" ? "adhesia.companies.identifier.siret_key" : "adhesia.companies.identifier.siret_format";
    return companySiren && compactDigits(String(value)).slice(0, 9) !== companySiren ? "adhesia.companies.identifier.siret_mismatch" : undefined;
  };
}

/** Add or edit a site in a dialog; the server's field errors come back under their inputs. */
const SiteDialog = ({ company, site, onClose, onSaved }: { company: CompanyRecord; site: SiteRecord | null; onClose: () => void; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const companyId = String(company.id);
  const save = async (values: SiteFormValues) => {
    try {
      const input = toSiteInput(values);
      if (site) await updateSite(companyId, site.id, { ...input, version: site.version });
      else await addSite(companyId, input);
      notify(site ? "adhesia.companies.sites.updated" : "adhesia.companies.sites.added", { type: "info" });
      onSaved();
      return undefined;
    } catch (error) {
      const problem = problemOf(error);
      if (problem?.errors && Object.keys(problem.errors).length > 0) return problem.errors;
      notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
      return undefined;
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="company-site-dialog">
      <Form defaultValues={siteValues(site)} onSubmit={(values: FieldValues) => save(values as SiteFormValues)}>
        <DialogTitle>{translate(site ? "adhesia.companies.sites.edit" : "adhesia.companies.sites.add")}</DialogTitle>
        <DialogContent dividers>
          <FormRow columns={3}>
            <TextInput source="name" label="adhesia.companies.sites.name" validate={[required(), maxLength(200)]} helperText={false} autoFocus />
            <TextInput source="siret" label="adhesia.companies.sites.siret" validate={siteSiretValidator(company.siren)} format={(value: unknown) => formatSiret(value as string | null)} helperText={false} />
            <TextInput source="phone" label="adhesia.companies.sites.phone" format={phoneFormat} type="tel" helperText={false} />
          </FormRow>
          <ReferenceInput source="contactPersonId" reference="persons" perPage={10} sort={{ field: "lastName", order: "ASC" }}>
            <AutocompleteInput label="adhesia.companies.sites.contact" optionText={(person: PersonRecord) => personName(person)} filterToQuery={(q: string) => ({ q })} helperText={false} />
          </ReferenceInput>
          <Typography variant="subtitle2" sx={{ mt: 1, mb: 0.5 }}>
            {translate("adhesia.companies.sites.address")}
          </Typography>
          <AddressFields name="address" testKey="site" validators={{ firstLine: requiredLine, postalCode: requiredText, city: requiredText }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
          <SaveButton />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

const SiteCard = ({ site, canWrite, onEdit, onRemove }: { site: SiteRecord; canWrite: boolean; onEdit: () => void; onRemove: () => void }) => {
  const translate = useTranslate();
  const { canReadPersons } = useCompanyRights();
  const actions = canWrite && (
    <Stack direction="row">
      <Tooltip title={translate("adhesia.companies.sites.edit")}>
        <IconButton size="small" aria-label={translate("adhesia.companies.sites.edit")} onClick={onEdit}>
          <EditIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Tooltip title={translate("adhesia.companies.sites.remove")}>
        <IconButton size="small" aria-label={translate("adhesia.companies.sites.remove")} onClick={onRemove}>
          <DeleteOutlineIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    </Stack>
  );
  const details: Array<[string, ReactNode]> = [];
  if (site.siret) details.push(["adhesia.companies.sites.siret", formatSiret(site.siret)]);
  if (site.phone) details.push(["adhesia.companies.sites.phone", <MuiLink key="phone" href={`tel:${site.phone}`} underline="hover">{formatPhone(site.phone)}</MuiLink>]);
  if (site.contactPersonId && canReadPersons) {
    details.push([
      "adhesia.companies.sites.contact",
      <ScopedRecordLink<PersonRecord> key="contact" reference="persons" id={site.contactPersonId} render={personName} />,
    ]);
  }
  return (
    <Box data-testid="company-site">
      <AddressCard address={site.address} title={site.name} actions={actions}>
        {details.length > 0 && (
          <Box component="dl" sx={{ m: 0, mt: 1, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: 1.5, rowGap: 0.25, fontSize: 13 }}>
            {details.map(([label, value]) => (
              <Box key={label} sx={{ display: "contents" }}>
                <Typography component="dt" variant="caption" color="text.secondary">
                  {translate(label)}
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                  {value}
                </Typography>
              </Box>
            ))}
          </Box>
        )}
      </AddressCard>
    </Box>
  );
};

/** Sites et services: each with its RNVP address, SIRET, phone and contact person; added and edited in a dialog. */
export const CompanySitesTab = ({ record }: { record: CompanyRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { canWrite } = useCompanyRights();
  const companyId = String(record.id);
  const { items: sites, failed, reload } = useTabItems((signal) => listSites(companyId, signal), companyId);
  const [editing, setEditing] = useState<SiteRecord | "new" | null>(null);
  const [removing, setRemoving] = useState<SiteRecord | null>(null);

  const remove = async () => {
    if (!removing) return;
    try {
      await removeSite(companyId, removing.id);
      notify("adhesia.companies.sites.removed", { type: "info" });
      reload();
    } catch (error) {
      notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Box data-testid="company-sites">
      {canWrite && (
        <Button variant="outlined" size="small" startIcon={<AddIcon />} onClick={() => setEditing("new")} sx={{ mb: 2 }}>
          {translate("adhesia.companies.sites.add")}
        </Button>
      )}
      {failed && <Alert severity="error">{failed}</Alert>}
      {sites === null && !failed && <LinearProgress />}
      {sites?.length === 0 && <Typography color="text.secondary">{translate("adhesia.companies.sites.empty")}</Typography>}
      {sites && sites.length > 0 && (
        <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "repeat(auto-fill, minmax(340px, 1fr))" }, gap: 2 }}>
          {sites.map((site) => (
            <SiteCard key={site.id} site={site} canWrite={canWrite} onEdit={() => setEditing(site)} onRemove={() => setRemoving(site)} />
          ))}
        </Box>
      )}
      {editing && (
        <SiteDialog
          company={record}
          site={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
      <Confirm
        isOpen={removing !== null}
        title={translate("adhesia.companies.sites.remove_title", { name: removing?.name ?? "" })}
        content="adhesia.companies.sites.remove_content"
        onConfirm={remove}
        onClose={() => setRemoving(null)}
      />
    </Box>
  );
};
