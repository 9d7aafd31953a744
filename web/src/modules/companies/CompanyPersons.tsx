import { Box, Chip, MenuItem, TableCell, TableRow, TextField } from "@mui/material";
import { useCallback, useState } from "react";
import { Link, useCreatePath, useNotify, useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { formatPhone } from "../../ui/format";
import { RecordPicker } from "../../ui/RecordPicker";
import { personName, searchPersons, type PersonRecord } from "../persons";
import { addCompanyPerson, listCompanyPersons, removeCompanyPerson } from "./companiesApi";
import { useCompanyRights } from "./useCompanyRights";
import { AddPanel, failureMessage, RemoveButton, TabItemsView, TabTable, useConfirmedRemoval, useTabItems, type TabColumn } from "../../ui/record-tab";
import { COMPANY_PERSON_ROLES, type CompanyPersonLink, type CompanyPersonRole, type CompanyRecord } from "./types";

const COLUMNS: readonly TabColumn[] = [
  { label: "adhesia.companies.persons.person" },
  { label: "adhesia.companies.persons.role" },
  { label: "adhesia.companies.contact.email" },
  { label: "resources.companies.fields.phone" },
];

/** Autocomplete over GET /persons?q= (name, phone, e-mail, postal code). */
const PersonPicker = ({ value, onChange }: { value: PersonRecord | null; onChange: (person: PersonRecord | null) => void }) => {
  const search = useCallback((q: string, signal: AbortSignal) => searchPersons(q, 10, signal), []);
  return (
    <RecordPicker<PersonRecord>
      search={search}
      value={value}
      onChange={onChange}
      getKey={(person) => String(person.id)}
      getLabel={(person) => personName(person)}
      getSecondary={(person) => [person.email, formatPhone(person.mobilePhone ?? person.landlinePhone)].filter(Boolean).join(" · ")}
      label="adhesia.companies.persons.person"
      placeholder="adhesia.companies.persons.search_person"
      testId="company-person-input"
    />
  );
};

const AddPersonForm = ({ companyId, onAdded }: { companyId: string; onAdded: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [role, setRole] = useState<CompanyPersonRole>("employee");
  const [person, setPerson] = useState<PersonRecord | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!person) return;
    setPending(true);
    setError(null);
    try {
      await addCompanyPerson(companyId, String(person.id), role);
      notify("adhesia.companies.persons.added", { type: "info" });
      setPerson(null);
      onAdded();
    } catch (failure) {
      setError(failureMessage(failure, problemOf(failure)?.fieldErrors));
    } finally {
      setPending(false);
    }
  };

  return (
    <AddPanel title="adhesia.companies.persons.add" submitLabel="adhesia.companies.persons.add_button" canSubmit={person !== null && !pending} onSubmit={() => void submit()} error={error} testId="company-person-add">
      <PersonPicker value={person} onChange={setPerson} />
      <TextField
        select
        size="small"
        label={translate("adhesia.companies.persons.role")}
        value={role}
        onChange={(event) => setRole(event.target.value as CompanyPersonRole)}
        sx={{ width: 200 }}
        slotProps={{ htmlInput: { "data-testid": "company-person-role" } }}
      >
        {COMPANY_PERSON_ROLES.map((code) => (
          <MenuItem key={code} value={code}>
            {translate(`adhesia.companies.person_roles.${code}`)}
          </MenuItem>
        ))}
      </TextField>
    </AddPanel>
  );
};

/** Personnes: the company's interlocutors with their role and contacts; each opens the person's record. */
export const CompanyPersonsTab = ({ record }: { record: CompanyRecord }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canWrite } = useCompanyRights();
  const companyId = String(record.id);
  const links = useTabItems((signal) => listCompanyPersons(companyId, signal), `${companyId}:${String(record.mainContactId)}`);
  // The main contact is flagged once, on the first of their links.
  const mainContactRow = links.items?.find((link) => link.mainContact)?.id;
  const removal = useConfirmedRemoval<CompanyPersonLink>({
    remove: (link) => removeCompanyPerson(companyId, link.id),
    removed: "adhesia.companies.persons.removed",
    onRemoved: links.reload,
    title: (link) => translate("adhesia.companies.persons.remove_title", { name: personName(link) }),
    content: (link) => translate("adhesia.companies.persons.remove_content", { role: translate(`adhesia.companies.person_roles.${link.role}`) }),
  });

  return (
    <Box data-testid="company-persons">
      {canWrite && <AddPersonForm companyId={companyId} onAdded={links.reload} />}
      <TabItemsView state={links} empty="adhesia.companies.persons.empty">
        {(items) => (
          <TabTable columns={COLUMNS}>
              {items.map((link) => (
                <TableRow key={link.id} data-testid="company-person-row">
                  <TableCell>
                    <Link to={createPath({ resource: "persons", type: "show", id: link.personId })} underline="hover" sx={{ fontWeight: 500 }}>
                      {personName(link)}
                    </Link>
                    {link.id === mainContactRow && (
                      <Chip size="small" color="primary" variant="outlined" label={translate("adhesia.companies.contact.main")} sx={{ ml: 1, height: 20, fontSize: 12 }} data-testid="company-main-contact-chip" />
                    )}
                  </TableCell>
                  <TableCell>{translate(`adhesia.companies.person_roles.${link.role}`)}</TableCell>
                  <TableCell>{link.email}</TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>{formatPhone(link.mobilePhone ?? link.landlinePhone)}</TableCell>
                  <TableCell align="right">
                    {canWrite && <RemoveButton label="adhesia.companies.persons.remove" onClick={() => removal.ask(link)} />}
                  </TableCell>
                </TableRow>
              ))}
          </TabTable>
        )}
      </TabItemsView>
      {removal.dialog}
    </Box>
  );
};
