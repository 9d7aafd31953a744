/** A list's answer from the API: paged (`items`, `total`…) or, for small catalogues, a bare array. */
export interface ListPayload<T> {
  items: T[];
  total?: number;
  /** The server stopped counting at `total` (a very broad name search): pages go on without a count. */
  totalCapped?: boolean;
}

/** A page as react-admin reads it: counted, or past the server's cap with only whether pages come before and after. */
export type ListResult<T> = { data: T[]; total: number } | { data: T[]; pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean } };

/**
 * What react-admin shows for a page: "1-25 sur 42", or, when the server stopped counting, its
 * partial pagination ("1-25 sur plus de 25", next and previous, no last page) up to the cap.
 */
export function listResult<T>(payload: ListPayload<T> | T[], data: T[], pagination?: { page: number; perPage: number }): ListResult<T> {
  if (Array.isArray(payload)) return { data, total: data.length };
  if (payload.totalCapped && payload.total !== undefined && pagination) {
    const { page, perPage } = pagination;
    return { data, pageInfo: { hasPreviousPage: page > 1, hasNextPage: page * perPage < payload.total } };
  }
  return { data, total: payload.total ?? data.length };
}
