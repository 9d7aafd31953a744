import KeyIcon from "@mui/icons-material/Key";
import PeopleIcon from "@mui/icons-material/People";
import SecurityIcon from "@mui/icons-material/Security";
import { ApiKeyCreate } from "./ApiKeyCreate";
import { ApiKeyList } from "./ApiKeyList";
import { RoleCreate } from "./RoleCreate";
import { RoleEdit } from "./RoleEdit";
import { RoleList } from "./RoleList";
import { UserCreate } from "./UserCreate";
import { UserEdit } from "./UserEdit";
import { UserList } from "./UserList";
import { withAccess } from "../../ui/withAccess";

export { ApiKeyCreate, ApiKeyList, RoleCreate, RoleEdit, RoleList, UserCreate, UserEdit, UserList };
export { PermissionsInput } from "./PermissionsInput";
export { AccountPage } from "./AccountPage";
export type { ApiKeyRecord, PermissionEntry, RoleRecord, UserRecord } from "./types";

/** `<Resource name="users" {...users} />` */
export const users = { list: withAccess("list", UserList), create: withAccess("create", UserCreate), edit: withAccess("edit", UserEdit), icon: PeopleIcon, recordRepresentation: "displayName" };
export const roles = { list: withAccess("list", RoleList), create: withAccess("create", RoleCreate), edit: withAccess("edit", RoleEdit), icon: SecurityIcon, recordRepresentation: "name" };
export const apiKeys = { list: withAccess("list", ApiKeyList), create: withAccess("create", ApiKeyCreate), icon: KeyIcon, recordRepresentation: "name" };
