/**
 * A network's store locator or branch list ("Fournils Maréchal Lyon", "Fournils Maréchal Nantes", … on the site of
 * "Les Fournils Maréchal"): each entry is the site's firm in a town. Read in the background on what the page's
 * readers sent: the branches' names are no firms of their own, nor people; their managers keep the branch's name.
 */
import type { Detection } from './types';
import { normKey } from './result';
import { ORG_WORD } from './people-words';
import { LEGAL_FORM_END } from './text';

const ARTICLE = /^(?:les|le|la|l['’]|the|die|der|das)\s*/i;
// a town after the firm's name: one to three capitalised words ("Le Mans", "Saint-Malo", "Aix en Provence")
const TOWN =
  /^(?:\p{Lu}[\p{L}\p{M}'’-]+|en|sur|lès|les|le|la|am|an|der|upon)(?:\s(?:\p{Lu}[\p{L}\p{M}'’-]+|en|sur|lès|les|le|la|am|an|der|upon)){0,2}$/u;

/** The branch's town when `name` is `firm` (its article aside) then a town, else ''. */
export function branchTown(name: string, firm: string): string {
  const k = firm.replace(ARTICLE, '').trim();
  const n = name.trim();
  if (k.length < 4 || !normKey(n).startsWith(normKey(k) + ' ')) return '';
  const town = n.slice(k.length).trim();
  return /^\p{Lu}/u.test(town) && TOWN.test(town) && !ORG_WORD.test(town) && !LEGAL_FORM_END.test(n) ? town : '';
}

/** The detection without a branch list's entries as firms or people (three branches in different towns at least). */
export function withBranchFirms<D extends Detection>(d: D): D {
  if (d.kind !== 'company-site' && d.kind !== 'other') return d;
  for (const c of d.companies.slice(0, 3)) {
    const towns = new Set(d.people.map((p) => branchTown(p.company ?? '', c.name)).filter(Boolean));
    if (towns.size < 3) continue;
    const branch = (n?: string) => !!n && !!branchTown(n, c.name);
    return {
      ...d,
      // (each manager keeps the branch the page names them under: "Comptalia Vannes" is where they work)
      people: d.people.filter((p) => !branch(p.name)),
      companies: d.companies.filter((x) => !branch(x.name)),
    };
  }
  return d;
}
