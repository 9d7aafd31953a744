import type { DataProvider, GetListParams, GetListResult, Identifier, RaRecord } from "react-admin";
import type { Job } from "../modules/jobs/types";
import { apiFetch } from "./http";
import { listResult, type ListPayload, type ListResult } from "./listResult";
import { mergedRecordError } from "./problem";

type Json = Record<string, unknown>;

/** Resources whose natural key serves as the react-admin id. */
const ID_FIELDS: Readonly<Record<string, string>> = { "reference-tables": "code", permissions: "code" };
/** Catalogues returned whole, without paging or sorting parameters. */
const UNPAGED = new Set(["permissions"]);

const withId = (resource: string, item: Json): Json => {
  const idField = ID_FIELDS[resource];
  return idField ? { ...item, id: item[idField] } : item;
};

function tableCodeOf(...sources: unknown[]): string | undefined {
  for (const source of sources) {
    if (typeof source === "object" && source !== null && "tableCode" in source && typeof source.tableCode === "string") return source.tableCode;
  }
  return undefined;
}

/** Reference values are nested under their table: the table code comes from the filter, meta or record. */
function collectionPath(resource: string, ...tableCodeSources: unknown[]): string {
  if (resource !== "reference-values") return `/${resource}`;
  const tableCode = tableCodeOf(...tableCodeSources);
  if (!tableCode) throw new Error("reference-values needs a tableCode in filter, meta or record");
  return `/reference-tables/${encodeURIComponent(tableCode)}/values`;
}

const itemPath = (collection: string, id: Identifier) => `${collection}/${encodeURIComponent(String(id))}`;

function listQuery(resource: string, { filter = {}, sort, pagination }: Partial<GetListParams>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter as Json)) {
    if (key === "tableCode" || value === undefined || value === null || value === "") continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(key, String(item));
  }
  if (resource === "reference-values") query.set("includeInactive", "true");
  if (!UNPAGED.has(resource)) {
    if (sort?.field) query.set("sort", sort.order === "DESC" ? `-${sort.field}` : sort.field);
    if (pagination) {
      query.set("page", String(pagination.page));
      query.set("perPage", String(pagination.perPage));
    }
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

async function fetchList(resource: string, params: Partial<GetListParams>): Promise<ListResult<Json>> {
  const path = collectionPath(resource, params.filter, params.meta);
  const payload = await apiFetch<ListPayload<Json> | Json[]>(`${path}${listQuery(resource, params)}`, { signal: params.signal });
  const items = Array.isArray(payload) ? payload : payload.items;
  return listResult(payload, items.map((item) => withId(resource, item)), params.pagination);
}

async function fetchOne(resource: string, id: Identifier, meta?: unknown, signal?: AbortSignal): Promise<Json> {
  if (resource === "reference-tables") {
    // No single-table endpoint: the catalogue is small, pick the table from the list.
    const { data } = await fetchList(resource, { pagination: { page: 1, perPage: 100 }, sort: { field: "code", order: "ASC" }, signal });
    const table = data.find((item) => item.id === id);
    if (!table) throw new Error(`Unknown reference table ${String(id)}`);
    return table;
  }
  return withId(resource, await apiFetch<Json>(itemPath(collectionPath(resource, meta), id), { signal }));
}

/** PATCH sends only what changed, plus the version the user started from (optimistic locking). */
function changedFields(data: Json, previous: Json | undefined): Json {
  if (!previous) return data;
  const changes: Json = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === "id" || key === "version") continue;
    if (JSON.stringify(value) !== JSON.stringify(previous[key])) changes[key] = value;
  }
  return changes;
}

const cast = <T>(value: unknown): T => value as T;

export const dataProvider = {
  getList: async <R extends RaRecord>(resource: string, params: GetListParams) => cast<GetListResult<R>>(await fetchList(resource, params)),
  getOne: async <R extends RaRecord>(resource: string, params: { id: Identifier; meta?: unknown; signal?: AbortSignal }) => {
    const record = await fetchOne(resource, params.id, params.meta, params.signal);
    // A merged record's id answers 307 to the kept record, which fetch follows: say so rather than show another id.
    if (record.id !== undefined && String(record.id) !== String(params.id)) throw mergedRecordError(record);
    return { data: cast<R>(record) };
  },
  getMany: async <R extends RaRecord>(resource: string, params: { ids: Identifier[]; meta?: unknown; signal?: AbortSignal }) => ({
    data: cast<R[]>(await Promise.all(params.ids.map((id) => fetchOne(resource, id, params.meta, params.signal)))),
  }),
  getManyReference: async <R extends RaRecord>(resource: string, params: GetListParams & { target: string; id: Identifier }) =>
    cast<GetListResult<R>>(await fetchList(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } })),
  create: async <R extends RaRecord>(resource: string, params: { data: Partial<R>; meta?: unknown }) => {
    const { tableCode: _tableCode, ...body } = params.data as Json;
    const created = await apiFetch<Json>(collectionPath(resource, params.meta, params.data), { method: "POST", body });
    return { data: cast<R>(withId(resource, created)) };
  },
  update: async <R extends RaRecord>(resource: string, params: { id: Identifier; data: Partial<R>; previousData: R; meta?: unknown }) => {
    const previous = params.previousData as Json;
    const version = previous.version ?? (params.data as Json).version;
    const path = itemPath(collectionPath(resource, params.meta, params.previousData, params.data), params.id);
    const body = { ...changedFields(params.data as Json, previous), version };
    return { data: cast<R>(withId(resource, await apiFetch<Json>(path, { method: "PATCH", body }))) };
  },
  updateMany: async () => {
    throw new Error("updateMany is not supported: updates need each record's version");
  },
  delete: async <R extends RaRecord>(resource: string, params: { id: Identifier; previousData?: R; meta?: unknown }) => {
    await apiFetch<void>(itemPath(collectionPath(resource, params.meta, params.previousData), params.id), { method: "DELETE" });
    return { data: cast<R>(params.previousData ?? { id: params.id }) };
  },
  deleteMany: async (resource: string, params: { ids: Identifier[]; meta?: unknown }) => {
    for (const id of params.ids) await apiFetch<void>(itemPath(collectionPath(resource, params.meta), id), { method: "DELETE" });
    return { data: params.ids };
  },
  resetUserPassword: (userId: Identifier) =>
    apiFetch<{ temporaryPassword: string }>(`/users/${encodeURIComponent(String(userId))}/reset-password`, { method: "POST" }),
  getJob: (jobId: string, signal?: AbortSignal) => apiFetch<Job>(`/jobs/${encodeURIComponent(jobId)}`, { signal }),
} satisfies DataProvider;

export type AdhesiaDataProvider = typeof dataProvider;
