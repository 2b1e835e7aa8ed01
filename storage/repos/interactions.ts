/**
 * Exchanges (the sheet's history): save, delete with undo, and log a webmail message on sheets —
 * idempotently, through the unique dedup key (SPEC §4).
 */
import type { DetectedMessage } from '../../core/detect/types';
import type { Interaction } from '../../core/domain';
import { interaction as interactionSchema, newId } from '../../core/domain';
import {
  dedupKeyFor,
  directionOf,
  draftSentBy,
  interactionFromMessage,
  sentFromMessage,
} from '../../core/exchanges/logging';
import { db as defaultDb, type FicheDB } from '../db';
export { loggedOn, timeline } from './interactions-read';
import { stripUndefined } from './companies';
import { deleteForUndo } from './delete-for-undo';

export type InteractionFields = Omit<Interaction, 'id' | 'createdAt' | 'updatedAt'>;

export async function saveInteraction(
  fields: InteractionFields,
  id?: string,
  db: FicheDB = defaultDb,
): Promise<string> {
  const interactionId = id ?? newId();
  await db.transaction('rw', db.interactions, async () => {
    const existing = id ? await db.interactions.get(id) : undefined;
    const now = Date.now();
    const record = interactionSchema.parse(
      stripUndefined({ ...fields, id: interactionId, createdAt: existing?.createdAt ?? now, updatedAt: now }),
    );
    await db.interactions.put(record);
  });
  return interactionId;
}

export function deleteInteraction(id: string, db: FicheDB = defaultDb): Promise<Interaction | undefined> {
  return deleteForUndo(db, db.interactions, id);
}

export async function restoreInteraction(record: Interaction, db: FicheDB = defaultDb): Promise<void> {
  await db.interactions.put(interactionSchema.parse(record));
}

export interface LogResult {
  logged: string[];
  already: string[];
}

/** Logs one message on each sheet, all in one transaction; a sheet that has it already is reported, not changed. */
export async function logMessage(
  input: {
    message: DetectedMessage;
    companyIds: readonly string[];
    ownEmails: readonly string[];
    sourceUrl: string;
    authorId?: string;
  },
  db: FicheDB = defaultDb,
): Promise<LogResult> {
  const result: LogResult = { logged: [], already: [] };
  await db.transaction('rw', [db.interactions, db.people, db.companies], async () => {
    const now = Date.now();
    for (const companyId of new Set(input.companyIds)) {
      const company = await db.companies.get(companyId);
      if (!company || company.deletedAt !== undefined || company.mergedIntoId) throw new Error(`no sheet ${companyId}`);
      const key = dedupKeyFor(companyId, input.message);
      if (await db.interactions.where('dedupKey').equals(key).count()) {
        result.already.push(companyId);
        continue;
      }
      // A message the user sent from a draft of this sheet is that draft, now sent (not a second exchange).
      const draft = await unsentDraftFor(companyId, input.message, input.ownEmails, db);
      if (draft) {
        await db.interactions.put(
          interactionSchema.parse(
            sentFromMessage(draft, { companyId, message: input.message, sourceUrl: input.sourceUrl, now }),
          ),
        );
        result.logged.push(companyId);
        continue;
      }
      const people = await db.people.where('companyId').equals(companyId).toArray();
      const record = interactionFromMessage({
        id: newId(),
        companyId,
        message: input.message,
        people,
        ownEmails: input.ownEmails,
        sourceUrl: input.sourceUrl,
        now,
        ...(input.authorId ? { authorId: input.authorId } : {}),
      });
      await db.interactions.add(interactionSchema.parse(record));
      result.logged.push(companyId);
    }
  });
  return result;
}

async function unsentDraftFor(
  companyId: string,
  message: DetectedMessage,
  ownEmails: readonly string[],
  db: FicheDB,
): Promise<Interaction | undefined> {
  if (directionOf(message, ownEmails) !== 'out') return undefined;
  const candidates = await db.interactions
    .where('companyId')
    .equals(companyId)
    .filter((i) => i.type === 'email' && (i.email?.status === 'draft' || i.email?.status === 'scheduled'))
    .toArray();
  return draftSentBy(candidates, message, ownEmails);
}

/**
 * "Fiche sees it in the webmail": the user opened a message they sent (Gmail's or Outlook's Sent
 * view) that is a draft of one of these sheets: the draft becomes sent. One transaction; returns the
 * ids of the exchanges marked sent.
 */
export async function markDraftsSentSeen(
  input: { message: DetectedMessage; companyIds: readonly string[]; ownEmails: readonly string[]; sourceUrl: string },
  db: FicheDB = defaultDb,
): Promise<string[]> {
  if (directionOf(input.message, input.ownEmails) !== 'out') return [];
  const sent: string[] = [];
  await db.transaction('rw', db.interactions, async () => {
    const now = Date.now();
    for (const companyId of new Set(input.companyIds)) {
      const draft = await unsentDraftFor(companyId, input.message, input.ownEmails, db);
      if (!draft) continue;
      if (await db.interactions.where('dedupKey').equals(dedupKeyFor(companyId, input.message)).count()) continue;
      await db.interactions.put(
        interactionSchema.parse(
          sentFromMessage(draft, { companyId, message: input.message, sourceUrl: input.sourceUrl, now }),
        ),
      );
      sent.push(draft.id);
    }
  });
  return sent;
}
