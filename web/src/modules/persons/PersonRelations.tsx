import AddIcon from "@mui/icons-material/Add";
import DeleteOutlineIcon from "@mui/icons-material/DeleteOutlined";
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  CircularProgress,
  IconButton,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Paper,
  TextField,
  Tooltip,
  Typography,
} from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { Confirm, Link, useCreatePath, useNotify, useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { formatPhone, mainLocality, personName } from "./format";
import { addRelation, listRelations, removeRelation, searchPersons } from "./personsApi";
import { useDebouncedSearch } from "./useDebouncedSearch";
import { usePersonRights } from "./usePersonReferences";
import { RELATION_TYPES, type PersonRecord, type RelationRecord, type RelationType } from "./types";

/** Autocomplete over GET /persons?q= (name, phone, e-mail, postal code); the person itself is left out. */
const PersonPicker = ({ excludeId, value, onChange }: { excludeId: string; value: PersonRecord | null; onChange: (person: PersonRecord | null) => void }) => {
  const translate = useTranslate();
  const [input, setInput] = useState("");
  const search = useCallback((q: string, signal: AbortSignal) => searchPersons(q, 10, signal), []);
  const { results, loading } = useDebouncedSearch(input, search);
  const options = results.filter((person) => String(person.id) !== excludeId);
  return (
    <Autocomplete<PersonRecord>
      sx={{ flex: 1, minWidth: 260 }}
      size="small"
      options={options}
      value={value}
      onChange={(_event, person) => onChange(person)}
      inputValue={input}
      onInputChange={(_event, text) => setInput(text)}
      filterOptions={(items) => items}
      getOptionLabel={(person) => personName(person)}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      loading={loading}
      noOptionsText={translate(input.trim().length < 2 ? "adhesia.persons.search.min_chars" : "adhesia.persons.search.no_result")}
      loadingText={translate("ra.page.loading")}
      renderOption={({ key, ...props }, person) => (
        <li key={key} {...props}>
          <ListItemText primary={personName(person)} secondary={[mainLocality(person), formatPhone(person.mobilePhone)].filter(Boolean).join(" · ")} />
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate("adhesia.persons.relations.person")}
          placeholder={translate("adhesia.persons.relations.search_person")}
          slotProps={{
            ...params.slotProps,
            input: { ...params.slotProps.input, endAdornment: <>{loading && <CircularProgress size={16} />}{params.slotProps.input.endAdornment}</> },
            htmlInput: { ...params.slotProps.htmlInput, "data-testid": "relation-person-input" },
          }}
        />
      )}
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
