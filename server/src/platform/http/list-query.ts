import { asc, desc, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";
import { Problem } from "./problem.js";

/** The query every list accepts; modules extend it with their typed filters. */
export const listQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  sort: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(500).default(25),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export interface Page<T> {
  items: T[];
  total: number;
  /** The list stopped counting at `total`: there are more (a broad name search, docs/domain/search.md). */
  totalCapped?: true;
  page: number;
  perPage: number;
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    totalCapped: z.literal(true).optional().describe("Present when counting stopped at `total`: there are more results (a very broad name search, such as two letters)."),
    page: z.number().int(),
    perPage: z.number().int(),
  });
}

export function pageWindow(query: ListQuery): { limit: number; offset: number } {
  return { limit: query.perPage, offset: (query.page - 1) * query.perPage };
}

/**
 * Turns `sort=name,-createdAt` into ORDER BY terms over the columns a list allows.
 * An unknown field is a client error, not something to ignore silently.
 */
export function orderByFromSort(sort: string | undefined, columns: Record<string, AnyPgColumn>, fallback: SQL[]): SQL[] {
  if (!sort) return fallback;
  return sort.split(",").map((term) => {
    const descending = term.startsWith("-");
    const field = descending ? term.slice(1) : term;
    // Own keys only: `constructor` or `toString` are no sort fields.
    const column = Object.hasOwn(columns, field) ? columns[field] : undefined;
    if (!column) {
      throw new Problem(400, "validation.failed", {
        errors: [{ path: "querystring.sort", code: "validation.unknown_sort", params: { values: Object.keys(columns).join(", ") } }],
      });
    }
    return descending ? desc(column) : asc(column);
  });
}

/** For a list with nothing to search in: `q` is refused, never silently ignored. */
export function refuseTextSearch(q: string | undefined): void {
  if (q) throw new Problem(400, "validation.failed", { errors: [{ path: "querystring.q", code: "validation.search_not_supported" }] });
}
