/**
 * Search-as-you-type over sheets (SPEC §4, budget §8: 20,000 sheets, ≤ 30 ms a keystroke).
 * Entries are built once per data change with every token already folded; a query folds
 * itself once and then only runs `startsWith` over precomputed strings, allocating nothing per
 * entry that does not match.
 * Matching: every word of the query must prefix a token of the entry (accent- and
 * case-insensitive). A query with "@" matches contacts' emails exactly or by prefix. Digits of
 * VAT/SIREN/SIRET match with or without spaces. Ranking: exact name > name prefix > name words >
 * contact > other (domains, ids), then by name.
 */
import type { Company, Person } from './domain';
import { companyNameKey, foldText } from './text/normalize';
import { sirenOfFrVat } from './validation/vat';

export interface SearchEntry {
  id: string;
  /** Display name, kept for tie-breaking. */
  name: string;
  nameFolded: string;
  nameKey: string;
  nameTokens: string[];
  contactTokens: string[];
  emails: string[];
  /** Domains and their first label ("acme.fr", "acme"). */
  otherTokens: string[];
  /** Compact lowercase ids: VAT ("fr83404833048" and "83404833048"), SIREN, SIRET. */
  idTokens: string[];
  /**
   * Each token list joined, every token behind a SEP: "does a token start with w" is then one native
   * `includes(SEP + w)` instead of a loop (a keystroke scans 20,000 entries).
   */
  nameJoined: string;
  contactJoined: string;
  anyJoined: string;
}

const SEP = '\u0001';
const join = (tokens: readonly string[]) => (tokens.length ? SEP + tokens.join(SEP) : '');

export type SearchReason = 'name-exact' | 'name-prefix' | 'name' | 'email' | 'contact' | 'id' | 'other';
export interface SearchHit {
  id: string;
  score: number;
  reason: SearchReason;
}

const SCORES: Record<SearchReason, number> = {
  'name-exact': 1000,
  'name-prefix': 800,
  name: 600,
  email: 450,
  contact: 400,
  id: 300,
  other: 200,
};

const words = (s: string): string[] => foldText(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const compactId = (s: string): string => s.replace(/[\s.\-\u00a0]/g, '').toLowerCase();

export function buildSearchEntry(sheet: { company: Company; people?: readonly Person[] }): SearchEntry {
  const c = sheet.company;
  const nameFolded = foldText(c.name);
  const contactTokens = new Set<string>();
  const emails = new Set<string>();
  for (const p of sheet.people ?? []) {
    if (p.archivedAt !== undefined) continue;
    for (const w of words(`${p.firstName} ${p.lastName}`)) contactTokens.add(w);
    for (const e of p.emails) {
      const email = e.trim().toLowerCase();
      if (!email) continue;
      emails.add(email);
      // The local part's words, so "marie" finds marie.curie@… too.
      for (const w of words(email.split('@')[0] ?? '')) contactTokens.add(w);
    }
  }
  const otherTokens = new Set<string>();
  for (const d of c.domains) {
    const dom = d.toLowerCase();
    otherTokens.add(dom);
    const first = dom.split('.')[0];
    if (first) otherTokens.add(first);
  }
  const idTokens = new Set<string>();
  if (c.vat) {
    const vat = compactId(c.vat);
    idTokens.add(vat);
    idTokens.add(vat.replace(/^[a-z]{2}/, ''));
    const siren = sirenOfFrVat(c.vat);
    if (siren) idTokens.add(siren);
  }
  if (c.siren) idTokens.add(compactId(c.siren));
  if (c.siret) idTokens.add(compactId(c.siret));
  const nameTokens = words(c.name);
  const contactList = [...contactTokens];
  const otherList = [...otherTokens];
  const idList = [...idTokens];
  return {
    id: c.id,
    name: c.name,
    nameFolded,
    nameKey: companyNameKey(c.name),
    nameTokens,
    contactTokens: contactList,
    emails: [...emails],
    otherTokens: otherList,
    idTokens: idList,
    nameJoined: join(nameTokens),
    contactJoined: join(contactList),
    anyJoined: join([...nameTokens, ...contactList, ...otherList, ...idList]),
  };
}

export function buildSearchEntries(sheets: readonly { company: Company; people?: readonly Person[] }[]): SearchEntry[] {
  return sheets.map(buildSearchEntry);
}

/** Every needle (SEP + query word) is the start of a token of the joined list. */
function allIn(needles: readonly string[], joined: string): boolean {
  for (const n of needles) if (!joined.includes(n)) return false;
  return true;
}

function rank(e: SearchEntry, qFolded: string, qKey: string, needles: readonly string[], qId: string | null): SearchReason | null {
  if (qFolded === e.nameFolded || (qKey !== '' && qKey === e.nameKey)) return 'name-exact';
  if (e.nameFolded.startsWith(qFolded)) return 'name-prefix';
  if (needles.length > 0 && allIn(needles, e.nameJoined)) return 'name';
  if (needles.length > 0 && allIn(needles, e.contactJoined)) return 'contact';
  if (qId !== null) {
    for (const t of e.idTokens) if (t.startsWith(qId)) return 'id';
  }
  // Words may match in different lists ("dupont lyon": name and domain).
  if (needles.length > 0 && allIn(needles, e.anyJoined)) return 'other';
  return null;
}

interface PreparedQuery {
  qFolded: string;
  /** Set for a query with "@": emails are matched instead of words. */
  email: string | null;
  needles: string[];
  qId: string | null;
  qKey: string;
}

function prepare(query: string): PreparedQuery | null {
  const qFolded = foldText(query);
  if (qFolded === '') return null;
  if (qFolded.includes('@')) return { qFolded, email: qFolded.replace(/\s+/g, ''), needles: [], qId: null, qKey: '' };
  const compact = compactId(qFolded);
  return {
    qFolded,
    email: null,
    needles: qFolded.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => SEP + w),
    // Ids are searched once the query has at least three digits and nothing but an id's characters.
    qId: /^[a-z]{0,3}\d{3,}[a-z0-9]*$/.test(compact) ? compact : null,
    qKey: companyNameKey(query),
  };
}

