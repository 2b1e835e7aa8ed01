import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import * as schemas from '../../core/domain/records';
import { phoneQueryKeys } from '../../core/phone-keys';
import type { Company } from '../../core/domain';
import { entriesOf, listKeyOf, prepareQuery, SEARCH_SOURCES } from '../../core/search';
import { ALL_TABLES, DERIVED_TABLES, FicheDB } from '../db';
import { listWindow, searchList } from '../repos/list';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from '.';

/** One valid record per table, as version 1 stored them. */
function v1Records(now: number): Record<string, unknown[]> {
  const ts = { createdAt: now, updatedAt: now };
  return {
    companies: [
      {
        id: 'c1',
        name: 'Atelier Dupont SARL',
        nameKey: 'atelier dupont',
        kind: 'company',
        isProspect: true,
        isClient: false,
        isSupplier: false,
        domains: ['dupont.fr'],
        categories: [],
        customFields: {},
        comment: '',
        siren: '732829320',
        phone: '04 78 00 00 01',
        ...ts,
      },
    ],
    addresses: [
      {
        id: 'a1',
        companyId: 'c1',
        label: 'Siège',
        contactName: '',
        street: '1 rue A',
        postalCode: '69003',
        city: 'Lyon',
        country: 'France',
        isMain: true,
        forInvoices: true,
        forDeliveries: false,
        forQuotes: false,
        ...ts,
      },
    ],
    people: [
      {
        id: 'p1',
        companyId: 'c1',
        firstName: 'Léa',
        lastName: 'Dupont',
        emails: ['lea@dupont.fr'],
        jobTitle: '',
        phone: '',
        mobile: '06 12 34 56 78',
        isBillingContact: true,
        customFields: {},
        ...ts,
      },
    ],
    interactions: [
      {
        id: 'i1',
        companyId: 'c1',
        type: 'note',
        happensAt: now,
        title: 'Appel',
        content: '',
        personIds: ['p1'],
        ...ts,
      },
    ],
    pipelines: [
      { id: 'pl1', name: 'Ventes', position: 0, steps: [{ id: 's1', name: 'Qualifié', probability: 20 }], ...ts },
    ],
    opportunities: [
      {
        id: 'o1',
        companyId: 'c1',
        pipelineId: 'pl1',
        stepId: 's1',
        title: 'Site',
        amount: 100000,
        currency: 'EUR',
        probability: 20,
        status: 'open',
        ...ts,
      },
    ],
    projects: [{ id: 'pr1', companyId: 'c1', name: 'Refonte', status: 'open', ...ts }],
    tasks: [{ id: 't1', companyId: 'c1', title: 'Rappeler', done: false, ...ts }],
    tickets: [
      { id: 'tk1', companyId: 'c1', subject: 'Panne', status: 'open', priority: 'normal', comments: [], ...ts },
    ],
    quotes: [
      {
        id: 'q1',
        companyId: 'c1',
        number: 'D-1',
        date: '2026-01-02',
        amountExclTax: 1000,
        amountInclTax: 1200,
        currency: 'EUR',
        status: 'sent',
        ...ts,
      },
    ],
    orders: [
      {
        id: 'or1',
        companyId: 'c1',
        number: 'C-1',
        date: '2026-01-03',
        amountExclTax: 1000,
        amountInclTax: 1200,
        currency: 'EUR',
        closedByHand: false,
        ...ts,
      },
    ],
    invoices: [
      {
        id: 'f1',
        companyId: 'c1',
        number: 'F-1',
        date: '2026-01-04',
        amountExclTax: 1000,
        amountInclTax: 1200,
        currency: 'EUR',
        kind: 'invoice',
        status: 'issued',
        payments: [{ id: 'pay1', date: '2026-01-20', amount: 1200 }],
        ...ts,
      },
    ],
    documents: [
      {
        id: 'd1',
        companyId: 'c1',
        name: 'devis.pdf',
        mimeType: 'application/pdf',
        size: 3,
        content: new Blob(['pdf']),
        signatureStatus: 'none',
        ...ts,
      },
    ],
    users: [{ id: 'u1', name: 'Moi', email: 'moi@fiche.test', isMe: true, ...ts }],
    templates: [{ id: 'tpl1', kind: 'comment', name: 'Défaut', body: 'Origine du contact :', isDefault: true, ...ts }],
    customFieldDefs: [
      { id: 'cf1', entity: 'company', label: 'Effectif', type: 'number', options: [], position: 0, ...ts },
    ],
    settings: [{ key: 'theme', value: 'dark' }],
    history: [{ id: 'h1', kind: 'delete', at: now, companyId: 'c1', snapshot: {} }],
    duplicateDismissals: [{ pairKey: 'c1|c2', at: now }],
  };
}

