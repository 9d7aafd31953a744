import { Stack } from "@mui/material";
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  maxLength,
  ReferenceInput,
  required,
  SelectArrayInput,
  SelectInput,
  TextInput,
  useRecordContext,
} from "react-admin";
import { FormSection } from "../../ui/Sections";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { validateCatalogueCode, validateCatalogueLabel } from "./RangeInputs";
import { productContractTypeChoices, type ProductRecord } from "./types";

const row = { direction: { xs: "column", md: "row" }, spacing: { xs: 0, md: 2 }, sx: { width: "100%" } } as const;

/** The sale cannot end before it starts; the server checks it too (catalogue.sale_end_before_start). */
export function validateSaleDates(values: Partial<ProductRecord>): Record<string, string> {
  return values.saleStart && values.saleEnd && values.saleEnd < values.saleStart ? { saleEnd: "adhesia.catalogue.products.sale_end_before_start" } : {};
}

/** Fields shared by product creation and edition; range and code are fixed once created. */
export const ProductInputs = ({ mode }: { mode: "create" | "edit" }) => {
  const record = useRecordContext<ProductRecord>();
  const insurers = useReferenceChoices("insurers");
  const managers = useReferenceChoices("product_managers");
  const channels = useReferenceChoices("sales_channels");
  return (
    <>
      <FormSection title="adhesia.catalogue.products.sections.product">
        <Stack {...row}>
          <ReferenceInput source="rangeId" reference="ranges" sort={{ field: "label", order: "ASC" }}>
            <AutocompleteInput optionText="label" validate={required()} disabled={mode === "edit"} filterToQuery={(q: string) => ({ q })} sx={{ flex: 2 }} />
          </ReferenceInput>
          <TextInput source="code" validate={mode === "create" ? validateCatalogueCode : undefined} disabled={mode === "edit"} helperText="adhesia.catalogue.code_help" sx={{ flex: 1 }} />
        </Stack>
        <Stack {...row}>
          <TextInput source="label" validate={validateCatalogueLabel} sx={{ flex: 2 }} />
          <SelectInput source="contractType" choices={productContractTypeChoices} emptyText="adhesia.catalogue.products.contract_type_of_range" helperText="adhesia.catalogue.products.contract_type_help" sx={{ flex: 1 }} />
        </Stack>
        <Stack {...row}>
          <SelectArrayInput source="insurers" choices={insurers.choices(record?.insurers ?? [])} isPending={insurers.isPending} sx={{ flex: 1 }} />
          <SelectArrayInput source="managers" choices={managers.choices(record?.managers ?? [])} isPending={managers.isPending} sx={{ flex: 1 }} />
        </Stack>
      </FormSection>
      <FormSection title="adhesia.catalogue.products.sections.sales_axis">
        <Stack {...row}>
          <TextInput source="network" validate={maxLength(100)} sx={{ flex: 1 }} />
          <SelectArrayInput source="channels" choices={channels.choices(record?.channels ?? [])} isPending={channels.isPending} sx={{ flex: 2 }} />
        </Stack>
        <Stack {...row}>
          <TextInput source="distributionMode" validate={maxLength(100)} sx={{ flex: 1 }} />
          <TextInput source="distributionType" validate={maxLength(100)} sx={{ flex: 1 }} />
        </Stack>
        <Stack {...row}>
          <DateInput source="saleStart" />
          <DateInput source="saleEnd" />
        </Stack>
        <BooleanInput source="grantsMembership" helperText="adhesia.catalogue.products.grants_membership_help" />
        {mode === "edit" && <BooleanInput source="active" />}
      </FormSection>
    </>
  );
};
