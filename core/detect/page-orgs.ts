/**
 * Companies of pages that list firms: exhibitor lists, partner and sponsor logo walls, client references, a group's
 * subsidiaries, member and business directories, dealer locators. Repeated sibling entries of one shape (cards,
 * list items, figures, logo links) are read one firm each, by what the entry's text is: a logo's alt ("Logo X",
 * "X logo"), a caption, a heading or a lone link, the firm's own site (a link off the page's host whose domain
 * spells the name), a legal form, a phone, an address. A list counts when most entries name a firm their own site
 * or a legal form confirms, or when the list is of a firm-listing kind (its heading says exhibitors, partners,
 * members…; its entries give a stand) and most entries give a way to reach the firm. Lists of lists of one shape
 * (an A–Z list, a sponsor page's tiers) are pooled. Navigation, footers, product and article lists name no firm.
 * Pure functions of the document and the page's URL.
 */
import { attr, blockLines, clean, qs, qsa, textOf, type Line, type SkipFn, type Steps } from './dom';
import { elementEmail } from './page-emails';
import { isOrgLine, nameLine, orgName, personName } from './page-people';
import { founders } from './page-prose';
import { offerFirms } from './job-offers';
import { bareDomain, entryRecord, FACT_LABEL, firmish, officeTown, type Found } from './page-structures';
import { spellsDomain } from './spelling';
import { findLegalIds } from './legal-ids';
import { findPhones, telNumber } from './phones';
import { LEGAL_FORM_END } from './text';
import type { DetectedCompany, DetectedPerson } from './types';

const SKIP =
  'nav, header, footer, form, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden], select, [class*="cookie" i], [aria-label*="cookie" i], [aria-label*="consent" i]';

// a heading above a list of firms: exhibitors, partners, sponsors, members, clients, subsidiaries, dealers, brands
const LIST_HEAD =
  /\b(?:exposants?|exhibitors?|aussteller\w*|partenaires?|partners?|partnern?|\w*sponsor(?:s|en)?|m[ée]c[èe]nes?|supporters?|mitglied(?:er|s)?\w*|members?|adh[ée]rents?|membres?|clients?|kunden|r[ée]f[ée]rences?|referenzen|customers|filiales?|subsidiar(?:y|ies)|tochter\w*|our companies|nos soci[ée]t[ée]s|unsere unternehmen|marques?|brands?|marken|h[äa]ndler\w*|dealers?|retailers?|revendeurs?|distributeurs?|fournisseurs?|suppliers?|lieferanten|zulieferer|stockists?|points? de vente|agences?|franchis\w+|standorte|business(?:es)? directory|artisans?|commer[çc]ants?|commerces|entreprises|unternehmen|betriebe|businesses|annuaire|verzeichnis|directory|ils nous font confiance|trusted by)\b/i;
// a heading above a list that only firms are in (members, clients and references may be people)
const FIRMS_HEAD =
  /\b(?:exposants?|exhibitors?|aussteller\w*|\w*sponsor(?:s|en)?|filiales?|subsidiar(?:y|ies)|tochter\w*|h[äa]ndler\w*|dealers?|retailers?|revendeurs?|distributeurs?|fournisseurs?|suppliers?|lieferanten|zulieferer|stockists?|points? de vente|franchis[ée]s|artisans?|commer[çc]ants?|commerces|entreprises|unternehmen|betriebe|businesses)\b/i;
// a heading above a list of firms only, whatever their names look like: a buyer's suppliers, a fair's exhibitors
// and its sponsors' tiers ("Gold Sponsors", "Sponsors Platine")
const SUPPLIERS_HEAD =
  /\b(?:fournisseurs?|suppliers?|lieferanten|zulieferer|exposants?|exhibitors?|aussteller\w*|\w*sponsor(?:s|en)?)\b/i;
// a heading above a firm's own clients ("Ils nous font confiance", "Trusted by", "Unsere Kunden")
const CLIENTS_HEAD =
  /\b(?:clients?|kunden|r[ée]f[ée]rences?|referenzen|customers|ils nous font confiance|ils nous ont fait confiance|trusted by|they trust us|sie vertrauen uns)\b/i;
