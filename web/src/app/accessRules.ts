/** Which server permission opens which react-admin resource; the server enforces the same rules. */
interface ResourceRule {
  read: string;
  write: string;
}

export const RESOURCE_RULES: Readonly<Record<string, ResourceRule>> = {
  users: { read: "admin:users", write: "admin:users" },
  roles: { read: "admin:roles", write: "admin:roles" },
  "api-keys": { read: "admin:api_keys", write: "admin:api_keys" },
  "reference-tables": { read: "reference:read", write: "reference:write" },
  "reference-values": { read: "reference:read", write: "reference:write" },
  "custom-fields": { read: "reference:read", write: "admin:custom_fields" },
  origins: { read: "origin:read", write: "origin:write" },
  persons: { read: "person:read", write: "person:write" },
  companies: { read: "company:read", write: "company:write" },
  "duplicate-candidates": { read: "duplicate:read", write: "duplicate:merge" },
  "duplicate-rules": { read: "duplicate:read", write: "duplicate:configure" },
  introducers: { read: "organisation:read", write: "organisation:write" },
  sectors: { read: "organisation:read", write: "organisation:write" },
  "assignment-rules": { read: "organisation:read", write: "organisation:write" },
  "assignment-settings": { read: "organisation:read", write: "organisation:write" },
  "unassigned-records": { read: "organisation:read", write: "assignment:write" },
  "bulk-reassignments": { read: "assignment:write", write: "assignment:write" },
  agenda: { read: "interaction:read", write: "interaction:write" },
  opportunities: { read: "opportunity:read", write: "opportunity:write" },
  pipeline: { read: "opportunity:read", write: "opportunity:write" },
  ranges: { read: "catalogue:read", write: "catalogue:write" },
  guarantees: { read: "catalogue:read", write: "catalogue:write" },
  products: { read: "catalogue:read", write: "catalogue:write" },
  formulas: { read: "catalogue:read", write: "catalogue:write" },
  // Contracts are written only by the back offices' interfaces: reading them, and feeding them.
  contracts: { read: "contract:read", write: "contract:import" },
  "contract-intake": { read: "contract:import", write: "contract:import" },
  "contract-import-batches": { read: "contract:import", write: "contract:import" },
};

const READ_ACTIONS = new Set(["list", "show", "export"]);

/** Resources without a rule (permission catalogue, audit, jobs) are left to the server to refuse. */
export function isAllowed(permissions: readonly string[], resource: string, action: string): boolean {
  const rule = RESOURCE_RULES[resource];
  if (!rule) return true;
  return permissions.includes(READ_ACTIONS.has(action) ? rule.read : rule.write);
}
