import type { LocalisedText } from "../i18n/messages.js";

export interface PermissionDefinition extends LocalisedText {
  code: string;
  group: string;
}

const definitions = new Map<string, PermissionDefinition>();

/** Modules declare the permissions they check; roles may only be made of declared permissions. */
export function declarePermissions(group: string, permissions: Record<string, LocalisedText>): void {
  for (const [code, text] of Object.entries(permissions)) definitions.set(code, { code, group, ...text });
}

export function permissionCatalogue(): PermissionDefinition[] {
  return [...definitions.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function isDeclaredPermission(code: string): boolean {
  return definitions.has(code);
}

declarePermissions("platform", {
  "audit:read": { fr: "Consulter l'historique des modifications", en: "Read the change history" },
  "job:read": { fr: "Suivre ses traitements", en: "Follow one's background jobs" },
  "admin:jobs": { fr: "Suivre les traitements de tous les utilisateurs", en: "Follow every user's background jobs" },
  "file:write": { fr: "Déposer des fichiers", en: "Upload files" },
  "file:read": { fr: "Télécharger des fichiers", en: "Download files" },
});
