import { Box, List, ListItem, ListItemText, MenuItem, TextField } from "@mui/material";
import { useCallback, useState } from "react";
import { Link, useCreatePath, useNotify, useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { formatPhone } from "../../ui/format";
import { RecordPicker } from "../../ui/RecordPicker";
import { AddPanel, failureMessage, RemoveButton, TabItemsView, useConfirmedRemoval, useTabItems } from "../../ui/record-tab";
import { mainLocality, personName } from "./format";
import { addRelation, listRelations, removeRelation, searchPersons } from "./personsApi";
import { usePersonRights } from "./usePersonReferences";
import { RELATION_TYPES, type PersonRecord, type RelationRecord, type RelationType } from "./types";

/** Autocomplete over GET /persons?q= (name, phone, e-mail, postal code); the person itself is left out. */
const PersonPicker = ({ excludeId, value, onChange }: { excludeId: string; value: PersonRecord | null; onChange: (person: PersonRecord | null) => void }) => {
  const search = useCallback((q: string, signal: AbortSignal) => searchPersons(q, 10, signal), []);
  return (
    <RecordPicker<PersonRecord>
      search={search}
      value={value}
      onChange={onChange}
      getKey={(person) => String(person.id)}
      getLabel={(person) => personName(person)}
      getSecondary={(person) => [mainLocality(person), formatPhone(person.mobilePhone)].filter(Boolean).join(" · ")}
      exclude={(person) => String(person.id) === excludeId}
      label="adhesia.persons.relations.person"
      placeholder="adhesia.persons.relations.search_person"
      testId="relation-person-input"
    />
  );
};

const AddRelationForm = ({ personId, onAdded }: { personId: string; onAdded: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [type, setType] = useState<RelationType>("spouse_of");
  const [person, setPerson] = useState<PersonRecord | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!person) return;
    setPending(true);
    setError(null);
    try {
      await addRelation(personId, type, String(person.id));
      notify("adhesia.persons.relations.added", { type: "info" });
      setPerson(null);
      onAdded();
    } catch (failure) {
      setError(failureMessage(failure, problemOf(failure)?.fieldErrors));
    } finally {
      setPending(false);
    }
  };

  return (
    <AddPanel title="adhesia.persons.relations.add" submitLabel="adhesia.persons.relations.add_button" canSubmit={person !== null && !pending} onSubmit={() => void submit()} error={error} testId="relation-add">
      <TextField
        select
        size="small"
        label={translate("adhesia.persons.relations.type")}
        value={type}
        onChange={(event) => setType(event.target.value as RelationType)}
        sx={{ width: 260 }}
        slotProps={{ htmlInput: { "data-testid": "relation-type" } }}
      >
        {RELATION_TYPES.map((code) => (
          <MenuItem key={code} value={code}>
            {translate(`adhesia.persons.relation_types.${code}`)}
          </MenuItem>
        ))}
      </TextField>
      <PersonPicker excludeId={personId} value={person} onChange={setPerson} />
    </AddPanel>
  );
};

/** Relations: family ties as read from this person (the API already turns "parent of" into "child of" on the other side). */
export const RelationsTab = ({ record }: { record: PersonRecord }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canWrite } = usePersonRights();
  const personId = String(record.id);
  const relations = useTabItems((signal) => listRelations(personId, signal), personId);
  const removal = useConfirmedRemoval<RelationRecord>({
    remove: (relation) => removeRelation(personId, relation.id),
    removed: "adhesia.persons.relations.removed",
    onRemoved: relations.reload,
    title: "adhesia.persons.relations.remove_title",
    content: (relation) =>
      translate("adhesia.persons.relations.remove_content", { type: translate(`adhesia.persons.relation_types.${relation.type}`), name: personName(relation) }),
  });

  return (
    <Box data-testid="person-relations">
      {canWrite && <AddRelationForm personId={personId} onAdded={relations.reload} />}
      <TabItemsView state={relations} empty="adhesia.persons.relations.empty">
        {(items) => (
          <List dense disablePadding>
            {items.map((relation) => (
              <ListItem
                key={relation.id}
                divider
                data-testid="relation-item"
                secondaryAction={canWrite && <RemoveButton edge="end" label="adhesia.persons.relations.remove" onClick={() => removal.ask(relation)} />}
              >
                <ListItemText
                  primary={
                    <>
                      <Box component="span" sx={{ color: "text.secondary", mr: 1 }}>
                        {translate(`adhesia.persons.relation_types.${relation.type}`)}
                      </Box>
                      <Link to={createPath({ resource: "persons", type: "show", id: relation.personId })}>{personName(relation)}</Link>
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