const SCHEMA_OF: Record<string, { safeParse(v: unknown): { success: boolean } }> = {
  companies: schemas.company,
  addresses: schemas.address,
  people: schemas.person,
  interactions: schemas.interaction,
  pipelines: schemas.pipeline,
  opportunities: schemas.opportunity,
  projects: schemas.project,
  tasks: schemas.task,
  tickets: schemas.ticket,
  quotes: schemas.quote,
  orders: schemas.order,
  invoices: schemas.invoice,
  documents: schemas.document,
  users: schemas.user,
  templates: schemas.template,
  customFieldDefs: schemas.customFieldDef,
  settings: schemas.setting,
  history: schemas.historyEntry,
  duplicateDismissals: schemas.duplicateDismissal,
};

describe('schema', () => {
  test('versions are numbered 1, 2, … with no gap', () => {
    SCHEMA_VERSIONS.forEach((v, i) => expect(v.version).toBe(i + 1));
  });
  test('every table of the data model is in the database, with a zod schema', () => {
    const db = new FicheDB(`schema-${crypto.randomUUID()}`);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...ALL_TABLES, ...DERIVED_TABLES].sort());
    for (const name of ALL_TABLES) expect(SCHEMA_OF[name], name).toBeDefined();
  });
  test('the seeded records are valid records of the current schemas', () => {
    for (const [table, rows] of Object.entries(v1Records(1_700_000_000_000))) {
      for (const row of rows) expect(SCHEMA_OF[table]!.safeParse(row).success, table).toBe(true);
    }
  });
});

describe('migrations: every earlier version, seeded with data, opens as the current one', () => {
  for (const from of SCHEMA_VERSIONS.map((v) => v.version)) {
    test(`from version ${from} to ${CURRENT_VERSION}`, async () => {
      const name = `migrate-${from}-${crypto.randomUUID()}`;
      const now = 1_700_000_000_000;
      const old = new FicheDB(name, from);
      await old.open();
      expect(old.verno).toBe(from);
      const seeded = v1Records(now);
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(seeded)) await old.table(table).bulkAdd(rows);
      });
      old.close();

      const db = new FicheDB(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      for (const [table, rows] of Object.entries(seeded)) {
        expect(await db.table(table).count(), table).toBe(rows.length);
      }
      // Version 2: the list and search indexes are built from the migrated records.
      expect(await listWindow('all', 0, 10, db)).toEqual(['c1']);
      for (const q of ['dupont', 'lea@dupont.fr', 'lyon', '69003', 'F-1', '732 829 320']) {
        expect(
          (await searchList(prepareQuery(q)!, 'all', 50, db)).hits.map((h) => h.id),
          q,
        ).toEqual(['c1']);
      }
      // Version 3: phones are keyed by their E.164 form and national digits, whatever way they are typed.
      for (const q of ['+33478000001', '04 78 00 00 01', '0033 6 12 34 56 78', '612345678', '06.12']) {
        expect(
          (await searchList(prepareQuery(q, phoneQueryKeys)!, 'all', 50, db)).hits.map((h) => h.id),
          q,
        ).toEqual(['c1']);
      }
      // The indexes the app queries answer on migrated data.
      expect((await db.people.where('emails').equals('lea@dupont.fr').first())?.id).toBe('p1');
      expect((await db.companies.where('domains').equals('dupont.fr').first())?.id).toBe('c1');
      expect((await db.companies.where('siren').equals('732829320').first())?.id).toBe('c1');
      expect(
        await db.interactions
          .where('[companyId+happensAt]')
          .between(['c1', Dexie.minKey], ['c1', Dexie.maxKey])
          .count(),
      ).toBe(1);
      // fake-indexeddb cannot clone happy-dom's Blobs; Blob content is checked in the e2e suite.
      expect((await db.documents.get('d1'))?.name).toBe('devis.pdf');
      db.close();
      await Dexie.delete(name);
    });
  }
});

