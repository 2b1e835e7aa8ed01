/**
 * People a page names without any address, in the loose shapes news, team and governance pages use, read in the
 * readers' bundle (entrypoints/ondemand-readers.ts: the people layer has no room left):
 * - a run of names ("Jean Roy · Léa Morin · Paul Vidal"), and a credits line's guest ("Invitée : X, cofondatrice de Y");
 * - a grid of cards, each a name then a line under it ("Paul Vidal" / "1er adjoint" / "Finances"), the line its title;
 * - list items or ';'-parts of "Name, lower-case role" ("Père Jean Roy, curé de la paroisse", "A, architecte ; B, …");
 * - list items of "Role : Name" ("Entraîneur U15 : Léa Morin"), and terms that are names over their titles (<dt>/<dd>);
 * - an enumeration of names with their tasks in brackets ("A (catéchèse), B (jeunes) et C (liturgie)");
 * - a name after "présidé par", "animé par", a caption's "Au centre," with its role and firm ("…, directrice de Y,");
 * - a history's sentences ("A et B fondent …", "X, fils des fondateurs, devient PDG", "X succède à …").
 * Pure functions of the page's lines; the company-site detector adds what they find after its other readers.
 */
import type { DetectedPerson } from './types';
import type { Line } from './dom';
import { isTitleLike, personName, professionWord } from './page-people';

// a cleric's or a religious' title before the name ("Père Jean Roy", "Sœur Anne", "Pfarrer Jan Berg"): no part of it
const CLERGY =
  /^(?:p[èe]re|abb[ée]|fr[èe]re|s(?:œ|oe)ur|m[èe]re|pasteure?|mgr|father|fr\.|sister|rev(?:d|\.)?|pfarrer(?:in)?|pater|schwester)\s+/i;
