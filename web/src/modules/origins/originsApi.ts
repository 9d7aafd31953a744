import { API_PREFIX } from "../../app/http";

/** The export URL for the list's current search, filters and sort. */
export function originsExportUrl(format: "csv" | "xlsx", filter: Record<string, unknown>, sort?: { field: string; order: string }): string {
  const query = new URLSearchParams({ format });
  for (const key of ["q", "kind", "active"]) {
    const value = filter[key];
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  if (sort?.field) query.set("sort", sort.order === "DESC" ? `-${sort.field}` : sort.field);
  return `${API_PREFIX}/origins/export?${query.toString()}`;
}
