import AddIcon from "@mui/icons-material/Add";
import DeleteOutlineIcon from "@mui/icons-material/DeleteOutlined";
import { Alert, Box, Button, Chip, IconButton, LinearProgress, MenuItem, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from "@mui/material";
import { useCallback, useState } from "react";
import { Confirm, Link, useCreatePath, useNotify, useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { formatPhone } from "../../ui/format";
import { RecordPicker } from "../../ui/RecordPicker";
import { personName, searchPersons, type PersonRecord } from "../persons";
import { addCompanyPerson, listCompanyPersons, removeCompanyPerson } from "./companiesApi";
import { useCompanyRights } from "./useCompanyRights";
import { failureMessage, useTabItems } from "./useTabItems";
import { COMPANY_PERSON_ROLES, type CompanyPersonLink, type CompanyPersonRole, type CompanyRecord } from "./types";

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
    <Paper variant="outlined" sx={{ p: 1.5, mb: 2 }} component="form" onSubmit={(event) => { event.preventDefault(); void submit(); }} data-testid="company-person-add">
      <Typography variant="subtitle2" gutterBottom>
        {translate("adhesia.companies.persons.add")}
      </Typography>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1.5, alignItems: "center" }}>
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
        <Button type="submit" variant="contained" startIcon={<AddIcon />} disabled={!person || pending}>
          {translate("adhesia.companies.persons.add_button")}
        </Button>
      </Box>
      {error && <Alert severity="error" sx={{ mt: 1 }}>{error}</Alert>}
    </Paper>
  );
};

/** Personnes: the company's interlocutors with their role and contacts; each opens the person's record. */
export const CompanyPersonsTab = ({ record }: { record: CompanyRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const createPath = useCreatePath();
  const { canWrite } = useCompanyRights();
  const companyId = String(record.id);
  const { items: links, failed, reload } = useTabItems((signal) => listCompanyPersons(companyId, signal), `${companyId}:${String(record.mainContactId)}`);
  const [removing, setRemoving] = useState<CompanyPersonLink | null>(null);
  // The main contact is flagged once, on the first of their links.
  const mainContactRow = links?.find((link) => link.mainContact)?.id;

  const remove = async () => {
    if (!removing) return;
    try {
      await removeCompanyPerson(companyId, removing.id);
      notify("adhesia.companies.persons.removed", { type: "info" });
      reload();
    } catch (error) {
      notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Box data-testid="company-persons">
      {canWrite && <AddPersonForm companyId={companyId} onAdded={reload} />}
      {failed && <Alert severity="error">{failed}</Alert>}
      {links === null && !failed && <LinearProgress />}
      {links?.length === 0 && <Typography color="text.secondary">{translate("adhesia.companies.persons.empty")}</Typography>}
      {links && links.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate("adhesia.companies.persons.person")}</TableCell>
              <TableCell>{translate("adhesia.companies.persons.role")}</TableCell>
              <TableCell>{translate("adhesia.companies.contact.email")}</TableCell>
              <TableCell>{translate("resources.companies.fields.phone")}</TableCell>
              <TableCell align="right" />
            </TableRow>
          </TableHead>
          <TableBody>
            {links.map((link) => (
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
                  {canWrite && (
                    <Tooltip title={translate("adhesia.companies.persons.remove")}>
                      <IconButton size="small" aria-label={translate("adhesia.companies.persons.remove")} onClick={() => setRemoving(link)}>
                        <DeleteOutlineIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Confirm
        isOpen={removing !== null}
        title={translate("adhesia.companies.persons.remove_title", { name: personName(removing) })}
        content={translate("adhesia.companies.persons.remove_content", { role: removing ? translate(`adhesia.companies.person_roles.${removing.role}`) : "" })}
        onConfirm={remove}
        onClose={() => setRemoving(null)}
      />
    </Box>
  );
};