// a name as a whole: capitalised words, a hyphenated or particle surname ("Le Goff", "de la Tour")
const NAME = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*(?:\s(?:(?:de|du|van|von|le|la|da|di)\s)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*){1,3}`;
// what names a person whole: the readers' name rules, the same text back
// (an article or a determiner first is a sentence's subject: "Der Autor übernimmt …", "La Maison devient …")
const DETERMINER =
  /^(?:der|die|das|den|dem|des|ein|eine|diese[rs]?|unser[e]?|le|la|les|un|une|ce|cette|notre|the|an?|this|our)\s/i;
const whole = (t: string) => {
  const n = personName(t);
  return n && n === t.trim() && !DETERMINER.test(n) ? n : '';
};
// a lower-case role after a name ("curé de la paroisse", "architecte associé", "trésorier bénévole"): short, no figure
const ROLE_AFTER = /^\p{Ll}[\p{L}\p{M}'’ -]{2,60}$/u;

// a parish's, a town's or a club's roles the title words miss
const ROLE_EXTRA =
  /^(?:cur[ée]|pr[êe]tre|diacre|vicaire|aum[ôo]nier|pasteure?|priest|deacon|vicar|chaplain|pfarrer(?:in)?|diakon(?:in)?|kaplan|maire|adjointe?|conseill(?:er|ère)|mayor|councillor|bürgermeister(?:in)?|entra[îi]neu(?:r|se)|coach|trainer(?:in)?)(?!\p{L})/iu;
/** "Maire de X", "curé de la paroisse", "Entraîneuse U15": a town's, a parish's or a club's role the title words miss. */
export const civicRole = (t: string): boolean => ROLE_EXTRA.test(t);
const roleWord = (role: string) => isTitleLike(role) || professionWord(role.split(' ')[0]!) || civicRole(role);

/** "Name, role" → the person with that role, '' when the role is no role ("Paris", "qui a fondé …"). */
function nameRole(raw: string): DetectedPerson | null {
  const m = /^(.{4,60}?),\s+(.{3,80})$/.exec(raw.trim().replace(CLERGY, ''));
  const name = m ? whole(m[1]!) : '';
  if (!name) return null;
  const role = m![2]!.replace(/[.;]$/, '').trim();
  return ROLE_AFTER.test(role) && role.split(' ').length <= 7 && roleWord(role) ? { name, title: role } : null;
}

// a credits line's guest or speaker label ("Invitée : X", "Guest: X", "Gast: X", "Intervenant : X")
const GUEST = /^(?:invit[ée]e?s?|guests?|gast|gäste|intervenante?s?|speakers?|referent(?:in)?)\s*[:：]\s*(.+)$/i;

const ROLE_OF =
  /^(\p{Ll}[^\p{Lu}]*?)\s(?:de la|de l['’]|du|des|de|d['’]|à la|à l['’]|à|au|aux|of|at|chez|bei der|bei|der)\s?(\p{Lu}.+)$/u;

/** "Name, role de Firm" or "Name, role" → the person with their title and firm. */
function withRole(name: string, rest: string): DetectedPerson | null {
  const role = rest.replace(/[.;,]$/, '').trim();
  if (!/^\p{Ll}/u.test(role) || role.length > 90) return null;
  // (the firm from the first joining word whose next word is capitalised: "directrice régionale de la Banque des Territoires")
  const m = ROLE_OF.exec(role);
  const [title, company] = m ? [m[1]!, m[2]!] : [role, ''];
  if (!roleWord(title)) return null;
  return company ? { name, title, company } : { name, title };
}

/** Runs of names and a credits line's guest. */
function runPeople({ text, el }: Line, paired: boolean): DetectedPerson[] {
  const parts = text.split(/\s+[·•|]\s+/);
  const out: DetectedPerson[] = [];
  // (two names only where the page has a longer run: "App Store · Google Play", "Innung Freiburg · Handwerk Baden")
  if ((parts.length >= 3 || (paired && parts.length === 2 && !el.querySelector('a'))) && parts.every((p) => whole(p)))
    return parts.map((p) => ({ name: whole(p) }));
  for (const p of parts) {
    const g = GUEST.exec(p);
    const m = g ? /^(.{4,60}?),\s+(.{3,120})$/.exec(g[1]!) : null;
    const name = m ? whole(m[1]!) : g ? whole(g[1]!) : '';
    const q = name && m ? withRole(name, m[2]!) : name ? { name } : null;
    if (q) out.push(q);
  }
  return out;
}

// an enumeration of names each with a task in brackets ("A (catéchèse), B (jeunes et aumônerie) et C (liturgie)"; not
// firms with their towns, "Mécanique Roy (Tarbes)")
const BRACKETED = /* @__PURE__ */ new RegExp(
  String.raw`(${NAME})\s\(\p{Ll}[^()]{1,50}\)(?=\s*(?:,|\set\s|\sand\s|\sund\s|[.;]|$))`,
  'gu',
);
function bracketedPeople(text: string): DetectedPerson[] {
  const found = [...text.matchAll(BRACKETED)].map((m) => whole(m[1]!)).filter(Boolean);
  return found.length >= 3 ? found.map((name) => ({ name })) : [];
}

// a name after a verb's "by" or a caption's place, with its role and maybe firm, up to a comma or the end
// ("présidé par X, directrice régionale de Y,", "conduit par X, directeur général,", "Au centre, X, directeur de site de Y,")
const LED_BY = /* @__PURE__ */ new RegExp(
  String.raw`(?:\b(?:présidée?|animée?|conduite?|dirigée?|modérée?|menée?|chaired|led|hosted|moderated|geleitet|moderiert)\s(?:par|by|von)|^(?:au centre|à gauche|à droite|de g(?:auche|\.)\sà\sd(?:roite|r\.)|from left|(?:on the )?(?:left|right)|centre|center|von links(?:\snach\srechts)?|in der mitte)\s*[,:])\s+(${NAME}),\s+([^,.;]{3,90})(?=[,.;]|$)`,
  'giu',
);
function ledPeople(text: string): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  for (const m of text.matchAll(LED_BY)) {
    const name = whole(m[1]!);
    const p = name ? withRole(name, m[2]!) : null;
    if (p) out.push(p);
  }
  return out;
}

// a history's sentence: its subject's names, an apposition, then a verb of founding or succession
const HISTORY = /* @__PURE__ */ new RegExp(
  String.raw`(?:^|[.!?]\s+|^(?:(?:en|in|im jahr)\s)?\d{4}\s?[,:–—-]?\s+)(${NAME})(?:\s(?:et|and|und)\s(${NAME}))?(?:,\s[^,]{3,60},)?\s(?:fond(?:ent|e|èrent|a)|(?:a|ont)\s(?:fondé|créé|repris)|cré(?:ent|e|a)|devient|succède|reprend|rejoint|prend\sla\stête|est\snommée?|co-?founded|found(?:ed|s)?|bec(?:o|a)me|succeed(?:s|ed)|t(?:akes|ook)\sover|join(?:s|ed)|(?:is|was)\sappointed|gründet(?:e|en)?|übernimmt|übernahm)\b`,
  'gu',
);
function historyPeople(text: string): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  for (const m of text.matchAll(HISTORY))
    for (const n of [m[1], m[2]]) {
      const name = n ? whole(n) : '';
      if (name) out.push({ name });
    }
  return out;
}

// a quote's speaker after the verb, by their role first ("», résume le maire, Patrick Roy.", "», says the CEO, Jane Roe.")
// and a name with a possessive role in apposition ("X, notre fondateur, prend sa retraite", "X, our founder, …")
const QUOTE_ROLE = /* @__PURE__ */ new RegExp(
  String.raw`[»"”“],?\s(?:r[ée]sume|explique|souligne|ajoute|pr[ée]cise|indique|confie|conclut|rappelle|says|said|explains|adds|sagt|erkl[äa]rt|erg[äa]nzt|betont)\s(?:le|la|l['’]|the|der|die)\s?(\p{Ll}[^,.;]{2,40}),\s(${NAME})(?=[,.;]|$)|(${NAME}),\s(?:notre|nos|our|unser(?:e[rn]?)?)\s(\p{Ll}[^,.;]{2,40}),`,
  'gu',
);
/**
 * A site's copyright line naming its owner after the firm ("© 2026 Ardoise Conseil – Jeanne Roy, consultante en
 * stratégie · Lyon"): a freelancer's own firm, them and their trade.
 */
