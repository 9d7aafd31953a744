import { AutocompleteInput, DataTable, FilterButton, List, ReferenceInput, SearchInput, SelectInput, TextInput, TopToolbar, useLocaleState, useTranslate } from "react-admin";
import { coverageDomainChoices } from "../../ui/competitor-coverages/coveragesApi";
import { ExportButton } from "../../ui/ExportButton";
import { formatEuros } from "../../ui/format";
import { LocalDateField } from "../../ui/LocalDateField";
import { ContractHolderLink } from "./ContractHolderLink";
import { contractsExportUrl } from "./contractsApi";
import { ContractStatusChip, contractStatusChoices } from "./ContractStatusChip";
import { EmptyList } from "./EmptyList";
import { productText } from "./format";
import type { ContractRecord } from "./types";

const byName = (q: string) => ({ q });

/** The list's filters; the search box reads the number's beginning (its placeholder is not translated by react-admin). */
const useFilters = () => {
  const translate = useTranslate();
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate("resources.contracts.fields.q")} />,
    <SelectInput key="status" source="status" choices={contractStatusChoices} alwaysOn sx={{ minWidth: 160 }} />,
    <SelectInput key="domain" source="domain" choices={coverageDomainChoices} alwaysOn sx={{ minWidth: 160 }} />,
    <TextInput key="sourceSystem" source="sourceSystem" alwaysOn />,
    <ReferenceInput key="holderPersonId" source="holderPersonId" reference="persons">
      <AutocompleteInput filterToQuery={byName} sx={{ minWidth: 240 }} />
    </ReferenceInput>,
    <ReferenceInput key="holderCompanyId" source="holderCompanyId" reference="companies">
      <AutocompleteInput filterToQuery={byName} sx={{ minWidth: 240 }} />
    </ReferenceInput>,
  ];
};

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButton url={contractsExportUrl} testId="contract-export" />
  </TopToolbar>
);

const Premium = ({ cents }: { cents: number | null }) => {
  const [locale] = useLocaleState();
  return <>{formatEuros(cents, locale)}</>;
};

const DomainText = ({ record }: { record: ContractRecord }) => {
  const translate = useTranslate();
  return <>{translate(`adhesia.coverages.domains.${record.domain}`)}</>;
};

/** The contracts received from the back offices: search by number, filters by status, domain, source system and holder; CSV / XLSX export of the same. */
export const ContractList = () => {
  const filters = useFilters();
  return (
    <List filters={filters} sort={{ field: "startDate", order: "DESC" }} actions={<ListActions />} exporter={false} perPage={25}>
      <DataTable<ContractRecord> rowClick="show" bulkActionButtons={false} empty={<EmptyList message="adhesia.contracts.list_empty" />} data-testid="contract-list">
        <DataTable.Col source="number" />
        <DataTable.Col source="sourceSystem" disableSort />
        <DataTable.Col<ContractRecord> source="holder" disableSort render={(record) => <ContractHolderLink contract={record} />} />
        <DataTable.Col<ContractRecord> source="product" disableSort render={productText} />
        <DataTable.Col<ContractRecord> source="domain" render={(record) => <DomainText record={record} />} />
        <DataTable.Col<ContractRecord> source="status" render={(record) => <ContractStatusChip status={record.status} />} />
        <DataTable.Col source="startDate">
          <LocalDateField source="startDate" />
        </DataTable.Col>
        <DataTable.Col<ContractRecord> source="premiumAnnualCents" align="right" render={(record) => <Premium cents={record.premiumAnnualCents} />} />
        <DataTable.Col source="beneficiaryCount" align="right" disableSort />
      </DataTable>
    </List>
  );
};
