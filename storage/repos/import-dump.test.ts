/**
 * What a CSV import stores, byte for byte: the records and the derived list and search rows after importing
 * one file (new sheets in several countries, merges into existing sheets, contacts with and without emails)
 * into a seeded database, with ids and clocks made deterministic. The digest was taken from the import as it
 * was before its write path was tuned for speed (issue 9): a change of how the import writes must leave it
 * unchanged; a change of what it stores updates it on purpose. Schema version 5 (search entries per sheet)
 * changed it on purpose: the records and list keys stayed byte for byte the same, and the new `searchIndex`
 * was exactly `entriesOf` of the version-4 rows the old digest covered.
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guessMapping } from '../../core/interchange/columns';
import { parseCsv } from '../../core/interchange/csv';
import { dedupKeys, parseRows, planImport } from '../../core/interchange/plan';
import { FicheDB } from '../db';
import { createCompany, emptyCompany } from './companies';
import { applyImport, loadDedupIndex } from './import';

const TABLES = ['companies', 'addresses', 'people', 'listKeys', 'searchIndex'] as const;

/** Every row of the tables an import writes, in key order, blobs as their type and size. */
async function dump(db: FicheDB): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = await db.table(t).toArray();
  return JSON.stringify(out, (_k, v: unknown) => (v instanceof Blob ? `blob:${v.type}:${v.size}` : v));
}

function csv(): string {
  const lines = ['Société;Adresse;Code postal;Ville;Pays;Téléphone;Prénom;Nom;Email;Mobile;Catégories;Site web'];
  const countries = [
    ['Lyon', 'France', '04 99 00 12 34'],
    ['Berlin', 'Allemagne', '030 5550123'],
    ['London', 'Royaume-Uni', '01632 960123'],
    ['', '', '06 39 98 11 22'],
  ] as const;
  for (let i = 0; i < 48; i++) {
    const [city, country, phone] = countries[i % countries.length]!;
    const address = city ? `${i} rue Test;69003;${city};${country}` : ';;;';
    const email = i % 5 === 4 ? '' : `contact${i}@firme${i % 30}.example`;
    lines.push(
      `Firme ${i % 30} SAS;${address};${phone};Anne;Essai${i};${email};06 39 98 00 ${String(i).padStart(2, '0')};cat${i % 3};${i % 2 ? `https://www.firme${i % 30}.example/` : ''}`,
    );
  }
  // Rows that match the seeded sheets: by name, by a contact's email, and a contact already there.
  lines.push('Ancienne Maison;;;;;;Paul;Neuf;paul@ancienne.example;;vip;');
  lines.push('Autre nom;;;;;;Zoé;Existe;zoe@existe.example;06 39 98 77 66;;');
  lines.push('Maison Berlin;Hauptstr. 1;10115;Berlin;Allemagne;030 5550199;Max;Muster;max@berlin.example;;;');
  return lines.join('\n');
}

afterEach(() => vi.restoreAllMocks());

describe('what a CSV import stores', () => {
  it('is the same records and derived rows as before the write path was tuned', async () => {
    let n = 0;
    vi.spyOn(crypto, 'randomUUID').mockImplementation(
      () =>
        `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` as `${string}-${string}-${string}-${string}-${string}`,
    );
    vi.spyOn(Date, 'now').mockReturnValue(1_800_000_000_000);
    const db = new FicheDB(`test-dump-${Math.random()}`);
    const old = await createCompany({ ...emptyCompany(), name: 'Ancienne Maison', phone: '01 99 00 12 34' }, {}, db);
    await createCompany(
      { ...emptyCompany(), name: 'Existe SA' },
      {
        people: [
          {
            firstName: 'Zoé',
            lastName: 'Existe',
            emails: ['zoe@existe.example'],
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
    // A sheet whose only address is not the main one, in France: the import adds none (it has one).
    await createCompany(
      { ...emptyCompany(), name: 'Maison Berlin' },
      {
        addresses: [
          {
            label: '',
            contactName: '',
            street: '',
            postalCode: '',
            city: 'Paris',
            country: 'France',
            isMain: false,
            forInvoices: false,
            forDeliveries: false,
            forQuotes: false,
          },
        ],
      },
      db,
    );
    expect(old).toBeTruthy();
    const parsed = parseCsv(csv());
    if (!parsed.ok) throw new Error('bad csv');
    const rows = parseRows(parsed.rows, guessMapping(parsed.rows[0]!));
    const plan = planImport(rows, await loadDedupIndex(db, dedupKeys(rows)), { skipInvalid: true });
    expect(plan.groups.filter((g) => g.match)).toHaveLength(3);
    const result = await applyImport(plan, {}, db);
    expect(result).toMatchObject({ merged: 3 });
    const text = await dump(db);
    expect(JSON.parse(text).searchIndex.length).toBeGreaterThan(80);
    expect(createHash('sha256').update(text).digest('hex')).toBe(
      '90985a0f6f97405441bdcb41f9cee715669cda83374a8ac4d04116321068a1bc',
    );
    db.close();
  });
});
