import { z } from "zod";
import type { Database } from "../../platform/db/database.js";
import { pageSchema, unsearchableListQuery, sortQuery } from "../../platform/http/list-query.js";
import { idParams, isoDay, noContent, versionField } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { candidateActions, type CandidatesService, candidateSortable } from "./candidates-service.js";
import { checkDraft } from "./draft-check.js";
import { mergeKinds } from "./merge-kinds.js";
import type { MergeService } from "./merge-service.js";
import { duplicatePermissions } from "./permissions.js";
import { comparisonMethods, duplicateTargets, type DuplicateTarget } from "./rules.js";
import type { DuplicateRulesService } from "./rules-service.js";
import type { ActiveRulesCache } from "./rules-store.js";
import type { DuplicateScan } from "./scan.js";
import { candidateStatuses } from "./schema.js";

const target = z.enum(duplicateTargets);
const comparison = z.strictObject({ field: z.string().min(1).max(40), method: z.enum(comparisonMethods), threshold: z.number().optional() });
const ruleFields = { label: z.string().max(200), fields: z.array(comparison).min(1).max(10), active: z.boolean() };
const ruleView = z.object({ id: z.uuid(), code: z.string(), target, ...ruleFields, system: z.boolean(), version: z.number().int(), updatedAt: z.string() });

const candidate = z.object({
  id: z.uuid(),
  displayName: z.string(),
  score: z.number(),
  rule: z.string(),
  fields: z.array(z.string()),
  outOfScope: z.literal(true).optional().describe("A record out of the caller's data scope (another agency's): shown without its name"),
});
const candidateView = z.object({
  id: z.uuid(),
  target,
  status: z.enum(candidateStatuses),
  score: z.number(),
  rule: z.string(),
  fields: z.array(z.string()),
  recordA: z.object({ id: z.uuid(), displayName: z.string() }),
  recordB: z.object({ id: z.uuid(), displayName: z.string() }),
  scanId: z.string().nullable(),
  foundAt: z.string(),
});
const fieldChoice = z.enum(["target", "source"]);
const mergeView = z.object({
  id: z.uuid(),
  target,
  targetId: z.uuid(),
  sourceId: z.uuid(),
  fieldChoices: z.record(z.string(), fieldChoice),
  movedRows: z.number().int(),
  mergedAt: z.string(),
  undoneAt: z.string().nullable(),
  undoableUntil: z.string(),
});
const mergeBody = z.strictObject({ sourceId: z.uuid(), fieldChoices: z.record(z.string(), fieldChoice).optional() });

const optionalText = z.string().trim().max(320).nullable().optional();
const postalCodeOf = z.array(z.object({ kind: z.string(), postalCode: z.string() }).loose()).max(5).optional();
/** A draft as a form holds it (the POST body of a person or company, or just the compared fields); other fields are ignored. */
const personDraft = z.object({
  lastName: z.string().trim().min(1).max(100),
  firstName: optionalText,
  birthName: optionalText,
  birthDate: isoDay.nullable().optional(),
  email: optionalText,
  mobilePhone: optionalText,
  landlinePhone: optionalText,
  postalCode: optionalText,
  addresses: postalCodeOf,
});
const companyDraft = z.object({
  name: z.string().trim().min(1).max(200),
  siren: optionalText,
  siret: optionalText,
  email: optionalText,
  phone: optionalText,
  postalCode: optionalText,
  addresses: postalCodeOf,
});
const checkBody = z.discriminatedUnion("target", [
  z.strictObject({ target: z.literal("person"), record: personDraft, excludeId: z.uuid().optional() }),
  z.strictObject({ target: z.literal("company"), record: companyDraft, excludeId: z.uuid().optional() }),
]);

/** The postal code rules compare: the one given, or the main (head office) address's. */
function postalCodeOfDraft(record: { postalCode?: string | null | undefined; addresses?: Array<{ kind: string; postalCode: string }> | undefined }, mainKind: string): string | null {
  return record.postalCode ?? record.addresses?.find((address) => address.kind === mainKind)?.postalCode ?? null;
}

export interface DuplicatesRoutesServices {
  database: Database;
  rulesCache: ActiveRulesCache;
  rules: DuplicateRulesService;
  candidates: CandidatesService;
  merges: MergeService;
  scan: DuplicateScan;
}

