import AddIcon from "@mui/icons-material/Add";
import DeleteOutlineIcon from "@mui/icons-material/DeleteOutlined";
import { Alert, Box, Button, IconButton, LinearProgress, List, ListItem, ListItemText, MenuItem, Paper, TextField, Tooltip, Typography } from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { Confirm, Link, useCreatePath, useNotify, useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { formatPhone } from "../../ui/format";
import { RecordPicker } from "../../ui/RecordPicker";
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
      const problem = problemOf(failure);
      setError(problem?.fieldErrors.map((entry) => entry.message).join(" ") || (failure instanceof Error ? failure.message : String(failure)));
    } finally {
      setPending(false);
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 1.5, mb: 2 }} component="form" onSubmit={(event) => { event.preventDefault(); void submit(); }} data-testid="relation-add">
      <Typography variant="subtitle2" gutterBottom>
        {translate("adhesia.persons.relations.add")}
      </Typography>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1.5, alignItems: "center" }}>
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
        <Button type="submit" variant="contained" startIcon={<AddIcon />} disabled={!person || pending}>
          {translate("adhesia.persons.relations.add_button")}
        </Button>
      </Box>
      {error && <Alert severity="error" sx={{ mt: 1 }}>{error}</Alert>}
    </Paper>
  );
};

/** Relations: family ties as read from this person (the API already turns "parent of" into "child of" on the other side). */
export const RelationsTab = ({ record }: { record: PersonRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const createPath = useCreatePath();
  const { canWrite } = usePersonRights();
  const personId = String(record.id);
  const [relations, setRelations] = useState<RelationRecord[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [removing, setRemoving] = useState<RelationRecord | null>(null);
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((value) => value + 1);

  useEffect(() => {
    const controller = new AbortController();
    listRelations(personId, controller.signal)
      .then((items) => {
        setRelations(items);
        setFailed(null);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setFailed(error instanceof Error ? error.message : String(error));
      });
    return () => controller.abort();
  }, [personId, version]);

  const remove = async () => {
    if (!removing) return;
    try {
      await removeRelation(personId, removing.id);
      notify("adhesia.persons.relations.removed", { type: "info" });
      reload();
    } catch (error) {
      notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Box data-testid="person-relations">
      {canWrite && <AddRelationForm personId={personId} onAdded={reload} />}
      {failed && <Alert severity="error">{failed}</Alert>}
      {relations === null && !failed && <LinearProgress />}
      {relations?.length === 0 && <Typography color="text.secondary">{translate("adhesia.persons.relations.empty")}</Typography>}
      {relations && relations.length > 0 && (
        <List dense disablePadding>
          {relations.map((relation) => (
            <ListItem
              key={relation.id}
              divider
              data-testid="relation-item"
              secondaryAction={
                canWrite && (
                  <Tooltip title={translate("adhesia.persons.relations.remove")}>
                    <IconButton edge="end" size="small" aria-label={translate("adhesia.persons.relations.remove")} onClick={() => setRemoving(relation)}>
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
      <Confirm
        isOpen={removing !== null}
        title="adhesia.persons.relations.remove_title"
        content={translate("adhesia.persons.relations.remove_content", {
          type: removing ? translate(`adhesia.persons.relation_types.${removing.type}`) : "",
          name: personName(removing),
        })}
        onConfirm={remove}
        onClose={() => setRemoving(null)}
      />
    </Box>
  );
};
