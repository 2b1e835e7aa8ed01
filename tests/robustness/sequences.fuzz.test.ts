// @vitest-environment node
// Node environment: its Blob survives fake-indexeddb's structured clone (backups), as in files.fuzz.
/**
 * Robustness (issue 10): 1,000 random sequences of edit, merge, undo, import, backup and restore
 * through the real repositories, with failures injected under them — an IndexedDB transaction aborted
 * midway, a write refused with QuotaExceededError — at a random write of a random step.
 *
 * After every step, whatever happened:
 * - a step that failed changed nothing (every table, the derived list and search indexes included),
 *   and its error is recognised as what it was (a quota error is a quota error);
 * - a step that succeeded lost no contact and no sheet (a restore gives exactly the backup's records);
 * - no orphan: every record of a sheet belongs to a sheet that exists and is not merged away, every
 *   merge entry names sheets that exist, every contact an exchange names exists;
 * - counts match: the list index holds one entry per sheet and the search index exactly the rows
 *   of the records, as rebuilt from them.
 *
 * FC_SEED and FC_RUNS (env) replay a failure or run more sequences.
 */
import './node-globals';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyFailure } from '../../core/failures';
import type { Company, Person } from '../../core/domain';
import { SHEET_CHILD_TABLES } from '../../core/domain/tables';
import { personFields } from '../../core/domain/test-records';
import { guessMapping } from '../../core/interchange/columns';
import { parseCsv } from '../../core/interchange/csv';
import { dedupKeys, parseRows, planImport } from '../../core/interchange/plan';
import {
  entriesOf,
  listKeyOf,
  SEARCH_SOURCES,
  type ListKey,
  type SearchEntry,
  type SearchRow,
} from '../../core/search';
import { searchRowOf } from '../../core/search-terms';
import { ALL_TABLES, DERIVED_TABLES, FicheDB } from '../../storage/db';
import { createBackup, restoreBackup } from '../../storage/repos/backup';
import { createCompany, emptyCompany, updateCompany } from '../../storage/repos/companies';
import { applyImport, loadDedupIndex } from '../../storage/repos/import';
import { mergeCompanies, undoMerge } from '../../storage/repos/merge';
import { savePerson } from '../../storage/repos/people';
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

const SEED = Number(process.env.FC_SEED ?? 101_010);
const RUNS = Number(process.env.FC_RUNS ?? 1_000);

/* ---------- fault injection: below every other middleware, so the derived indexes' writes fail too ---------- */

type FaultKind = 'abort' | 'quota';
let fault: { kind: FaultKind; left: number; fired: boolean } | null = null;

const faults: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'TestFaults',
  level: -10,
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      return {
        ...table,
        mutate(req) {
          if (fault && !fault.fired && --fault.left <= 0) {
            fault.fired = true;
            if (fault.kind === 'abort') {
              // The browser ends the transaction midway (a crash, a closed page, an engine error).
              (req.trans as DBCoreTransaction & IDBTransaction).abort();
              return Promise.reject(new DOMException('The transaction was aborted.', 'AbortError'));
            }
            return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
          }
          return table.mutate(req);
        },
      };
    },
  }),
};

/* ---------- the database, its dumps and invariants ---------- */

const db = new FicheDB(`test-sequences-${crypto.randomUUID()}`);
db.use(faults);
const EVERY_TABLE = [...ALL_TABLES, ...DERIVED_TABLES] as const;
const seedRows: Record<string, unknown[]> = {};
let seedBackup: { blob: Blob; data: string };

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Snapshot {
  json: string;
  data: string;
  tables: Record<string, unknown[]>;
}

/** Every table, derived ones included, read in one transaction. */
async function snapshot(): Promise<Snapshot> {
  const tables = await db.transaction('r', EVERY_TABLE as unknown as string[], async () => {
    const out: Record<string, unknown[]> = {};
    for (const name of EVERY_TABLE) out[name] = await db.table(name).toArray();
    return out;
  });
  const data: Record<string, unknown[]> = {};
  for (const name of ALL_TABLES) data[name] = tables[name]!;
  return { json: JSON.stringify(tables), data: JSON.stringify(data), tables };
}
const dataDump = async () => (await snapshot()).data;

async function reset() {
  fault = null;
  await db.transaction('rw', EVERY_TABLE as unknown as string[], async () => {
    for (const name of EVERY_TABLE) await db.table(name).clear();
    for (const name of ALL_TABLES) if (seedRows[name]?.length) await db.table(name).bulkAdd(seedRows[name]!);
  });
}

