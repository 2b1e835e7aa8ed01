import { describe, expect, it } from 'vitest';
import type { Address, Company, Invoice, Person } from './domain';
import {
  applyParts,
  entriesOf,
  listKeyOf,
  looksLikePhone,
  partsMatching,
  partsOf,
  prepareQuery,
  rankCandidates,
  searchRowsInMemory,
  textTerms,
  type Candidate,
  type SearchEntry,
  type SearchRow,
} from './search';
import { searchRowOf } from './search-terms';
import { phoneQueryKeys } from './phone-keys';
import { addressRecord, companyRecord, personRecord } from './domain/test-records';

const ts = { createdAt: 0, updatedAt: 0 };
const company = (id: string, name: string, more: Partial<Company> = {}): Company =>
  companyRecord(id, { name, nameKey: '', ...ts, ...more });
const person = (
  id: string,
  companyId: string,
  firstName: string,
  lastName: string,
  emails: string[],
  more: Partial<Person> = {},
): Person => personRecord(id, companyId, { firstName, lastName, emails, ...ts, ...more });
const address = (id: string, companyId: string, postalCode: string, city: string): Address =>
  addressRecord(id, companyId, { postalCode, city, country: 'France', isMain: true, ...ts });

const companies = [
  company('lumiere', 'Atelier Lumière SARL', {
    domains: ['atelier-lumiere.fr'],
    vat: 'FR83404833048',
    siren: '404833048',
  }),
  company('atelier', 'Atelier'),
  company('ateliers', 'Ateliers du Rhône', { siret: '73282932000074', phone: '04 72 00 00 00' }),
  company('martin', 'Martin & Fils'),
  company('brightwater', 'Brightwater Consulting Ltd', { domains: ['brightwater.co.uk'] }),
  company('gone', 'Atelier Fermé', { deletedAt: 1 }),
];
const rows: SearchRow[] = [
  ...companies.map((c) => searchRowOf('companies', c)!),
  searchRowOf(
    'people',
    person('p1', 'lumiere', 'Élodie', 'Martin', ['elodie.martin@atelier-lumiere.fr'], { mobile: '06 12 34 56 78' }),
  )!,
  searchRowOf('people', person('p2', 'ateliers', 'Luc', 'Durand', ['luc@rhone.fr']))!,
  searchRowOf('people', person('p4', 'brightwater', 'Oliver', 'Hughes', ['oliver@brightwater.co.uk']))!,
  searchRowOf('addresses', address('a1', 'ateliers', '69003', 'Lyon'))!,
  searchRowOf('invoices', { id: 'f1', companyId: 'martin', number: 'FA-2026-0042' } as Invoice)!,
];
const archived = searchRowOf('people', person('p3', 'martin', 'Ancien', 'Contact', ['old@gone.fr'], { archivedAt: 1 }));
const keys = companies.map(listKeyOf);
const search = (q: string) => {
  const p = prepareQuery(q, phoneQueryKeys);
  return p ? searchRowsInMemory(p, rows, keys) : [];
};
const ids = (q: string) => search(q).map((h) => h.id);

