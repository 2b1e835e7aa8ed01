/** Reads of the exchanges, without the write path's zod schemas (the side panel's first paint loads these). */
import Dexie from 'dexie';
import type { DetectedMessage } from '../../core/detect/types';
import type { Interaction } from '../../core/domain';
import { dedupKeyFor } from '../../core/exchanges/logging';
import { db as defaultDb, type FicheDB } from '../db';

/** The sheet's history, newest first. */
export function timeline(companyId: string, limit = 200, db: FicheDB = defaultDb): Promise<Interaction[]> {
  return db.interactions
    .where('[companyId+happensAt]')
    .between([companyId, Dexie.minKey], [companyId, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

/** Which of these sheets already hold the message. */
export async function loggedOn(
  message: DetectedMessage,
  companyIds: readonly string[],
  db: FicheDB = defaultDb,
): Promise<string[]> {
  const keys = companyIds.map((id) => dedupKeyFor(id, message));
  const found = await db.interactions.where('dedupKey').anyOf(keys).toArray();
  return found.map((i) => i.companyId);
}
