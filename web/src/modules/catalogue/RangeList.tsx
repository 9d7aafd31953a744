import { BooleanField, CreateButton, DataTable, List, NullableBooleanInput, SearchInput, SelectField, SelectInput, TopToolbar } from "react-admin";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { contractTypeChoices, domainChoices, rangeTypeChoices, type RangeRecord } from "./types";
import { useCatalogueRights } from "./useCatalogueRights";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="domain" source="domain" choices={domainChoices} alwaysOn />,
  <SelectInput key="contractType" source="contractType" choices={contractTypeChoices} alwaysOn />,
  <SelectInput key="rangeType" source="rangeType" choices={rangeTypeChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

const RangeListActions = () => {
  const { canWrite } = useCatalogueRights();
  return <TopToolbar>{canWrite && <CreateButton />}</TopToolbar>;
};

/** The tenant's ranges by label; a range opens on its guarantees. */
export const RangeList = () => {
  const families = useReferenceChoices("product_families");
  return (
    <List filters={filters} sort={{ field: "label", order: "ASC" }} actions={<RangeListActions />} exporter={false} data-testid="range-list">
      <DataTable<RangeRecord> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="code" cellSx={() => ({ fontFamily: "monospace" })} />
        <DataTable.Col source="label" />
        <DataTable.Col source="domain">
          <SelectField source="domain" choices={domainChoices} />
        </DataTable.Col>
        <DataTable.Col<RangeRecord> source="productFamily" disableSort render={(record) => families.label(record.productFamily)} />
        <DataTable.Col source="contractType">
          <SelectField source="contractType" choices={contractTypeChoices} />
        </DataTable.Col>
        <DataTable.Col source="rangeType">
          <SelectField source="rangeType" choices={rangeTypeChoices} />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
