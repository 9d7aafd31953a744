import { Chip, Stack } from "@mui/material";
import { CreateButton, DataTable, List, SelectInput, TopToolbar, useTranslate } from "react-admin";
import { fieldLabel, SCREENS } from "./screens";
import { DUPLICATE_TARGETS, type DuplicateRule } from "./types";
import { useDuplicateRights } from "./useDuplicateRights";

const filters = [<SelectInput key="target" source="target" choices={DUPLICATE_TARGETS.map((id) => ({ id, name: `adhesia.duplicates.targets.${id}` }))} alwaysOn sx={{ minWidth: 150 }} />];

const Actions = () => {
  const { canConfigure } = useDuplicateRights();
  return <TopToolbar>{canConfigure && <CreateButton />}</TopToolbar>;
};

/** "Nom (normalisée) + Date de naissance (exacte)". */
const ComparedFields = ({ rule }: { rule: DuplicateRule }) => {
  const translate = useTranslate();
  return (
    <>
      {rule.fields
        .map(({ field, method, threshold }) => `${translate(fieldLabel(SCREENS[rule.target], field))} (${translate(`adhesia.duplicates.methods.${method}`)}${threshold !== undefined ? ` ≥ ${threshold}` : ""})`)
        .join(" + ")}
    </>
  );
};

const Status = ({ rule }: { rule: DuplicateRule }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5}>
      <Chip size="small" color={rule.active ? "success" : "default"} label={translate(rule.active ? "adhesia.duplicates.rules.active" : "adhesia.duplicates.rules.inactive")} />
      {rule.system && <Chip size="small" variant="outlined" label={translate("resources.duplicate-rules.fields.system")} />}
    </Stack>
  );
};

/** The tenant's duplicate rules; those who may configure open one to change it. */
export const DuplicateRuleList = () => {
  const translate = useTranslate();
  const { canConfigure } = useDuplicateRights();
  return (
    <List filters={filters} actions={<Actions />} exporter={false} pagination={false}>
      <DataTable<DuplicateRule> rowClick={canConfigure ? "edit" : false} bulkActionButtons={false} data-testid="duplicate-rule-list">
        <DataTable.Col source="label" disableSort />
        <DataTable.Col<DuplicateRule> source="target" disableSort render={(rule) => translate(`adhesia.duplicates.targets.${rule.target}`)} />
        <DataTable.Col<DuplicateRule> source="fields" disableSort render={(rule) => <ComparedFields rule={rule} />} />
        <DataTable.Col<DuplicateRule> source="active" disableSort render={(rule) => <Status rule={rule} />} />
        <DataTable.Col source="code" disableSort />
      </DataTable>
    </List>
  );
};
