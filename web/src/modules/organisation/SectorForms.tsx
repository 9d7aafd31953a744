import { Create, DeleteButton, Edit, SaveButton, SimpleForm, Toolbar } from "react-admin";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { SectorInputs, validateSector } from "./SectorInputs";
import type { SectorRecord } from "./types";

export const SectorCreate = () => {
  const onError = useMutationErrorHandler();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm validate={validateSector} defaultValues={{ departments: [], postalCodes: [] }} data-testid="sector-form">
        <SectorInputs />
      </SimpleForm>
    </Create>
  );
};

const SectorEditToolbar = () => (
  <Toolbar sx={{ justifyContent: "space-between" }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);

export const SectorEdit = () => {
  const onError = useMutationErrorHandler();
  return (
    <Edit<SectorRecord> mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <SimpleForm validate={validateSector} toolbar={<SectorEditToolbar />} data-testid="sector-form">
        <SectorInputs />
      </SimpleForm>
    </Edit>
  );
};
