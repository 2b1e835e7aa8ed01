import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Address, Company, Interaction, Invoice, Person } from '../../core/domain';
import { phoneQueryKeys } from '../../core/phone-keys';
import { partsOf, prepareQuery } from '../../core/search';
import type { FicheDB } from '../db';
import { freshDb } from '../test-db';
import { countList, countNamed, listRows, listWindow, searchList } from './list';
import { addressRecord, companyRecord, personRecord } from '../../core/domain/test-records';

const ts = { createdAt: 1, updatedAt: 1 };
const company = (id: string, name: string, more: Partial<Company> = {}): Company =>
  companyRecord(id, { name, nameKey: name.toLowerCase(), ...ts, ...more });
const person = (
  id: string,
  companyId: string,
  firstName: string,
  lastName: string,
  emails: string[],
  more: Partial<Person> = {},
): Person => personRecord(id, companyId, { firstName, lastName, emails, ...ts, ...more });
const address = (id: string, companyId: string, postalCode: string, city: string): Address =>
  addressRecord(id, companyId, { street: '1 rue A', postalCode, city, country: 'France', isMain: true, ...ts });
const invoice = (id: string, companyId: string, number: string, amount: number, paid = 0): Invoice =>
  ({
    id,
    companyId,
    number,
    date: '2026-01-01',
    amountExclTax: amount,
    amountInclTax: amount,
    currency: 'EUR',
    kind: 'invoice',
    status: 'issued',
    payments: paid ? [{ id: `${id}-pay`, date: '2026-01-02', amount: paid }] : [],
    ...ts,
  }) as Invoice;

let db: FicheDB;
const find = async (q: string, list = 'all') => {
  const p = prepareQuery(q, phoneQueryKeys);
  return p ? (await searchList(p, list, 50, db)).hits : [];
};
const ids = async (q: string, list = 'all') => (await find(q, list)).map((h) => h.id);

beforeEach(async () => {
  db = freshDb();
  await db.transaction('rw', db.companies, db.people, db.addresses, db.invoices, async () => {
    await db.companies.bulkAdd([
      company('batiroc', 'Batiroc SAS', {
        domains: ['batiroc.fr'],
        phone: '04 78 00 00 01',
        isClient: true,
        isProspect: false,
        siren: '404833048',
      }),
      company('atelier', 'Atelier Lumière', { accountManagerId: 'u1' }),
      company('brightwater', 'Brightwater Consulting Ltd', { domains: ['brightwater.co.uk'] }),
      company('trashed', 'Batiroc Ancien', { deletedAt: 5 }),
    ]);
    await db.people.bulkAdd([
      person('p1', 'batiroc', 'Élodie', 'Martin', ['elodie.martin@batiroc.fr'], { phone: '+33 6 12 34 56 78' }),
      person('p2', 'atelier', 'Luc', 'Durand', ['luc@lumiere.fr'], { mobile: '07.11.22.33.44' }),
      person('p3', 'brightwater', 'Old', 'Contact', ['old@gone.fr'], { archivedAt: 3 }),
      person('p4', 'brightwater', 'Oliver', 'Hughes', ['oliver@brightwater.co.uk'], { phone: '+44 20 7946 0958' }),
    ]);
    await db.addresses.bulkAdd([
      address('a1', 'batiroc', '69003', 'Lyon'),
      address('a2', 'atelier', '42000', 'Saint-Étienne'),
    ]);
    await db.invoices.bulkAdd([
      invoice('f1', 'batiroc', 'F-2024-017', 120000, 20000),
      invoice('f2', 'batiroc', 'F-2024-018', 5000, 5000),
    ]);
  });
});
afterEach(async () => {
  await db.delete();
});

