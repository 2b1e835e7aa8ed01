import { beforeEach, expect, test } from 'vitest';
import type { DetectedMessage } from '../../core/detect/types';
import type { FicheDB } from '../db';
import { freshDb } from '../test-db';
import { createCompany, emptyCompany } from './companies';
import { deleteInteraction, logMessage, loggedOn, restoreInteraction, saveInteraction, timeline } from './interactions';

let db: FicheDB;
beforeEach(() => {
  db = freshDb();
});

const message: DetectedMessage = {
  provider: 'outlook',
  threadId: 'AAQk',
  messageId: 'm-1',
  subject: 'Commande',
  date: '2026-11-30T10:00',
  from: { name: 'Léa', email: 'lea@dupont.fr' },
  to: [{ email: 'me@mine.fr' }],
  cc: [],
  bodyText: 'Bonjour',
};

test('logging is idempotent per sheet and all-or-nothing across sheets', async () => {
  const a = await createCompany(
    { ...emptyCompany(), name: 'A' },
    {
      people: [
        {
          firstName: 'Léa',
          lastName: 'D',
          emails: ['lea@dupont.fr'],
          jobTitle: '',
          phone: '',
          mobile: '',
          isBillingContact: false,
          customFields: {},
        },
      ],
    },
    db,
  );
  const b = await createCompany({ ...emptyCompany(), name: 'B' }, {}, db);
  const input = { message, ownEmails: ['me@mine.fr'], sourceUrl: 'https://outlook.office.com/mail/' };
  expect(await logMessage({ ...input, companyIds: [a] }, db)).toEqual({ logged: [a], already: [] });
  expect(await logMessage({ ...input, companyIds: [a, b] }, db)).toEqual({ logged: [b], already: [a] });
  expect(await db.interactions.count()).toBe(2);
  expect(await loggedOn(message, [a, b, 'zzz'], db)).toEqual(expect.arrayContaining([a, b]));
  const [logged] = await timeline(a, 10, db);
  expect(logged?.personIds).toHaveLength(1);
  expect(logged?.direction).toBe('in');
  // A missing sheet fails the whole call: nothing is written for the others.
  await expect(
    logMessage({ ...input, message: { ...message, messageId: 'm-2' }, companyIds: [a, 'gone'] }, db),
  ).rejects.toThrow();
  expect(await db.interactions.count()).toBe(2);
});

test('timeline is newest first; delete and restore', async () => {
  const base = { companyId: 'c1', title: '', content: '', personIds: [] };
  await saveInteraction({ ...base, type: 'note', happensAt: 1000, title: 'old' }, undefined, db);
  const recent = await saveInteraction(
    { ...base, type: 'call', direction: 'out', happensAt: 5000, title: 'new' },
    undefined,
    db,
  );
  await saveInteraction({ ...base, companyId: 'other', type: 'note', happensAt: 9000 }, undefined, db);
  expect((await timeline('c1', 10, db)).map((i) => i.title)).toEqual(['new', 'old']);
  const removed = await deleteInteraction(recent, db);
  expect((await timeline('c1', 10, db)).map((i) => i.title)).toEqual(['old']);
  await restoreInteraction(removed!, db);
  expect((await timeline('c1', 10, db)).map((i) => i.title)).toEqual(['new', 'old']);
});

test('a malformed exchange is refused and nothing is written', async () => {
  await expect(
    saveInteraction(
      { companyId: 'c1', type: 'fax' as never, happensAt: 1, title: '', content: '', personIds: [] },
      undefined,
      db,
    ),
  ).rejects.toThrow();
  expect(await db.interactions.count()).toBe(0);
});
