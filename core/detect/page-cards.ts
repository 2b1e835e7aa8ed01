/**
 * People's cards on a web page, found by shape: a name's element (a heading, a bold name, a name class, or a leaf
 * over a job title) and the smallest block around it holding no other name; then each card's title, firm, address,
 * numbers and LinkedIn link. Read by the company-site detector through the readers (./page-readers.ts), so that it
 * ships in ondemand-readers.js, not in ondemand.js (wxt.config.ts).
 */
import type { DetectedPerson } from './types';
import { attr, clean, linesOf, qsa, textOf, type Steps } from './dom';
import { findEmails, mailtoAddress, normalizeAddress } from './emails';
import { findPhones, telNumber } from './phones';
import { companyKey, type ResultBuilder } from './result';
import { skipCode } from './page-emails';
import { looksLikeJobTitle, looksLikePersonName } from './text';
import { normalizeLinkedinUrl } from '../text/linkedin';
import { personName } from './page-people';
import { roleNow } from './people-prose';
import { civicRole } from './page-captions';
import { cardFirm } from './page-subject';

const LEGAL_AFTER =
  /^\s*,?\s*(?:soci[ée]t[ée] (?:par actions|à responsabilité|anonyme|civile|en nom)|SAS|SASU|SARL|EURL|GmbH|UG|AG|KG|Ltd|Limited|LLP|PLC|Inc)\b/i;
// (a French template's class: "dirigeant-nom", "membre_nom")
const NAME_SELECTORS =
  'h2, h3, h4, h5, h6, strong, b, cite, dt, figcaption, [class*="name" i], [class*="-nom" i], [class*="_nom" i], [itemprop="name"]';
const REVIEWER =
  /\b\d+\s(?:reviews?|avis|bewertungen|rezensionen)\b|\b(?:verified (?:buyer|customer|reviewer)|avis v[ée]rifi[ée]|verifizierte[rs]? (?:kauf|kunde))/i;

export interface Card {
  name: string;
  el: Element;
  nameEl: Element;
}

/** A town's role, ranked or not: "Maire", "1er adjoint – Finances", "2e adjointe", "1. Bürgermeisterin", "2nd councillor". */
export const civicRank = (t: string): boolean =>
  civicRole(t.replace(/^\d{1,2}(?:\.|\s?(?:er|re|ère|e|ème|nd|rd|st|th)\b)\s*/iu, ''));

/**
 * A name's element by its shape, not its class: a leaf whose next sibling leaf is a job title
 * ("<div>Jane Roe</div><div>Founder & Managing Director</div>" in an author box whose class names are generated).
 */
function titledLeaves(body: Element): Element[] {
  return qsa(body, 'div, span, p').filter((el) => {
    const next = el.nextElementSibling;
    if (el.childElementCount || !next || next.childElementCount || (el.textContent ?? '').length > 60) return false;
    // (a line under the card's name is its title, whatever it reads: "<h3>Jane Roe</h3><p>Maire de Saint-Aubin</p><p>Vice-présidente …</p>")
    const prev = el.previousElementSibling;
    const pt = prev && !prev.childElementCount ? textOf(prev) : '';
    if (pt && personName(pt) === pt) return false;
    const t = textOf(el);
    // ("Marta K." / "Member": a platform's member by an initial, no contact; "By Jane Roe", "Antwort des
    // Unternehmens": no name by the readers' rules)
    return (
      personName(t) === t &&
      !/\s\p{Lu}\.?$/u.test(t) &&
      !looksLikeJobTitle(t) &&
      (next.textContent ?? '').length < 80 &&
      !/[!?]/.test(next.textContent ?? '') &&
      (looksLikeJobTitle(textOf(next)) || civicRank(textOf(next)))
    );
  });
}

const ORG_OR_PLACE =
  /^(?:universit[ée]|university|universit[äa]t|facult[ée]|faculty|fakult[äa]t|institut[e]?|h[ôo]pital|hospital|klinikum|clinique|clinic|mairie|commune|ville|gemeinde|stadt|stade|salle|gymnase|b[âa]timent|espace|parc|place|coll[èe]ge|lyc[ée]e|[ée]cole|campus|mus[ée]e|museum|th[ée][aâ]tre|stadion|geb[äa]ude|section|chu?|chr|ehpad)\s/i;