const live = (c: Company) => c.deletedAt === undefined && c.mergedIntoId === undefined;

async function liveSheets(): Promise<Company[]> {
  return (await db.companies.toArray()).filter(live).sort((a, b) => byKey(a.id, b.id));
}

const idsOf = (snap: Snapshot, table: 'people' | 'companies') =>
  new Set((snap.tables[table] as { id: string }[]).map((r) => r.id));

function expectInvariants(snap: Snapshot) {
  const t = snap.tables;
  const companies = t.companies as Company[];
  const byId = new Map(companies.map((c) => [c.id, c]));
  // No orphan: a sheet's records belong to a sheet that exists and was not merged away.
  for (const table of SHEET_CHILD_TABLES) {
    for (const r of t[table] as { id: string; companyId: string }[]) {
      const owner = byId.get(r.companyId);
      expect(owner, `${table} ${r.id}: no sheet ${r.companyId}`).toBeDefined();
      expect(owner!.mergedIntoId, `${table} ${r.id} left on merged sheet ${r.companyId}`).toBeUndefined();
    }
  }
  const people = idsOf(snap, 'people');
  for (const i of t.interactions as { id: string; personIds?: string[] }[]) {
    for (const p of i.personIds ?? [])
      expect(people.has(p), `exchange ${i.id} names a missing contact ${p}`).toBe(true);
  }
  for (const h of t.history as { id: string; companyId: string; otherCompanyId?: string }[]) {
    expect(byId.has(h.companyId), `history ${h.id}: no sheet ${h.companyId}`).toBe(true);
    if (h.otherCompanyId)
      expect(byId.has(h.otherCompanyId), `history ${h.id}: no sheet ${h.otherCompanyId}`).toBe(true);
  }
  for (const c of companies)
    if (c.mergedIntoId) expect(byId.has(c.mergedIntoId), `${c.id} merged into nothing`).toBe(true);
  // Counts match: the derived indexes are exactly what the records give.
  const keys = [...(t.listKeys as ListKey[])].sort((a, b) => byKey(a.id, b.id));
  expect(keys).toEqual(companies.map((c) => listKeyOf(c)).sort((a, b) => byKey(a.id, b.id)));
  const expected: SearchRow[] = [];
  for (const table of SEARCH_SOURCES) {
    for (const r of t[table]!) {
      const row = searchRowOf(table, r);
      if (row) expected.push(row);
    }
  }
  const entries = [...(t.searchIndex as SearchEntry[])].sort((a, b) => byKey(a.key, b.key));
  expect(entries).toEqual(entriesOf(expected).sort((a, b) => byKey(a.key, b.key)));
}

/* ---------- the steps ---------- */

type Fault = { kind: FaultKind; after: number } | null;
type Step =
  | { t: 'editSheet'; pick: number; name: string }
  | { t: 'addContact'; pick: number; first: string }
  | { t: 'editContact'; pick: number; first: string }
  | { t: 'merge'; kept: number; absorbed: number }
  | { t: 'undo'; pick: number }
  | { t: 'import'; rows: { name: string; email: string; first: string }[] }
  | { t: 'backup' }
  | { t: 'restore'; pick: number };

const NAMES = ['Dupont', 'Dupont SARL', 'Martin & Fils', 'Zéphyr', 'Acme SAS', 'Nouvelle Société'];
const FIRSTS = ['Ann', 'Bob', 'Chloé', 'Dmitri', 'Émile'];
const EMAILS = ['ann@dupont.fr', 'bob@martin.fr', 'new@zephyr.io', 'chloe@acme.fr', '', 'e@nouvelle.fr'];

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ t: fc.constant('editSheet' as const), pick: fc.nat(9), name: fc.constantFrom(...NAMES) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('addContact' as const), pick: fc.nat(9), first: fc.constantFrom(...FIRSTS) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('editContact' as const),
      pick: fc.nat(19),
      first: fc.constantFrom(...FIRSTS),
    }),
  },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('merge' as const), kept: fc.nat(9), absorbed: fc.nat(9) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('undo' as const), pick: fc.nat(9) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('import' as const),
      rows: fc.array(
        fc.record({
          name: fc.constantFrom(...NAMES),
          email: fc.constantFrom(...EMAILS),
          first: fc.constantFrom(...FIRSTS),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ t: 'backup' as const }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('restore' as const), pick: fc.nat(3) }) },
);
const faultArb: fc.Arbitrary<Fault> = fc.option(
  fc.record({ kind: fc.constantFrom<FaultKind>('abort', 'quota'), after: fc.integer({ min: 1, max: 8 }) }),
  { freq: 2 },
);
const sequence = fc.array(fc.record({ step, fault: faultArb }), { minLength: 1, maxLength: 6 });

