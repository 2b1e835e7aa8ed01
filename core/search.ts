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
}

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
  return {
    id: c.id,
    name: c.name,
    nameFolded,
    nameKey: companyNameKey(c.name),
    nameTokens: words(c.name),
    contactTokens: [...contactTokens],
    emails: [...emails],
    otherTokens: [...otherTokens],
    idTokens: [...idTokens],
  };
}

export function buildSearchEntries(sheets: readonly { company: Company; people?: readonly Person[] }[]): SearchEntry[] {
  return sheets.map(buildSearchEntry);
}

function allPrefix(queryWords: readonly string[], tokens: readonly string[]): boolean {
  for (const q of queryWords) {
    let found = false;
    for (const t of tokens) {
      if (t.startsWith(q)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Every query word prefixes a token of one of the lists (words may match in different lists). */
function allPrefixAny(queryWords: readonly string[], lists: readonly (readonly string[])[]): boolean {
  for (const q of queryWords) {
    let found = false;
    for (const list of lists) {
      for (const t of list) {
        if (t.startsWith(q)) {
          found = true;
          break;
        }
      }
      if (found) break;
    }
    if (!found) return false;
  }
  return true;
}

function rank(e: SearchEntry, qFolded: string, qKey: string, qWords: readonly string[], qId: string | null): SearchReason | null {
  if (qFolded === e.nameFolded || (qKey !== '' && qKey === e.nameKey)) return 'name-exact';
  if (e.nameFolded.startsWith(qFolded)) return 'name-prefix';
  if (qWords.length > 0 && allPrefix(qWords, e.nameTokens)) return 'name';
  if (qWords.length > 0 && allPrefix(qWords, e.contactTokens)) return 'contact';
  if (qId !== null) {
    for (const t of e.idTokens) if (t.startsWith(qId)) return 'id';
  }
  if (qWords.length > 0 && allPrefixAny(qWords, [e.nameTokens, e.contactTokens, e.otherTokens, e.idTokens])) return 'other';
  return null;
}

/** The best `limit` sheets for `query`, best first; [] for a blank query. */
export function searchSheets(entries: readonly SearchEntry[], query: string, limit = 50): SearchHit[] {
  const qFolded = foldText(query);
  if (qFolded === '') return [];
  const hits: Array<SearchHit & { name: string }> = [];
  if (qFolded.includes('@')) {
    const q = qFolded.replace(/\s+/g, '');
    for (const e of entries) {
      let reason: SearchReason | null = null;
      for (const em of e.emails) {
        if (em === q || em.startsWith(q)) {
          reason = 'email';
          break;
        }
      }
      // "@acme.fr" or "acme.fr" typed after an @: the domain is a fair match too.
      if (!reason && q.startsWith('@') && q.length > 1) {
        const dom = q.slice(1);
        for (const t of e.otherTokens) if (t.startsWith(dom)) reason = 'other';
      }
      if (reason) hits.push({ id: e.id, score: SCORES[reason], reason, name: e.nameFolded });
    }
  } else {
    const qWords = qFolded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const compact = compactId(qFolded);
    // Ids are searched once the query has at least three digits and nothing but an id's characters.
    const qId = /^[a-z]{0,3}\d{3,}[a-z0-9]*$/.test(compact) ? compact : null;
    const qKey = companyNameKey(query);
    for (const e of entries) {
      const reason = rank(e, qFolded, qKey, qWords, qId);
      if (reason) hits.push({ id: e.id, score: SCORES[reason], reason, name: e.nameFolded });
    }
  }
  hits.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1));
  return hits.slice(0, limit).map(({ id, score, reason }) => ({ id, score, reason }));
}

/**
 * A stateful search for typing: when a query extends the previous one ("ma" → "mar"), only the previous
 * query's matches can match, so only they are ranked again (a subset, as every word of the longer query
 * extends a word of the shorter one). Exact matches by normalised name — the one way a longer query can
 * match what a shorter one did not ("atelier dupont s" → "… sas") — come from a name-key map.
 */
export function createSearcher(entries: readonly SearchEntry[]): (query: string, limit?: number) => SearchHit[] {
  const byKey = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (!e.nameKey) return;
    const list = byKey.get(e.nameKey);
    if (list) list.push(i);
    else byKey.set(e.nameKey, [i]);
  });
  let lastFolded = '';
  let lastMatches: number[] | null = null;
  return (query, limit = 50) => {
    const qFolded = foldText(query);
    if (qFolded === '') {
      lastFolded = '';
      lastMatches = null;
      return [];
    }
    const narrowing = lastMatches !== null && lastFolded !== '' && qFolded.startsWith(lastFolded) && qFolded.includes('@') === lastFolded.includes('@');
    let pool: number[];
    if (narrowing) {
      const set = new Set(lastMatches);
      for (const i of byKey.get(companyNameKey(query)) ?? []) set.add(i);
      pool = [...set];
    } else {
      pool = entries.map((_, i) => i);
    }
    const subset = pool.map((i) => entries[i]!);
    const all = searchSheets(subset, query, Number.MAX_SAFE_INTEGER);
    const index = new Map(pool.map((i) => [entries[i]!.id, i]));
    lastFolded = qFolded;
    lastMatches = all.map((h) => index.get(h.id)!);
    return all.slice(0, limit);
  };
}
