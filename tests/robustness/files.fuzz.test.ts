// @vitest-environment node
// Node environment: its structuredClone keeps Blobs through fake-indexeddb (as storage/repos/backup.test.ts).
/**
 * Robustness (issue 10): 2,000 malformed files — 900 CSV, 900 vCard, 200 backups — through the real
 * import and restore code. Each gives a clear error (a known code, or a row and a field), and a
 * failed import or restore leaves the database exactly as it was (a dump compared before and after).
 */
import './node-globals';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { guessMapping } from '../../core/interchange/columns';
import { parseCsv } from '../../core/interchange/csv';
import { dedupKeys, parseRows, planImport, type ParsedRow } from '../../core/interchange/plan';
import { parseVcards } from '../../core/interchange/vcard';
import { planVcardImport, vcardRows } from '../../core/interchange/vcard-plan';
import { ALL_TABLES, FicheDB } from '../../storage/db';
import { createBackup, restoreBackup, RestoreRecordInvalid, RestoreRefused } from '../../storage/repos/backup';
import { createCompany, emptyCompany } from '../../storage/repos/companies';
import { applyImport, ImportRecordInvalid, loadDedupIndex } from '../../storage/repos/import';

async function dump(db: FicheDB) {
  const out: Record<string, unknown[]> = {};
  for (const name of ALL_TABLES) out[name] = await db.table(name).toArray();
  return JSON.stringify(out, (_k, v: unknown) => (v instanceof Blob ? `blob:${v.type}:${v.size}` : v));
}

async function seeded() {
  const db = new FicheDB('test-' + crypto.randomUUID());
  await createCompany(
    { ...emptyCompany(), name: 'Acme SAS', website: 'https://acme.fr/', siren: '732829320' },
    {
      people: [
        {
          firstName: 'Ann',
          lastName: 'Lee',
          emails: ['ann@acme.fr'],
          jobTitle: '',
          phone: '',
          mobile: '',
          isBillingContact: true,
          customFields: {},
        },
      ],
    },
    db,
  );
  return db;
}

function expectClearRowErrors(rows: readonly ParsedRow[]) {
  for (const e of rows.flatMap((r) => r.errors)) {
    expect(e.row).toBeGreaterThan(0);
    expect(typeof e.field).toBe('string');
    expect(typeof e.reason).toBe('string');
  }
}

/** Imports rows; a refused import must leave the database as it was. */
async function tryImport(db: FicheDB, rows: readonly ParsedRow[], plan: ReturnType<typeof planImport>) {
  expectClearRowErrors(rows);
  const before = await dump(db);
  try {
    await applyImport(plan, {}, db);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportRecordInvalid);
    expect(await dump(db)).toBe(before);
  }
}