export function registerDuplicatesRoutes(app: AppServer, services: DuplicatesRoutesServices): void {
  const { database, rulesCache, rules, candidates, merges, scan } = services;
  const tags = ["duplicates"];

  app.get(
    "/api/v1/duplicate-rules",
    { config: { permission: duplicatePermissions.read }, schema: { tags, summary: "Règles de détection des doublons du tenant", querystring: z.object({ target: target.optional() }), response: { 200: z.object({ items: z.array(ruleView) }) } } },
    async (request) => ({ items: await rules.list(contextOf(request), request.query.target) }),
  );
  app.get(
    "/api/v1/duplicate-rules/:id",
    { config: { permission: duplicatePermissions.read }, schema: { tags, summary: "Lire une règle de doublons", params: idParams, response: { 200: ruleView } } },
    async (request) => rules.get(contextOf(request), request.params.id),
  );
  app.post(
    "/api/v1/duplicate-rules",
    { config: { permission: duplicatePermissions.configure }, schema: { tags, summary: "Créer une règle de doublons (la recherche est réindexée en tâche de fond)", body: z.strictObject({ code: z.string(), target, ...ruleFields }), response: { 201: ruleView } } },
    async (request, reply) => reply.status(201).send(await rules.create(contextOf(request), request.body)),
  );
  app.patch(
    "/api/v1/duplicate-rules/:id",
    { config: { permission: duplicatePermissions.configure }, schema: { tags, summary: "Modifier une règle de doublons", params: idParams, body: z.strictObject({ ...z.object(ruleFields).partial().shape, version: versionField }), response: { 200: ruleView } } },
    async (request) => rules.update(contextOf(request), request.params.id, request.body),
  );
  app.delete("/api/v1/duplicate-rules/:id", { config: { permission: duplicatePermissions.configure }, schema: { tags, summary: "Supprimer une règle (les règles par défaut se désactivent)", params: idParams, response: { 204: noContent } } }, async (request, reply) => {
    await rules.remove(contextOf(request), request.params.id);
    return reply.status(204).send();
  });

  // The read permission of the draft's kind, named in the body: the service checks it.
  app.post(
    "/api/v1/duplicates/check",
    { config: { permission: null }, schema: { tags, summary: "Doublons possibles d'une fiche en cours de saisie, sans rien écrire", body: checkBody, response: { 200: z.object({ candidates: z.array(candidate) }) } } },
    async (request) => {
      const { body } = request;
      const check =
        body.target === "person"
          ? { target: body.target, excludeId: body.excludeId, record: { ...body.record, postalCode: postalCodeOfDraft(body.record, "main") } }
          : { target: body.target, excludeId: body.excludeId, record: { ...body.record, postalCode: postalCodeOfDraft(body.record, "head_office") } };
      return { candidates: await checkDraft(database, rulesCache, contextOf(request), check) };
    },
  );
  app.post(
    "/api/v1/duplicates/scans",
    { config: { permission: duplicatePermissions.merge }, schema: { tags, summary: "Chercher les doublons dans toute la base (tâche de fond avec progression)", body: z.strictObject({ targets: z.array(target).min(1).optional() }), response: { 202: z.object({ jobId: z.uuid() }) } } },
    async (request, reply) => reply.status(202).send(await scan.start(contextOf(request), request.body.targets ?? [...duplicateTargets])),
  );

  app.get(
    "/api/v1/duplicate-candidates",
    {
      config: { permission: duplicatePermissions.read },
      schema: {
        tags,
        summary: "Paires de doublons trouvées par les recherches, à examiner (tri : score, foundAt)",
        querystring: unsearchableListQuery({ sort: sortQuery(candidateSortable), target: target.optional(), status: z.enum(candidateStatuses).optional(), minScore: z.coerce.number().min(0).max(1).optional() }),
        response: { 200: pageSchema(candidateView) },
      },
    },
    async (request) => candidates.list(contextOf(request), request.query),
  );
  // Dismissing takes duplicate:read, the other actions duplicate:merge: the action is in the body, so the service checks.
  app.post(
    "/api/v1/duplicate-candidates/:id/decision",
    {
      config: { permission: null },
      schema: {
        tags,
        summary: "Écarter, déclarer faux doublon ou fusionner (la fiche la plus ancienne est conservée)",
        params: idParams,
        body: z.strictObject({ action: z.enum(candidateActions) }),
        response: { 200: z.union([candidateView, mergeView]) },
      },
    },
    async (request) => candidates.act(contextOf(request), request.params.id, request.body.action),
  );
  app.post(
    "/api/v1/duplicate-candidates/decisions",
    {
      config: { permission: null },
      schema: {
        tags,
        summary: "La même décision pour plusieurs paires ; chacune réussit ou échoue seule",
        body: z.strictObject({ ids: z.array(z.uuid()).min(1).max(200), action: z.enum(candidateActions) }),
        response: { 200: z.object({ done: z.array(z.uuid()), failed: z.array(z.object({ id: z.uuid(), code: z.string() })) }) },
      },
    },
    async (request) => candidates.bulk(contextOf(request), request.body.ids, request.body.action),
  );

  const recordPaths: Record<DuplicateTarget, string> = { person: "persons", company: "companies" };
  for (const kind of duplicateTargets) {
    const path = recordPaths[kind];
    app.post(
      `/api/v1/${path}/:id/merge`,
      { config: { permission: [duplicatePermissions.merge, mergeKinds[kind].permissions.write] }, schema: { tags: [...tags, path], summary: "Fusionner une fiche (sourceId) dans celle-ci ; fieldChoices : valeur à garder par champ", params: idParams, body: mergeBody, response: { 200: mergeView } } },
      async (request) => merges.merge(contextOf(request), kind, request.params.id, request.body),
    );
    app.get(
      `/api/v1/${path}/:id/merges`,
      { config: { permission: mergeKinds[kind].permissions.read }, schema: { tags: [...tags, path], summary: "Fusions de la fiche (conservée ou fusionnée), annulables 30 jours", params: idParams, response: { 200: z.object({ items: z.array(mergeView) }) } } },
      async (request) => ({ items: await merges.history(contextOf(request), kind, request.params.id) }),
    );
  }
  // The write permission of the merged records' kind is known once the merge is read: the service checks it.
  app.post(
    "/api/v1/merges/:id/undo",
    { config: { permission: duplicatePermissions.merge }, schema: { tags, summary: "Annuler une fusion (dans les 30 jours) : les deux fiches redeviennent ce qu'elles étaient", params: idParams, response: { 200: mergeView } } },
    async (request) => merges.undo(contextOf(request), request.params.id),
  );
}
