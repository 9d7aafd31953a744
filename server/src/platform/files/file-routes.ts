import { z } from "zod";
import type { Database } from "../db/database.js";
import { withTenant } from "../db/tenant-transaction.js";
import { idParams } from "../http/schemas.js";
import { contextOf, type AppServer } from "../http/server.js";
import { registerMessages } from "../i18n/messages.js";
import { multipartUpload, receiveUpload } from "./upload.js";
import { contentDisposition, type FileService } from "./file-service.js";

registerMessages({
  "file.missing": { fr: "Aucun fichier reçu", en: "No file received" },
  "file.unexpected_part": { fr: "Fichier inattendu : cet envoi prend un fichier dans chacune de ces parties : {expected}", en: "Unexpected file: this upload takes one file in each of these parts: {expected}" },
  "file.type_not_allowed": { fr: "Ce type de fichier n'est pas autorisé", en: "This file type is not allowed" },
  "file.type_mismatch": { fr: "Le contenu du fichier ne correspond pas à son extension", en: "The file content does not match its extension" },
});

export const storedFileSchema = z.object({ id: z.uuid(), name: z.string(), contentType: z.string(), sizeBytes: z.number().int(), sha256: z.string(), createdAt: z.string() });

export function registerFileRoutes(app: AppServer, database: Database, files: FileService): void {
  app.post(
    "/api/v1/files",
    { config: { permission: "file:write" }, schema: { tags: ["files"], summary: "Déposer un fichier (multipart, champ « file »)", ...multipartUpload(["file"]), response: { 201: storedFileSchema } } },
    async (request, reply) => {
      const ctx = contextOf(request);
      const upload = await receiveUpload(request);
      const saved = await withTenant(database, ctx, (tx) => files.save(tx, ctx, upload));
      return reply.status(201).send(saved);
    },
  );

  app.get("/api/v1/files/:id", { config: { permission: "file:read" }, schema: { tags: ["files"], summary: "Télécharger un fichier", params: idParams } }, async (request, reply) => {
    const ctx = contextOf(request);
    const { file, stream } = await files.openForDownload(ctx, request.params.id);
    return reply.type(file.contentType).header("content-disposition", contentDisposition(file.name)).send(stream);
  });
}