describe('search (in memory; storage/repos/list.test.ts runs the same through IndexedDB)', () => {
  it.each([
    ['atelier', ['atelier', 'lumiere', 'ateliers']],
    ['ATELIER', ['atelier', 'lumiere', 'ateliers']],
    ['atelier lumiere', ['lumiere']],
    ['Atelier Lumière', ['lumiere']],
    ['lumi', ['lumiere']],
    ['rhone', ['ateliers']],
    ['elodie', ['lumiere']],
    ['martin', ['martin', 'lumiere']],
    ['durand luc', ['ateliers']],
    ['elodie.martin@atelier-lumiere.fr', ['lumiere']],
    ['elodie.mar', ['lumiere']],
    ['luc@', ['ateliers']],
    ['LUC@RHONE.FR', ['ateliers']],
    ['@brightwater', ['brightwater']],
    ['brightwater.co.uk', ['brightwater']],
    ['atelier-lumiere.fr', ['lumiere']],
    ['rhone.fr', ['ateliers']],
    ['x@rhone.fr', []],
    ['old@gone.fr', []],
    ['ancien', []],
    ['fermé', []],
    ['404 833 048', ['lumiere']],
    ['404833', ['lumiere']],
    ['FR 83 404 833 048', ['lumiere']],
    ['83404833048', ['lumiere']],
    ['732 829 320 00074', ['ateliers']],
    ['06 12 34 56 78', ['lumiere']],
    ['0612345678', ['lumiere']],
    ['+33 6 12 34 56 78', ['lumiere']],
    ['06.12', ['lumiere']],
    ['04 72', ['ateliers']],
    ['lyon', ['ateliers']],
    ['69003', ['ateliers']],
    ['FA-2026-0042', ['martin']],
    ['fa2026', ['martin']],
    ['hughes', ['brightwater']],
    ['zzz', []],
    ['   ', []],
  ])('%j → %j', (q, expected) => {
    expect(ids(q)).toEqual(expected);
  });

  it('ranks exact name > name prefix > contact > other, and says which row matched', () => {
    expect(search('atelier').map((h) => h.reason)).toEqual(['name-exact', 'name-prefix', 'name-prefix']);
    expect(search('martin').map((h) => [h.id, h.reason, h.via])).toEqual([
      ['martin', 'name-prefix', undefined],
      ['lumiere', 'contact', 'people:p1'],
    ]);
    expect(search('lyon')[0]).toMatchObject({ reason: 'other', via: 'addresses:a1' });
  });

  it('does not index an archived contact', () => {
    expect(archived).toBeNull();
  });
});

describe('search rows', () => {
  it('hold no term that starts another term of the row (the index is searched by prefix): the same prefixes match', () => {
    const p = person('p9', 'c9', 'Jean', 'Dupont', ['jean.dupont@import9.test'], { phone: '01 99 00 00 00' });
    const row = searchRowOf('people', p)!;
    for (const term of row.terms) expect(row.terms.filter((t) => t !== term && t.startsWith(term))).toEqual([]);
    // Every prefix that matched a term before still matches one.
    const all = ['jean', 'dupont', 'jean.dupont@import9.test', 'import9.test', 'import9', '+33199000000', '0199000000'];
    for (const term of all)
      for (let i = 1; i <= term.length; i++) expect(row.terms.some((t) => t.startsWith(term.slice(0, i)))).toBe(true);
    expect(row.terms.length).toBeLessThan(all.length);
  });
});