describe('search through the indexes', () => {
  it.each([
    ['batiroc.fr', ['batiroc']],
    ['@batiroc.fr', ['batiroc']],
    ['elodie.martin@batiroc.fr', ['batiroc']],
    ['ELODIE.MAR', ['batiroc']],
    ['06 12 34 56 78', ['batiroc']],
    ['0612345678', ['batiroc']],
    ['+33612345678', ['batiroc']],
    ['+33 (0)6 12 34 56 78', ['batiroc']],
    ['0033 6 12 34 56 78', ['batiroc']],
    ['06 12 34', ['batiroc']],
    ['04 78 00 00 01', ['batiroc']],
    ['07 11 22 33 44', ['atelier']],
    ['020 7946 0958', ['brightwater']],
    ['+44 20 7946 0958', ['brightwater']],
    ['lyon', ['batiroc']],
    ['saint-etienne', ['atelier']],
    ['etienne', ['atelier']],
    ['69003', ['batiroc']],
    ['F-2024-017', ['batiroc']],
    ['f2024017', ['batiroc']],
    ['404 833 048', ['batiroc']],
    ['durand', ['atelier']],
    ['martin elodie', ['batiroc']],
    ['lumiere', ['atelier']],
    ['old', []],
    ['hughes', ['brightwater']],
    ['ancien', []],
    ['zzz', []],
  ])('%j → %j', async (q, expected) => {
    expect(await ids(q)).toEqual(expected);
  });

  it('ranks a name match before a contact match, and names the contact', async () => {
    await db.companies.add(company('martin', 'Martin & Fils'));
    const hits = await find('martin');
    expect(hits.map((h) => [h.id, h.reason, h.via])).toEqual([
      ['martin', 'name-prefix', undefined],
      ['batiroc', 'contact', 'people:p1'],
    ]);
  });

  it('a window full of name matches is answered without counting them; countNamed counts them', async () => {
    await db.companies.bulkAdd([
      company('m1', 'Martin Un'),
      company('m2', 'Martin Deux'),
      company('m3', 'Martin Trois'),
    ]);
    const p = prepareQuery('martin')!;
    // The keystroke's answer: the rows, not the count of every sheet whose name starts with the query.
    const full = await searchList(p, 'all', 2, db);
    expect(full.rows.map((r) => r.company.id)).toEqual(['m2', 'm3']);
    expect([full.total, full.capped, full.uncounted]).toEqual([2, true, true]);
    expect(await countNamed(p, 'all', db)).toBe(3);
    // Fewer name matches than the window: all of them read and counted, and the contact's row named.
    const all = await searchList(p, 'all', 10, db);
    expect([all.total, all.capped, all.uncounted]).toEqual([4, false, false]);
    expect(all.rows.at(-1)!.via).toEqual({ table: 'people', label: 'Élodie Martin' });
  });

  it('gives the rows of a window full of name matches before the terms answer, the same as the answer', async () => {
    await db.companies.bulkAdd([
      company('m1', 'Martin Un'),
      company('m2', 'Martin Deux'),
      company('m3', 'Martin Trois'),
    ]);
    const p = prepareQuery('martin')!;
    const early: string[][] = [];
    const full = await searchList(p, 'all', 2, db, (rows) => early.push(rows.map((r) => r.company.id)));
    expect(early).toEqual([full.rows.map((r) => r.company.id)]);
    expect([full.total, full.capped, full.uncounted]).toEqual([2, true, true]);
    // A window the name matches do not fill: the answer only.
    const all = await searchList(p, 'all', 10, db, (rows) => early.push(rows.map((r) => r.company.id)));
    expect(early).toHaveLength(1);
    expect(all.rows.map((r) => r.company.id)).toEqual(['m2', 'm3', 'm1', 'batiroc']);
    // No name range (an email): never.
    await searchList(prepareQuery('elodie.martin@batiroc.fr')!, 'all', 0, db, () => early.push([]));
    expect(early).toHaveLength(1);
  });
  it('searches within a filter', async () => {
    expect(await ids('batiroc', 'clients')).toEqual(['batiroc']);
    expect(await ids('batiroc', 'prospects')).toEqual([]);
    expect(await ids('lumiere', 'mgr:u1')).toEqual(['atelier']);
  });
});