export function* findCards(body: Element, exclude: Set<string>): Steps<Card[]> {
  const cands: Element[] = [];
  // (a step per candidate: a hostile page has tens of thousands of <b>)
  for (const el of [...qsa(body, NAME_SELECTORS), ...titledLeaves(body)]) {
    yield;
    const t = textOf(el);
    // ("Senior Financial Analyst" heading a job post is the job, not a person)
    if (!looksLikePersonName(t) || looksLikeJobTitle(t) || exclude.has(companyKey(t))) continue;
    // ("Université de Haute-Loire", "Stade Francis-Rongiéras" over an address: a body or a place, by the readers' rules)
    if (ORG_OR_PLACE.test(t)) continue;
    if (el.closest('nav, header, form, [role=navigation], [role=dialog], select, button')) continue;
    // a review's author ("Sarah K. · GB · 3 reviews", "Avis vérifié"): the firm's customer, no contact of it
    // (the line beside the name only: a parent's whole text, asked for each name, would grow with the page)
    const near = el.nextElementSibling?.textContent ?? '';
    if (near.length < 200 && REVIEWER.test(near)) continue;
    // a firm's name in a legal notice: "la société <strong>ARDOISE VERGER</strong>, société par actions…"
    const before = el.previousSibling?.textContent ?? '';
    const after = el.nextSibling?.textContent ?? '';
    if (/(?:soci[ée]t[ée]|firma|company|entreprise)\s*$/i.test(before) || LEGAL_AFTER.test(after)) continue;
    // the same name nested twice (strong inside h3): keep the outer one
    if (!(
      el.parentElement &&
      qsa(el.parentElement, NAME_SELECTORS).length > 0 &&
      el.parentElement.closest(NAME_SELECTORS) &&
      textOf(el.parentElement.closest(NAME_SELECTORS)) === t
    ))
      cands.push(el);
  }
  const cards: Card[] = [];
  for (const nameEl of cands) {
    const name = textOf(nameEl);
    let card: Element = nameEl;
    for (let up = nameEl.parentElement, n = 0; up && up !== body && n < 4; up = up.parentElement, n++) {
      const others = cands.filter((c) => c !== nameEl && up!.contains(c) && textOf(c) !== name);
      // nor another heading of its rank: a sidebar's widgets ("Nächster Termin" beside "Geschäftsstelle")
      if (others.length || (/^H\d/.test(nameEl.tagName) && qsa(up, nameEl.tagName).length > 1)) break;
      // nor a list of like cards: the card is one of them ("Leiterin: Maryam Roth" beside it is another's)
      if (
        (up.textContent ?? '').length > 1500 ||
        (card !== nameEl &&
          [...up.children].some((k) => k !== card && k.className === card.className && k.tagName === card.tagName))
      )
        break;
      card = up;
    }
    if (!cards.some((c) => c.name === name)) cards.push({ name, el: card, nameEl });
  }
  return cards;
}

