import { Box } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { AddPanel, CodeSelect, RelationList, TabItemsView, useConfirmedRemoval, usePickedAddition, useTabItems } from "../../ui/record-tab";
import { ScopedRecordLink } from "../../ui/ScopedRecordLink";
import { personName } from "./format";
import { PersonPicker } from "./PersonPicker";
import { addRelation, listRelations, removeRelation } from "./personsApi";
import { usePersonRights } from "./usePersonReferences";
import { RELATION_TYPES, type PersonRecord, type RelationRecord, type RelationType } from "./types";

const typeLabel = (type: RelationType): string => `adhesia.persons.relation_types.${type}`;

const AddRelationForm = ({ personId, onAdded }: { personId: string; onAdded: () => void }) => {
  const [type, setType] = useState<RelationType>("spouse_of");
  const addition = usePickedAddition<PersonRecord>((person) => addRelation(personId, type, String(person.id)), "adhesia.persons.relations.added", onAdded);
  return (
    <AddPanel title="adhesia.persons.relations.add" submitLabel="adhesia.persons.relations.add_button" testId="relation-add" {...addition.panel}>
      <CodeSelect label="adhesia.persons.relations.type" codes={RELATION_TYPES} value={type} onChange={setType} codeLabel={typeLabel} width={260} testId="relation-type" />
      <PersonPicker
        excludeId={personId}
        value={addition.picked}
        onChange={addition.pick}
        label="adhesia.persons.relations.person"
        placeholder="adhesia.persons.relations.search_person"
        testId="relation-person-input"
      />
    </AddPanel>
  );
};

/** Relations: family ties as read from this person (the API already turns "parent of" into "child of" on the other side). */
export const RelationsTab = ({ record }: { record: PersonRecord }) => {
  const translate = useTranslate();
  const { canWrite } = usePersonRights();
  const personId = String(record.id);
  const relations = useTabItems((signal) => listRelations(personId, signal), personId);
  const removal = useConfirmedRemoval<RelationRecord>({
    remove: (relation) => removeRelation(personId, relation.id),
    removed: "adhesia.persons.relations.removed",
    onRemoved: relations.reload,
    title: "adhesia.persons.relations.remove_title",
    content: (relation) => translate("adhesia.persons.relations.remove_content", { type: translate(typeLabel(relation.type)), name: personName(relation) }),
  });

  return (
    <Box data-testid="person-relations">
      {canWrite && <AddRelationForm personId={personId} onAdded={relations.reload} />}
      <TabItemsView state={relations} empty="adhesia.persons.relations.empty">
        {(items) => (
          <RelationList
            relations={items}
            typeLabel={typeLabel}
            other={(relation) => <ScopedRecordLink<PersonRecord> reference="persons" id={relation.personId} render={personName} />}
            onRemove={canWrite ? removal.ask : undefined}
            removeLabel="adhesia.persons.relations.remove"
            itemTestId="relation-item"
          />
        )}
      </TabItemsView>
      {removal.dialog}
    </Box>
  );
};
