import {
  BooleanField,
  ChipField,
  CreateButton,
  DataTable,
  List,
  ReferenceArrayField,
  SearchInput,
  SingleFieldList,
  TopToolbar,
} from "react-admin";
import { LocalDateField } from "../../ui/LocalDateField";
import { ExportButton, listExportUrl } from "../../ui/ExportButton";
import type { UserRecord } from "./types";

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const UserListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton url={listExportUrl("/users", ["active"])} testId="users-export" />
  </TopToolbar>
);

export const UserList = () => (
  <List filters={filters} sort={{ field: "displayName", order: "ASC" }} actions={<UserListActions />} exporter={false}>
    <DataTable<UserRecord> rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="displayName" />
      <DataTable.Col source="email" />
      <DataTable.Col source="roleIds" disableSort>
        <ReferenceArrayField source="roleIds" reference="roles">
          <SingleFieldList linkType={false}>
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
      <DataTable.Col source="totpEnabled" disableSort>
        <BooleanField source="totpEnabled" />
      </DataTable.Col>
      <DataTable.Col source="lastLoginAt">
        <LocalDateField source="lastLoginAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