export function personFromCard(
  c: Card,
  brand: string,
  base: URL,
  b: ResultBuilder,
): { person: DetectedPerson; company?: string; rest: string } {
  const lines = linesOf(c.el, skipCode);
  const i = lines.findIndex((l) => l.includes(c.name));
  const after = lines.slice(i + 1, i + 4);
  let title: string | undefined, company: string | undefined;
  const rest = i >= 0 ? lines[i]!.split(c.name)[1]!.replace(/^[\s,–—|·-]+/, '') : '';
  const list = rest ? [rest, ...after] : after;
  // ("<b>X</b>, ancien directeur d’un éditeur, nous a rejoints comme cofondateur": the role now)
  const now = rest && roleNow(rest);
  if (now) {
    title = now;
    list.length = 0;
  }
  for (const [k, x] of list.entries()) {
    // a sentence's apposition: "<b>X</b>, Partner at Granite Ridge Ventures, will join…" ends at the clause
    // (a note in brackets after the firm is no part of it: "Account Director, Brightline PR (US & trade media)")
    const l = x
      .split(/,\s+(?=\p{Ll})/u)[0]!
      .replace(/^(.{2,50}?)\s+(?:at|chez|bei)\s+(?=\p{Lu})/u, '$1, ')
      .replace(/\s\([^()]{2,60}\)\.?$/, '');
    if (l.length > 90 || l.includes('@') || /\d{2}[\s.]\d{2}/.test(l)) continue;
    // ("Operations Director · Meridia Foods": a dot between them too, when what follows is no second title)
    const m =
      /^(.{2,60}?),\s+(\p{Lu}[\p{L}\p{M}0-9&'’. -]{1,60})$/u.exec(l) ??
      /^(.{2,60}?)\s[·|]\s(\p{Lu}[\p{L}\p{M}0-9&'’. -]{1,60})$/u.exec(l);
    if (m && looksLikeJobTitle(m[1]!) && !(l.includes(m[1]! + ', ') ? false : looksLikeJobTitle(m[2]!))) {
      title = m[1]!.trim();
      company = m[2]!.trim();
      break;
    }
    // ("<span>Cédric JOLY</span><span>Maire</span><span>Liste « … »</span>": the element after the name's, run on
    // with it, is the title when it is a role; "1er adjoint – Finances" without its portfolio)
    const sib = !k && rest ? clean(c.nameEl.nextElementSibling?.textContent ?? '') : '';
    const head = sib && l.startsWith(sib) ? sib.split(/\s[–—]\s/)[0]! : '';
    // ("3e adjointe", "1. Vorsitzender": a rank before the role)
    const role = head.replace(/^\d{1,2}(?:er|re|e|ème|st|nd|rd|th|\.)\s/i, '');
    if (head && head.length <= 60 && (looksLikeJobTitle(role) || civicRole(role))) {
      title = head;
      break;
    }
    // ("Maire de Lhéry" over the next line's "Vice-présidente de …": a civic role right under the name is the title)
    if (looksLikeJobTitle(l) || (!k && civicRole(l))) {
      title = l;
      // a speaker's card: name, title, then the firm ("Expert-comptable associée" / "Cabinet Delahaye & Associés")
      const f = list[k + 1] ?? '';
      if (f.length <= 60 && !/[\d@:]/.test(f) && !looksLikeJobTitle(f) && cardFirm(f)) company = f;
      break;
    }
  }
  const person: DetectedPerson = { name: c.name, title };
  const quoted = !!c.el.closest(
    'blockquote, figure, [class*="testimonial" i], [class*="quote" i], [class*="review" i]',
  );
  person.company = company ?? (quoted ? undefined : brand || undefined);
  // the address and numbers from the name on: a wide card's earlier lines are someone else's (a table above)
  const own = lines.slice(
    Math.max(
      0,
      lines.findIndex((l) => l.includes(c.name)),
    ),
  );
  const below = (sel: string) => qsa(c.el, sel).filter((a) => c.nameEl.compareDocumentPosition(a) & 20);
  let email = '';
  for (const a of below('a[href^="mailto:" i]')) {
    email = mailtoAddress(attr(a, 'href'));
    if (email) break;
  }
  if (!email) email = findEmails(own.join('\n'))[0] ?? '';
  if (email && b.addEmail(email, 'mailto')) person.email = normalizeAddress(email);
  const phones: string[] = [];
  for (const a of below('a[href^="tel:" i]')) {
    const n = telNumber(attr(a, 'href'));
    if (n) phones.push(clean(a.textContent ?? '') || n);
  }
  for (const l of own) {
    // (an address's digits are no number: "Tél. 04 … · a.b@…" keeps its number)
    const t = l.replace(/\S+@\S+/g, '');
    if (t.length < 60) findPhones(t, phones);
  }
  if (phones.length) person.phones = phones;
  const li = qsa(c.el, 'a[href*="linkedin.com/in/"]')[0];
  if (li) person.linkedinUrl = normalizeLinkedinUrl(attr(li, 'href'), base) || undefined;
  return { person, company, rest };
}
