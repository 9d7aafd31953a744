import { Stack } from "@mui/material";
import { BooleanInput, maxLength, regex, required, SelectArrayInput, SelectInput, TextInput, useRecordContext } from "react-admin";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { contractTypeChoices, domainChoices, rangeTypeChoices, type RangeRecord } from "./types";

/** The server's catalogue codes: letters, digits, "_", "." or "-", 60 at most. */
export const validateCatalogueCode = [required(), regex(/^[A-Za-z0-9_.-]{1,60}$/, "adhesia.catalogue.code_invalid")];
export const validateCatalogueLabel = [required(), maxLength(200)];
const row = { direction: { xs: "column", md: "row" }, spacing: { xs: 0, md: 2 }, sx: { width: "100%" } } as const;

/** Fields shared by range creation and edition; the code is fixed once created. */
export const RangeInputs = ({ mode }: { mode: "create" | "edit" }) => {
  const record = useRecordContext<RangeRecord>();
  const families = useReferenceChoices("product_families");
  const designers = useReferenceChoices("product_designers");
  return (
    <>
      <Stack {...row}>
        <TextInput source="code" validate={mode === "create" ? validateCatalogueCode : undefined} disabled={mode === "edit"} helperText="adhesia.catalogue.code_help" sx={{ flex: 1 }} />
        <TextInput source="label" validate={validateCatalogueLabel} sx={{ flex: 2 }} />
      </Stack>
      <Stack {...row}>
        <SelectInput source="domain" choices={domainChoices} validate={required()} sx={{ flex: 1 }} />
        <SelectInput source="productFamily" choices={families.choices([record?.productFamily])} isPending={families.isPending} emptyText="adhesia.catalogue.none" sx={{ flex: 1 }} />
      </Stack>
      <Stack {...row}>
        <SelectInput source="contractType" choices={contractTypeChoices} validate={required()} sx={{ flex: 1 }} />
        <SelectInput source="rangeType" choices={rangeTypeChoices} validate={required()} sx={{ flex: 1 }} />
      </Stack>
      <SelectArrayInput source="designers" choices={designers.choices(record?.designers ?? [])} isPending={designers.isPending} sx={{ width: "100%" }} />
      {mode === "edit" && <BooleanInput source="active" />}
    </>
  );
};