interface Run {
  merges: string[];
  backups: { blob: Blob; data: string }[];
}

/** Runs one step; returns what the model needs to check its success. */
async function run(
  s: Step,
  state: Run,
  current: Snapshot,
): Promise<{ addedPeople: number; addedSheets: number; restored?: string } | 'nothing'> {
  switch (s.t) {
    case 'editSheet': {
      const sheets = await liveSheets();
      const c = sheets[s.pick % sheets.length];
      if (!c) return 'nothing';
      const { id, nameKey: _n, createdAt: _c, updatedAt: _u, deletedAt: _d, mergedIntoId: _m, ...input } = c;
      await updateCompany(id, { ...input, name: s.name }, db);
      return { addedPeople: 0, addedSheets: 0 };
    }
    case 'addContact': {
      const sheets = await liveSheets();
      const c = sheets[s.pick % sheets.length];
      if (!c) return 'nothing';
      await savePerson(
        c.id,
        {
          firstName: s.first,
          lastName: 'Added',
          emails: [],
          jobTitle: '',
          phone: '',
          mobile: '',
          isBillingContact: false,
          customFields: {},
        },
        undefined,
        db,
      );
      return { addedPeople: 1, addedSheets: 0 };
    }
    case 'editContact': {
      const people = ((await db.people.toArray()) as Person[]).sort((a, b) => byKey(a.id, b.id));
      const p = people[s.pick % people.length];
      if (!p) return 'nothing';
      const { id, companyId, createdAt: _c, updatedAt: _u, archivedAt: _a, ...fields } = p;
      await savePerson(companyId, { ...fields, firstName: s.first, isBillingContact: !p.isBillingContact }, id, db);
      return { addedPeople: 0, addedSheets: 0 };
    }
    case 'merge': {
      const sheets = await liveSheets();
      const kept = sheets[s.kept % sheets.length];
      const absorbed = sheets[s.absorbed % sheets.length];
      if (!kept || !absorbed || kept.id === absorbed.id) return 'nothing';
      const done = await mergeCompanies(kept.id, absorbed.id, {}, db);
      state.merges.push(done.historyId);
      return { addedPeople: 0, addedSheets: 0 };
    }
    case 'undo': {
      const id = state.merges[s.pick % Math.max(1, state.merges.length)];
      if (!id) return 'nothing';
      const r = await undoMerge(id, db);
      // A refusal (undone already, changed since, gone after a restore) writes nothing.
      return r.ok ? { addedPeople: 0, addedSheets: 0 } : 'nothing';
    }
    case 'import': {
      const csv = ['name;email;firstname', ...s.rows.map((r) => `${r.name};${r.email};${r.first}`)].join('\r\n');
      const parsed = parseCsv(csv);
      if (!parsed.ok) throw new Error(`test CSV refused: ${parsed.error.code}`);
      const rows = parseRows(parsed.rows, guessMapping(parsed.rows[0]!));
      const plan = planImport(rows, await loadDedupIndex(db, dedupKeys(rows)), { skipInvalid: true });
      const r = await applyImport(plan, {}, db);
      return { addedPeople: r.contactsAdded, addedSheets: r.created };
    }
    case 'backup': {
      const data = current.data;
      const { blob } = await createBackup(db);
      state.backups.push({ blob, data });
      return 'nothing';
    }
    case 'restore': {
      const all = [seedBackup, ...state.backups];
      const b = all[s.pick % all.length]!;
      await restoreBackup(b.blob, db);
      return { addedPeople: 0, addedSheets: 0, restored: b.data };
    }
  }
}

