/**
 * Tariff versions kept in memory once read: a version is never changed after it is stored (a
 * correction is a new version), so what was read stays true. Which version is in force is still
 * asked of the database at every price, under the tenant's row-level security; only the grids,
 * the heavy part, come from here. Keyed by tenant and id; the oldest entries go past `capacity`.
 */
import type { Executor } from "../../platform/db/database.js";
import { versionsByIds, type StoredVersion } from "./tariff-store.js";

export class VersionCache {
  private readonly versions = new Map<string, StoredVersion>();

  constructor(private readonly capacity = 2000) {}

  async get(tx: Executor, tenantId: string, ids: string[]): Promise<StoredVersion[]> {
    const key = (id: string) => `${tenantId}:${id}`;
    const missing = ids.filter((id) => !this.versions.has(key(id)));
    for (const version of await versionsByIds(tx, tenantId, missing)) {
      this.versions.set(key(version.tariff.id), version);
      if (this.versions.size > this.capacity) this.versions.delete(this.versions.keys().next().value ?? "");
    }
    return ids.flatMap((id) => this.versions.get(key(id)) ?? []);
  }
}
