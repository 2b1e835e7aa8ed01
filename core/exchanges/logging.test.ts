import { describe, expect, test } from 'vitest';
import type { DetectedMessage } from '../detect/types';
import { interaction } from '../domain';
import { composeUrl } from './compose';
import {
  dedupKeyFor,
  directionOf,
  draftSentBy,
  interactionFromMessage,
  sentFromMessage,
  wallClockToMs,
} from './logging';

const msg = (over: Partial<DetectedMessage> = {}): DetectedMessage => ({
  provider: 'gmail',
  threadId: 'thread-f:1',
  messageId: 'msg-f:9',
  subject: 'Devis chantier',
  date: '2026-11-30T09:15',
  from: { name: 'Léa Dupont', email: 'Lea@Dupont.fr' },
  to: [{ email: 'me@mine.fr' }],
  cc: [{ email: 'compta@dupont.fr' }],
  bodyText: 'Bonjour,\nvoici le devis.',
  ...over,
});

describe('email logging', () => {
  test('wall-clock dates become local instants', () => {
    expect(new Date(wallClockToMs('2026-11-30T09:15', 0)).getHours()).toBe(9);
    expect(wallClockToMs('yesterday', 42)).toBe(42);
  });
  test('direction from the user addresses', () => {
    expect(directionOf(msg(), ['me@mine.fr'])).toBe('in');
    expect(directionOf(msg({ from: { email: 'ME@mine.fr' } }), ['me@mine.fr'])).toBe('out');
  });
  test('dedup key: per sheet and per message, thread/date/sender when there is no message id', () => {
    expect(dedupKeyFor('c1', msg())).toBe('c1|gmail:msg-f:9');
    const { messageId: _, ...noId } = msg();
    expect(dedupKeyFor('c1', noId)).toBe('c1|gmail:thread-f:1|2026-11-30T09:15|lea@dupont.fr');
  });
  test('the record is a valid interaction linking the sheet contacts who took part', () => {
    const people = [
      { id: 'p1', emails: ['lea@dupont.fr'] },
      { id: 'p2', emails: ['other@dupont.fr'] },
      { id: 'p3', emails: ['compta@dupont.fr'] },
    ].map((p) => ({
      ...p,
      companyId: 'c1',
      firstName: '',
      lastName: '',
      jobTitle: '',
      phone: '',
      mobile: '',
      isBillingContact: false,
      customFields: {},
      createdAt: 0,
      updatedAt: 0,
    }));
    const rec = interactionFromMessage({
      id: 'i1',
      companyId: 'c1',
      message: msg(),
      people,
      ownEmails: ['me@mine.fr'],
      sourceUrl: 'https://mail.google.com/mail/u/0/#inbox/x',
      now: 1,
    });
    expect(interaction.safeParse(rec).success).toBe(true);
    expect(rec.personIds).toEqual(['p1', 'p3']);
    expect(rec.email?.from).toEqual({ name: 'Léa Dupont', email: 'lea@dupont.fr' });
    expect(rec.direction).toBe('in');
  });
});

describe('compose links', () => {
  const d = { to: ['a@b.fr'], cc: ['c@d.fr'], subject: 'Offre & devis', body: 'Ligne 1\nLigne 2' };
  test('Gmail', () => {
    const u = new URL(composeUrl('gmail', d));
    expect(u.host).toBe('mail.google.com');
    expect(u.searchParams.get('su')).toBe('Offre & devis');
    expect(u.searchParams.get('cc')).toBe('c@d.fr');
  });
  test('Outlook', () => {
    const u = new URL(composeUrl('outlook', d));
    expect(u.pathname).toBe('/mail/deeplink/compose');
    expect(u.searchParams.get('to')).toBe('a@b.fr');
  });
  test('mailto with CRLF bodies', () => {
    expect(composeUrl('mailto', d)).toBe(
      'mailto:a@b.fr?cc=c%40d.fr&subject=Offre%20%26%20devis&body=Ligne%201%0D%0ALigne%202',
    );
  });
});

describe('a draft sent through the webmail is recognised there', () => {
  const draft = (over: Partial<NonNullable<import('../domain').Interaction['email']>> = {}, id = 'd1') =>
    ({
      id,
      companyId: 'c1',
      type: 'email',
      happensAt: 0,
      direction: 'out',
      title: 'Devis chantier',
      content: 'x',
      personIds: [],
      createdAt: 0,
      updatedAt: 0,
      email: {
        provider: 'manual',
        subject: 'Devis chantier',
        to: [{ email: 'lea@dupont.fr' }],
        cc: [],
        internalUserIds: [],
        documentIds: [],
        status: 'draft',
        ...over,
      },
    }) as import('../domain').Interaction;
  const sent = msg({ from: { email: 'me@mine.fr' }, to: [{ name: 'Léa', email: 'Lea@Dupont.fr' }], cc: [] });
  test.each<[string, import('../domain').Interaction[], DetectedMessage, string | undefined]>([
    ['same subject, same recipient, sent by me', [draft()], sent, 'd1'],
    ['subject in another case and spacing', [draft({ subject: ' devis  CHANTIER ' })], sent, 'd1'],
    ['a scheduled email too', [draft({ status: 'scheduled', scheduledAt: 5 })], sent, 'd1'],
    ['received, not sent by me', [draft()], msg({ to: [{ email: 'lea@dupont.fr' }] }), undefined],
    ['another subject', [draft({ subject: 'Autre' })], sent, undefined],
    ['another recipient', [draft({ to: [{ email: 'x@y.fr' }] })], sent, undefined],
    ['already sent', [draft({ status: 'sent' })], sent, undefined],
    ['a logged email', [draft({ status: 'logged' })], sent, undefined],
  ])('%s', (_, candidates, m, expected) => expect(draftSentBy(candidates, m, ['me@mine.fr'])?.id).toBe(expected));

  test('the sent record keeps the draft, takes the message ids and time, loses the schedule', () => {
    const r = sentFromMessage(draft({ status: 'scheduled', scheduledAt: 5 }), {
      companyId: 'c1',
      message: sent,
      sourceUrl: 'https://mail.google.com/x',
      now: 9,
    });
    expect(interaction.safeParse(r).success).toBe(true);
    expect(r.email).toMatchObject({
      status: 'sent',
      provider: 'gmail',
      messageId: 'msg-f:9',
      threadId: 'thread-f:1',
      to: [{ email: 'lea@dupont.fr' }],
    });
    expect(r.email?.scheduledAt).toBeUndefined();
    expect(r.dedupKey).toBe('c1|gmail:msg-f:9');
    expect(new Date(r.happensAt).getHours()).toBe(9);
  });
});
