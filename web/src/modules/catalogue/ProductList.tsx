import { AutocompleteInput, BooleanField, CreateButton, DataTable, List, NullableBooleanInput, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput, TopToolbar } from "react-admin";
import { useFormatDate } from "../../ui/InfoGrid";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { productContractTypeChoices, type ProductRecord } from "./types";
import { useCatalogueRights } from "./useCatalogueRights";

const ProductListActions = () => {
  const { canWrite } = useCatalogueRights();
  return <TopToolbar>{canWrite && <CreateButton />}</TopToolbar>;
};

/** Commercial products by label, filtered by range, channel, contract type and status; a product opens on its formulas. */
export const ProductList = () => {
  const channels = useReferenceChoices("sales_channels");
  const formatDate = useFormatDate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="rangeId" source="rangeId" reference="ranges" sort={{ field: "label", order: "ASC" }} alwaysOn>
      <AutocompleteInput optionText="label" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 220 }} />
    </ReferenceInput>,
    <SelectInput key="channel" source="channel" choices={channels.choices()} alwaysOn />,
    <SelectInput key="contractType" source="contractType" choices={productContractTypeChoices} alwaysOn />,
    <NullableBooleanInput key="active" source="active" alwaysOn />,
  ];
  return (
    <List filters={filters} sort={{ field: "label", order: "ASC" }} actions={<ProductListActions />} exporter={false} data-testid="product-list">
      <DataTable<ProductRecord> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="code" cellSx={() => ({ fontFamily: "monospace" })} />
        <DataTable.Col source="label" />
        <DataTable.Col source="rangeId" disableSort>
          <ReferenceField source="rangeId" reference="ranges" link={false} />
        </DataTable.Col>
        <DataTable.Col source="contractType">
          <SelectField source="contractType" choices={productContractTypeChoices} />
        </DataTable.Col>
        <DataTable.Col<ProductRecord> source="channels" disableSort render={(record) => record.channels.map((code) => channels.label(code)).join(", ")} />
        <DataTable.Col<ProductRecord> source="saleStart" render={(record) => formatDate(record.saleStart)} />
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
