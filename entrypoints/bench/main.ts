/**
 * Benchmark-only page (built when FICHE_BENCH=1, never shipped): exposes Fiche's own code paths to
 * `scripts/bench.mjs` so that they are timed in a real Chromium against large generated data.
 */
import type { Detection } from '../../core/detect/types';
import { newId, type Company, type Interaction, type Person } from '../../core/domain';
import { companyNameKey } from '../../core/text/normalize';
import { db, FicheDB } from '../../storage/db';
import { emptyCompany, updateCompany } from '../../storage/repos/companies';
import { findMatches } from '../../storage/repos/matching';
import { prepareQuery } from '../../core/search';
import { listRows, searchList } from '../../storage/repos/list';
import { importedAddress } from '../../storage/repos/import';
import { analyzeCsv, applyImport, loadDedupIndex, planCsvImport, readCsvFile } from '../../models/interchange';

const FIRST = [
  'Léa',
  'Jules',
  'Chloé',
  'Hugo',
  'Inès',
  'Louis',
  'Manon',
  'Gabriel',
  'Camille',
  'Arthur',
  'Sarah',
  'Nathan',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
];
const WORDS = [
  'Atelier',
  'Boulangerie',
  'Cabinet',
  'Transports',
  'Studio',
  'Menuiserie',
  'Garage',
  'Domaine',
  'Clinique',
  'Agence',
];

/**
 * Adds sheets [companiesFrom, companies) and contacts [peopleFrom, people), contact i on sheet
 * i % companies, in transactions of at most 50,000 records (the large mode seeds 600,000).
 */
/** A bench sheet: a name and a domain, the rest empty. */
function benchCompany(id: string, name: string, domain: string, now: number): Company {
  return {
    ...emptyCompany(),
    id,
    name,
    nameKey: companyNameKey(name),
    domains: [domain],
    createdAt: now,
    updatedAt: now,
  };
}

/** A bench contact: a name, an email and a job title, the rest empty. */
function benchPerson(
  id: string,
  companyId: string,
  fields: Pick<Person, 'firstName' | 'lastName' | 'emails' | 'jobTitle'>,
  now: number,
): Person {
  return {
    id,
    companyId,
    ...fields,
    phone: '',
    mobile: '',
    isBillingContact: false,
    customFields: {},
    createdAt: now,
    updatedAt: now,
  };
}

async function seed(opts: { companies: number; people: number; companiesFrom?: number; peopleFrom?: number }) {
  const now = Date.now();
  const companies: Company[] = [];
  for (let i = opts.companiesFrom ?? 0; i < opts.companies; i++) {
    const name = `${WORDS[i % WORDS.length]} ${LAST[(i * 7) % LAST.length]} ${i}`;
    companies.push(benchCompany(`c${i}`, name, `company${i}.test`, now));
  }
  const people: Person[] = [];
  for (let i = opts.peopleFrom ?? 0; i < opts.people; i++) {
    const c = i % opts.companies;
    people.push(
      benchPerson(
        `p${i}`,
        `c${c}`,
        {
          firstName: FIRST[i % FIRST.length]!,
          lastName: LAST[(i >> 3) % LAST.length]!,
          emails: [`person${i}@company${c}.test`],
          jobTitle: 'Gérant',
        },
        now,
      ),
    );
  }
  const t0 = performance.now();
  const CHUNK = 50_000;
  for (let i = 0; i < companies.length; i += CHUNK) await db.companies.bulkAdd(companies.slice(i, i + CHUNK));
  for (let i = 0; i < people.length; i += CHUNK) await db.people.bulkAdd(people.slice(i, i + CHUNK));
  return { ms: performance.now() - t0 };
}

// ---- raw IndexedDB baselines (issue 9): what the browser itself does on the same data, in the same run