export function copyrightPerson(text: string): DetectedPerson[] {
  const m =
    /^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s?[-–]\s?\d{4})?\s+)?([^–—|·,]{2,60}?)\s[–—|-]\s([^,·|]{4,60}),\s([^·|]{2,80}?)\s*(?:[·|]|$)/iu.exec(
      text,
    );
  const name = m ? personName(m[2]!.trim()) : '';
  return name && isTitleLike(m![3]!) ? [{ name, title: m![3]!.trim(), company: m![1]!.trim() }] : [];
}

function quoteRolePeople(text: string): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  for (const m of text.matchAll(QUOTE_ROLE)) {
    const name = whole(m[2] ?? m[3]!);
    const title = (m[1] ?? m[4]!).trim();
    if (name && roleWord(title)) out.push({ name, title });
  }
  return out;
}

/** The item of a grid a line's element sits in: the nearest ancestor with two or more siblings of its tag. */
function gridItem(el: Element): Element | null {
  for (let e: Element | null = el, n = 0; e && n < 4; e = e.parentElement, n++) {
    const p = e.parentElement;
    if (p && Array.from(p.children).filter((c) => c.tagName === e!.tagName).length >= 3) return e;
  }
  return null;
}

/** Cards of one shape, a name line then a short line under it: that line is the person's title. */
function gridPeople(lines: readonly Line[]): DetectedPerson[] {
  const items = new Map<Element, Line[]>();
  for (let i = 0; i < lines.length && items.size < 80; i++) {
    if (!whole(lines[i]!.text)) continue;
    const item = gridItem(lines[i]!.el);
    if (item && !items.has(item)) items.set(item, []);
  }
  for (const l of lines) for (const [item, ls] of items) if (item.contains(l.el)) ls.push(l);
  const byParent = new Map<Element, DetectedPerson[]>();
  for (const [item, ls] of items) {
    const name = ls.length >= 2 ? whole(ls[0]!.text) : '';
    const title = ls[1]?.text ?? '';
    // (a rank may come first: "1er adjoint", "2e adjointe")
    const t = title.replace(/^\d{1,2}(?:er|re|e|ème|st|nd|rd|th)\s/, '');
    // (a second name is no title, unless a trade's ending says it is one: "Technische Zeichnerin")
    if (
      !name ||
      t.length > 60 ||
      /[\d@:]/.test(t) ||
      (whole(t) && !/(?:in|rice|euse|eur|ist)$/.test(t)) ||
      ls.length > 4
    )
      continue;
    const group = byParent.get(item.parentElement!) ?? [];
    group.push({ name, title });
    byParent.set(item.parentElement!, group);
  }
  return [...byParent.values()].filter((g) => g.length >= 3).flat();
}

