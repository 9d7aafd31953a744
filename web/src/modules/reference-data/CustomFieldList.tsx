import { BooleanField, DataTable, List, SelectField, SelectInput, TopToolbar } from "react-admin";
import { ExportButton, listExportUrl } from "../../ui/ExportButton";
import { useEditRowClick } from "../../ui/useEditRowClick";
import { entityChoices, typeChoices, type CustomFieldRecord } from "./types";

const filters = [<SelectInput key="entity" source="entity" choices={entityChoices} alwaysOn />];

/** Custom fields of person, company, opportunity and contract records; filtered by record kind. */
export const CustomFieldList = () => {
  const rowClick = useEditRowClick();
  return (
    <List filters={filters} sort={{ field: "sortOrder", order: "ASC" }} exporter={false} actions={<TopToolbar><ExportButton url={listExportUrl("/custom-fields", ["entity"])} testId="custom-fields-export" /></TopToolbar>}>
      <DataTable<CustomFieldRecord> rowClick={rowClick} bulkActionButtons={false}>
        <DataTable.Col source="entity" disableSort>
          <SelectField source="entity" choices={entityChoices} />
        </DataTable.Col>
        <DataTable.Col source="key" disableSort cellSx={() => ({ fontFamily: "monospace" })} />
        <DataTable.Col source="labelFr" disableSort />
        <DataTable.Col source="labelEn" disableSort />
        <DataTable.Col source="type" disableSort>
          <SelectField source="type" choices={typeChoices} />
        </DataTable.Col>
        <DataTable.Col source="required" disableSort>
          <BooleanField source="required" />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
        <DataTable.NumberCol source="sortOrder" disableSort />
      </DataTable>
    </List>
  );
};
