import AddIcon from "@mui/icons-material/Add";
import { useState } from "react";
import {
  Button,
  DataTable,
  DeleteButton,
  List,
  ReferenceField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  useCanAccess,
} from "react-admin";
import { ExportButton, listExportUrl } from "../../ui/ExportButton";
import { ImportButton } from "../../ui/ImportButton";
import { IntroducerInput } from "./IntroducerInput";
import { AdvisorName } from "./useAdvisors";
import { RuleDialog, type RuleDialogState } from "./RuleDialog";
import { marketChoices, type AssignmentRuleRecord } from "./types";

const filters = [
  <SelectInput key="market" source="market" choices={marketChoices} alwaysOn />,
  <TextInput key="department" source="department" alwaysOn />,
  <TextInput key="postalCode" source="postalCode" alwaysOn />,
  <IntroducerInput key="introducerId" includeInactive alwaysOn />,
];

const exportUrl = listExportUrl("/assignment-rules", ["market", "department", "postalCode", "introducerId"]);

const RuleListActions = ({ onCreate, canWrite }: { onCreate: () => void; canWrite: boolean }) => (
  <TopToolbar>
    {canWrite && (
      <Button label="ra.action.create" onClick={onCreate} data-testid="rule-create">
        <AddIcon />
      </Button>
    )}
    <ImportButton
      path="/assignment-rules/import"
      resource="assignment-rules"
      title="adhesia.organisation.rules.import_title"
      help="adhesia.organisation.rules.import_help"
      testId="rule-import-file"
    />
    <ExportButton url={exportUrl} testId="rule-export" />
  </TopToolbar>
);

/** « Table des affectations »: (market, postal code or department) → introducer [, advisor], edited in place. */
export const RuleList = () => {
  const [dialog, setDialog] = useState<RuleDialogState>(null);
  const { canAccess: canWrite = false } = useCanAccess({ resource: "assignment-rules", action: "edit" });
  return (
    <>
      <List
        filters={filters}
        sort={{ field: "market", order: "ASC" }}
        perPage={50}
        empty={false}
        actions={<RuleListActions canWrite={canWrite} onCreate={() => setDialog({ mode: "create" })} />}
        exporter={false}
        data-testid="rule-list"
      >
        <DataTable<AssignmentRuleRecord>
          rowClick={(id) => {
            if (canWrite) setDialog({ mode: "edit", id });
            return false;
          }}
          bulkActionButtons={false}
        >
          <DataTable.Col source="market" />
          <DataTable.Col source="postalCode" cellSx={() => ({ fontFamily: "monospace" })} />
          <DataTable.Col source="department" cellSx={() => ({ fontFamily: "monospace" })} />
          <DataTable.Col source="introducerId" disableSort>
            <ReferenceField source="introducerId" reference="introducers" link="show">
              <TextField source="name" />
            </ReferenceField>
          </DataTable.Col>
          <DataTable.Col<AssignmentRuleRecord> source="advisorId" disableSort render={(record) => <AdvisorName introducerId={record.introducerId} advisorId={record.advisorId} />} />
          {canWrite && (
            <DataTable.Col label="" disableSort>
              <DeleteButton mutationMode="pessimistic" label="" redirect={false} />
            </DataTable.Col>
          )}
        </DataTable>
      </List>
      <RuleDialog state={dialog} onClose={() => setDialog(null)} />
    </>
  );
};
