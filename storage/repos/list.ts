/**
 * The list's reads, sized to the screen (issue 9): a window of sheets in name order from `listKeys`,
 * its count from the same index range, a search through `searchTerms` prefixes, and for the rows shown
 * only, their contacts, unpaid amount and last activity. Nothing here reads a whole table.
 */
import Dexie from 'dexie';
import type { Company, Invoice, Person } from '../../core/domain';
import { invoiceRemainingAmount } from '../../core/sales';
import { listRange, rankCandidates, type Candidate, type PreparedQuery, type SearchHit } from '../../core/search';
import { db as defaultDb, type FicheDB } from '../db';

/** The ids of the sheets at [offset, offset + limit) of a list, in name order. */
export async function listWindow(list: string, offset: number, limit: number, db: FicheDB = defaultDb): Promise<string[]> {
  const [lo, hi] = listRange(list);
  return db.listKeys.where('lists').between(lo, hi, true, true).offset(offset).limit(limit).primaryKeys();
}

export async function countList(list: string, db: FicheDB = defaultDb): Promise<number> {
  const [lo, hi] = listRange(list);
  return db.listKeys.where('lists').between(lo, hi, true, true).count();
}

/** How many index entries one needle reads at most: past it, the count shows "more than". */
export const SEARCH_CAP = 3000;

export interface SearchAnswer {
  hits: SearchHit[];
  /** A needle matched more than `SEARCH_CAP` entries: `hits` may miss some sheets. */
  capped: boolean;
}

async function needleSheets(alternatives: readonly string[], db: FicheDB): Promise<{ bySheet: Map<string, Set<string>>; capped: boolean }> {
  const bySheet = new Map<string, Set<string>>();
  let capped = false;
  for (const prefix of alternatives) {
    if (!prefix) continue;
    const keys = (await db.searchTerms.where('terms').startsWith(prefix).limit(SEARCH_CAP).primaryKeys()) as [string, string][];
    if (keys.length >= SEARCH_CAP) capped = true;
    for (const [companyId, source] of keys) {
      const set = bySheet.get(companyId);
      if (set) set.add(source);
      else bySheet.set(companyId, new Set([source]));
    }
  }
  return { bySheet, capped };
}

/** The sheets of `list` matching every needle of the query, ranked (see `core/search.ts`). */
export async function searchList(q: PreparedQuery, list: string, db: FicheDB = defaultDb): Promise<SearchAnswer> {
  const perNeedle = await Promise.all(q.needles.map((alts) => needleSheets(alts, db)));
  let capped = perNeedle.some((n) => n.capped);
  // Candidates: the sheets of the smallest needle's answer.
  const smallest = perNeedle.reduce((a, b) => (b.bySheet.size < a.bySheet.size ? b : a));
  let ids = [...smallest.bySheet.keys()];
  const matched = new Map<string, Set<string>[]>();
  if (perNeedle.length > 1 && perNeedle.some((n) => n.capped) && !smallest.capped && ids.length <= 400) {
    // A needle too common to read in full ("a", "sarl"): check it on the candidates' own rows.
    capped = false;
    const rows = (
      await Promise.all(ids.map((id) => db.searchTerms.where('[companyId+source]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray()))
    ).flat();
    for (const row of rows) {
      q.needles.forEach((alts, i) => {
        if (!row.terms.some((t) => alts.some((a) => a && t.startsWith(a)))) return;
        let m = matched.get(row.companyId);
        if (!m) matched.set(row.companyId, (m = q.needles.map(() => new Set<string>())));
        m[i]!.add(row.source);
      });
    }
  } else {
    for (const id of ids) matched.set(id, perNeedle.map((n) => n.bySheet.get(id) ?? new Set<string>()));
  }
  ids = ids.filter((id) => matched.get(id)?.every((m) => m.size > 0));
  const keys = await db.listKeys.bulkGet(ids);
  const prefix = `${list}|`;
  const candidates: Candidate[] = [];
  keys.forEach((k, i) => {
    if (k && k.lists.some((l) => l.startsWith(prefix))) candidates.push({ id: ids[i]!, sort: k.sort, matched: matched.get(ids[i]!)! });
  });
  return { hits: rankCandidates(q, candidates), capped };
}

export interface ListRow {
  company: Company;
  /** The first contacts' names. */
  contacts: string[];
  /** Unpaid amount incl. tax per currency (invoices issued and not fully paid). */
  unpaid: { currency: string; cents: number }[];
  /** The latest exchange up to now (epoch ms). */
  lastActivityAt?: number;
  /** The row the search matched, shown on the hit: a contact's name, "69003 Lyon", an invoice number. */
  via?: { table: string; label: string };
}

/** The rows shown, in the order of `ids`; `via` maps a sheet id to the search row that matched it. */
export async function listRows(ids: readonly string[], via: ReadonlyMap<string, string> = new Map(), now = Date.now(), db: FicheDB = defaultDb): Promise<ListRow[]> {
  if (ids.length === 0) return [];
  const viaKeys = ids.filter((id) => via.has(id)).map((id) => [id, via.get(id)!] as [string, string]);
  const [companies, people, invoices, latest, viaRows] = await Promise.all([
    db.companies.bulkGet([...ids]),
    db.people.where('companyId').anyOf([...ids]).toArray(),
    db.invoices.where('companyId').anyOf([...ids]).toArray(),
    Promise.all(ids.map((id) => db.interactions.where('[companyId+happensAt]').between([id, Dexie.minKey], [id, now], true, true).last())),
    viaKeys.length ? db.searchTerms.bulkGet(viaKeys) : Promise.resolve([]),
  ]);
  const peopleOf = groupBy(people, (p: Person) => p.companyId);
  const invoicesOf = groupBy(invoices, (i: Invoice) => i.companyId);
  const labels = new Map(viaRows.map((r) => (r ? [r.companyId, { table: r.source.split(':')[0]!, label: r.label ?? '' }] : null)).filter((x): x is [string, { table: string; label: string }] => !!x));
  const rows: ListRow[] = [];
  companies.forEach((company, i) => {
    if (!company) return;
    const unpaid = new Map<string, number>();
    for (const inv of invoicesOf.get(company.id) ?? []) {
      const left = invoiceRemainingAmount(inv);
      if (left > 0) unpaid.set(inv.currency, (unpaid.get(inv.currency) ?? 0) + left);
    }
    const contacts = (peopleOf.get(company.id) ?? [])
      .filter((p) => p.archivedAt === undefined)
      .slice(0, 2)
      .map((p) => `${p.firstName} ${p.lastName}`.trim() || p.emails[0] || '');
    const last = latest[i];
    rows.push({
      company,
      contacts,
      unpaid: [...unpaid].map(([currency, cents]) => ({ currency, cents })),
      ...(last ? { lastActivityAt: last.happensAt } : {}),
      ...(labels.get(company.id) ? { via: labels.get(company.id)! } : {}),
    });
  });
  return rows;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
