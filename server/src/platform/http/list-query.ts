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
/** The query of a list with nothing to search in. */
export type UnsearchableListQuery = Omit<ListQuery, "q">;

/**
 * The query of a list with nothing to search in, with its filters: `q` is not among its parameters
 * (so not in the OpenAPI document) and, sent anyway, is refused rather than silently ignored
 * (400, `validation.search_not_supported` on `querystring.q`).
 */
export function unsearchableListQuery<Filters extends z.ZodRawShape>(filters: Filters) {
  return z.preprocess((query, context) => {
    const q = typeof query === "object" && query !== null && "q" in query ? query.q : undefined;
    // A blank q asks for nothing and is let through, as the lists that search let it through.
    if (q !== undefined && String(q).trim() !== "") context.addIssue({ code: "custom", path: ["q"], message: "no free-text search", params: { code: "validation.search_not_supported" } });
    return query;
  }, listQuerySchema.omit({ q: true }).extend(filters));
}

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

export function pageWindow(query: UnsearchableListQuery): { limit: number; offset: number } {
  return { limit: query.perPage, offset: (query.page - 1) * query.perPage };
}

/**
 * Turns `sort=name,-createdAt` into ORDER BY terms over the columns a list allows.
 * An unknown field is a client error, not something to ignore silently.
 */
/**
 * The `sort` parameter of a list over these fields, checked with the rest of the query, so that
 * `?sort=colour&perPage=0` is answered with both faults at once rather than one per try.
 */
export function sortQuery(columns: Record<string, AnyPgColumn>) {
  return listQuerySchema.shape.sort.superRefine((sort, context) => checkSort(sort, columns, context, []));
}

/** Adds the unknown-sort issue at `path` when `sort` names a field the columns do not have (for a list whose fields depend on another parameter). */
export function checkSort(sort: string | undefined, columns: Record<string, AnyPgColumn>, context: z.RefinementCtx, path: PropertyKey[] = ["sort"]): void {
  if (sort && sort.split(",").some((term) => !Object.hasOwn(columns, term.startsWith("-") ? term.slice(1) : term))) {
    context.addIssue({ code: "custom", path, message: "unknown sort field", params: { code: "validation.unknown_sort", values: Object.keys(columns).join(", ") } });
  }
}

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
