/**
 * A web page's direct lines, read again in the background (./interpret.ts): a number printed in a person's entry is
 * that person's, not one more of their firm's numbers, when the firm keeps a number of its own besides (its
 * switchboard in the footer). The one rule for any firm, with two kinds of evidence:
 * - one entry alone gives the number, and no other ("Henrike Roe · Vertrieb · Tel. +49 30 … 1201"), an entry that is a
 *   person's (no mailbox, or one spelling their name): an entry given two may have taken the switchboard printed after
 *   it, a number several entries give is the firm's desk, and an entry whose mailbox is an office's ("Jane Roe,
 *   Rechtsanwältin · muenchen@…") gives the firm's number;
 * - or, for the site's own firm, two of its numbers at least are printed in entries, whatever they are (a contact
 *   page's lines: "Tel. …" in each rep's row, the switchboard under "Innendienst"); one alone may be a small office's
 *   own. Runs before ./web-firms.ts's withOfficeNumbers, which gives an offices page's numbers back to the firm.
 */
import type { DetectedCompany, Detection } from './types';
import { normKey } from './result';
import { samePhone } from './phones';
import { spellsMailbox } from './spelling';
import { hostOf, sameSiteHosts } from '../text/host';

/** The detection with each firm's direct lines of its people dropped (the detection itself when none is). */
export function withoutDirectLines<D extends Detection>(d: D): D {
  if (d.kind !== 'company-site' && d.kind !== 'other') return d;
  // the people's entries, each with its firm, its numbers, and whether it is a person's: no mailbox, or one that
  // spells their name (an office's, "Jane Roe, Rechtsanwältin · muenchen@…", gives the firm's number)
  const entries = d.people
    .filter((p) => p.phones?.length)
    .map((p) => ({
      firm: normKey(p.company ?? ''),
      phones: p.phones!.filter((n, i, all) => all.findIndex((q) => samePhone(n, q)) === i),
      personal: !p.email || spellsMailbox(p.name, p.email, 'any-word'),
    }));
  if (!entries.length) return d;
  // (an entry given one number only: one given two may have taken the switchboard printed after it)
  const single = entries.filter((e) => e.personal && e.phones.length === 1);
  const site = hostOf(d.url) ?? '';
  const onSite = (c: DetectedCompany) => {
    const domain = c.domain ?? hostOf(c.website ?? '') ?? '';
    return !!domain && !!site && sameSiteHosts(domain, site);
  };
  let changed = false;
  const companies = d.companies.map((c) => {
    const phones = c.phones ?? [];
    const key = normKey(c.name);
    // one person's line: one entry alone gives it, of the firm or of none (not someone's working elsewhere)
    const one = (n: string) => {
      const h = single.filter((e) => samePhone(n, e.phones[0]!));
      return h.length === 1 && (!h[0]!.firm || h[0]!.firm === key);
    };
    // a contact page's lines: two of the site's firm's numbers at least in entries, each entry's whatever it is
    const printed = phones.filter((n) => entries.some((e) => e.phones.some((q) => samePhone(n, q))));
    const lines = onSite(c) && printed.length >= 2;
    // (each time, the firm keeping a number of its own: when every number of a contact page's is in an entry, one
    // person's line is still theirs)
    const without = (ns: string[], direct: (n: string) => boolean) =>
      ns.some((n) => !direct(n)) ? ns.filter((n) => !direct(n)) : ns;
    const own = without(lines ? without(phones, (n) => printed.includes(n)) : phones, one);
    if (own.length === phones.length) return c;
    changed = true;
    return { ...c, phones: own };
  });
  return changed ? { ...d, companies } : d;
}
