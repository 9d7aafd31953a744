import { Box, Chip, TableCell, TableRow } from "@mui/material";
import { useState } from "react";
import { Link, useCreatePath, useTranslate } from "react-admin";
import { formatPhone } from "../../ui/format";
import { PersonPicker, personName, type PersonRecord } from "../persons";
import { addCompanyPerson, listCompanyPersons, removeCompanyPerson } from "./companiesApi";
import { useCompanyRights } from "./useCompanyRights";
import { AddPanel, CodeSelect, RemoveButton, TabItemsView, TabTable, useConfirmedRemoval, usePickedAddition, useTabItems, type TabColumn } from "../../ui/record-tab";
import { COMPANY_PERSON_ROLES, type CompanyPersonLink, type CompanyPersonRole, type CompanyRecord } from "./types";

const COLUMNS: readonly TabColumn[] = [
  { label: "adhesia.companies.persons.person" },
  { label: "adhesia.companies.persons.role" },
  { label: "adhesia.companies.contact.email" },
  { label: "resources.companies.fields.phone" },
];

const roleLabel = (role: CompanyPersonRole): string => `adhesia.companies.person_roles.${role}`;

const emailAndPhone = (person: PersonRecord): string => [person.email, formatPhone(person.mobilePhone ?? person.landlinePhone)].filter(Boolean).join(" · ");

const AddPersonForm = ({ companyId, onAdded }: { companyId: string; onAdded: () => void }) => {
  const [role, setRole] = useState<CompanyPersonRole>("employee");
  const addition = usePickedAddition<PersonRecord>((person) => addCompanyPerson(companyId, String(person.id), role), "adhesia.companies.persons.added", onAdded);
  return (
    <AddPanel title="adhesia.companies.persons.add" submitLabel="adhesia.companies.persons.add_button" testId="company-person-add" {...addition.panel}>
      <PersonPicker
        value={addition.picked}
        onChange={addition.pick}
        describe={emailAndPhone}
        label="adhesia.companies.persons.person"
        placeholder="adhesia.companies.persons.search_person"
        testId="company-person-input"
      />
      <CodeSelect label="adhesia.companies.persons.role" codes={COMPANY_PERSON_ROLES} value={role} onChange={setRole} codeLabel={roleLabel} width={200} testId="company-person-role" />
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
    content: (link) => translate("adhesia.companies.persons.remove_content", { role: translate(roleLabel(link.role)) }),
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
                  <TableCell>{translate(roleLabel(link.role))}</TableCell>
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
