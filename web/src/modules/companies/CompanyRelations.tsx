import { Box, List, ListItem, ListItemText, MenuItem, TextField } from "@mui/material";
import { useCallback, useState } from "react";
import { Link, useCreatePath, useNotify, useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { RecordPicker } from "../../ui/RecordPicker";
import { addCompanyRelation, listCompanyRelations, removeCompanyRelation, searchCompanies } from "./companiesApi";
import { headOfficeLocality } from "./format";
import { formatSiren } from "./siren";
import { useCompanyRights } from "./useCompanyRights";
import { AddPanel, failureMessage, RemoveButton, TabItemsView, useConfirmedRemoval, useTabItems } from "../../ui/record-tab";
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
    <AddPanel title="adhesia.companies.relations.add" submitLabel="adhesia.companies.relations.add_button" canSubmit={company !== null && !pending} onSubmit={() => void submit()} error={error} testId="company-relation-add">
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
    </AddPanel>
  );
};

/** Relations: ties with other companies as read from this one (the API turns "subsidiary of" into "parent company of" on the other side). */
export const CompanyRelationsTab = ({ record }: { record: CompanyRecord }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canWrite } = useCompanyRights();
  const companyId = String(record.id);
  const relations = useTabItems((signal) => listCompanyRelations(companyId, signal), companyId);
  const removal = useConfirmedRemoval<CompanyRelationRecord>({
    remove: (relation) => removeCompanyRelation(companyId, relation.id),
    removed: "adhesia.companies.relations.removed",
    onRemoved: relations.reload,
    title: "adhesia.companies.relations.remove_title",
    content: (relation) =>
      translate("adhesia.companies.relations.remove_content", { type: translate(`adhesia.companies.relation_types.${relation.type}`), name: relation.name }),
  });

  return (
    <Box data-testid="company-relations">
      {canWrite && <AddRelationForm companyId={companyId} onAdded={relations.reload} />}
      <TabItemsView state={relations} empty="adhesia.companies.relations.empty">
        {(items) => (
          <List dense disablePadding>
            {items.map((relation) => (
              <ListItem
                key={relation.id}
                divider
                data-testid="company-relation-item"
                secondaryAction={canWrite && <RemoveButton edge="end" label="adhesia.companies.relations.remove" onClick={() => removal.ask(relation)} />}
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
      </TabItemsView>
      {removal.dialog}
    </Box>
  );
};
