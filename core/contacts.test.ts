import { describe, expect, it } from 'vitest';
import type { Person } from './domain';
import {
  archiveContact,
  billingContact,
  invoiceRecipient,
  mailtoHref,
  normalizeBillingContact,
  restoreContact,
  setBillingContact,
  sortContactsForDisplay,
  telHref,
} from './contacts';
import { personRecord } from './domain/test-records';

const person = (id: string, lastName: string, firstName: string, more: Partial<Person> = {}): Person =>
  personRecord(id, 'c1', { lastName, firstName, createdAt: 0, updatedAt: 0, ...more });

const billing = (list: Person[]): string[] => list.filter((p) => p.isBillingContact).map((p) => p.id);

describe('billing contact', () => {
  const people = [
    person('a', 'Martin', 'Élodie', { isBillingContact: true }),
    person('b', 'Durand', 'Luc'),
    person('c', 'Petit', 'Zoé', { archivedAt: 5 }),
  ];
  it.each([
    ['moves to b', 'b', ['b']],
    ['clears', null, []],
    ['stays on a', 'a', ['a']],
    ['archived cannot get it', 'c', ['a']],
    ['unknown id changes nothing', 'zz', ['a']],
  ] as Array<[string, string | null, string[]]>)('%s', (_n, id, expected) => {
    expect(billing(setBillingContact(people, id))).toEqual(expected);
  });
  it('archiving takes it away, restoring does not give it back', () => {
    const archived = archiveContact(people, 'a', 10);
    expect(archived[0]).toMatchObject({ archivedAt: 10, isBillingContact: false, updatedAt: 10 });
    expect(billingContact(archived)).toBeUndefined();
    const restored = restoreContact(archived, 'a', 11);
    expect(restored[0]?.archivedAt).toBeUndefined();
    expect(restored[0]?.isBillingContact).toBe(false);
  });
  it('normalises: first active holder wins', () => {
    const list = [
      person('a', 'A', 'a', { isBillingContact: true, archivedAt: 1 }),
      person('b', 'B', 'b', { isBillingContact: true }),
      person('c', 'C', 'c', { isBillingContact: true }),
    ];
    expect(billing(normalizeBillingContact(list))).toEqual(['b']);
  });
  it('invoice recipient falls back to the first active contact', () => {
    expect(invoiceRecipient(people)?.id).toBe('a');
    expect(invoiceRecipient(setBillingContact(people, null))?.id).toBe('b');
  });
});

describe('sortContactsForDisplay', () => {
  it('billing first, then last name, first name (accents folded), archived last', () => {
    const list = [
      person('z', 'Zola', 'Émile', { archivedAt: 1 }),
      person('e2', 'Éluard', 'Paul'),
      person('d', 'Durand', 'Luc'),
      person('m', 'Martin', 'Élodie', { isBillingContact: true }),
      person('e1', 'eluard', 'Nusch'),
      person('a', 'Arnaud', 'Bob', { archivedAt: 2 }),
    ];
    expect(sortContactsForDisplay(list).map((p) => p.id)).toEqual(['m', 'd', 'e1', 'e2', 'a', 'z']);
  });
});

describe('mailtoHref', () => {
  it.each([
    [['marie@acme.fr'], {}, 'mailto:marie@acme.fr'],
    [['marie@acme.fr', ' luc+crm@acme.fr '], {}, 'mailto:marie@acme.fr,luc+crm@acme.fr'],
    [
      'marie@acme.fr',
      { subject: 'Devis n°12 & suite', cc: ['moi@fiche.fr'] },
      'mailto:marie@acme.fr?cc=moi@fiche.fr&subject=Devis%20n%C2%B012%20%26%20suite',
    ],
    ['marie@acme.fr', { body: 'a\nb' }, 'mailto:marie@acme.fr?body=a%0D%0Ab'],
    [[], {}, null],
    [['not-an-email'], {}, null],
  ] as Array<[string | string[], Parameters<typeof mailtoHref>[1], string | null]>)('%j %j', (emails, opts, href) => {
    expect(mailtoHref(emails, opts)).toBe(href);
  });
});

describe('telHref', () => {
  it.each([
    ['01 23 45 67 89', 'tel:0123456789'],
    ['+33 1 23 45 67 89', 'tel:+33123456789'],
    ['+33 (0)1.23.45.67.89', 'tel:+33123456789'],
    ['0044 20 7946 0958', 'tel:+442079460958'],
    ['(020) 7946-0958', 'tel:02079460958'],
    ['', null],
    ['n/a', null],
  ])('%s → %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});
