import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../core/interchange/columns';
import { parseCsv } from '../../core/interchange/csv';
import { dedupKeys, parseRows, planImport } from '../../core/interchange/plan';
import { FicheDB } from '../db';
import { buildListIndexesIfMissing } from '../list-index';
import { createCompany, emptyCompany } from './companies';
import { applyImport, ImportRecordInvalid, loadDedupIndex } from './import';

const freshDb = () => new FicheDB('test-' + crypto.randomUUID());

/** A valid SIRET for a number: 13 digits then the Luhn check digit. */
function siret(n: number): string {
  const body = String(100000000000 + n).padStart(13, '0');
  for (let d = 0; d <= 9; d++) {
    const s = body + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let x = s.charCodeAt(s.length - 1 - i) - 48;
      if (i % 2) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}

async function plan(db: FicheDB, csv: string) {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error('bad csv');
  const rows = parseRows(parsed.rows, guessMapping(parsed.rows[0]!));
  return { rows, plan: planImport(rows, await loadDedupIndex(db), { skipInvalid: true }) };
}

describe('applyImport', () => {
  it('imports 10,000 rows (sheets, addresses, contacts) in one go', async () => {
    const db = freshDb();
    const lines = ['Société;SIRET;Adresse;Code postal;Ville;Prénom;Nom;Email;Téléphone'];
    for (let i = 0; i < 10_000; i++)
      lines.push(
        `Société ${i};${siret(i)};${i} rue de la Paix;75002;Paris;Jean;Dupont${i};jean${i}@societe${i}.fr;01 23 45 67 89`,
      );
    const { rows, plan: p } = await plan(db, lines.join('\r\n'));
    expect(rows.filter((r) => r.errors.length)).toEqual([]);
    const result = await applyImport(p, {}, db);
    expect(result).toEqual({ created: 10_000, merged: 0, skipped: 0, contactsAdded: 10_000 });
    expect(await db.companies.count()).toBe(10_000);
    expect(await db.people.count()).toBe(10_000);
    expect(await db.addresses.count()).toBe(10_000);
    const one = await db.people.where('emails').equals('jean42@societe42.fr').first();
    expect((await db.companies.get(one!.companyId))?.siret).toBe(siret(42));
    // fake-indexeddb is slow with the list and search indexes written in the same transaction (the
    // real figure is in npm run bench).
  }, 120_000);

  it('merges into an existing sheet (fills empty fields, adds contacts), skips or creates as decided', async () => {
    const db = freshDb();
    const acme = await createCompany({ ...emptyCompany(), name: 'Acme SAS', phone: '01 11 11 11 11' }, {}, db);
    const beta = await createCompany({ ...emptyCompany(), name: 'Beta' }, {}, db);
    const csv = [
      'name;siret;phone_number;firstname;lastname;email',
      `ACME;${siret(1)};;Ana;Lopez;ana@acme.fr`,
      'Beta SARL;;;Bob;Martin;bob@beta.fr',
      'Gamma;;;Gil;Roy;gil@gamma.fr',
    ].join('\n');
    const { plan: p } = await plan(db, csv);
    expect(p.groups.map((g) => [g.company.name, g.match?.by ?? null])).toEqual([
      ['ACME', 'name'],
      ['Beta SARL', 'name'],
      ['Gamma', null],
    ]);
    const betaKey = p.groups[1]!.key;
    const r = await applyImport(p, { [betaKey]: 'skip' }, db);
    expect(r).toEqual({ created: 1, merged: 1, skipped: 1, contactsAdded: 2 });
    const merged = await db.companies.get(acme);
    expect(merged).toMatchObject({ name: 'Acme SAS', siret: siret(1), phone: '01 11 11 11 11' });
    expect((await db.people.where('companyId').equals(acme).toArray()).map((x) => x.emails)).toEqual([['ana@acme.fr']]);
    expect(await db.people.where('companyId').equals(beta).count()).toBe(0);
    // Importing the same file again adds no contact twice.
    const again = await plan(db, csv);
    expect(again.plan.groups.every((g) => g.match)).toBe(true);
    await applyImport(again.plan, {}, db);
    expect(await db.people.count()).toBe(3);
  });

  it("new sheets: the list and search indexes equal a rebuild, with no read of each sheet's addresses", async () => {
    const db = freshDb();
    await createCompany({ ...emptyCompany(), name: 'Existing', phone: '030 1234567' }, {}, db);
    const lines = ['Société;Adresse;Code postal;Ville;Pays;Téléphone;Prénom;Nom;Email;Mobile'];
    for (let i = 0; i < 60; i++) {
      const [city, country, phone] =
        i % 3 === 0
          ? ['Berlin', 'Allemagne', '030 1234567']
          : i % 3 === 1
            ? ['Paris', 'France', '01 23 45 67 89']
            : ['', '', '020 7946 0000'];
      const address = city ? `${i} rue Test;75002;${city};${country}` : ';;;';
      lines.push(`Neu ${i};${address};${phone};Anna;Muster${i};anna${i}@neu${i}.example;0171 1234567`);
    }
    const { plan: p } = await plan(db, lines.join('\n'));
    expect(p.groups.filter((g) => !g.match)).toHaveLength(60);
    // Reads of the addresses' companyId index (the phone region of each sheet) while the import writes.
    let addressReads = 0;
    const proto = IDBIndex.prototype as unknown as Record<'getAll' | 'openCursor', (...a: unknown[]) => unknown>;
    const originals = { getAll: proto.getAll, openCursor: proto.openCursor };
    for (const k of ['getAll', 'openCursor'] as const)
      proto[k] = function (this: IDBIndex, ...a: unknown[]) {
        if (this.objectStore.name === 'addresses' && this.name === 'companyId') addressReads++;
        return originals[k].apply(this, a);
      };
    // Puts of search entries: one per new sheet, whole (its own row and its address's), one per contact.
    let entryPuts = 0;
    const stores = IDBObjectStore.prototype as unknown as Record<'put', (...a: unknown[]) => unknown>;
    const put = stores.put;
    stores.put = function (this: IDBObjectStore, ...a: unknown[]) {
      if (this.name === 'searchIndex') entryPuts++;
      return put.apply(this, a);
    };
    try {
      await applyImport(p, {}, db);
    } finally {
      Object.assign(proto, originals);
      stores.put = put;
    }
    expect(addressReads).toBe(0);
    expect(entryPuts).toBe(120);
    const snapshot = async () => ({
      keys: await db.table('listKeys').toArray(),
      terms: await db.table('searchIndex').toArray(),
    });
    const written = await snapshot();
    expect(written.keys).toHaveLength(61);
    await db.table('listKeys').clear();
    await db.table('searchIndex').clear();
    await buildListIndexesIfMissing(db);
    expect(await snapshot()).toEqual(written);
  });

  it('all or nothing: a bad record at the end writes nothing, though the slices before it were being written', async () => {
    const db = freshDb();
    // More sheets than three slices of the write (records are built slice by slice inside the transaction).
    const { plan: p } = await plan(
      db,
      ['name;email', ...Array.from({ length: 1600 }, (_, i) => `Co ${i};a${i}@co${i}.fr`)].join('\n'),
    );
    // A record the schema refuses, at the very end (name longer than a sheet name can be).
    p.groups.push({
      key: 'bad',
      rows: [99],
      company: { name: 'x'.repeat(400), categories: [], comment: '' },
      people: [],
      match: null,
    });
    await expect(applyImport(p, {}, db)).rejects.toBeInstanceOf(ImportRecordInvalid);
    expect(await db.companies.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
    expect(await db.table('searchIndex').count()).toBe(0);
    expect(await db.table('listKeys').count()).toBe(0);
  });

  it('all or nothing inside the transaction: a merge target gone at write time rolls back everything', async () => {
    const db = freshDb();
    const keep = await createCompany({ ...emptyCompany(), name: 'Keep' }, {}, db);
    const { plan: p } = await plan(
      db,
      ['name;email', ...Array.from({ length: 20 }, (_, i) => `New ${i};n${i}@new${i}.fr`), 'Keep;k@keep.fr'].join('\n'),
    );
    p.groups.find((g) => g.match)!.match!.companyId = 'gone';
    await expect(applyImport(p, {}, db)).rejects.toBeInstanceOf(ImportRecordInvalid);
    expect((await db.companies.toArray()).map((c) => c.id)).toEqual([keep]);
    expect(await db.people.count()).toBe(0);
  });
});

describe('loadDedupIndex for the keys of a file', () => {
  it('finds the same matches as the full index, reading only what can match', async () => {
    const db = freshDb();
    await createCompany({ ...emptyCompany(), name: 'Acme SAS', siren: siret(7).slice(0, 9) }, {}, db);
    await createCompany({ ...emptyCompany(), name: 'Beta', domains: ['beta.fr'] }, {}, db);
    await createCompany(
      { ...emptyCompany(), name: 'Gamma' },
      {
        people: [
          {
            firstName: 'Gil',
            lastName: 'Roy',
            emails: ['gil@gamma-group.fr'],
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
    await createCompany({ ...emptyCompany(), name: 'Delta', siret: '73282932000074' }, {}, db);
    await createCompany({ ...emptyCompany(), name: 'Unrelated' }, {}, db);
    const csv = [
      'Société;SIRET;Prénom;Nom;Email',
      `Acme Lyon;${siret(7)};Ana;Lopez;ana@acme.fr`,
      'Nouvelle;;Bob;Martin;bob@beta.fr',
      'Autre;;Gil;Roy;gil@gamma-group.fr',
      'Delta SA;73282932000074;;;',
      'Epsilon;;;;',
    ].join('\n');
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error('bad csv');
    const rows = parseRows(parsed.rows, guessMapping(parsed.rows[0]!));
    const full = planImport(rows, await loadDedupIndex(db), { skipInvalid: true });
    const targeted = planImport(rows, await loadDedupIndex(db, dedupKeys(rows)), { skipInvalid: true });
    const matches = (p: typeof full) =>
      p.groups.map((g) => [g.company.name, g.match?.companyName ?? null, g.match?.by ?? null]);
    expect(matches(targeted)).toEqual(matches(full));
    expect(matches(full)).toEqual([
      ['Acme Lyon', 'Acme SAS', 'siren'],
      ['Nouvelle', 'Beta', 'domain'],
      ['Autre', 'Gamma', 'email'],
      ['Delta SA', 'Delta', 'siret'],
      ['Epsilon', null, null],
    ]);
  });
});