describe("search entries (what the index stores: a sheet's own and address rows in one entry)", () => {
  const entries = entriesOf(rows);
  /** The search through entries, as `storage/repos/list.ts` reads them: the index finds entries, their parts say which rows matched. */
  const viaEntries = (q: string) => {
    const p = prepareQuery(q, phoneQueryKeys);
    if (!p) return [];
    const perSheet = new Map<string, Set<string>[]>();
    p.needles.forEach((alts, i) => {
      for (const e of entries) {
        if (!e.terms.some((t) => alts.some((a) => t.startsWith(a)))) continue;
        let m = perSheet.get(e.companyId);
        if (!m) perSheet.set(e.companyId, (m = p.needles.map(() => new Set<string>())));
        for (const source of partsMatching(e, alts)) m[i]!.add(source);
      }
    });
    const byId = new Map(keys.map((k) => [k.id, k]));
    const candidates: Candidate[] = [...perSheet].flatMap(([id, matched]) => {
      const key = byId.get(id);
      return key?.lists.length && matched.every((m) => m.size) ? [{ id, sort: key.sort, matched }] : [];
    });
    return rankCandidates(p, candidates);
  };

  it("key a sheet's own and address rows by the sheet, a contact's or an invoice's by itself", () => {
    expect(Object.keys(partsOf(entries.find((e) => e.key === 'lumiere')!))).toEqual(['companies:lumiere']);
    expect(entries.find((e) => e.key === 'people:p1')).toMatchObject({
      companyId: 'lumiere',
      label: 'Élodie Martin',
    });
    expect(Object.keys(partsOf(entries.find((e) => e.key === 'ateliers')!))).toEqual([
      'addresses:a1',
      'companies:ateliers',
    ]);
    expect(entries.find((e) => e.key === 'invoices:f1')).toMatchObject({
      companyId: 'martin',
      label: 'FA-2026-0042',
    });
    expect(entries).toHaveLength(companies.length + 3 + 1);
  });

  it("index each term once, none starting another, and every row's terms are found through them", () => {
    for (const e of entries) {
      if (e.parts) expect([...e.terms].sort()).toEqual(e.terms);
      for (const term of e.terms) expect(e.terms.filter((t) => t !== term && t.startsWith(term))).toEqual([]);
      for (const part of Object.values(partsOf(e)))
        for (const term of part.terms)
          expect(
            e.terms.some((t) => t.startsWith(term)),
            term,
          ).toBe(true);
    }
  });

  it.each([
    'atelier',
    'martin',
    'elodie',
    'lyon',
    '69003',
    'FA-2026',
    'luc@',
    'atelier-lumiere.fr',
    '06 12',
    'durand luc',
    'zzz',
  ])('answer %j as the rows do, with the same reason and row matched', (q) => {
    expect(viaEntries(q)).toEqual(search(q));
  });

  it('change by parts: the same entry when nothing changes, none when its last part goes', () => {
    const [row] = rows;
    const e = applyParts(undefined, row!.companyId, [{ companyId: row!.companyId, source: row!.source, row: row! }])!;
    expect(applyParts(e, e.key, [{ companyId: row!.companyId, source: row!.source, row: { ...row! } }])).toBe(e);
    expect(applyParts(e, e.key, [{ companyId: row!.companyId, source: 'people:none', row: null }])).toBe(e);
    expect(applyParts(e, e.key, [{ companyId: row!.companyId, source: row!.source, row: null }])).toBeNull();
    const renamed: SearchEntry = applyParts(e, e.key, [
      { companyId: row!.companyId, source: row!.source, row: { ...row!, terms: ['neuf'] } },
      {
        companyId: row!.companyId,
        source: 'people:x',
        row: { ...row!, source: 'people:x', terms: ['ne', 'zoe'], label: 'Zoé' },
      },
    ])!;
    expect(renamed.terms).toEqual(['neuf', 'zoe']);
    expect(renamed.parts).toEqual({
      'companies:lumiere': { terms: ['neuf'] },
      'people:x': { terms: ['ne', 'zoe'], label: 'Zoé' },
    });
    expect(partsOf(e)).toEqual({ [row!.source]: { terms: row!.terms } });
  });
});

describe('query preparation', () => {
  it('keeps a domain, an email or an invoice number whole', () => {
    expect(prepareQuery('batiroc.fr')?.needles).toEqual([['batiroc.fr']]);
    expect(prepareQuery('@batiroc.fr')?.needles).toEqual([['batiroc.fr']]);
    expect(prepareQuery('F-2024-001')?.needles).toEqual([['f-2024-001']]);
    expect(prepareQuery('Saint Étienne')?.needles).toEqual([['saint'], ['etienne']]);
  });
  it('recognises phone-like queries', () => {
    expect(looksLikePhone('06 12 34 56 78')).toBe(true);
    expect(looksLikePhone('+33 (0)6 12')).toBe(true);
    expect(looksLikePhone('061')).toBe(false);
    expect(looksLikePhone('rue 12345')).toBe(false);
  });
  it('splits text into terms, whole and in parts', () => {
    expect([...textTerms("L'Épi-d'Or")]).toEqual(["l'epi-d'or", 'l', 'epi', 'd', 'or', 'lepidor']);
  });
});

describe('list keys', () => {
  it('puts a live sheet in the lists of its flags and manager, a trashed one in none', () => {
    expect(listKeyOf(company('x', 'Écrin', { isClient: true, accountManagerId: 'u1' })).lists).toEqual([
      'all|ecrin',
      'prospects|ecrin',
      'clients|ecrin',
      'mgr:u1|ecrin',
    ]);
    expect(listKeyOf(company('x', 'Écrin', { deletedAt: 3 })).lists).toEqual([]);
    expect(listKeyOf(company('x', 'Écrin', { mergedIntoId: 'y' })).lists).toEqual([]);
  });
});
