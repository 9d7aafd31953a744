import type { ApiKeyView, RoleView, UserView } from "../../../../server/src/modules/access/index.js";

/** GET /users item; `temporaryPassword` only in the answer to POST /users when no password was given. */
export type UserRecord = UserView & { temporaryPassword?: string };

/** GET /roles item; `dataScope`: which persons and companies the role sees (those assigned to the user, to their introducer, or all). */
export type RoleRecord = RoleView;

/** GET /api-keys item; `key` only in the answer to POST /api-keys. */
export type ApiKeyRecord = ApiKeyView & { key?: string };

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
