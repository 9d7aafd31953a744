export { provisionTenant, refreshTenants, findTenantBySlug, type TenantInput } from "./provision.js";
export { tenants } from "./schema.js";
