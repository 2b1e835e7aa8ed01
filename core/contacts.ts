/**
 * Contacts of a sheet (SPEC §2.3): at most one billing contact, never an archived one; the
 * order of display; links to write or call. Pure list transforms: unchanged records keep their
 * identity, changed ones get `updatedAt = now`.
 */
import type { Person } from './domain';
import { foldText } from './text/normalize';

const touch = (p: Person, patch: Partial<Person>, now: number | undefined): Person => ({
  ...p,
  ...patch,
  ...(now !== undefined ? { updatedAt: now } : {}),
});

/** Makes `personId` the billing contact (others lose it); null clears it. An archived contact cannot get it. */
export function setBillingContact(people: readonly Person[], personId: string | null, now?: number): Person[] {
  const target = personId === null ? undefined : people.find((p) => p.id === personId);
  if (personId !== null && (!target || target.archivedAt !== undefined)) return [...people];
  return people.map((p) => {
    const want = p.id === personId;
    return p.isBillingContact === want ? p : touch(p, { isBillingContact: want }, now);
  });
}

/** Restores the invariant on any list (imports, merges): first active holder keeps the flag. */
export function normalizeBillingContact(people: readonly Person[], now?: number): Person[] {
  let seen = false;
  return people.map((p) => {
    const keep = p.isBillingContact && p.archivedAt === undefined && !seen;
    if (keep) seen = true;
    return p.isBillingContact === keep ? p : touch(p, { isBillingContact: keep }, now);
  });
}

/** Archiving (soft delete) also takes the billing flag away: invoices must not go to a gone contact. */
export function archiveContact(people: readonly Person[], personId: string, now: number): Person[] {
  return people.map((p) =>
    p.id === personId && p.archivedAt === undefined ? touch(p, { archivedAt: now, isBillingContact: false }, now) : p,
  );
}

export function restoreContact(people: readonly Person[], personId: string, now: number): Person[] {
  return people.map((p) => {
    if (p.id !== personId || p.archivedAt === undefined) return p;
    const { archivedAt: _gone, ...rest } = p;
    return { ...rest, updatedAt: now };
  });
}

export function billingContact(people: readonly Person[]): Person | undefined {
  return people.find((p) => p.isBillingContact && p.archivedAt === undefined);
}

/** Who an invoice goes to: the billing contact, else the first active contact in display order. */
export function invoiceRecipient(people: readonly Person[]): Person | undefined {
  return billingContact(people) ?? sortContactsForDisplay(people).find((p) => p.archivedAt === undefined);
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** Billing contact first, then last name, first name (accent- and case-insensitive), archived last. */
export function sortContactsForDisplay(people: readonly Person[]): Person[] {
  const rank = (p: Person): number => (p.archivedAt !== undefined ? 2 : p.isBillingContact ? 0 : 1);
  return [...people].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      collator.compare(foldText(a.lastName), foldText(b.lastName)) ||
      collator.compare(foldText(a.firstName), foldText(b.firstName)) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Characters RFC 6068 lets stand in an address of a mailto: URI. */
const encodeAddress = (email: string): string => encodeURIComponent(email).replace(/%40/g, '@').replace(/%2B/gi, '+');

/** "mailto:a@x.fr,b@y.fr?subject=…" or null when no address is given. */
export function mailtoHref(
  emails: string | readonly string[],
  options: { cc?: readonly string[]; subject?: string; body?: string } = {},
): string | null {
  const list = (typeof emails === 'string' ? [emails] : emails).map((e) => e.trim()).filter((e) => e.includes('@'));
  if (list.length === 0) return null;
  const params: string[] = [];
  const cc = (options.cc ?? []).map((e) => e.trim()).filter((e) => e.includes('@'));
  if (cc.length) params.push(`cc=${cc.map(encodeAddress).join(',')}`);
  if (options.subject) params.push(`subject=${encodeURIComponent(options.subject)}`);
  // Line breaks must be CRLF in mailto bodies (RFC 6068 §5).
  if (options.body) params.push(`body=${encodeURIComponent(options.body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${list.map(encodeAddress).join(',')}${params.length ? `?${params.join('&')}` : ''}`;
}

/** "tel:+33123456789": separators stripped, a leading + kept, the "(0)" of "+33 (0)1…" dropped. */
export function telHref(phone: string): string | null {
  let s = phone.trim();
  const international = s.startsWith('+') || s.startsWith('00');
  if (s.startsWith('+')) s = s.replace(/\(0\)/g, '');
  const digits = s.replace(/\D/g, '');
  if (digits.length === 0) return null;
  if (s.startsWith('+')) return `tel:+${digits}`;
  return international ? `tel:+${digits.slice(2)}` : `tel:${digits}`;
}