describe('sequences of edits, merges, undos, imports and restores with injected failures', () => {
  beforeAll(async () => {
    await db.open();
    const person = (firstName: string, email: string, billing = false) =>
      personFields({ firstName, lastName: 'Seed', emails: email ? [email] : [], isBillingContact: billing });
    const address = {
      label: 'HQ',
      contactName: '',
      street: '1 rue de la Paix',
      postalCode: '75002',
      city: 'Paris',
      country: 'FR',
      isMain: true,
      forInvoices: true,
      forDeliveries: true,
      forQuotes: true,
    };
    const a = await createCompany(
      { ...emptyCompany(), name: 'Dupont', website: 'https://dupont.fr/' },
      { addresses: [address], people: [person('Ann', 'ann@dupont.fr', true), person('Alain', '')] },
      db,
    );
    await createCompany(
      { ...emptyCompany(), name: 'Dupont SARL', domains: ['dupont.fr'] },
      { people: [person('Bea', 'bea@dupont.fr', true)] },
      db,
    );
    await createCompany(
      { ...emptyCompany(), name: 'Martin & Fils', website: 'https://martin.fr/', isClient: true, isProspect: false },
      { people: [person('Bob', 'bob@martin.fr')] },
      db,
    );
    await createCompany({ ...emptyCompany(), name: 'Zéphyr' }, {}, db);
    const ann = (await db.people.where('companyId').equals(a).toArray()).find((p) => p.firstName === 'Ann')!;
    await db.interactions.add({
      id: 'seed-note',
      companyId: a,
      type: 'note',
      happensAt: 1,
      title: 'Call',
      content: '',
      personIds: [ann.id],
      createdAt: 1,
      updatedAt: 1,
    });
    for (const name of ALL_TABLES) seedRows[name] = await db.table(name).toArray();
    seedBackup = { blob: (await createBackup(db)).blob, data: await dataDump() };
    expectInvariants(await snapshot());
  });

  it(`${RUNS.toLocaleString('en')} sequences: a failed step changes nothing, no contact lost, no orphan, counts match`, async () => {
    const seen = { steps: 0, failed: 0, fired: { abort: 0, quota: 0 }, ok: {} as Record<string, number> };
    await fc.assert(
      fc.asyncProperty(sequence, async (steps) => {
        await reset();
        const state: Run = { merges: [], backups: [] };
        let before = await snapshot();
        for (const { step: s, fault: f } of steps) {
          seen.steps++;
          fault = f ? { kind: f.kind, left: f.after, fired: false } : null;
          let outcome: Awaited<ReturnType<typeof run>> | { error: unknown };
          try {
            outcome = await run(s, state, before);
          } catch (error) {
            outcome = { error };
          }
          const fired = fault?.fired ? fault.kind : null;
          fault = null;
          if (fired) seen.fired[fired]++;
          const after = await snapshot();

          if (typeof outcome === 'object' && 'error' in outcome) {
            seen.failed++;
            // Only an injected failure may fail a step, and it fails the whole step.
            expect(fired, `${s.t} failed without an injected failure: ${String(outcome.error)}`).not.toBeNull();
            expect(classifyFailure(outcome.error), `${s.t}: ${String(outcome.error)}`).toBe(
              fired === 'quota' ? 'quota' : 'aborted',
            );
            expect(after.json, `${s.t} failed (${fired}) and left a change behind`).toBe(before.json);
          } else {
            // A write that failed under a step that reports success would be a half-written step.
            expect(fired, `${s.t} reported success after an injected ${fired} failure`).toBeNull();
            if (outcome === 'nothing') {
              expect(after.json, `${s.t} did nothing but changed something`).toBe(before.json);
            } else if (outcome.restored !== undefined) {
              seen.ok[s.t] = (seen.ok[s.t] ?? 0) + 1;
              expect(after.data, 'a restore gives exactly the backup').toBe(outcome.restored);
            } else {
              seen.ok[s.t] = (seen.ok[s.t] ?? 0) + 1;
              const [peopleBefore, sheetsBefore] = [idsOf(before, 'people'), idsOf(before, 'companies')];
              const [peopleAfter, sheetsAfter] = [idsOf(after, 'people'), idsOf(after, 'companies')];
              for (const p of peopleBefore) expect(peopleAfter.has(p), `${s.t} lost contact ${p}`).toBe(true);
              for (const c of sheetsBefore) expect(sheetsAfter.has(c), `${s.t} lost sheet ${c}`).toBe(true);
              expect(peopleAfter.size, `${s.t}: contacts`).toBe(peopleBefore.size + outcome.addedPeople);
              expect(sheetsAfter.size, `${s.t}: sheets`).toBe(sheetsBefore.size + outcome.addedSheets);
            }
          }
          expectInvariants(after);
          before = after;
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // The property is not vacuous: every kind of step succeeded, and both kinds of failure struck.
    for (const t of ['editSheet', 'addContact', 'editContact', 'merge', 'undo', 'import', 'restore'])
      expect(seen.ok[t] ?? 0, t).toBeGreaterThan(RUNS / 100);
    expect(seen.fired.abort).toBeGreaterThan(RUNS / 20);
    expect(seen.fired.quota).toBeGreaterThan(RUNS / 20);
    console.info(`sequences: ${RUNS} runs, ${seen.steps} steps, ${seen.failed} failed under injected faults`, seen.ok);
  }, 170_000);
});
