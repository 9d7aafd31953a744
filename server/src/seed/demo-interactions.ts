// Demo interactions: for some demo persons, calls and meetings already done with their report, and
// others planned (a few of them overdue, so that the reminders have something to show).
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Executor } from "../platform/db/database.js";
import { users } from "../modules/access/index.js";
import { interactions } from "../modules/interactions/index.js";
import { persons } from "../modules/persons/index.js";
import { seededRandom } from "./synthetic-persons.js";

const HOUR_MS = 3_600_000;
/** One demo person in this many, per introducer, has interactions. */
const EVERY = 2;

const doneKinds = [
  { type: "call_in", subject: "Demande d'information sur la complémentaire santé", result: "reached", report: "Souhaite comparer avec son contrat actuel ; envoi de la documentation." },
  { type: "call_out", subject: "Relance suite à la demande de devis", result: "no_answer", report: "Message laissé sur le répondeur." },
  { type: "meeting", subject: "Rendez-vous bilan de couverture", result: "reached", report: "Besoins en optique et dentaire ; couple avec deux enfants." },
  { type: "email", subject: "Envoi du tableau de garanties", result: "reached", report: "Tableau des garanties envoyé par e-mail." },
  { type: "call_out", subject: "Échéance du contrat concurrent", result: "call_back", report: "Préfère être rappelé le mois prochain." },
  { type: "visit", subject: "Passage en agence", result: "reached", report: "Questions sur le tiers payant ; intéressé par la formule Confort." },
] as const;

const plannedKinds = [
  { type: "call_out", subject: "Rappeler pour le devis santé" },
  { type: "meeting", subject: "Rendez-vous de présentation des formules" },
  { type: "call_out", subject: "Point avant l'échéance du contrat actuel" },
  { type: "letter", subject: "Envoyer la proposition signée" },
] as const;

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** A working day `days` from `now` (negative: past; a weekend moves away from today) at a working hour, on the quarter hour. */
function workingMoment(now: Date, days: number, random: () => number): Date {
  const day = new Date(now.getTime() + days * 24 * HOUR_MS);
  const weekday = day.getUTCDay();
  if (weekday === 6 || weekday === 0) day.setUTCDate(day.getUTCDate() + (days > 0 ? (weekday === 6 ? 2 : 1) : weekday === 6 ? -1 : -2));
  day.setUTCHours(7 + Math.floor(random() * 9), [0, 15, 30, 45][Math.floor(random() * 4)] ?? 0, 0, 0);
  return day;
}

/**
 * What one person has been through with their advisor: a done interaction or two in the last two
 * months; one planned in the next three weeks for every other person of the advisor (`turn`); an
 * overdue one for every fourth.
 */
function demoInteractionsOf(personId: string, advisorId: string, turn: number, random: () => number, now: Date): Array<Omit<typeof interactions.$inferInsert, "tenantId">> {
  const base = { personId, advisorId };
  const rows: Array<Omit<typeof interactions.$inferInsert, "tenantId">> = [];
  for (let done = 0; done < 1 + Math.floor(random() * 2); done += 1) {
    const kind = pick(random, doneKinds);
    const plannedAt = workingMoment(now, -(2 + Math.floor(random() * 58)), random);
    const minutes = kind.type === "meeting" || kind.type === "visit" ? 45 : 10;
    rows.push({ ...base, type: kind.type, subject: kind.subject, plannedAt, state: "done", endedAt: new Date(plannedAt.getTime() + minutes * 60_000), resultCode: kind.result, report: kind.report });
  }
  if (turn % 2 === 0) {
    const kind = pick(random, plannedKinds);
    rows.push({ ...base, type: kind.type, subject: kind.subject, plannedAt: workingMoment(now, 1 + Math.floor(random() * 20), random) });
  }
  if (turn % 4 === 1) rows.push({ ...base, type: "call_out", subject: "Rappel promis au client", plannedAt: workingMoment(now, -(1 + Math.floor(random() * 5)), random) });
  return rows;
}

/**
 * Interactions of the persons assigned to an introducer that has advisors: one person in EVERY per
 * introducer (in name order), with its advisors in turn (demoInteractionsOf). Same choices on every
 * install; dates relative to the day of the seed, so that the agenda of a fresh demo is never empty.
 * Once per tenant (a tenant with interactions is left alone).
 */
export async function seedDemoInteractions(tx: Executor, tenantId: string, seed: number, now = new Date()): Promise<boolean> {
  const [any] = await tx.select({ id: interactions.id }).from(interactions).where(eq(interactions.tenantId, tenantId)).limit(1);
  if (any) return false;
  const advisors = await tx
    .select({ id: users.id, introducerId: users.introducerId })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), isNotNull(users.introducerId), eq(users.active, true)))
    .orderBy(asc(users.email));
  const advisorsOf = new Map<string, string[]>();
  for (const advisor of advisors) if (advisor.introducerId) advisorsOf.set(advisor.introducerId, [...(advisorsOf.get(advisor.introducerId) ?? []), advisor.id]);
  const assigned = await tx
    .select({ id: persons.id, introducerId: persons.introducerId })
    .from(persons)
    .where(and(eq(persons.tenantId, tenantId), isNotNull(persons.introducerId), isNull(persons.advisorId)))
    .orderBy(asc(persons.lastName), asc(persons.firstName), asc(persons.birthDate));
  // Per introducer, one person in EVERY (in name order), its advisors in turn: each advisor gets some.
  const byIntroducer = new Map<string, string[]>();
  for (const person of assigned) if (person.introducerId && advisorsOf.has(person.introducerId)) byIntroducer.set(person.introducerId, [...(byIntroducer.get(person.introducerId) ?? []), person.id]);
  const rows: Array<typeof interactions.$inferInsert> = [];
  for (const [introducerId, personIds] of byIntroducer) {
    const team = advisorsOf.get(introducerId) ?? [];
    personIds
      .filter((_, index) => index % EVERY === 0)
      .forEach((personId, index) => {
        const advisorId = team[index % team.length];
        // The advisor's own count of persons, so that each gets planned and overdue ones.
        const turn = Math.floor(index / team.length);
        const personRows = advisorId ? demoInteractionsOf(personId, advisorId, turn, seededRandom(seed * 7_919 + rows.length * 31), now) : [];
        rows.push(...personRows.map((row) => ({ ...row, tenantId })));
      });
  }
  if (rows.length > 0) await tx.insert(interactions).values(rows);
  return rows.length > 0;
}