// an event's attendees or a page's readers shown as avatars ("Going (58)", "Teilnehmer", "Qui participe ?")
const ATTENDEES =
  /^(?:going|attendees|attending|who['’]s (?:going|coming)|participants|teilnehmer(?:innen)?|inscrits|ils viennent|qui (?:vient|participe))\b/i;
// a fair's stand or hall ("Stand B12", "Halle 2 · Stand 214", "Hall A – A12", "Booth 1234")
const STAND = /^(?:stand|booth|hall|halle|pavillon|pavilion|freigel[äa]nde|ext[ée]rieur|outdoor)\b[^@]{0,30}$/i;
// what a card's link or button says in place of a name
const GENERIC =
  /^(?:logo|image|photo|picture|bild|screenshot(?:\s+\w+)?|website|site(?: web| internet)?|webseite|homepage|voir (?:le site|plus|la fiche)|visit(?:\s.*)?|visiter(?:\s.*)?|more|mehr(?:\s.*)?|read more|learn more|en savoir plus|d[ée]couvrir|details?|d[ée]tails?|zur website|zum profil|profil|profile|view(?:\s.*)?|contact|kontakt|partner|premium-partner|servicepartner|sponsor|member|membre|mitglied|client|kunde|new|nouveau|neu|top)$/i;
const BUTTON =
  /^(?:zum|zur|zu den|alle|unsere?|mehr|our|all|see|shop|buy|discover|explore|get|nos|tous|toutes|voir|d[ée]couvr\w+|acheter|commander|jetzt|hier|here|ici)\s/i;
// a profile or a platform's page is no firm's own site
const PLATFORM =
  /(?:^|\.)(?:linkedin|xing|facebook|instagram|twitter|x|youtube|google|goo\.gl|maps\.app|meetup|github|gitlab|eventbrite|wikipedia|apple|tiktok|pinterest|vimeo|t\.co|bit\.ly|wa\.me)\.[a-z.]+$/i;

const hostOf = (href: string): string => {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(href.trim());
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : '';
};

// "Logo Brasserie de Lanvaux", "CobaltGrid logo", "logo-armor-imprim", "Logo: Radio Kerne"
const LOGO_BEFORE = /^logo(?:\s+(?:de|du|des|der|von|of|d['’]))?[\s:_–-]+/i;
const LOGO_AFTER = /[\s_–-]+logo(?:type)?$/i;
function altName(alt: string): { name: string; logo: boolean } {
  let a = clean(alt);
  const logo = LOGO_BEFORE.test(a) || LOGO_AFTER.test(a);
  a = a.replace(LOGO_BEFORE, '').replace(LOGO_AFTER, '').trim();
  // a file's slug ("armor-imprim") is no name as written
  if (/^[a-z0-9]+(?:[-_][a-z0-9]+)+$/.test(a) || /\.(?:png|jpe?g|svg|gif|webp)$/i.test(a)) return { name: '', logo };
  return { name: a, logo };
}

interface OrgEntry {
  name: string;
  /** the name is confirmed: the firm's own site spells it, it carries a legal form, it is a logo's alt */
  strong: boolean;
  /** the entry gives a way to reach the firm: its own site, a phone, an address */
  reach: boolean;
  stand: boolean;
  personish: boolean;
  bare: boolean;
  company: DetectedCompany;
}

/** The elements of an entry that match, the entry itself first (a logo wall's entry is the link). */
const withSelf = (k: Element, sel: string): Element[] => (k.matches(sel) ? [k, ...qsa(k, sel)] : qsa(k, sel));

/** The firm one entry names, if it names one. */
function readEntry(k: Element, pageHost: string, skip?: SkipFn): OrgEntry | null {
  const lines = blockLines(k, skip);
  const text = lines.map((l) => l.text).join('\n');
  // (inline fields a stylesheet sets apart: "Anchorline Rigging Ltd · Stand B12 · United Kingdom")
  // ("Atelier Lemonnier | Menuiserie | 4 rue des Artisans, 14500 Vire | 02 99 00 52 10 | atelier-lemonnier.fr")
  const parts = lines.flatMap((l) => l.text.split(/\s[·|]\s|\s[—–]\s(?=\p{L})/u));
  if (text.length > 600 || lines.length > 12) return null;
  // the firm's own site: a link off the page's host, not a platform's
  let site = '';
  for (const a of withSelf(k, 'a[href^="http" i]')) {
    const h = hostOf(attr(a, 'href'));
    if (h && h !== pageHost && !h.endsWith('.' + pageHost) && !PLATFORM.test(h)) {
      site = attr(a, 'href');
      break;
    }
  }
  const host = hostOf(site);
  let name = '';
  let logo = false;
  // a logo: its alt, else the title or label of the link around it
  const img = k.matches('img[alt]') ? k : qs(k, 'img[alt]');
  // (a picture beside a paragraph illustrates it: "Drucker Drucksysteme von SASS Datentechnik AG")
  if (img && text.length <= 80) {
    const r = altName(attr(img, 'alt'));
    if (r.name && !GENERIC.test(r.name)) ({ name, logo } = r);
    if (!name) {
      const a = img.closest('a') ?? qs(k, 'a');
      const t = clean(attr(a, 'title') || attr(a, 'aria-label') || attr(img, 'title'));
      if (t && !GENERIC.test(t)) {
        name = altName(t).name;
        logo = true;
      }
    }
  }
  // a caption, a heading, the bold line, else the first line with text of its own
  const cap = qs(k, 'figcaption, h1, h2, h3, h4, h5, h6, strong, b, dt');
  // (or the link that opens the entry, its fields in spans after it: "<a href=/exposants/x>Terravia</a><span>…")
  const lead = unwrap(inner(k)).firstElementChild;
  const capLine = cap
    ? blockLines(cap, skip)[0]?.text
    : lead?.tagName === 'A' && lead.nextElementSibling && !qs(lead, 'img')
      ? textOf(lead)
      : undefined;
  const first = parts.find((t) => !GENERIC.test(t) && !STAND.test(t));
  // the link to the firm's own site, by its words ("<a href=https://www.biosol-conseil.fr>Bio-Sol Conseil</a> — Stand …")
  const siteLink = site ? withSelf(k, 'a[href^="http" i]').find((a) => attr(a, 'href') === site) : undefined;
  const linkText = siteLink && !qs(siteLink, 'img') ? textOf(siteLink) : '';
  if (!name || (capLine && !GENERIC.test(capLine) && !logo)) name = capLine && !GENERIC.test(capLine) ? capLine : name;
  if (!name && linkText && !GENERIC.test(linkText)) name = linkText;
  if (!name && first) name = first;
  // ("Biscuiterie Kervran – refonte du packaging": a case study's client, then what was done for it)
  name = orgName(
    clean(name)
      .split(' · ')[0]!
      .replace(/\s[–—-]\s\p{Ll}.*$/u, '')
      // ("Havelmetall (Tours) Fournisseur de l'année": the town in brackets ends the name, a badge follows)
      .replace(/^(\p{Lu}[^()]{1,50}?)\s\([^()]{2,30}\)\s\p{Lu}.*$/u, '$1'),
  );
  if (
    !name ||
    GENERIC.test(name) ||
    // (one of a firm's offices, headed by its town: "Zürich" over "…, 8008 Zürich")
    officeTown(k, name) ||
    // (a name with a department's word is a firm's where its own site spells it: "Canopée RH" of canopee-rh.fr)
    !(firmish(name) || (host && spellsDomain(name, host) && /^\p{Lu}/u.test(name) && name.length <= 40)) ||
    name.split(/\s+/).length > 7 ||
    // (a review's author and stars, a date, a sentence: "Christophe D. ★★★★★ 14/10/2026 Achat vérifié")
    /[^\p{L}\p{M}\d\s&'’.,+()/!-]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[?]$/u.test(name) ||
    // (a first name and an initial, "Dan P.", its dot dropped by orgName)
    /^\p{Lu}\p{Ll}+\s\p{Lu}\.?$/u.test(name) ||
    // (a product of a firm, a button: "Thermotransferfolien von SASS AG", "Zum Druckerprogramm", "Alle Etiketten")
    /\s(?:von|vom|by|par)\s/i.test(name) ||
    BUTTON.test(name) ||
    // (the list's own title: "Ils nous font confiance", "Our partners")
    (LIST_HEAD.test(name) && !LEGAL_FORM_END.test(name) && !isOrgLine(name))
  )
    return null;
  // a name a person could bear ("Bowsprit Boatyard", "Zweirad Kögl"): a firm only where the list is of firms
  const nl = nameLine(name);
  const personish = !!nl && !nl.rest && !isOrgLine(name) && !(host && spellsDomain(name, host));
  const phones: string[] = [];
  for (const l of lines) if (l.text !== name && !/^\d{4,5}\s/.test(l.text)) findPhones(l.text, phones);
  for (const a of withSelf(k, 'a[href^="tel:" i]')) {
    const n = telNumber(attr(a, 'href'));
    if (n && !phones.length) findPhones(/\d/.test(a.textContent ?? '') ? clean(a.textContent ?? '') : n, phones);
  }
  // (or its domain written alone in a span beside the name: "Northfold Materials" / "northfold.io")
  const written = host
    ? ''
    : ([
        ...qsa(k, '*')
          .slice(0, 12)
          .map((x) => textOf(x)),
        ...parts,
      ]
        .map(bareDomain)
        .find((d) => d && d !== pageHost && spellsDomain(name, d)) ?? '');
  const email = elementEmail(k) ?? '';
  const mailHost = email.split('@')[1] ?? '';
  const spelled = (host && spellsDomain(name, host)) || (mailHost && spellsDomain(name, mailHost)) || !!written;
  const company: DetectedCompany = { name };
  if (written) company.domain = written;
  else if (host && spellsDomain(name, host)) {
    company.domain = host;
    company.website = site;
  } else if (mailHost && spellsDomain(name, mailHost) && mailHost !== pageHost) company.domain = mailHost;
  else if (host && (logo || lines.length <= 3)) {
    // a logo or a short card linking one site: the site is the firm's even when its domain is an abbreviation
    company.domain = host;
    company.website = site;
  }
  if (phones.length) company.phones = phones.slice(0, 3);
  // the entry's own legal ids ("… | SIRET 755 031 283 00012", "RCS Rennes 482 …")
  const ids = /\b(?:SIRE[NT]|RCS|TVA|VAT|USt)/i.test(text) ? findLegalIds(text) : {};
  if (ids.siren) company.siren = ids.siren;
  if (ids.siret) company.siret = ids.siret;
  if (ids.vat) company.vat = ids.vat;
  return {
    name,
    strong: !!spelled || LEGAL_FORM_END.test(name) || (logo && !!host),
    reach: !!host || !!written || !!phones.length || !!email || /\b\d{4,5}\s+\p{Lu}/u.test(text),
    stand: parts.some((t) => STAND.test(t)),
    // a picture alone whose alt is a name (a logo strip without links)
    bare: !text && !host && !!img,
    personish,
    company,
  };
}

// who runs a listed firm, by the label before the name ("Gérant : Damien Cayla", "Responsable : …", "Inhaber: …")
const OWNER_LABEL =
  /^(?:(g[ée]rant(?:e)?|co-?g[ée]rant(?:e)?|dirigeant(?:e)?|responsable|propri[ée]taire|exploitant(?:e)?|inhaber(?:in)?|gesch[äa]ftsf[üu]hrer(?:in)?|owner|proprietor|manager)|contact|ansprechpartner(?:in)?|contact person)\s*[:：]\s*(.+)$/i;
const CONTACT_INSIDE =
  /\s(?:[Cc]ontact|[Ii]nterlocut(?:eur|rice)|[Aa]nsprechpartner(?:in)?|[Cc]ontact person)(?:\s\p{Ll}+){0,2}\s?[:：]\s*(\p{Lu}.{3,120})$/u;
// a shared mailbox is no one's own ("contact@…", "info@…")
const ROLE_BOX =
  /^(?:contact|info|accueil|bonjour|hello|office|mail|kontakt|secretariat|admin|commande|shop|boutique)@/i;

/**
 * The person a listed firm's entry names as its owner or contact: a labelled line ("Gérant : Damien Cayla"), or a
 * name alone before a phone ("Séverine Issaly – 05 99 00 63 50 – sur rendez-vous"). A name-shaped line without
 * either ("Brook Lane Industrial Estate") names no one.
 */
export function ownerLine(lines: readonly string[]): { name: string; title?: string; phones: string[] } | null {
  for (const text of lines) {
    const m = OWNER_LABEL.exec(text.trim());
    // (or a contact's label inside the entry's run-on line: "Axiome · Hall 5 – Stand C25 Contact salon : Name – …")
    const inner = m ? null : CONTACT_INSIDE.exec(text);
    const value = m ? m[2]! : inner ? inner[1]! : text.trim();
    const parts = value.split(/\s[–—-]\s|,\s|\s[·|]\s/);
    const name = personName(parts[0]!);
    if (!name || name !== parts[0]!.trim()) continue;
    const phones = findPhones(parts.slice(1).join(' '));
    if (!m && !inner && !phones.length) continue;
    const title = m?.[1] ? m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase() : undefined;
    return { name, title, phones };
  }
  return null;
}

/** The nearest heading above an element, within its section (up to a few ancestors). */
function headingAbove(el: Element): string[] {
  const out: string[] = [];
  let e: Element | null = el;
  for (let depth = 0; e && depth < 6 && out.length < 3; depth++, e = e.parentElement) {
    for (let s = e.previousElementSibling, n = 0; s && n < 8 && out.length < 3; s = s.previousElementSibling, n++) {
      if (/^H[1-6]$/.test(s.tagName)) out.push(textOf(s));
      else {
        const h = qsa(s, 'h1, h2, h3').pop();
        if (h && s.textContent!.length < 300) out.push(textOf(h));
      }
    }
  }
  return out;
}

/** An element through the bare wrappers around it (a redesign adds a div here and there). */
function unwrap(el: Element): Element {
  for (let n = 0; n < 4 && el.tagName === 'DIV' && el.childElementCount === 1; n++) {
    if ([...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim())) break;
    el = el.firstElementChild!;
  }
  return el;
}

/** An entry's content through the bare div wrappers it sits in (a wrapper holding its text is the content). */
function inner(k: Element): Element {
  for (let n = 0; n < 4 && k.childElementCount === 1 && k.firstElementChild!.tagName === 'DIV'; n++) {
    if ([...k.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim())) break;
    k = k.firstElementChild!;
  }
  return k;
}

/** A key for entries of one shape: the entry's tag and its children's tags (sections of an A–Z list share it). */
// (its first child's tag, through wrappers: a stockist with a phone and a site link and one with the phone alone
// share it, so do a partner's card with a contact and one without, a sponsor's logo with a blurb and one without)
// (an entry whose content sits in one bare wrapper is keyed by the wrapper's children: "<li><div><span>Name</span>
// <span>(Town)</span></div></li>" among "<li><span>Name</span> <span>(Town)</span></li>")
const shapeKey = (k: Element, parent: Element): string =>
  `${parent.tagName}>${k.tagName}:${[...inner(k).children]
    .map((c) => unwrap(c).tagName)
    .filter((t, i, a) => t !== a[i - 1])
    .slice(0, 1)
    .join(',')}`;

/**
 * Firms of the lists of a page that no other reader took (`taken`: an element read as a list of people or a
 * table). Returns the parents read.
 */
export function* readOrgsSteps(
  root: Element,
  out: Found,
  url: string,
  skip?: SkipFn,
  taken?: (el: Element) => boolean,
): Steps<Set<Element>> {
  const used = new Set<Element>();
  const pageHost = hostOf(url);
  // the page's own title heading says what its lists are ("Ils nous font confiance", "Exhibitors A–Z")
  const h1 = qs(root, 'h1');
  const pageHead = h1 && !h1.closest(SKIP) ? textOf(h1) : '';
  const parents = new Set<Element>();
  for (const el of qsa(root, 'li, article, div, section, figure, dt, a, p, img').slice(0, 20000))
    if (el.parentElement) parents.add(el.parentElement);
  // groups of entries by shape, pooled over the lists that share it
  const pools = new Map<string, { parent: Element; entries: (OrgEntry | null)[]; heads: string[]; at: number }[]>();
  // every entry read, in order (a group's entries from its `at`)
  const els: Element[] = [];
  let seen = 0;
  for (const parent of parents) {
    if (++seen % 50 === 0) yield;
    // (a list of one: the letter D of an A–Z list, pooled with the others below)
    if (
      parent.childElementCount < (/^[OU]L$/.test(parent.tagName) ? 1 : 2) ||
      parent.closest(SKIP) ||
      (skip && skip(parent)) ||
      (taken && taken(parent))
    )
      continue;
    const kids = [...parent.children].map(unwrap).filter((k) => !/^(?:SCRIPT|TEMPLATE|H[1-6]|BR|HR)$/.test(k.tagName));
    if (kids.length < (/^[OU]L$/.test(parent.tagName) ? 1 : 2) || kids.length > 400) continue;
    const tally = new Map<string, number>();
    for (const k of kids) tally.set(shapeKey(k, parent), (tally.get(shapeKey(k, parent)) ?? 0) + 1);
    const [key, n] = [...tally].reduce((a, b) => (b[1] > a[1] ? b : a));
    if (n < Math.min(2, kids.length) || n < kids.length * 0.6) continue;
    const same = kids.filter((k) => shapeKey(k, parent) === key);
    // (a list of lists is read at its entries' level: one of whose entries holds several firms is not a list of firms)
    // (so is a section of two cards or more: a clinic's department and its doctors)
    if (
      same.some(
        (k) => k.querySelectorAll('li, article, figure').length >= 3 || k.querySelectorAll('article').length >= 2,
      )
    )
      continue;
    if (parent.tagName === 'DL') continue;
    const entries = same.map((k) => readEntry(k, pageHost, skip));
    els.push(...same);
    const group = { parent, entries, heads: headingAbove(parent), at: els.length - same.length };
    const pool = pools.get(key) ?? [];
    pool.push(group);
    pools.set(key, pool);
  }
  // definition lists: each term a firm, its description the firm's details
  for (const dl of qsa(root, 'dl')) {
    if (dl.closest(SKIP) || (skip && skip(dl)) || (taken && taken(dl))) continue;
    const dts = qsa(dl, 'dt');
    // (a fact sheet's labels are no firms: "Client", "Secteur", "Durée"; "Kunde", "Branche", "Dauer")
    if (dts.length < 3 || dts.filter((dt) => FACT_LABEL.test(textOf(dt))).length >= dts.length / 2) continue;
    const entries = dts.map((dt) => {
      const box = dt.ownerDocument.createElement('div');
      box.appendChild(dt.cloneNode(true));
      for (let s = dt.nextElementSibling; s && s.tagName === 'DD'; s = s.nextElementSibling)
        box.appendChild(s.cloneNode(true));
      return readEntry(box, pageHost, skip);
    });
    pools.set(`dl#${pools.size}`, [{ parent: dl, entries, heads: headingAbove(dl), at: -1 }]);
  }
  for (const groups of pools.values()) {
    yield;
    // (the groups under an attendees' heading: people's avatars, pooled with a logo wall of the same shape)
    const pool = groups.filter((g) => !ATTENDEES.test(g.heads[0] ?? ''));
    const all = pool.flatMap((g) => g.entries);
    const named = all.filter((e): e is OrgEntry => !!e);
    if (named.length < 3 || named.length < all.length * 0.6) continue;
    const names = new Set(named.map((e) => e.name.toLowerCase()));
    if (names.size < named.length * 0.9) continue;
    const frac = (f: (e: OrgEntry) => boolean) => named.filter(f).length / named.length;
    const kind =
      pool.some((g) => g.heads.some((h) => LIST_HEAD.test(h))) ||
      LIST_HEAD.test(pageHead) ||
      frac((e) => e.stand) >= 0.5;
    const strong = frac((e) => e.strong);
    const firmsHead = pool.some((g) => g.heads.some((h) => FIRMS_HEAD.test(h))) || FIRMS_HEAD.test(pageHead);
    const supplierHead = pool.some((g) => g.heads.some((h) => SUPPLIERS_HEAD.test(h))) || SUPPLIERS_HEAD.test(pageHead);
    // a strip of bare client logos (no link, no caption) on a page about something else (a team, a service) is the
    // firm's references, no firm of the page's (a references page, "<h1>Ils nous font confiance</h1>", lists them)
    if (
      frac((e) => e.bare) >= 0.6 &&
      !CLIENTS_HEAD.test(pageHead) &&
      pool.every((g) => CLIENTS_HEAD.test(g.heads[0] ?? ''))
    )
      continue;
    // (under a heading of the kind, names that read as firms' do: "Ville de Quimperlé", "ORVALIS Assurances")
    if (!(
      strong >= 0.6 ||
      (kind && frac((e) => e.bare) >= 0.6) ||
      (kind && frac((e) => e.strong || isOrgLine(e.name)) >= 0.6) ||
      (kind && (strong >= 0.3 || frac((e) => e.reach || e.strong) >= 0.6 || frac((e) => e.stand) >= 0.5)) ||
      // (under a heading only firms are listed under, short names none of which a person could bear: a buyer's
      // suppliers, "Stratéos (Brest)")
      (supplierHead && frac((e) => e.name.split(' ').length <= 4) >= 0.9 && frac((e) => e.name.includes(' ')) >= 0.5)
    ))
      continue;
    // (a list of people's names is a team, not firms: a name a person could bear counts where the list's kind says firms)
    // (a fair's stands and a firm-only heading say firms: "Jardel Tonnellerie · Stand A01" under "Les exposants")
    const firmsOnly = kind && (frac((e) => e.stand) >= 0.5 || firmsHead);
    const personish = frac((e) => e.personish);
    if (personish >= 0.5 && !(kind && strong >= 0.3) && !firmsOnly) continue;
    for (const g of pool) {
      used.add(g.parent);
      g.entries.forEach((e, i) => {
        if (!e || (e.personish && !kind && !e.strong)) return;
        // ("Laboratoires Iriane et Groupe Halvorne": a case study for two clients)
        const two = kind ? /^(\p{Lu}\S*\s\S.{1,38}?)\s(?:et|and|und)\s(\p{Lu}\S*\s\S.{1,38})$/u.exec(e.name) : null;
        if (
          two &&
          (isOrgLine(two[1]!) || isOrgLine(two[2]!)) &&
          !(personName(two[1]!) && personName(two[2]!)) &&
          !e.company.domain
        ) {
          out.companies.push({ name: two[1]! }, { name: two[2]! });
          return;
        }
        out.companies.push(e.company);
        // the entry's contact ("Hattie Cole / Partnerships Director / hattie@brindle.digital") works for its firm
        if (g.at < 0) return;
        const k = els[g.at + i]!;
        const kl = blockLines(k, skip);
        // (a person a reader of loose lines took without a firm is this entry's)
        const put = (q: DetectedPerson) => {
          const was = out.people.find((x) => x.name === q.name && !x.company);
          if (was) Object.assign(was, { ...q, ...was, company: q.company });
          else out.people.push(q);
        };
        const p = entryContact(e, kl, k) ?? (kind ? ownerContact(e, kl, k) : null);
        if (p) put(p);
        // the founders a firm's blurb names ("Co-fondée par Clémence Le Goff et Ruben Castaño")
        for (const f of founders(kl.map((l) => l.text).join(' '), { personName }))
          if (f.name !== p?.name) put({ ...f, company: e.name });
      });
    }
  }
  out.companies.push(...headedFirms(root, url));
  out.companies.push(...labelledFirms(root, skip));
  // (a job board's offers: each names its hiring firm beside its town and contract)
  for (const name of offerFirms(root, skip)) out.companies.push({ name });
  return used;
}

// a label before its firms on one line: "Mécènes : A, B", "Grand mécène : A", "Partenaires : A · B", "Sponsors: A, B",
// "Förderer: A, B"
const FIRMS_LABEL =
  /^((?:(?:grands?|principaux|gold|silver|platinum|premium|official|main|major|lead)\s+)?(?:m[ée]c[èe]nes?|sponsors?|partenaires?|partners?|supporters?|f[öo]rderer|unterst[üu]tzer|financeurs?|funders?)(?:\s+(?:officiels?|principaux|institutionnels|financiers|m[ée]dias?|gold|silver|or|argent|bronze|platinum|premium))?)\s*:\s+(.{2,400})$/i;

/** The firms a labelled line names ("Mécènes : Fonderie Arnaud SAS, Imprimerie du Val"), each read as a firm's name. */
export function labelledFirms(root: Element, skip?: SkipFn): DetectedCompany[] {
  const out: DetectedCompany[] = [];
  for (const el of qsa(root, 'li, p, dd').slice(0, 3000)) {
    if (el.closest(SKIP) || (skip && skip(el)) || el.querySelector('li, p, dd')) continue;
    const m = FIRMS_LABEL.exec(clean(textOf(el)));
    const items = m ? m[2]!.replace(/[.;]$/, '').split(/\s*[,·;|]\s+|\s+[·|]\s*/) : [];
    // (every item a name: no sentence, no person, no address)
    const ok = (x: string) =>
      x.length >= 2 &&
      x.length <= 60 &&
      /^[\p{Lu}\d]/u.test(x) &&
      x.split(/\s+/).length <= 7 &&
      !/[@:!?]|https?:/.test(x) &&
      isOrgLine(x) &&
      !personName(x);
    if (items.length && items.every(ok)) for (const name of items) out.push({ name });
  }
  return out;
}

/**
 * Firms an article reviews one per section ("<h2>2. Flexopack Ouest</h2>" then "Basé à Cholet, <a href=
 * "https://www.flexopack-ouest.fr/">Flexopack Ouest</a> est …"): a heading that is only a name (a rank before it),
 * its section linking the firm's own site under the same name. Three such sections at least.
 */
export function headedFirms(root: Element, url: string): DetectedCompany[] {
  const pageHost = hostOf(url);
  const out: DetectedCompany[] = [];
  for (const h of qsa(root, 'h2, h3').slice(0, 60)) {
    if (h.closest(SKIP)) continue;
    const name = textOf(h).replace(/^(?:#?\d{1,2}\s?[.)–-]|n°\s?\d{1,2}\s?[.:–-])\s*/i, '');
    if (name.length < 3 || name.length > 60 || /[:?!]/.test(name)) continue;
    for (let e = h.nextElementSibling; e && !/^H[1-3]$/.test(e.tagName); e = e.nextElementSibling) {
      const a = qsa(e, 'a[href^="http" i]').find((x) => clean(textOf(x)) === name);
      const host = a ? hostOf(attr(a, 'href')) : '';
      if (host && host !== pageHost && !PLATFORM.test(host) && spellsDomain(name, host)) {
        out.push({ name, domain: host, website: attr(a, 'href') });
        break;
      }
    }
  }
  return out.length >= 3 ? out : [];
}

/** The contact an entry names beside its firm ("Hattie Cole / Partnerships Director / hattie@brindle.digital"). */
function entryContact(e: OrgEntry, kl: Line[], k: Element): DetectedPerson | null {
  const r = entryRecord(kl, k);
  const name = r?.name && personName(r.name);
  if (!r || !name || name === e.name || isOrgLine(name) || orgName(r.company ?? e.name) !== e.name) return null;
  // "— Marion Tessier, DRH, Groupe Hospitalier Saint-Vincent": the words between the name and the firm are the title
  const at = r.after?.lastIndexOf(e.name) ?? -1;
  if (!r.title && at > 0) r.title = r.after!.slice(0, at).replace(/[\s,;–—-]+$/, '') || undefined;
  // (a person shows a title, an address or a profile: "Brook Lane Industrial Estate" alone is a place)
  if (!r.title && !r.email && !r.linkedin) return null;
  const p: DetectedPerson = { name, company: e.name };
  if (r.title && r.title !== e.name && r.title.length <= 80) p.title = r.title;
  if (r.email) p.email = r.email;
  if (r.phones.length && !(e.company.phones ?? []).some((n) => r.phones.includes(n))) p.phones = r.phones;
  if (r.linkedin) p.linkedinUrl = r.linkedin;
  return p;
}

/** The owner a listed firm's entry names ("Boucherie Vidal" / "Christophe Vidal – 05 99 00 63 09", "Gérant : …"). */
function ownerContact(e: OrgEntry, kl: Line[], k: Element): DetectedPerson | null {
  const own = ownerLine(
    kl.map((l) => l.text).filter((t) => t !== e.name && (!t.startsWith(e.name + ' ') || CONTACT_INSIDE.test(t))),
  );
  if (!own) return null;
  const p: DetectedPerson = { name: own.name, company: e.name };
  if (own.title) p.title = own.title;
  const mail = elementEmail(k);
  if (mail && !ROLE_BOX.test(mail)) p.email = mail;
  const phones = own.phones.length ? own.phones : (e.company.phones ?? []);
  if (phones.length) p.phones = phones.slice(0, 2);
  return p;
}