test('version 3 keys the phones again, in the country of their sheet', async () => {
  const name = `migrate-phones-${crypto.randomUUID()}`;
  const now = 1_700_000_000_000;
  const seeded = v1Records(now);
  const old = new FicheDB(name, 2);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    await old.companies.bulkAdd([
      {
        ...(seeded.companies![0] as object),
        id: 'be',
        name: 'Bruxelles',
        nameKey: 'bruxelles',
        phone: '02 123 45 67',
      } as never,
    ]);
    await old.addresses.bulkAdd([
      { ...(seeded.addresses![0] as object), id: 'a-be', companyId: 'be', country: 'Belgique' } as never,
    ]);
    await old.people.bulkAdd([
      { ...(seeded.people![0] as object), id: 'p-be', companyId: 'be', mobile: '0470 12 34 56' } as never,
    ]);
  });
  // The rows as version 2 keyed them: every number read as French, national digits for France only.
  await old.table('searchTerms').bulkPut([
    { companyId: 'be', source: 'companies:be', terms: ['bruxelles', '021234567'] },
    { companyId: 'be', source: 'people:p-be', terms: ['anne', '0470123456'], label: 'Léa Dupont' },
  ]);
  old.close();

  const db = new FicheDB(name);
  await db.open();
  expect(db.verno).toBe(CURRENT_VERSION);
  expect((await db.searchIndex.get('be'))?.parts?.['companies:be']?.terms).toEqual(
    expect.arrayContaining(['+3221234567', '021234567']),
  );
  expect((await db.searchIndex.get('people:p-be'))?.terms).toEqual(
    expect.arrayContaining(['+32470123456', '0470123456']),
  );
  for (const q of ['+32 2 123 45 67', '0032 470 12 34 56', 'bruxelles']) {
    expect(
      (await searchList(prepareQuery(q, phoneQueryKeys)!, 'all', 50, db)).hits.map((h) => h.id),
      q,
    ).toEqual(['be']);
  }
  expect(await listWindow('all', 0, 10, db)).toEqual(['be']);
  db.close();
  await Dexie.delete(name);
});

test('version 5 regroups the search rows: a sheet and its addresses in one entry, a contact or an invoice alone', async () => {
  const name = `migrate-entries-${crypto.randomUUID()}`;
  const now = 1_700_000_000_000;
  const seeded = v1Records(now);
  const old = new FicheDB(name, 4);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(seeded)) await old.table(table).bulkAdd(rows);
  });
  // Version 4's derived rows, as its middleware wrote them (one row per record, keyed [companyId+source]).
  await old.table('listKeys').bulkPut([listKeyOf(seeded.companies![0] as Company)]);
  await old.table('searchTerms').bulkPut([
    { companyId: 'c1', source: 'companies:c1', terms: ['atelier', 'dupont.fr'] },
    { companyId: 'c1', source: 'people:p1', terms: ['lea', 'lea@dupont.fr'], label: 'Léa Dupont' },
  ]);
  old.close();

  const db = new FicheDB(name);
  await db.open();
  expect(db.verno).toBe(CURRENT_VERSION);
  expect(db.tables.map((t) => t.name)).not.toContain('searchTerms');
  // Rebuilt from the records, every searchable table: the rows of version 4 (two of them) are not what is kept.
  const t = await import('../../core/search-terms');
  const rows = SEARCH_SOURCES.flatMap((table) => seeded[table]!.flatMap((r) => t.searchRowOf(table, r, 'FR') ?? []));
  const entries = await db.searchIndex.toArray();
  expect(entries).toEqual(expect.arrayContaining(entriesOf(rows)));
  expect(entries).toHaveLength(entriesOf(rows).length);
  expect(Object.keys((await db.searchIndex.get('c1'))?.parts ?? {})).toEqual(['addresses:a1', 'companies:c1']);
  expect(await db.searchIndex.get('people:p1')).toMatchObject({ companyId: 'c1', label: 'Léa Dupont' });
  // Found through a contact, an address or an invoice: the label says which.
  const via = async (q: string) => (await searchList(prepareQuery(q)!, 'all', 50, db)).rows.map((r) => r.via);
  expect(await via('lea@dupont.fr')).toEqual([{ table: 'people', label: 'Léa Dupont' }]);
  expect(await via('69003')).toEqual([{ table: 'addresses', label: '69003 Lyon' }]);
  expect(await via('F-1')).toEqual([
    expect.objectContaining({ table: expect.stringMatching(/quotes|orders|invoices/) }),
  ]);
  expect(await listWindow('all', 0, 10, db)).toEqual(['c1']);
  db.close();
  await Dexie.delete(name);
});

test('a logged email is unique by its dedup key', async () => {
  const db = new FicheDB(`dedup-${crypto.randomUUID()}`);
  const base = {
    companyId: 'c1',
    type: 'email' as const,
    happensAt: 1,
    title: 'x',
    content: '',
    personIds: [],
    createdAt: 1,
    updatedAt: 1,
  };
  await db.interactions.add({ ...base, id: 'e1', dedupKey: 'gmail:abc' });
  await expect(db.interactions.add({ ...base, id: 'e2', dedupKey: 'gmail:abc' })).rejects.toThrow();
  // Interactions without a key (notes, calls) never collide.
  await db.interactions.bulkAdd([
    { ...base, id: 'n1' },
    { ...base, id: 'n2' },
  ]);
  expect(await db.interactions.count()).toBe(3);
});