describe('the indexes follow every write, in its transaction', () => {
  it('a contact moved to another sheet is found on the new sheet only', async () => {
    await db.people.put({ ...(await db.people.get('p1'))!, companyId: 'atelier' });
    expect(await ids('elodie')).toEqual(['atelier']);
  });
  it('archiving, deleting and clearing drop the rows', async () => {
    await db.people.update('p4', { archivedAt: 9 });
    expect(await ids('hughes')).toEqual([]);
    await db.addresses.delete('a1');
    expect(await ids('lyon')).toEqual([]);
    await db.invoices.clear();
    expect(await ids('F-2024')).toEqual([]);
    expect(
      await db.searchIndex.filter((e) => Object.keys(partsOf(e)).some((s) => s.startsWith('invoices:'))).count(),
    ).toBe(0);
  });
  it('a renamed, trashed or restored sheet moves in the list', async () => {
    expect(await listWindow('all', 0, 10, db)).toEqual(['atelier', 'batiroc', 'brightwater']);
    await db.companies.update('atelier', { name: 'Zinc Atelier' });
    expect(await listWindow('all', 0, 10, db)).toEqual(['batiroc', 'brightwater', 'atelier']);
    await db.companies.update('batiroc', { deletedAt: 7 });
    expect(await listWindow('all', 0, 10, db)).toEqual(['brightwater', 'atelier']);
    expect(await countList('all', db)).toBe(2);
    expect(await ids('batiroc.fr')).toEqual([]);
    await db.companies.update('batiroc', { deletedAt: undefined });
    expect(await countList('all', db)).toBe(3);
  });
  it('a search after a write reads the sheets it changed again, not as an earlier search found them', async () => {
    // The native path keeps the sheets it read until a write is reported (storagemutated).
    const rows = async (q: string) =>
      (await searchList(prepareQuery(q)!, 'all', 50, db)).rows.map((r) => [r.company.id, r.company.name]);
    expect(await rows('lumiere')).toEqual([['atelier', 'Atelier Lumière']]);
    await db.companies.update('atelier', { name: 'Atelier Lumière Zinc' });
    expect(await rows('lumiere')).toEqual([['atelier', 'Atelier Lumière Zinc']]);
    await db.companies.update('atelier', { isProspect: false, isClient: true });
    expect(await ids('lumiere', 'prospects')).toEqual([]);
    expect(await ids('lumiere', 'clients')).toEqual(['atelier']);
    await db.companies.update('atelier', { deletedAt: 7 });
    expect(await rows('lumiere')).toEqual([]);
  });
  it('searches inside a Dexie transaction as outside it', async () => {
    const queries = ['batiroc.fr', 'martin', 'lyon', 'F-2024', '06 12 34', 'b', 'zzz'];
    const outside = await Promise.all(queries.map((q) => find(q)));
    const inside = await db.transaction('r', [db.listKeys, db.searchIndex, db.companies], () =>
      Promise.all(queries.map((q) => find(q))),
    );
    expect(inside).toEqual(outside);
  });
  it('a failed write leaves the indexes as they were', async () => {
    await expect(
      db.transaction('rw', db.companies, async () => {
        await db.companies.add(company('new', 'Nouvelle Société'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await ids('nouvelle')).toEqual([]);
    expect(await countList('all', db)).toBe(3);
  });
});

describe('list windows and rows', () => {
  it('reads a window per filter, with counts', async () => {
    expect(await listWindow('all', 1, 1, db)).toEqual(['batiroc']);
    expect(await countList('clients', db)).toBe(1);
    expect(await countList('prospects', db)).toBe(2);
    expect(await listWindow('mgr:u1', 0, 10, db)).toEqual(['atelier']);
  });
  it('gives each row its contacts, unpaid amount, last activity and the matched row', async () => {
    const now = 1_800_000_000_000;
    const note = (id: string, happensAt: number): Interaction => ({
      id,
      companyId: 'batiroc',
      type: 'note',
      happensAt,
      title: id,
      content: '',
      personIds: [],
      ...ts,
    });
    await db.interactions.bulkAdd([note('i1', now - 1000), note('i2', now - 5000), note('future', now + 86_400_000)]);
    const [row] = await listRows(['batiroc'], new Map([['batiroc', 'people:p1']]), { now, db });
    expect(row!.contacts).toEqual(['Élodie Martin']);
    expect(row!.unpaid).toEqual([{ currency: 'EUR', cents: 100000 }]);
    expect(row!.lastActivityAt).toBe(now - 1000);
    expect(row!.via).toEqual({ table: 'people', label: 'Élodie Martin' });
  });
});