let rawConnection: Promise<IDBDatabase> | null = null;
const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
const rawDb = () => (rawConnection ??= request(indexedDB.open(db.name)));

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** The first 50 rows of `store` whose `index` key starts with `prefix`, timed. */
async function startsWith(store: string, index: string, prefix: string): Promise<number> {
  const d = await rawDb();
  return timed(() =>
    request(
      d
        .transaction(store)
        .objectStore(store)
        .index(index)
        .getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`), 50),
    ),
  );
}

const raw = {
  /** One email through the people.emails index. */
  get: async (email: string) => {
    const d = await rawDb();
    return timed(() => request(d.transaction('people').objectStore('people').index('emails').get(email)));
  },
  /** 50 emails, one transaction. */
  get50: async (emails: string[]) => {
    const d = await rawDb();
    return timed(() => {
      const index = d.transaction('people').objectStore('people').index('emails');
      return Promise.all(emails.map((e) => request(index.get(e))));
    });
  },
  /** The first 50 sheets by the name index. */
  firstPage: async () => {
    const d = await rawDb();
    return timed(() => request(d.transaction('companies').objectStore('companies').index('nameKey').getAll(null, 50)));
  },
  /** A startsWith query of the name index: the first 50 sheets whose name starts with the prefix. */
  namePrefix: (prefix: string) => startsWith('companies', 'nameKey', prefix),
  /**
   * A startsWith query of the index that answers the same question as the search ("which records have a
   * term starting with this prefix?"): the first 50 rows of the terms index.
   */
  prefix: (prefix: string) => startsWith('searchIndex', 'terms', prefix),
  /** A sheet and its exchanges by the [companyId+happensAt] index. */
  sheet: async (id: string) => {
    const d = await rawDb();
    return timed(() => {
      const tx = d.transaction(['companies', 'interactions']);
      return Promise.all([
        request(tx.objectStore('companies').get(id)),
        request(
          tx
            .objectStore('interactions')
            .index('[companyId+happensAt]')
            .getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
        ),
      ]);
    });
  },
  /** What the CSV import writes (n sheets, n addresses, n contacts), put in one transaction of a scratch database with the same stores and indexes. */
  bulkPut: async (n: number) => {
    const name = 'fiche-raw-bulkput';
    await request(indexedDB.deleteDatabase(name));
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const d = open.result;
      const companies = d.createObjectStore('companies', { keyPath: 'id' });
      for (const [index, multi] of [
        ['nameKey', false],
        ['domains', true],
        ['linkedinUrl', false],
        ['vat', false],
        ['siren', false],
        ['siret', false],
        ['accountManagerId', false],
        ['deletedAt', false],
      ] as const)
        companies.createIndex(index, index, { multiEntry: multi });
      d.createObjectStore('addresses', { keyPath: 'id' }).createIndex('companyId', 'companyId');
      const people = d.createObjectStore('people', { keyPath: 'id' });
      people.createIndex('companyId', 'companyId');
      people.createIndex('emails', 'emails', { multiEntry: true });
      people.createIndex('linkedinUrl', 'linkedinUrl');
    };
    const d = await request(open);
    const now = Date.now();
    const rows = { companies: [] as object[], addresses: [] as object[], people: [] as object[] };
    for (let i = 0; i < n; i++) {
      const id = newId();
      const name = `Import ${i} SARL`;
      rows.companies.push({
        ...benchCompany(id, name, `import${i}.test`, now),
        phone: `01 99 00 ${String(i % 100).padStart(2, '0')} 00`,
      });
      rows.addresses.push(
        importedAddress(
          { street: `${i} rue de la Paix`, postalCode: '75002', city: 'Paris', country: 'France' },
          id,
          now,
        ),
      );
      rows.people.push(
        benchPerson(
          newId(),
          id,
          { firstName: 'Jean', lastName: `Dupont${i}`, emails: [`jean.dupont${i}@import${i}.test`], jobTitle: '' },
          now,
        ),
      );
    }
    const ms = await timed(
      () =>
        new Promise<void>((resolve, reject) => {
          const tx = d.transaction(['companies', 'addresses', 'people'], 'readwrite');
          for (const table of ['companies', 'addresses', 'people'] as const) {
            const store = tx.objectStore(table);
            for (const r of rows[table]) store.put(r);
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        }),
    );
    d.close();
    await request(indexedDB.deleteDatabase(name));
    return ms;
  },
  /**
   * What the CSV import stored — its sheets, their addresses and contacts, and their list and search entries
   * (`storage/list-index.ts`) — read back, then put in one transaction of a scratch database with Fiche's
   * stores and indexes: the floor of the import's write with the index rows it keeps, beside `bulkPut`
   * (the records alone). Not one of issue 9's ratios; reported beside them.
   */
  storedPut: async () => {
    const companies = await db.companies.where('nameKey').startsWith('import ').toArray();
    const ids = companies.map((c) => c.id);
    const [addresses, people, listKeys] = await Promise.all([
      db.addresses.where('companyId').anyOf(ids).toArray(),
      db.people.where('companyId').anyOf(ids).toArray(),
      db.listKeys.bulkGet(ids),
    ]);
    // a sheet's search entry holds its own and its addresses' rows; each contact has an entry of its own
    const terms = await db.searchIndex.bulkGet([...ids, ...people.map((p) => `people:${p.id}`)]);
    const rows: Record<string, unknown[]> = {
      companies,
      addresses,
      people,
      listKeys: listKeys.filter((k) => k !== undefined),
      searchIndex: terms.filter((e) => e !== undefined),
    };
    const name = 'fiche-raw-stored';
    await request(indexedDB.deleteDatabase(name));
    const scratch = new FicheDB(name); // the same stores and indexes as Fiche's database
    await scratch.open();
    scratch.close();
    const d = await request(indexedDB.open(name));
    const stores = Object.keys(rows);
    const ms = await timed(
      () =>
        new Promise<void>((resolve, reject) => {
          const tx = d.transaction(stores, 'readwrite');
          for (const table of stores) {
            const store = tx.objectStore(table);
            for (const r of rows[table]!) store.put(r);
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        }),
    );
    d.close();
    await request(indexedDB.deleteDatabase(name));
    return { ms, rows: Object.fromEntries(stores.map((t) => [t, rows[t]!.length])) };
  },
};

async function seedExchanges(companyId: string, n: number) {
  const now = Date.now();
  const rows: Interaction[] = [];
  for (let i = 0; i < n; i++) {
    rows.push({
      id: newId(),
      companyId,
      type: (['note', 'call', 'email', 'meeting', 'letter', 'text'] as const)[i % 6]!,
      happensAt: now - i * 3_600_000,
      title: `Échange ${i}`,
      content: `Compte rendu ${i}: lorem ipsum dolor sit amet, consectetur adipiscing elit.`,
      personIds: [],
      createdAt: now,
      updatedAt: now,
      ...(i % 6 === 3
        ? {
            meeting: {
              startAt: now - i * 3_600_000,
              endAt: now - i * 3_600_000 + 3_600_000,
              place: 'Lyon',
              attendees: [],
              invitationSent: false,
            },
          }
        : {}),
    });
  }
  await db.interactions.bulkAdd(rows);
}

function detectionOf(emails: string[]): Detection {
  return {
    url: 'https://mail.google.com/mail/u/0/',
    kind: 'gmail-thread',
    emails: emails.map((address) => ({ address })),
    people: [],
    companies: [],
  };
}

async function time<T>(fn: () => Promise<T>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function editOnce(id: string, i: number) {
  const c = await db.companies.get(id);
  if (!c) throw new Error('no company');
  const { id: _i, nameKey: _n, createdAt: _c, updatedAt: _u, ...input } = c;
  return time(() => updateCompany(id, { ...input, comment: `edit ${i}` }));
}

/** A French Excel-style CSV of n sheets with a contact each, imported exactly as the Data tab does. */
async function csvImport(n: number) {
  const lines = ['Nom;SIRET;Adresse;Code postal;Ville;Prénom;Nom du contact;E-mail;Téléphone'];
  for (let i = 0; i < n; i++)
    lines.push(
      `Import ${i} SARL;;${i} rue de la Paix;75002;Paris;Jean;Dupont${i};jean.dupont${i}@import${i}.test;01 99 00 ${String(i % 100).padStart(2, '0')} 00`,
    );
  const file = new File([`\ufeff${lines.join('\r\n')}`], 'import.csv', { type: 'text/csv' });
  const t0 = performance.now();
  const read = await readCsvFile(file);
  if (!read.ok) throw new Error(`csv: ${JSON.stringify(read.problem)}`);
  const parsed = analyzeCsv(read.csv, read.csv.mapping);
  const t1 = performance.now();
  const index = await loadDedupIndex(parsed);
  const t2 = performance.now();
  const plan = planCsvImport(parsed, index, new Set());
  const t3 = performance.now();
  await applyImport(plan, {});
  const t4 = performance.now();
  const ms = t4 - t0;
  const phases = { readParse: t1 - t0, dedupIndex: t2 - t1, plan: t3 - t2, write: t4 - t3 };
  const count = await db.companies.where('nameKey').startsWith('import ').count();
  return { ms, count, phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)])) };
}

/** Where a search's time goes, phase by phase (for tuning; not part of the report). */
async function searchPhases(q: string) {
  const p = prepareQuery(q)!;
  const out: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    out[name] = +(now - t).toFixed(2);
    t = now;
  };
  const keys = await db.searchIndex.where('terms').startsWith(p.needles[0]![0]!).limit(1000).primaryKeys();
  lap(`primaryKeys(${keys.length})`);
  const rowsRead = await db.searchIndex.where('terms').startsWith(p.needles[0]![0]!).limit(1000).toArray();
  lap(`toArray(${rowsRead.length})`);
  const ids = [...new Set(rowsRead.map((e) => e.companyId))];
  await db.listKeys.bulkGet(ids);
  lap(`bulkGet(${ids.length})`);
  const answer = await searchList(p, 'all');
  lap('searchList');
  await listRows(answer.hits.slice(0, 20).map((h) => h.id));
  lap('listRows');
  return out;
}

Object.assign(window, {
  fiche: {
    seed,
    seedExchanges,
    clear: () => db.delete().then(() => db.open()),
    matchOne: (email: string) => time(() => findMatches(detectionOf([email]))),
    matchMany: (emails: string[]) => time(() => findMatches(detectionOf(emails))),
    matchCount: async (emails: string[]) => (await findMatches(detectionOf(emails))).length,
    editOnce,
    csvImport,
    raw,
    searchPhases,
    ready: true,
  },
});
