import type { Identifier } from "react-admin";
import type { DataScope } from "../organisation";

export interface UserRecord {
  id: Identifier;
  email: string;
  displayName: string;
  active: boolean;
  locale: "fr" | "en";
  roleIds: string[];
  totpEnabled: boolean;
  lastLoginAt: string | null;
  version: number;
  /** Only in the answer to POST /users when no password was given. */
  temporaryPassword?: string;
}

export interface RoleRecord {
  id: Identifier;
  code: string;
  name: string;
  description: string | null;
  permissions: string[];
  /** Which persons and companies the role sees: those assigned to the user, to their introducer, or all. */
  dataScope: DataScope;
  system: boolean;
  version: number;
}

export interface ApiKeyRecord {
  id: Identifier;
  name: string;
  prefix: string;
  permissions: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** Only in the answer to POST /api-keys. */
  key?: string;
}

/** Entry of GET /permissions, with `code` as react-admin id. */
export interface PermissionEntry {
  id: string;
  code: string;
  labelFr: string;
  labelEn: string;
  group: string;
}

export const LOCALE_CHOICES = [
  { id: "fr", name: "Français" },
  { id: "en", name: "English" },
];
