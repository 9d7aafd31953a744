import { z } from "zod";
import { multipartUpload, receiveUpload } from "../../platform/files/upload.js";
import { idParams, noContent } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { attachmentDescriptionPart, attachmentViewSchema, type AttachmentsService } from "./attachments-service.js";

const attachmentParams = idParams.extend({ attachmentId: z.uuid() });

export interface AttachmentRoutesOptions {
  /** The record's collection, e.g. "/api/v1/persons": the tab is `{collection}/{id}/attachments`. */
  collection: string;
  tags: string[];
  /** Whose attachments, in the summaries: "de la personne", "de l'entreprise", "du devis". */
  of: string;
  /** What a file is attached to, in the summaries: "à la personne", "au devis". */
  to: string;
}

/** The attachments tab of a kind of record: list, upload (multipart), remove. */
export function registerAttachmentRoutes(app: AppServer, attachments: AttachmentsService, { collection, tags, of, to }: AttachmentRoutesOptions): void {
  const path = `${collection}/:id/attachments`;
  app.get(path, { config: { permission: attachments.permissions.read }, schema: { tags, summary: `Pièces jointes ${of}`, params: idParams, response: { 200: z.object({ items: z.array(attachmentViewSchema) }) } } }, async (request) => ({
    items: await attachments.list(contextOf(request), request.params.id),
  }));
  app.post(
    path,
    {
      config: { permission: attachments.permissions.write },
      schema: {
        tags,
        summary: `Joindre un fichier ${to} (multipart : champ « file », précédé d’un champ « description » facultatif)`,
        params: idParams,
        ...multipartUpload(["file"], { description: attachmentDescriptionPart }),
        response: { 201: attachmentViewSchema },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      // Refused before the upload is read, not after.
      await attachments.checkWritable(ctx, request.params.id);
      const upload = await receiveUpload(request);
      return reply.status(201).send(await attachments.add(ctx, request.params.id, upload, upload.fields.description));
    },
  );
  app.delete(`${path}/:attachmentId`, { config: { permission: attachments.permissions.write }, schema: { tags, summary: `Retirer une pièce jointe ${of}`, params: attachmentParams, response: { 204: noContent } } }, async (request, reply) => {
    await attachments.remove(contextOf(request), request.params.id, request.params.attachmentId);
    return reply.status(204).send();
  });
}
