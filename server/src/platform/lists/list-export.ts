import type { FastifyReply } from "fastify";
import { contentDisposition } from "../files/file-service.js";
import { listQuerySchema, type Page } from "../http/list-query.js";
import { exportFormatQuery, type ExportedFile } from "../http/table-export.js";

/** The query of a list's export: the list's search and sort (no paging), plus `format=csv|xlsx`. */
export const listExportQuery = listQuerySchema.omit({ page: true, perPage: true }).extend(exportFormatQuery.shape);

const BATCH = 500;

/**
 * Every item of a paged list, in batches, read through the list's own service (permissions,
 * tenant, search, sort). The first page is read before this resolves, so that a refusal (403,
 * 404) is an error answer rather than a download cut short.
 */
export async function allPages<T>(readPage: (page: number, perPage: number) => Promise<Page<T>>): Promise<AsyncIterable<T[]>> {
  const first = await readPage(1, BATCH);
  async function* batches(): AsyncGenerator<T[]> {
    yield first.items;
    let read = first.items.length;
    for (let page = 2; read < first.total; page += 1) {
      const { items } = await readPage(page, BATCH);
      if (items.length === 0) return;
      read += items.length;
      yield items;
    }
  }
  return batches();
}

/** Sends an exported file as a download, streamed. */
export function sendExport(reply: FastifyReply, file: ExportedFile): FastifyReply {
  return reply.type(file.contentType).header("content-disposition", contentDisposition(file.name)).send(file.stream);
}
