/** Exchanges for the side panel: the live timeline and the actions on it. */
import type { Interaction } from '../core/domain';
import { db } from '../storage/db';
import {
  deleteInteraction,
  loggedOn,
  restoreInteraction,
  saveInteraction,
  timeline,
  type InteractionFields,
} from '../storage/repos/interactions';
import type { DetectedMessage } from '../core/detect/types';
import { logTabEmail } from './page';
import { sendMessage } from './messaging';

/** An email's time or status changed: the background re-derives its reminders (alarms). */
const syncReminders = () => void sendMessage({ type: 'reminders/sync' });

export type { InteractionFields };

export const exchangeQueries = {
  timeline: (companyId: string, limit: number) => timeline(companyId, limit),
  count: (companyId: string) => db.interactions.where('companyId').equals(companyId).count(),
  documents: (companyId: string) => db.documents.where('companyId').equals(companyId).toArray(),
  loggedOn: (message: DetectedMessage, companyIds: string[]) => loggedOn(message, companyIds),
  get: (id: string) => db.interactions.get(id),
};

export const exchangeActions = {
  async save(fields: InteractionFields, id?: string) {
    const saved = await saveInteraction(fields, id);
    if (fields.email) syncReminders();
    return saved;
  },
  async remove(id: string): Promise<() => Promise<void>> {
    const removed = await deleteInteraction(id);
    return async () => {
      if (removed) await restoreInteraction(removed);
    };
  },
  async setLetterStatus(record: Interaction, status: 'draft' | 'printed' | 'sent') {
    const { id, createdAt: _c, updatedAt: _u, ...fields } = record;
    await saveInteraction({ ...fields, letter: { ...(record.letter ?? { status }), status } }, id);
  },
  async markEmailSent(record: Interaction) {
    const { id, createdAt: _c, updatedAt: _u, ...fields } = record;
    if (!record.email) return;
    const { scheduledAt: _s, ...email } = record.email;
    await saveInteraction({ ...fields, happensAt: Date.now(), email: { ...email, status: 'sent' } }, id);
    syncReminders();
  },
  /** A scheduled email whose compose window opened: a draft now, until it is confirmed sent. */
  async unscheduleEmail(record: Interaction) {
    const { id, createdAt: _c, updatedAt: _u, ...fields } = record;
    if (!record.email) return;
    const { scheduledAt: _s, ...email } = record.email;
    await saveInteraction({ ...fields, email: { ...email, status: 'draft' } }, id);
    syncReminders();
  },
  logTabEmail,
};