function reasonFor(e: SearchEntry, p: PreparedQuery): SearchReason | null {
  if (p.email === null) return rank(e, p.qFolded, p.qKey, p.needles, p.qId);
  const q = p.email;
  for (const em of e.emails) if (em.startsWith(q)) return 'email';
  // "@acme.fr" or "acme.fr" typed after an @: the domain is a fair match too.
  if (q.startsWith('@') && q.length > 1) {
    const dom = q.slice(1);
    for (const t of e.otherTokens) if (t.startsWith(dom)) return 'other';
  }
  return null;
}

/** The best `limit` sheets for `query`, best first; [] for a blank query. */
export function searchSheets(entries: readonly SearchEntry[], query: string, limit = 50): SearchHit[] {
  const p = prepare(query);
  if (!p) return [];
  const hits: Array<SearchHit & { name: string }> = [];
  for (const e of entries) {
    const reason = reasonFor(e, p);
    if (reason) hits.push({ id: e.id, score: SCORES[reason], reason, name: e.nameFolded });
  }
  hits.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1));
  return hits.slice(0, limit).map(({ id, score, reason }) => ({ id, score, reason }));
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many sheets match in all (the hits stop at the limit). */
  total: number;
}

/**
 * A stateful search for typing, same results as `searchSheets` (a test checks it), faster:
 * - when a query extends the previous one ("ma" → "mar"), only the previous query's matches can match,
 *   so only they are ranked again (every word of the longer query extends a word of the shorter one);
 *   exact matches by normalised name — the one way a longer query can match what a shorter one did not
 *   ("atelier dupont s" → "… sas") — come from a name-key map;
 * - the order by name is computed once per index, so ranking compares integers, not strings.
 */
export function createSearcher(entries: readonly SearchEntry[]): (query: string, limit?: number) => SearchResult {
  const byKey = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (!e.nameKey) return;
    const list = byKey.get(e.nameKey);
    if (list) list.push(i);
    else byKey.set(e.nameKey, [i]);
  });
  const order = entries.map((_, i) => i);
  order.sort((x, y) => {
    const a = entries[x]!;
    const b = entries[y]!;
    return a.nameFolded < b.nameFolded ? -1 : a.nameFolded > b.nameFolded ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const nameRank = new Int32Array(entries.length);
  order.forEach((entry, position) => (nameRank[entry] = position));
  const all = entries.map((_, i) => i);

  let lastFolded = '';
  let lastMatches: number[] | null = null;
  return (query, limit = 50) => {
    const p = prepare(query);
    if (!p) {
      lastFolded = '';
      lastMatches = null;
      return { hits: [], total: 0 };
    }
    let pool = all;
    if (lastMatches !== null && lastFolded !== '' && p.qFolded.startsWith(lastFolded) && (p.email !== null) === lastFolded.includes('@')) {
      pool = lastMatches;
      const exact = byKey.get(p.qKey);
      if (exact) pool = [...new Set([...pool, ...exact])];
    }
    const matches: number[] = [];
    const scores = new Int32Array(entries.length);
    const reasons = new Map<number, SearchReason>();
    for (const i of pool) {
      const reason = reasonFor(entries[i]!, p);
      if (!reason) continue;
      matches.push(i);
      scores[i] = SCORES[reason];
      reasons.set(i, reason);
    }
    lastFolded = p.qFolded;
    lastMatches = matches;
    const ranked = [...matches].sort((x, y) => scores[y]! - scores[x]! || nameRank[x]! - nameRank[y]!);
    return {
      hits: ranked.slice(0, limit).map((i) => ({ id: entries[i]!.id, score: scores[i]!, reason: reasons.get(i)! })),
      total: matches.length,
    };
  };
}
