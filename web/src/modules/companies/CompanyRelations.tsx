import AddIcon from "@mui/icons-material/Add";
import DeleteOutlineIcon from "@mui/icons-material/DeleteOutlined";
import { Alert, Box, Button, IconButton, LinearProgress, List, ListItem, ListItemText, MenuItem, Paper, TextField, Tooltip, Typography } from "@mui/material";
import { useCallback, useState } from "react";
import { Confirm, Link, useCreatePath, useNotify, useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { RecordPicker } from "../../ui/RecordPicker";
import { addCompanyRelation, listCompanyRelations, removeCompanyRelation, searchCompanies } from "./companiesApi";
import { headOfficeLocality } from "./format";
import { formatSiren } from "./siren";
import { useCompanyRights } from "./useCompanyRights";
import { failureMessage, useTabItems } from "./useTabItems";
import { COMPANY_RELATION_TYPES, type CompanyRecord, type CompanyRelationRecord, type CompanyRelationType } from "./types";

/** Autocomplete over GET /companies?q= (name, SIREN, postal code…); the company itself is left out. */
export const CompanyPicker = ({ excludeId, value, onChange, label, testId }: { excludeId?: string; value: CompanyRecord | null; onChange: (company: CompanyRecord | null) => void; label: string; testId: string }) => {
  const search = useCallback((q: string, signal: AbortSignal) => searchCompanies(q, 10, signal), []);
  return (
    <RecordPicker<CompanyRecord>
      search={search}
      value={value}
      onChange={onChange}
      getKey={(company) => String(company.id)}
      getLabel={(company) => company.name}
      getSecondary={(company) => [formatSiren(company.siren), headOfficeLocality(company)].filter(Boolean).join(" · ")}
      exclude={excludeId ? (company) => String(company.id) === excludeId : undefined}
      label={label}
      placeholder="adhesia.companies.relations.search_company"
      testId={testId}
    />
  );
};

const AddRelationForm = ({ companyId, onAdded }: { companyId: string; onAdded: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [type, setType] = useState<CompanyRelationType>("subsidiary_of");
  const [company, setCompany] = useState<CompanyRecord | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!company) return;
    setPending(true);
    setError(null);
    try {
      await addCompanyRelation(companyId, type, String(company.id));
      notify("adhesia.companies.relations.added", { type: "info" });
      setCompany(null);
      onAdded();
    } catch (failure) {
      setError(failureMessage(failure, problemOf(failure)?.fieldErrors));
    } finally {
      setPending(false);
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 1.5, mb: 2 }} component="form" onSubmit={(event) => { event.preventDefault(); void submit(); }} data-testid="company-relation-add">
      <Typography variant="subtitle2" gutterBottom>
        {translate("adhesia.companies.relations.add")}
      </Typography>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1.5, alignItems: "center" }}>
        <TextField
          select
          size="small"
          label={translate("adhesia.companies.relations.type")}
          value={type}
          onChange={(event) => setType(event.target.value as CompanyRelationType)}
          sx={{ width: 220 }}
          slotProps={{ htmlInput: { "data-testid": "company-relation-type" } }}
        >
          {COMPANY_RELATION_TYPES.map((code) => (
            <MenuItem key={code} value={code}>
              {translate(`adhesia.companies.relation_types.${code}`)}
            </MenuItem>
          ))}
        </TextField>
        <CompanyPicker excludeId={companyId} value={company} onChange={setCompany} label="adhesia.companies.relations.company" testId="company-relation-input" />
        <Button type="submit" variant="contained" startIcon={<AddIcon />} disabled={!company || pending}>
          {translate("adhesia.companies.relations.add_button")}
        </Button>
      </Box>
      {error && <Alert severity="error" sx={{ mt: 1 }}>{error}</Alert>}
    </Paper>
  );
};

/** Relations: ties with other companies as read from this one (the API turns "subsidiary of" into "parent company of" on the other side). */
export const CompanyRelationsTab = ({ record }: { record: CompanyRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const createPath = useCreatePath();
  const { canWrite } = useCompanyRights();
  const companyId = String(record.id);
  const { items: relations, failed, reload } = useTabItems((signal) => listCompanyRelations(companyId, signal), companyId);
  const [removing, setRemoving] = useState<CompanyRelationRecord | null>(null);

  const remove = async () => {
    if (!removing) return;
    try {
      await removeCompanyRelation(companyId, removing.id);
      notify("adhesia.companies.relations.removed", { type: "info" });
      reload();
    } catch (error) {
      notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Box data-testid="company-relations">
      {canWrite && <AddRelationForm companyId={companyId} onAdded={reload} />}
      {failed && <Alert severity="error">{failed}</Alert>}
      {relations === null && !failed && <LinearProgress />}
      {relations?.length === 0 && <Typography color="text.secondary">{translate("adhesia.companies.relations.empty")}</Typography>}
      {relations && relations.length > 0 && (
        <List dense disablePadding>
          {relations.map((relation) => (
            <ListItem
              key={relation.id}
              divider
              data-testid="company-relation-item"
              secondaryAction={
                canWrite && (
                  <Tooltip title={translate("adhesia.companies.relations.remove")}>
                    <IconButton edge="end" size="small" aria-label={translate("adhesia.companies.relations.remove")} onClick={() => setRemoving(relation)}>
                      <DeleteOutlineIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                )
              }
            >
              <ListItemText
                primary={
                  <>
                    <Box component="span" sx={{ color: "text.secondary", mr: 1 }}>
                      {translate(`adhesia.companies.relation_types.${relation.type}`)}
                    </Box>
                    <Link to={createPath({ resource: "companies", type: "show", id: relation.companyId })}>{relation.name}</Link>
                    {relation.siren && (
                      <Box component="span" sx={{ color: "text.secondary", ml: 1, fontSize: 13 }}>
                        {formatSiren(relation.siren)}
                      </Box>
                    )}
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      )}
      <Confirm
        isOpen={removing !== null}
        title="adhesia.companies.relations.remove_title"
        content={translate("adhesia.companies.relations.remove_content", {
          type: removing ? translate(`adhesia.companies.relation_types.${removing.type}`) : "",
          name: removing?.name ?? "",
        })}
        onConfirm={remove}
        onClose={() => setRemoving(null)}
      />
    </Box>
  );
};
