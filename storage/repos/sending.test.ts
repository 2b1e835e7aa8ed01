import { afterEach, beforeEach, expect, test } from 'vitest';
import type { DetectedMessage } from '../../core/detect/types';
import { companyRecord } from '../../core/domain/test-records';
import { freshDb } from '../test-db';
import type { FicheDB } from '../db';
import { logMessage, markDraftsSentSeen } from './interactions';

let db: FicheDB;
beforeEach(async () => {
  db = freshDb();
  const ts = { createdAt: 0, updatedAt: 0 };
  await db.companies.add(companyRecord('c1', { name: 'Dupont', ...ts }));
  await db.interactions.add({
    id: 'd1',
    companyId: 'c1',
    type: 'email',
    happensAt: 1,
    direction: 'out',
    title: 'Devis',
    content: 'Bonjour',
    personIds: [],
    ...ts,
    email: {
      provider: 'manual',
      subject: 'Devis',
      to: [{ email: 'lea@dupont.fr' }],
      cc: [],
      internalUserIds: [],
      documentIds: [],
      status: 'draft',
    },
  });
});
afterEach(() => db.close());

const sent: DetectedMessage = {
  provider: 'gmail',
  threadId: 't',
  messageId: 'm1',
  subject: 'Devis',
  date: '2026-12-04T10:00',
  from: { email: 'me@mine.fr' },
  to: [{ email: 'lea@dupont.fr' }],
  cc: [],
  bodyText: 'Bonjour',
};

test('seen in the webmail: the draft becomes sent, once, and logging it later says "already logged"', async () => {
  expect(
    await markDraftsSentSeen(
      { message: sent, companyIds: ['c1'], ownEmails: ['me@mine.fr'], sourceUrl: 'https://mail.google.com/x' },
      db,
    ),
  ).toEqual(['d1']);
  expect((await db.interactions.get('d1'))?.email?.status).toBe('sent');
  expect(await db.interactions.count()).toBe(1);
  expect(
    await markDraftsSentSeen(
      { message: sent, companyIds: ['c1'], ownEmails: ['me@mine.fr'], sourceUrl: 'https://mail.google.com/x' },
      db,
    ),
  ).toEqual([]);
  expect(
    await logMessage(
      { message: sent, companyIds: ['c1'], ownEmails: ['me@mine.fr'], sourceUrl: 'https://mail.google.com/x' },
      db,
    ),
  ).toEqual({ logged: [], already: ['c1'] });
});

test('logging a sent message that is a draft sends the draft instead of adding a second exchange', async () => {
  expect(
    await logMessage(
      { message: sent, companyIds: ['c1'], ownEmails: ['me@mine.fr'], sourceUrl: 'https://mail.google.com/x' },
      db,
    ),
  ).toEqual({ logged: ['c1'], already: [] });
  expect(await db.interactions.count()).toBe(1);
  expect((await db.interactions.get('d1'))?.email).toMatchObject({ status: 'sent', messageId: 'm1' });
});

test('a message received is never taken for a draft sent', async () => {
  const received = { ...sent, from: { email: 'lea@dupont.fr' }, to: [{ email: 'me@mine.fr' }] };
  expect(
    await markDraftsSentSeen({ message: received, companyIds: ['c1'], ownEmails: ['me@mine.fr'], sourceUrl: 'x' }, db),
  ).toEqual([]);
  expect((await db.interactions.get('d1'))?.email?.status).toBe('draft');
});