const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '"',
    '""',
    '\r',
    '\n',
    ';',
    ',',
    '\t',
    "'=1+1",
    'javascript:alert(1)',
    '\u0000',
    'é'.repeat(40),
    '9'.repeat(40),
  ),
);
const HEADERS = [
  'name',
  'siret',
  'siren',
  'intracommunity_number',
  'website',
  'email',
  'firstname',
  'lastname',
  'phone_number',
  'is_prospect',
  'linkedin',
  'categories',
  'Société',
  'x',
];
const csvText = fc
  .record({
    headers: fc.array(fc.oneof(fc.constantFrom(...HEADERS), junk), { minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.array(junk, { maxLength: 10 }), { maxLength: 12 }),
    delimiter: fc.constantFrom(';', ',', '\t'),
    tail: fc.constantFrom('', '"unterminated', '\r\n;;;', '\u0000\u0001'),
  })
  .map(
    ({ headers, rows, delimiter, tail }) =>
      [headers, ...rows].map((r) => r.join(delimiter)).join(Math.random() < 0.5 ? '\r\n' : '\n') + tail,
  );

const PROPS = [
  'FN',
  'N',
  'EMAIL',
  'TEL;TYPE=cell',
  'ORG',
  'TITLE',
  'URL',
  'PHOTO',
  'PHOTO;ENCODING=b;TYPE=svg+xml',
  'X-JUNK',
  'BEGIN',
  'END',
];
const vcardText = fc
  .array(
    fc.record({
      lines: fc.array(fc.tuple(fc.constantFrom(...PROPS), junk), { maxLength: 8 }),
      begin: fc.boolean(),
      end: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((cards) =>
    cards
      .map((c) =>
        [
          c.begin ? 'BEGIN:VCARD' : '',
          'VERSION:4.0',
          ...c.lines.map(([p, v]) => `${p}:${v}`),
          c.end ? 'END:VCARD' : '',
        ].join('\r\n'),
      )
      .join('\r\n'),
  );

describe('malformed files', () => {
  it('900 malformed CSV files: a clear error or clear row errors; a refused import changes nothing', async () => {
    const db = await seeded();
    await fc.assert(
      fc.asyncProperty(csvText, async (text) => {
        const parsed = parseCsv(text, { maxRows: 10_001 });
        if (!parsed.ok) {
          expect(['unterminated-quote', 'too-many-rows', 'too-many-columns']).toContain(parsed.error.code);
          expect(parsed.error.row).toBeGreaterThan(0);
          return;
        }
        if (parsed.rows.length < 2) return;
        const rows = parseRows(parsed.rows, guessMapping(parsed.rows[0]!));
        await tryImport(db, rows, planImport(rows, await loadDedupIndex(db, dedupKeys(rows)), { skipInvalid: true }));
      }),
      { numRuns: 900, seed: 404 },
    );
  }, 170_000);

  it('900 malformed vCard files: a clear error or clear row errors; a refused import changes nothing', async () => {
    const db = await seeded();
    await fc.assert(
      fc.asyncProperty(vcardText, async (text) => {
        const parsed = parseVcards(text);
        if (!parsed.ok) {
          expect(['no-vcard', 'unterminated']).toContain(parsed.error.code);
          return;
        }
        for (const c of parsed.contacts)
          if (c.photoDataUri) expect(c.photoDataUri).toMatch(/^data:image\/(png|jpeg|gif|webp);base64,/);
        const rows = vcardRows(parsed.contacts);
        await tryImport(db, rows, planVcardImport(rows, await loadDedupIndex(db, dedupKeys(rows)), { kind: 'by-org' }));
      }),
      { numRuns: 900, seed: 405 },
    );
  }, 170_000);

  it('200 damaged backups: refused with a named reason, the database unchanged', async () => {
    const source = await seeded();
    const good = await (await createBackup(source)).blob.text();
    const target = await seeded();
    // The known state: the backup restored (a harmless change restores, then this state comes back).
    await restoreBackup(new Blob([good]), target);
    const before = await dump(target);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const damage = fc.oneof(
      fc.nat(good.length - 1).map((n) => good.slice(0, n)),
      fc.tuple(fc.nat(good.length - 1), junk).map(([n, s]) => good.slice(0, n) + s + good.slice(n + 1)),
      fc
        .constantFrom(
          '"website":"javascript:alert(1)"',
          '"emails":["a@b.fr\\r\\nX:y"]',
          '"name":""',
          '"isClient":"yes"',
        )
        .map((s) => good.replace(/"website":"[^"]*"/, s)),
    );
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(damage, async (text) => {
        try {
          await restoreBackup(new Blob([text]), target);
        } catch (e) {
          refused++;
          expect(e instanceof RestoreRefused || e instanceof RestoreRecordInvalid, String(e)).toBe(true);
          expect(await dump(target)).toBe(before);
          return;
        }
        // A change that kept the file valid (inside a string) restores: start again from a known state.
        await restoreBackup(new Blob([good]), target);
      }),
      { numRuns: 200, seed: 406 },
    );
    expect(refused).toBeGreaterThan(100);
  }, 170_000);
});
