import { afterEach, beforeEach, expect, test } from 'vitest';
import { freshDb } from '../test-db';
import type { Company } from '../../core/domain';
import type { FicheDB } from '../db';
import { listReminders } from './reminders';
import { companyRecord } from '../../core/domain/test-records';

let db: FicheDB;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  db.close();
});

const ts = { createdAt: 0, updatedAt: 0 };
const company = (id: string, over: Partial<Company> = {}) => companyRecord(id, { nameKey: id, ...ts, ...over });
const mail = (id: string, companyId: string, at: number, status: 'scheduled' | 'draft' | 'sent') => ({
  id,
  companyId,
  type: 'email' as const,
  happensAt: at,
  title: id,
  content: '',
  personIds: [],
  direction: 'out' as const,
  ...ts,
  email: {
    provider: 'manual' as const,
    subject: id,
    to: [],
    cc: [],
    internalUserIds: [],
    documentIds: [],
    status,
    ...(status === 'scheduled' ? { scheduledAt: at } : {}),
  },
});

test('scheduled emails and open tasks from `since` on; drafts, done tasks and sheets in the trash left out', async () => {
  const now = new Date(2026, 11, 4, 12, 0).getTime();
  await db.companies.bulkAdd([company('c1'), company('gone', { deletedAt: 1 })]);
  await db.interactions.bulkAdd([
    mail('later', 'c1', now + 3_600_000, 'scheduled'),
    mail('old', 'c1', now - 3_600_000, 'scheduled'),
    mail('draft', 'c1', now + 3_600_000, 'draft'),
    mail('trashed', 'gone', now + 3_600_000, 'scheduled'),
  ]);
  await db.tasks.bulkAdd([
    { id: 'tomorrow', companyId: 'c1', title: 'Rappeler', dueDate: '2026-12-05', done: false, ...ts },
    { id: 'this-morning', companyId: 'c1', title: 'Passé', dueDate: '2026-12-04', done: false, ...ts },
    { id: 'done', companyId: 'c1', title: 'Fait', dueDate: '2026-12-06', done: true, ...ts },
    { id: 'free', title: 'Sans fiche', dueDate: '2026-12-07', done: false, ...ts },
  ]);
  const ids = (await listReminders(now, db)).map((r) => `${r.kind}:${r.id}`).sort();
  expect(ids).toEqual(['email:later', 'task:free', 'task:tomorrow']);
  const withMorning = (await listReminders(new Date(2026, 11, 4, 8, 0).getTime(), db)).map((r) => r.id);
  expect(withMorning).toContain('this-morning');
});
