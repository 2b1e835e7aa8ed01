/**
 * Duplicate candidates among client sheets (SPEC §5), each pair with its best reason: same contact
 * email, same LinkedIn URL, same VAT/SIREN/SIRET, same registrable domain (free-mail and the user's
 * own domains excluded), same normalised name. Pure: the storage layer feeds it the sheets it read
 * through its indexes (one sheet) or page by page (the whole base).
 */
import { isFreemailDomain } from './detect/freemail';
import type { Company, Person } from './domain';
import { normalizeLinkedinUrl } from './text/linkedin';

export type DuplicateReason = 'email' | 'linkedin' | 'legal-id' | 'domain' | 'name';

/** Best first: an email shared by two contacts says more than two similar names. */
export const DUPLICATE_REASON_RANK: Record<DuplicateReason, number> = {
  email: 0,
  linkedin: 1,
  'legal-id': 2,
  domain: 3,
  name: 4,
};

/** What two sheets are compared on, folded once per sheet. */
export interface SheetKeys {
  id: string;
  name: string;
  emails: string[];
  linkedin: string[];
  legalIds: string[];
  domains: string[];
  nameKey: string;
}

export interface DuplicatePair {
  /** Sorted ids joined by `|`: the key of a "not a duplicate" decision. */
  pairKey: string;
  aId: string;
  bId: string;
  reason: DuplicateReason;
  /** The shared value: the email, the domain, the number, the URL or the name key. */
  on: string;
}

/** A candidate seen from one sheet: the other sheet and why. */
export interface DuplicateCandidate {
  companyId: string;
  companyName: string;
  reason: DuplicateReason;
  on: string;
  pairKey: string;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export interface KeyOptions {
  /** The user's own domains: a supplier's sheet or a colleague's does not make a duplicate. */
  excludeDomains?: Iterable<string>;
}

const compactId = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** The comparison keys of a live sheet; archived contacts still count (they were the same person). */
export function sheetKeys(company: Company, people: readonly Person[], options: KeyOptions = {}): SheetKeys {
  const exclude = new Set([...(options.excludeDomains ?? [])].map((d) => d.toLowerCase()));
  const emails = new Set<string>();
  const linkedin = new Set<string>();
  for (const p of people) {
    for (const e of p.emails) if (e.includes('@')) emails.add(e.trim().toLowerCase());
    const url = p.linkedinUrl ? normalizeLinkedinUrl(p.linkedinUrl) : null;
    if (url) linkedin.add(url);
  }
  const companyUrl = company.linkedinUrl ? normalizeLinkedinUrl(company.linkedinUrl) : null;
  if (companyUrl) linkedin.add(companyUrl);
  const legalIds = new Set<string>();
  if (company.vat) legalIds.add(`vat:${compactId(company.vat)}`);
  // A SIRET's first nine digits are the SIREN: two establishments of one company are one client.
  const siren = company.siren ?? company.siret?.slice(0, 9);
  if (siren) legalIds.add(`siren:${siren}`);
  if (company.siret) legalIds.add(`siret:${company.siret}`);
  const domains = company.domains
    .map((d) => d.toLowerCase())
    .filter((d) => d !== '' && !isFreemailDomain(d) && !exclude.has(d));
  return {
    id: company.id,
    name: company.name,
    emails: [...emails],
    linkedin: [...linkedin],
    legalIds: [...legalIds],
    domains: [...new Set(domains)],
    nameKey: company.nameKey,
  };
}

function keysByReason(s: SheetKeys): [DuplicateReason, string[]][] {
  return [
    ['email', s.emails],
    ['linkedin', s.linkedin],
    ['legal-id', s.legalIds],
    ['domain', s.domains],
    ['name', s.nameKey ? [s.nameKey] : []],
  ];
}

const shownValue = (reason: DuplicateReason, value: string) =>
  reason === 'legal-id' ? value.replace(/^[a-z]+:/, '') : value;

/**
 * A key shared by this many sheets is noise (a shared-hosting domain, a name like "test"): its
 * pairs are not listed, so that a whole-base scan stays linear rather than quadratic.
 */
export const MAX_BUCKET = 50;

/** Every candidate pair among `sheets`, best reason per pair, dismissed pairs left out. */
export function findDuplicatePairs(
  sheets: readonly SheetKeys[],
  dismissed: ReadonlySet<string> = new Set(),
): DuplicatePair[] {
  const buckets = new Map<string, string[]>();
  for (const s of sheets) {
    for (const [reason, values] of keysByReason(s)) {
      for (const v of values) {
        const k = `${reason}\u0000${v}`;
        const list = buckets.get(k);
        if (list) {
          if (list[list.length - 1] !== s.id) list.push(s.id);
        } else buckets.set(k, [s.id]);
      }
    }
  }
  const best = new Map<string, DuplicatePair>();
  for (const [k, ids] of buckets) {
    if (ids.length < 2 || ids.length > MAX_BUCKET) continue;
    const sep = k.indexOf('\u0000');
    const reason = k.slice(0, sep) as DuplicateReason;
    const value = k.slice(sep + 1);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = pairKey(ids[i]!, ids[j]!);
        if (dismissed.has(key)) continue;
        const prev = best.get(key);
        if (prev && DUPLICATE_REASON_RANK[prev.reason] <= DUPLICATE_REASON_RANK[reason]) continue;
        const [aId, bId] = key.split('|') as [string, string];
        best.set(key, { pairKey: key, aId, bId, reason, on: shownValue(reason, value) });
      }
    }
  }
  return [...best.values()].sort(
    (a, b) => DUPLICATE_REASON_RANK[a.reason] - DUPLICATE_REASON_RANK[b.reason] || a.pairKey.localeCompare(b.pairKey),
  );
}

/** The candidates of one sheet among `others` (the sheet itself and dismissed pairs left out). */
export function duplicatesOf(
  target: SheetKeys,
  others: readonly SheetKeys[],
  dismissed: ReadonlySet<string> = new Set(),
): DuplicateCandidate[] {
  const mine = keysByReason(target).map(([reason, values]) => [reason, new Set(values)] as const);
  const out: DuplicateCandidate[] = [];
  for (const other of others) {
    if (other.id === target.id) continue;
    const key = pairKey(target.id, other.id);
    if (dismissed.has(key)) continue;
    const theirs = keysByReason(other);
    for (let r = 0; r < mine.length; r++) {
      const [reason, set] = mine[r]!;
      const hit = theirs[r]![1].find((v) => set.has(v));
      if (hit !== undefined) {
        out.push({ companyId: other.id, companyName: other.name, reason, on: shownValue(reason, hit), pairKey: key });
        break;
      }
    }
  }
  return out.sort(
    (a, b) =>
      DUPLICATE_REASON_RANK[a.reason] - DUPLICATE_REASON_RANK[b.reason] || a.companyName.localeCompare(b.companyName),
  );
}
