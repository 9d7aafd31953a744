import { Box } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { AddPanel, CodeSelect, RelationList, TabItemsView, useConfirmedRemoval, usePickedAddition, useTabItems } from "../../ui/record-tab";
import { ScopedRecordLink } from "../../ui/ScopedRecordLink";
import { addCompanyRelation, listCompanyRelations, removeCompanyRelation } from "./companiesApi";
import { CompanyPicker } from "./CompanyPicker";
import { formatSiren } from "./siren";
import { useCompanyRights } from "./useCompanyRights";
import { COMPANY_RELATION_TYPES, type CompanyRecord, type CompanyRelationRecord, type CompanyRelationType } from "./types";

const typeLabel = (type: CompanyRelationType): string => `adhesia.companies.relation_types.${type}`;

const AddRelationForm = ({ companyId, onAdded }: { companyId: string; onAdded: () => void }) => {
  const [type, setType] = useState<CompanyRelationType>("subsidiary_of");
  const addition = usePickedAddition<CompanyRecord>((company) => addCompanyRelation(companyId, type, String(company.id)), "adhesia.companies.relations.added", onAdded);
  return (
    <AddPanel title="adhesia.companies.relations.add" submitLabel="adhesia.companies.relations.add_button" testId="company-relation-add" {...addition.panel}>
      <CodeSelect label="adhesia.companies.relations.type" codes={COMPANY_RELATION_TYPES} value={type} onChange={setType} codeLabel={typeLabel} width={220} testId="company-relation-type" />
      <CompanyPicker excludeId={companyId} value={addition.picked} onChange={addition.pick} label="adhesia.companies.relations.company" testId="company-relation-input" />
    </AddPanel>
  );
};

/** Relations: ties with other companies as read from this one (the API turns "subsidiary of" into "parent company of" on the other side). */
export const CompanyRelationsTab = ({ record }: { record: CompanyRecord }) => {
  const translate = useTranslate();
  const { canWrite } = useCompanyRights();
  const companyId = String(record.id);
  const relations = useTabItems((signal) => listCompanyRelations(companyId, signal), companyId);
  const removal = useConfirmedRemoval<CompanyRelationRecord>({
    remove: (relation) => removeCompanyRelation(companyId, relation.id),
    removed: "adhesia.companies.relations.removed",
    onRemoved: relations.reload,
    title: "adhesia.companies.relations.remove_title",
    content: (relation) => translate("adhesia.companies.relations.remove_content", { type: translate(typeLabel(relation.type)), name: relation.name }),
  });

  return (
    <Box data-testid="company-relations">
      {canWrite && <AddRelationForm companyId={companyId} onAdded={relations.reload} />}
      <TabItemsView state={relations} empty="adhesia.companies.relations.empty">
        {(items) => (
          <RelationList
            relations={items}
            typeLabel={typeLabel}
            other={(relation) => (
              <>
                <ScopedRecordLink<CompanyRecord> reference="companies" id={relation.companyId} render={(company) => company.name} />
                {relation.siren && (
                  <Box component="span" sx={{ color: "text.secondary", ml: 1, fontSize: 13 }}>
                    {formatSiren(relation.siren)}
                  </Box>
                )}
              </>
            )}
            onRemove={canWrite ? removal.ask : undefined}
            removeLabel="adhesia.companies.relations.remove"
            itemTestId="company-relation-item"
          />
        )}
      </TabItemsView>
      {removal.dialog}
    </Box>
  );
};
