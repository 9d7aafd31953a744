import type { GuaranteeRecord } from "./types";

export interface ModuleGroup {
  coverageModule: string;
  guarantees: GuaranteeRecord[];
}

/**
 * The guarantees of a range grouped by coverage module, modules in the order of the tenant's
 * `coverage_modules` table (unknown modules last, by code), guarantees by their sort order.
 */
export function groupByModule(guarantees: readonly GuaranteeRecord[], moduleOrder: readonly string[]): ModuleGroup[] {
  const groups = new Map<string, GuaranteeRecord[]>();
  for (const guarantee of guarantees) groups.set(guarantee.coverageModule, [...(groups.get(guarantee.coverageModule) ?? []), guarantee]);
  const rank = (module: string) => {
    const index = moduleOrder.indexOf(module);
    return index === -1 ? moduleOrder.length : index;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([coverageModule, items]) => ({ coverageModule, guarantees: [...items].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code)) }));
}
