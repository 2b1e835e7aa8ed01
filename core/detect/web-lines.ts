/**
 * A web page's direct lines, read again in the background (./interpret.ts): a number printed in one person's entry
 * ("Henrike Roe · Vertrieb · Tel. +49 30 … 1201") is that person's, not one more of their firm's numbers, when the firm
 * has a number of its own besides (its switchboard in the footer). A number several people share is the firm's desk,
 * and so is the number of an entry whose mailbox is a desk's ("Jane Roe, Rechtsanwältin · muenchen@…": an office).
 */
import type { Detection } from './types';
import { normKey } from './result';
import { spellsMailbox } from './spelling';

const digits = (n: string) => n.replace(/\D/g, '').replace(/^0+/, '').slice(-9);

/** The detection with each firm's direct lines of its people dropped (the detection itself when none is). */
export function withoutDirectLines<D extends Detection>(d: D): D {
  if (d.kind !== 'company-site' && d.kind !== 'other') return d;
  // each number's holders among the page's people
  const holders = new Map<string, string[]>();
  // (an entry with one number only: an entry given two may have taken the switchboard printed after it)
  for (const p of d.people.filter((q) => !q.email || spellsMailbox(q.name, q.email, 'any-word'))) {
    const own = new Set((p.phones ?? []).map(digits));
    if (own.size === 1) for (const n of own) holders.set(n, [...(holders.get(n) ?? []), p.company ?? '']);
  }
  if (!holders.size) return d;
  let changed = false;
  const companies = d.companies.map((c) => {
    const key = normKey(c.name);
    const direct = (n: string) => {
      const h = holders.get(digits(n));
      return h?.length === 1 && (!h[0] || normKey(h[0]) === key);
    };
    const phones = c.phones ?? [];
    const own = phones.filter((n) => !direct(n));
    if (!own.length || own.length === phones.length) return c;
    changed = true;
    return { ...c, phones: own };
  });
  return changed ? { ...d, companies } : d;
}