// "Entraîneur U15 : Léa Morin": a role as a list item's label, one name after it
const LABELLED = /^(\p{Lu}[^:：@]{2,40}?)\s*[:：]\s*(.{4,60})$/u;

/** Lists whose items are "Name, lower-case role" or "Role : Name", two or more in one list. */
function listItems(lines: readonly Line[]): DetectedPerson[] {
  const byList = new Map<Element, DetectedPerson[]>();
  for (const l of lines) {
    const li = l.el.closest('li');
    const list = li?.parentElement;
    if (!li || !list || l.el.closest('nav, header, footer, form') || l.text.length > 150) continue;
    const m = LABELLED.exec(l.text);
    const named = m && !whole(m[1]!) ? whole(m[2]!) : '';
    const p = named ? { name: named, title: m![1]!.trim() } : nameRole(l.text);
    if (!p) continue;
    const group = byList.get(list) ?? [];
    group.push(p);
    byList.set(list, group);
  }
  return [...byList.values()].filter((g) => g.length >= 2).flat();
}

/** "<dt>Me Léa Morin</dt><dd>Notaire associée</dd>": a list of terms that are names, their descriptions their titles. */
function dlNames(lines: readonly Line[]): DetectedPerson[] {
  const byList = new Map<Element, DetectedPerson[]>();
  for (const { text, el } of lines) {
    const dd = el.tagName === 'DT' ? el.nextElementSibling : null;
    const name = dd?.tagName === 'DD' && text.length < 60 ? personName(text) : '';
    const title = (dd?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!name || !text.endsWith(name) || !title || title.length > 80 || /[@\d]/.test(title) || personName(title))
      continue;
    const group = byList.get(el.parentElement!) ?? [];
    group.push({ name, title });
    byList.set(el.parentElement!, group);
  }
  return [...byList]
    .filter(([dl, g]) => g.length >= 2 && g.length >= dl.querySelectorAll('dt').length * 0.6)
    .flatMap(([, g]) => g);
}

/** People of the page's loose shapes (see the header), each once. */
export function loosePeople(lines: readonly Line[]): DetectedPerson[] {
  const out: DetectedPerson[] = [...gridPeople(lines), ...listItems(lines), ...dlNames(lines)];
  const some = lines.slice(0, 3000).filter((l) => l.text.length <= 1500);
  const runs = some.map((l) => runPeople(l, false));
  const paired = runs.some((r) => r.length >= 3);
  for (const [i, line] of some.entries()) {
    const text = line.text;
    const parts = text.split(/\s*;\s+/);
    const roled = parts.length >= 2 ? parts.map(nameRole) : [];
    if (roled.filter(Boolean).length >= 2) out.push(...(roled.filter(Boolean) as DetectedPerson[]));
    out.push(
      ...(paired && !runs[i]!.length ? runPeople(line, true) : runs[i]!),
      ...bracketedPeople(text),
      ...ledPeople(text),
      ...historyPeople(text),
      ...quoteRolePeople(text),
      ...copyrightPerson(text),
    );
  }
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(p.name) && !!seen.add(p.name));
}
