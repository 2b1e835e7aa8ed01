/**
 * LinkedIn (www.linkedin.com and country hosts): profile, company, people search, messaging.
 *
 * Fixtures note: written against the 2023-24 logged-in profile (`pv-top-card`, `h1.text-heading-xlarge`
 * or `h1.inline.t-24`, `.text-body-medium` headline, "Current company: X" aria-labels, `pvs-list`
 * experience with `data-view-name=profile-component-entity`, contact-info modal), the 2025
 * `data-view-name` layout (`profile-top-card`, `profile-card-experience`), the guest
 * `top-card-layout` page with its JSON-LD Person, the 2016 public profile (`#topcard`, `#name`,
 * `data-section=currentPositionsDetails`), the company top card (`org-top-card-*`, About `<dl>`),
 * `entity-result` search results and `msg-*` messaging. URL patterns, aria-labels, JSON-LD, og: tags
 * and `data-view-name`/`data-section` come first; class names are dated fallbacks.
 */
import type {
  DetectedCompany,
  DetectedEmail,
  DetectedPerson,
  Detection,
  Detector,
  EmailRole,
  PageKind,
  ProfileParts,
  UnitCache,
} from './types';
import { absUrl, attr, first, jsonLd, ldTypes, linesOf, metaContent, qs, qsa, str, textOf, type SkipFn } from './dom';
import { hostOf } from '../text/host';
import { isSkipped, scanEmails } from './scan';
import { readBody } from './body-read';
import { findEmails, isContactAddress, normalizeAddress } from './emails';
import { looksLikePersonName } from './text';
import { normalizeLinkedinUrl } from '../text/linkedin';

/**
 * The page's candidates, raw: one entry per contact address, the people and companies as the page names them
 * (repeats included). The background filters and merges them with every detector's rules (ResultBuilder, in
 * ./interpret-linkedin.ts), so this script carries neither those rules nor the free-mail and platform lists.
 * Bounded as the message schema bounds them (500 entries, 2,000 characters).
 */
const key = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const bounded = <T extends object>(o: T): T => {
  for (const [k, v] of Object.entries(o))
    if (typeof v == 'string') (o as Record<string, unknown>)[k] = v.slice(0, 2000);
  return o;
};
class Raw {
  emails: DetectedEmail[] = [];
  people: DetectedPerson[] = [];
  companies: DetectedCompany[] = [];
  /** The signed-in member, never a person of the page: their name (as ResultBuilder's keys) and profile link. */
  me = ['', ''];
  about?: string;
  /** A profile's raw parts, whose title and firms the background chooses (./interpret-linkedin.ts). */
  profile?: ProfileParts;

  addEmail(raw: string, role?: EmailRole, name?: string): string {
    const address = normalizeAddress(raw);
    if (!address || !isContactAddress(address)) return '';
    const known = this.emails.find((e) => e.address == address);
    if (known) known.name ||= name?.slice(0, 2000);
    else if (this.emails.length < 200) this.emails.push(bounded({ address, role, name }));
    return address;
  }
  addPerson(p: DetectedPerson): void {
    if (this.people.length < 500 && key(p.name) != this.me[0] && (!p.linkedinUrl || p.linkedinUrl != this.me[1]))
      this.people.push(bounded(p));
  }
  addCompany(c: DetectedCompany): void {
    if (this.companies.length < 500) this.companies.push(bounded(c));
  }
}
type ResultBuilder = Raw;

/**
 * A text that shows phones, as an entry's `phoneTexts` whose numbers the background reads (./interpret-linkedin.ts):
 * the text itself, as the schema takes it (pieces of 2,000 characters cut after a line, 20,000 at most as the phone
 * reader reads, 500 pieces).
 */
function textPieces(t: string, out: string[] = []): string[] {
  t = t.slice(0, 20_000);
  for (let i; t; t = t.slice(i)) {
    i = t.length > 2000 ? t.lastIndexOf('\n', 1999) + 1 || 2000 : t.length;
    if (out.length < 500) out.push(t.slice(0, i));
  }
  return out;
}

// No firm: a date or duration of an experience entry ("2019 - Present", "3 yrs 2 mos"). (A sector or a kind of
// contract taken for a firm, "| Logistique et transport", "Freelance", and a member's location read as a headline or
// a firm, "Lyon, France", are dropped in the background: interpret-linkedin.ts.)
const noFirm = (s: string) => /\d{4}|\d\s?(?:yrs?|mos?|ans?|mois|jahre?|monate?)\b/i.test(s);

function kindOf(url: URL): PageKind {
  const p = url.pathname;
  if (/^\/(?:in|pub|sales\/lead)\/[^/]+/.test(p)) return 'linkedin-profile';
  // (a Sales Navigator account page is a company's page too)
  if (/^\/(?:company|school|showcase|sales\/company)\/[^/]+/.test(p)) return 'linkedin-company';
  if (/^\/(?:search\/results|sales\/(?:search|lists)\/people|groups\/\d+\/members)/.test(p)) return 'linkedin-search';
  if (/^\/messaging\//.test(p)) return 'linkedin-messaging';
  return 'other';
}

const CURRENT_COMPANY =
  /^(?:current company|entreprise actuelle|aktuelles unternehmen|empresa actual|azienda attuale|huidig bedrijf|nuvarande företag)\s*:\s*(.+?)(?:\.\s.*)?$/i;
const inDialog = (el: Element) => !!el.closest('[role=dialog], .artdeco-modal, .modal');
// LinkedIn repeats texts in aria-hidden + visually-hidden spans: read the visible copy only.
const skipA11y = (el: Element) =>
  el.classList.contains('visually-hidden') || el.classList.contains('a11y-text') || el.classList.contains('sr-only');
/** Screen-reader copies beside an aria-hidden visible one ("View X’s profile", "2nd degree connection"), by structure. */
const srCopy = (el: Element): boolean =>
  skipA11y(el) ||
  (el.tagName === 'SPAN' &&
    !el.hasAttribute('aria-hidden') &&
    !!el.parentElement &&
    Array.from(el.parentElement.children).some((c) => c !== el && c.getAttribute('aria-hidden') === 'true'));
const vis = (el: Element | null | undefined) => (el ? textOf(el, srCopy) : '');

/** The page's main region, or the body when <main> holds none of the page (a main closed early by broken markup). */
function mainOf(doc: Document): Element {
  const m = qs(doc, 'main');
  return m && qs(m, 'h1, a[href*="/in/"]') ? m : (doc.body ?? doc.documentElement);
}

function titleParts(doc: Document): string[] {
  const t = (metaContent(doc, 'og:title') || doc.title)
    .replace(/^\(\d+\+?\)\s*/, '')
    .replace(/\s*\|\s*LinkedIn\s*$/i, '');
  return t
    .split(/\s[-–|]\s/)
    .map((x) => x.trim())
    .filter(Boolean);
}

function photoOf(img: Element | null, base: URL): string | undefined {
  if (!img) return undefined;
  const u = absUrl(attr(img, 'data-delayed-url') || attr(img, 'data-ghost-url') || attr(img, 'src'), base);
  return u && !/static\.licdn\.com\/aero|ghost/.test(u) ? u : undefined;
}

function ldPerson(doc: Document): Record<string, unknown> | undefined {
  return jsonLd(doc).find((o) => ldTypes(o).includes('Person'));
}

// Pronouns and connection degree shown beside the name ("Elle · 2e", "He/Him · 3rd", "(Sie/ihr)", "· 3e et +").
const BESIDE_NAME =
  /^(?:(?:elle|il|iel|he\/him|she\/her|they\/them|sie\/ihr|er\/ihm|\((?:\p{L}{1,5}\/){1,2}\p{L}{1,5}\))\s*)?(?:·\s*)?(?:\d(?:e|er|re|nd|rd|th|st|\.)?(?:\s?(?:et|and|und)\s?)?\+?)?$/iu;

/** The top card's headline without class names: the first line after the name that is not a pronoun/degree. */
function topCardLineAfter(card: Element, name: string): string {
  // (a guest's sign-in modal inside the card is not the card)
  const lines = linesOf(card, (el) => srCopy(el) || el.getAttribute('role') === 'dialog');
  const i = lines.findIndex((l) => l === name);
  if (i < 0) return '';
  return (
    lines
      .slice(i + 1, i + 4)
      .find((l) => l.length > 2 && !BESIDE_NAME.test(l) && !DEGREE.test(l) && !l.includes(name)) ?? ''
  );
}

function profile(doc: Document, url: URL, b: ResultBuilder, cache?: UnitCache): void {
  const main = mainOf(doc);
  // (in document order: the top card's h1 of every layout, the 2016 page's #name)
  const h1s = qsa(doc, 'h1, #name').filter((h) => !inDialog(h) && !h.closest('header#global-nav, nav, aside'));
  const ld = ldPerson(doc);
  let nameEl = h1s.find((h) => looksLikePersonName(vis(h))) ?? h1s[0] ?? null;
  let name = vis(nameEl) || str(ld?.name) || titleParts(doc)[0] || '';
  if (!looksLikePersonName(name)) {
    const alt = str(ld?.name) || titleParts(doc)[0] || '';
    if (looksLikePersonName(alt)) {
      name = alt;
      nameEl = null;
    }
  }
  // LinkedIn's own error pages ('Profile Not Found', 'Profil introuvable') name nobody
  if (!name || /\b(?:not found|unavailable|introuvable|indisponible|nicht gefunden|nicht verfügbar)$/i.test(name))
    return;
  const card = nameEl?.closest('section, #topcard, .top-card-layout, [data-view-name="profile-top-card"]') ?? main;
  const headline =
    vis(
      first(card, [
        '[data-view-name="profile-top-card"] .text-body-medium',
        '.text-body-medium',
        '.top-card-layout__headline',
        '[data-section=headline]',
        '.headline',
      ]),
    ) ||
    // a guest page's title ("Name - Headline - Company") before a guess from the card's lines
    (titleParts(doc).length >= 3 ? titleParts(doc)[1]! : '') ||
    topCardLineAfter(card, name);

  // current companies: aria-label of the top-card button, guest/2016 "current positions", JSON-LD
  const current: { name: string; link?: string }[] = [];
  for (const el of qsa(card, '[aria-label]')) {
    const m = CURRENT_COMPANY.exec(attr(el, 'aria-label'));
    // (not another member's, in a section beside the top card: "People also viewed")
    const box = el.closest('section, aside');
    if (m && (!box || !card.contains(box) || box.contains(nameEl))) current.push({ name: m[1]!.trim() });
  }
  for (const sec of qsa(doc, '[data-section="currentPositionsDetails"]')) {
    // an experience entry (its title a heading) is no top-card summary, even with its section's classes renamed
    if (sec.closest('#experience, section.experience') || qs(sec, 'h3, h4')) continue;
    // one item per position, linked to its company page or not ("Ladies of Code" has none)
    const items = qsa(sec, 'li');
    for (const li of items) {
      const a = qs(li, 'a[href*="/company/"]');
      const t = (a ? vis(a) : vis(li)).replace(/[,;]\s*$/, '').trim();
      if (t) current.push({ name: t, link: a?.getAttribute('href') ?? undefined });
    }
    if (!items.length) {
      const links = qsa(sec, 'a[href*="/company/"]');
      if (links.length)
        for (const a of links) current.push({ name: vis(a), link: a.getAttribute('href') ?? undefined });
      else {
        const t = vis(first(sec, ['.top-card-link__description', 'span', 'div']));
        if (t) current.push({ name: t });
      }
    }
  }
  const works = ld?.worksFor;
  for (const w of Array.isArray(works) ? works : works ? [works] : []) {
    const n = str((w as Record<string, unknown>)?.name);
    if (n && !(w as Record<string, unknown>)?.member) current.push({ name: n });
    else if (n && !str(((w as Record<string, unknown>).member as Record<string, unknown>)?.endDate))
      current.push({ name: n });
  }

  // first experience entry: title, company, company page
  const expAnchor = qs(doc, '#experience');
  const expSection = expAnchor
    ? (expAnchor.closest('section') ?? expAnchor.parentElement)
    : (first(doc, ['[data-view-name="profile-card-experience"]', 'section.experience']) ??
      // (ids scrambled: the section headed "Experience")
      qsa(doc, 'section').find((s) => /^(?:experience|expérience|erfahrung|experiencia)$/i.test(vis(qs(s, 'h2')))));
  let expTitle = '',
    expCompany = '',
    expLink = '';
  const entry = expSection
    ? first(expSection, [
        '[data-view-name="profile-component-entity"]',
        'li.position',
        'li.experience-item',
        'li.profile-section-card',
        'li',
      ])
    : null;
  if (entry) {
    expTitle = vis(first(entry, ['.t-bold span[aria-hidden=true]', '.t-bold', '.item-title', 'h3', 'h4']));
    expCompany = vis(
      first(entry, [
        '.t-14.t-normal span[aria-hidden=true]',
        '.t-14.t-normal',
        '.item-subtitle',
        'h4',
        'h5:not(.logo)',
      ]),
    )
      .split(/\s·\s/)[0]!
      .trim();
    expLink = attr(qs(entry, 'a[href*="/company/"]'), 'href');
    // 2025 layout (hashed classes): the entry's visible lines are title, then "Company · contract"
    // (or its plain spans, when only the title is marked: "Fondatrice" / "Roux Conseil · Indépendant")
    let shown = qsa(entry, 'span[aria-hidden=true]').map(vis).filter(Boolean);
    if (shown.length < 2) shown = qsa(entry, 'span').map(vis).filter(Boolean);
    expTitle ||= shown[0] ?? '';
    if (!expCompany && shown[1]) expCompany = shown[1].split(/\s·\s/)[0]!.trim();
    // grouped entry (several roles at one company): the first bold line is the company
    const bolds = qsa(entry, '.t-bold span[aria-hidden=true]').map(vis).filter(Boolean);
    if (bolds.length > 1 && current.some((c) => c.name === bolds[0])) {
      expCompany = bolds[0]!;
      expTitle = bolds[1]!;
    }
    if (expCompany === expTitle || noFirm(expCompany)) expCompany = '';
  }
  const linkedinUrl = normalizeLinkedinUrl(url.href) || normalizeLinkedinUrl(metaContent(doc, 'og:url'));
  const img = nameEl
    ? first(card, [
        `img[title="${name.replace(/"/g, '')}"]`,
        '.pv-top-card-profile-picture__image--show',
        'img.top-card__profile-image',
        'img[alt="' + name.replace(/"/g, '') + '"]',
      ])
    : null;
  const person: DetectedPerson = {
    name,
    linkedinUrl: linkedinUrl || undefined,
    photoUrl:
      photoOf(img, url) ??
      (metaContent(doc, 'og:image').startsWith('https://media.licdn.com') ? metaContent(doc, 'og:image') : undefined),
  };

  // contact-info modal (URL /overlay/contact-info/): email, phones, websites
  const dialog = qsa(doc, '[role=dialog]').find(
    (d) => qs(d, '.pv-contact-info__contact-type, section') && /contact|coordonn|kontakt/i.test(vis(d).slice(0, 400)),
  );
  let companyDomain = '';
  if (dialog) {
    for (const sec of qsa(dialog, 'section')) {
      const head = vis(first(sec, ['h3', 'header'])).toLowerCase();
      const icon = attr(qs(sec, 'li-icon, svg'), 'type');
      if (/phone|t[ée]l[ée]phone|telefon/.test(head) || icon === 'phone-handset')
        person.phoneTexts = textPieces(vis(sec).replace(/^\S+\s/, ''));
      if (/website|site web|webseite|sitio web/.test(head) || icon === 'link') {
        for (const li of qsa(sec, 'li')) {
          const href = absUrl(attr(qs(li, 'a[href]'), 'href'), url);
          if (href && /(?:entreprise|company|firma|empresa|azienda)/i.test(vis(li))) companyDomain = hostOf(href) ?? '';
        }
      }
    }
    scanEmails(b, dialog);
  }
  scanMain(b, main, cache);
  const email = b.emails[0]?.address;
  if (email) person.email = email;
  b.addPerson(person);
  // (the headline's title and firm, and the member's title and firms chosen by them: the background's,
  // ./interpret-linkedin.ts withProfile; a logo's alt may name the firm chosen)
  const cut = (t: string) => t.slice(0, 2000);
  b.about = aboutText(main);
  b.profile = {
    headline: cut(headline),
    current: current.slice(0, 500).map((c) => bounded({ ...c })),
    expTitle: cut(expTitle),
    expCompany: cut(expCompany),
    expLink: cut(expLink),
    jobTitle: cut(str(ld?.jobTitle)),
    domain: cut(companyDomain),
    logos: qsa(main, 'a[href*="/company/"]')
      .flatMap((a) =>
        qsa(a, 'img').map((i) => ({
          name: cut(
            attr(i, 'alt')
              .replace(/\s(?:logo)$/i, '')
              .replace(/^logo (?:de |of )?/i, ''),
          ),
          link: cut(attr(a, 'href')),
        })),
      )
      .slice(0, 500),
  };
}

function companyPage(doc: Document, url: URL, b: ResultBuilder, cache?: UnitCache): void {
  const main = mainOf(doc);
  const h = first(main, [
    'h1.org-top-card-summary__title[title]',
    '.org-top-card-summary__title',
    '[data-view-name*="top-card"] h1',
    'h1.top-card-layout__title',
    'h1',
  ]);
  const name =
    attr(h, 'title') ||
    vis(h) ||
    (metaContent(doc, 'og:title') || doc.title)
      .replace(/\s*\|\s*LinkedIn\s*$/i, '')
      .replace(/:\s*(?:about|à propos|overview|posts|jobs)$/i, '')
      .trim();
  if (!name) return;
  // a company's own site: LinkedIn's /redir/redirect?url=… unwrapped, LinkedIn's own pages never
  // (without its query and fragment)
  const external = (href: string): string => {
    try {
      let u = new URL(/^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/.test(href) ? `https://${href}` : href, url);
      const li = (x: URL) => /linkedin\.com$/i.test(x.hostname);
      if (li(u)) u = new URL(u.searchParams.get('url') || '', url);
      u.search = u.hash = '';
      return li(u) || !/^https?:$/.test(u.protocol) ? '' : u.href;
    } catch {
      return '';
    }
  };
  let website = '';
  for (const a of qsa(
    main,
    '.org-top-card-primary-actions__inner a[href], a[data-test-id="about-us__website"], a[data-tracking-control-name*="website"]',
  )) {
    website = external(attr(a, 'href'));
    if (website) break;
  }
  // 2025 layout (hashed classes): the top card's "Visit website" link, by its words
  // (also after a main closed early by a stray end tag)
  for (const root of [main, doc.body]) {
    const a = website
      ? null
      : qsa(root, 'a[href]').find((x) =>
          /^(?:visit website|voir le site(?: web)?|site web|website besuchen|zur website|visitar sitio web)$/i.test(
            vis(x),
          ),
        );
    website ||= external(attr(a, 'href'));
  }
  // hashed classes and a bare label ("Website"): the top card's link to another site, LinkedIn's redirect unwrapped
  for (const a of website ? [] : qsa(h?.closest('section') ?? main, 'a[href]'))
    if ((website = external(attr(a, 'href')))) break;
  const [area, outside] = companyArea(doc, main);
  const phoneTexts: string[] = [];
  for (const dt of qsa(area, 'dt')) {
    if (isSkipped(dt, area, outside)) continue;
    const label = vis(dt).toLowerCase();
    const dd = dt.nextElementSibling;
    if (!dd) continue;
    if (/^(?:website|site web|webseite|sitio web)/.test(label) && !website)
      website = external(attr(qs(dd, 'a[href]'), 'href') || vis(dd));
    if (/^(?:phone|téléphone|telefon|teléfono)/.test(label)) textPieces(vis(dd), phoneTexts);
  }
  scanMain(b, area, cache, outside);
  // the About tab's overview, whose founders and managers the background reads (./interpret-linkedin.ts)
  b.about = vis(
    qsa(area, 'h2').find((x) => /^(?:overview|übersicht|présentation|vue d.ensemble)$/i.test(vis(x)))
      ?.nextElementSibling,
  ).slice(0, 3000);
  // (a Sales Navigator account links to the firm's LinkedIn page from its top card)
  const sales = url.pathname.startsWith('/sales/');
  b.addCompany({
    name,
    linkedinUrl:
      normalizeLinkedinUrl(
        sales ? attr(qs(h?.closest('section') ?? main, 'a[href*="/company/"]'), 'href') : url.href,
      ) || undefined,
    website: website || undefined,
    domain: (website && hostOf(website)) || undefined,
    phoneTexts,
  });
  // a Sales Navigator account's leads (its decision makers) work there
  if (sales) salesPeople(doc, url, b, false, name);
  // the People tab lists members who work there
  // (read around the side bar when a stray end tag closed <main> before the list)
  else if (/^\/(?:company|school|showcase)\/[^/]+\/people/.test(url.pathname))
    peopleList(qs(main, 'a[href*="/in/"]') ? main : area, url, b, name);
  // other tabs: the members shown anywhere (a side bar of employees) whose headline names the firm, or with a bare
  // title in a section about its staff ("Hear from our employees", "Nos collaborateurs")
  else
    for (const a of qsa(area, 'a[href*="/in/"]')) {
      const e = readEntry(blockOf(a, area), url);
      if (e)
        b.addPerson({
          name: e.name,
          company: name,
          headline: e.headline,
          staff: /employ|salarié|collabor|mitarbeit/i.test(vis(qs(a.closest('section') ?? a, 'h2'))),
          linkedinUrl: e.link || undefined,
        });
    }
}

// ---- lists of people (search results, a company's People tab), read by meaning ----
// An entry is the list item (or the largest block) around one member's `/in/` link; its visible lines
// are the name, the headline, the location, then decorations (degree, buttons, insights) dropped here.
const DEGREE =
  /^(?:[•·]\s*)?(?:\d(?:st|nd|rd|th|e|er|re|\.)?(?:\s?(?:et|and|und)\s?)?\+?|(?:1st|2nd|3rd|\d(?:e|er|re|\.)?)\+?\s(?:degree|niveau|grades?).*|(?:relation|contact)\s.*\sniveau|.*\s(?:degree connection|-grad-kontakt)|(?:[•·]?\s*\d\.?\+?\s*)?kontakt\s\d\.\+?\s?grades)$/i;
const BUTTONS =
  /^(?:[+✓]\s?)?(?:(?:[•·]\s?)?(?:author|auteur|autor|verfasser)|connect|follow|following|message|pending|invite|se connecter|suivre|abonné|en attente|inviter|vernetzen|folgen|nachricht|ausstehend|conectar|seguir|mensaje|collegati|segui|messaggio)$/i;
const INSIGHT =
  /^(?:(?:current|actuel(?:le)?|aktuell|actual|attuale|past|précédent|ancien|früher|anterior|shared connection|relation en commun|gemeinsame[rs]? kontakt)\s?:|\d+\s+(?:followers|abonnés|follower)\b|.*\b(?:mutual connections?|relations? en commun|gemeinsame kontakte|other mutual)\b|(?:open to work|premium|provides services|fournit des services|status is)\b)/i;
const CURRENT = /^(?:current|actuel(?:le)?|aktuell|actual|attuale)\s?:\s?(.+)$/i;
const VIEW_PROFILE =
  /^(?:view\s(.+?)[’']s?\s+profile|voir le profil (?:de |d[’'])(.+)|(.+?)s? profil anzeigen|profil von (.+?) anzeigen)$/i;

/**
 * The block around a member's link: its ancestors while they hold no other member, no section's heading and no
 * prose (a post's text, a job's description: a member without a headline gets none of theirs), and little text.
 */
function blockOf(a: Element, root: Element): Element {
  const slug = normalizeLinkedinUrl(attr(a, 'href'));
  let e = a;
  for (let p = a.parentElement; p && p !== root; p = p.parentElement) {
    if (
      qsa(p, 'a[href*="/in/"]').some((x) => normalizeLinkedinUrl(attr(x, 'href')) !== slug) ||
      qsa(p, 'h1, h2').some((h) => !h.contains(a)) ||
      vis(p).length > 400
    )
      break;
    e = p;
  }
  return e;
}

function entriesOf(root: Element): Element[] {
  const out: Element[] = [];
  const slugOf = (a: Element) => normalizeLinkedinUrl(attr(a, 'href'));
  for (const a of qsa(root, 'a[href*="/in/"]')) {
    if (a.closest('aside, nav, header, footer, [role=dialog]')) continue;
    const slug = slugOf(a);
    if (!slug) continue;
    const item = a.closest('li, [role=listitem]');
    let e: Element | null = item && root.contains(item) && !qs(item, 'li, [role=listitem]') ? item : null;
    e ??= blockOf(a, root);
    if (!out.includes(e)) out.push(e);
  }
  return out.filter((e) => !out.some((o) => o !== e && o.contains(e)));
}

const unView = (t: string) => {
  const v = VIEW_PROFILE.exec(t);
  return (v ? v.slice(1).find(Boolean)! : t).trim();
};
const nameOfLink = (a: Element) => unView(textOf(qs(a, 'span[aria-hidden=true]'), srCopy) || textOf(a, srCopy));

interface ListEntry {
  name: string;
  link: string;
  headline: string;
  current: string;
  photo?: string;
}

// glued: a comment's block, where the name may run into the headline with no space between
const GLUED_AGE = /(?<=[\p{L}.)])(\d{1,2}\s?(?:s|min|h|j|d|w|sem|mo|y|an|std|tg|wo|t)\.?(?:\s?[•·].*)?)$/iu;
function readEntry(r: Element, url: URL, glued = false): ListEntry | null {
  let name = '',
    link = '';
  // (a card without a block of its own, under its section's heading: the link, its headline the element after it)
  const bare = r.matches('a[href*="/in/"]');
  for (const a of bare ? [r] : qsa(r, 'a[href*="/in/"]')) {
    // (a name and its degree in one line: "Ravi Menon • 2nd")
    const n = nameOfLink(a).split(/\s[•·]\s/)[0]!;
    if (looksLikePersonName(n)) {
      name = n;
      link = normalizeLinkedinUrl(attr(a, 'href'), url) ?? '';
      break;
    }
  }
  if (!name) {
    const alt = qsa(r, 'img[alt]')
      .map((i) => unView(attr(i, 'alt')))
      .find(looksLikePersonName);
    if (!alt) return null;
    name = alt;
    link = normalizeLinkedinUrl(attr(qs(r, 'a[href*="/in/"]'), 'href'), url) ?? '';
  }
  // (name, degree and headline in one run of inline spans: split at their aria-hidden copies)
  const shown = qsa(r, 'span[aria-hidden=true]').map(vis);
  const nx = bare && r.nextElementSibling;
  const lines = [...linesOf(r, srCopy), ...(nx && !nx.matches('a, h2, h3') && !qs(nx, 'a') ? [vis(nx)] : [])].flatMap(
    (l) => {
      // (the name glued to the headline by inline elements: "Ada LindqvistHead of Sales")
      // (and the age glued to its end, a line of its own that ends the byline: "Head of Sales at Kestrel2 d")
      if (!l.startsWith(name + ' '))
        return glued && l.startsWith(name) && /^\p{Lu}/u.test(l.slice(name.length))
          ? [name, ...l.slice(name.length).split(GLUED_AGE).filter(Boolean)]
          : [l];
      const out: string[] = [];
      for (let t: string | undefined; (t = shown.find((x) => x && l.startsWith(x))); l = l.slice(t.length).trim())
        out.push(t);
      // (a comment's name and headline in two inline spans: "Yanis Roux Directeur commercial chez …")
      if (glued && !out.length && /^\p{Lu}/u.test(l.slice(name.length + 1))) return [name, l.slice(name.length + 1)];
      return l ? [...out, l] : out;
    },
  );
  const at = lines.findIndex((l) => unView(l) === name);
  let current = '';
  const rest: string[] = [];
  for (const l of lines.slice(at + 1)) {
    const c = CURRENT.exec(l);
    if (c) {
      current ||= c[1]!;
      continue;
    }
    // (a post's age ends its byline: what follows is the post, no headline; the age may follow the name and degree)
    if (
      /^(?:[•·]?\s*(?:\d(?:st|nd|rd|th|e|er|re|\.)?\+?|author|auteur|autor)\s*)*[•·]?\s*\d{1,2}\s?(?:s|min|m|h|d|j|w|sem|mo|y|an|std|tg|wo|t)\.?(?:\s?[•·].*)?$/i.test(
        l.replace(name, '').trim(),
      )
    )
      break;
    if (l.includes(name) || DEGREE.test(l) || BESIDE_NAME.test(l) || BUTTONS.test(l) || INSIGHT.test(l) || l.length < 3)
      continue;
    rest.push(l);
  }
  return {
    name,
    link,
    headline: rest[0] ?? '',
    current,
    photo: photoOf(qs(r, 'img'), url),
  };
}

/** A member read from their block, with the firm of their headline. */
function addEntry(b: ResultBuilder, e: ListEntry | null): void {
  if (!e) return;
  b.addPerson({ name: e.name, headline: e.headline, linkedinUrl: e.link || undefined });
  b.addCompany({ name: '', headline: e.headline });
}

// (no \b after an accented letter: "Sponsorisé")
const AD = /\b(?:promoted|sponsored|sponsorisé|gesponsert)(?!\p{L})/iu;

/** People of a result list; `company` (a company's People tab) is every member's employer. */
function peopleList(root: Element, url: URL, b: ResultBuilder, company?: string): void {
  let results = qsa(root, '[data-chameleon-result-urn], .entity-result, li.reusable-search__result-container');
  results = results.filter((r) => !results.some((o) => o !== r && r.contains(o)));
  const generic = entriesOf(root);
  if (generic.length >= results.length) results = generic;
  for (const r of results) {
    if (r.closest('aside') || AD.test(vis(r).slice(0, 80))) continue;
    const e = readEntry(r, url);
    if (!e) continue;
    const sub = vis(first(r, ['.entity-result__primary-subtitle', '[class*="primary-subtitle"]'])) || e.headline;
    // (LinkedIn's own "Current: X at Y" says more than a headline's free text)
    // (at the same firm, the fuller title of the two: "Chief Revenue Officer at X" over "Current: CRO at X")
    // (read in the background: ./interpret-linkedin.ts withHeadlines)
    b.addPerson({
      name: e.name,
      company,
      headline: sub,
      current: e.current,
      linkedinUrl: e.link || undefined,
      photoUrl: e.photo,
    });
    if (!company) b.addCompany({ name: '', headline: sub, current: e.current });
  }
}

function search(doc: Document, url: URL, b: ResultBuilder): void {
  const main = mainOf(doc);
  peopleList(main, url, b);
  // a search for firms: each result's firm, by its visible link (its name) and page; a promoted one is no result
  // (in the body when <main>, closed early by broken markup, holds none)
  const sel = 'a[href*="/company/"]:not([aria-hidden=true])';
  if (/\/companies\b/.test(url.pathname))
    for (const a of qsa(qs(main, sel) ? main : doc.body, sel)) {
      const name = linesOf(a, srCopy)[0],
        linkedinUrl = normalizeLinkedinUrl(attr(a, 'href'), url);
      if (
        name &&
        linkedinUrl &&
        !a.closest('aside, nav, header, footer') &&
        !AD.test(vis(a.closest('li') ?? a.parentElement!).slice(0, 80))
      )
        b.addCompany({ name, linkedinUrl });
    }
}

const COMMENTS = /^(?:comments?|commentaires?|kommentare?|comentarios?|commenti)$/i;
// A link in a comment: in an article inside the post's, or in a section (a block, a list) labelled comments
const inComment = (a: Element) =>
  !!a.closest('article')?.parentElement?.closest('article') ||
  COMMENTS.test(attr(a.closest('section[aria-label], div[aria-label], ul[aria-label]'), 'aria-label'));

// ---- articles (/pulse/): the author, with the company of their byline ----
function article(doc: Document, url: URL, b: ResultBuilder): void {
  const main = mainOf(doc);
  // (a commenter is no author)
  const outside = (a: Element) => !a.closest('aside, nav, header#global-nav, footer, [role=dialog]') && !inComment(a);
  const links = [...qsa(main, 'a[rel~="author"][href*="/in/"]'), ...qsa(main, 'a[href*="/in/"]')].filter(outside);
  const author = links.find((a) => looksLikePersonName(nameOfLink(a)));
  let entry: ListEntry | null = null;
  if (author) {
    entry = readEntry(blockOf(author, main), url);
  }
  const ld = jsonLd(doc)
    .flatMap((o) => (Array.isArray(o.author) ? o.author : [o.author]) as unknown[])
    .find(
      (x): x is Record<string, unknown> =>
        !!x && typeof x === 'object' && ldTypes(x as Record<string, unknown>).includes('Person'),
    );
  const name = entry?.name || str(ld?.name);
  if (!looksLikePersonName(name)) return;
  const headline = entry?.headline ?? '';
  const link = entry?.link || normalizeLinkedinUrl(str(ld?.url));
  b.addPerson({ name, headline, linkedinUrl: link || undefined, photoUrl: entry?.photo });
  b.addCompany({ name: '', headline });
}

// A logo link's label about its firm's name: "Logo of X", "X logo", "X, page entreprise", "X, company page"
const LOGO_LABEL =
  /^logo\s(?:of\s|de\s|d['’]|von\s)?|\slogo$|,\s(?:page\s(?:entreprise|de\sl['’]entreprise)|company\spage|unternehmensseite)$/i;

// A feed post's members and firms: a link in the text (a mention, "@" or not) is a name and a profile only; any other
// member's block (a commenter's) gives their headline; a firm's link (a mention, a page commenting) its name and page
function post(doc: Document, url: URL, b: ResultBuilder): void {
  const main = mainOf(doc);
  scanMain(b, main);
  for (const a of qsa(main, 'a[href*="/in/"], a[href*="/company/"]')) {
    if (a.closest('aside, nav, header, footer, [role=dialog]')) continue;
    // (2025: a firm's logo link, named by its label only: "Kestrel, page entreprise", "Logo of Kestrel")
    // (or its logo's alt: "View Kestrel's page" labels the link, "Kestrel" its image)
    const n = (
      linesOf(a, srCopy)[0] ?? (attr(qs(a, 'img'), 'alt') || attr(a, 'aria-label')).replace(LOGO_LABEL, '')
    ).replace(/^@/, '');
    const linkedinUrl = normalizeLinkedinUrl(attr(a, 'href'), url);
    const inText = Array.from(a.parentNode!.childNodes).some(
      (t) => t.nodeType === 3 && /\p{L}{2}/u.test(t.textContent!),
    );
    if (!n || !linkedinUrl) continue;
    if (linkedinUrl.includes('/company/')) b.addCompany({ name: n, linkedinUrl });
    else if (inText) {
      // (a firm linked right after the name, "Ravi Menon (@Fernhill Logistics)", "Katrin Albers von Lindenhof", is theirs)
      const f = a.nextElementSibling,
        t = a.nextSibling === f ? '' : a.nextSibling!.textContent!;
      const company =
        f?.matches('a[href*="/company/"]') && /^\s*(?:\(|,|at|from|of|chez|de|d[’']|bei|von|@)?\s*$/i.test(t)
          ? linesOf(f, srCopy)[0]!.replace(/^@/, '')
          : undefined;
      // (or their role and firm in brackets after it: "Ravi Menon (COO, Fernhill Logistics)", read as a headline)
      const headline = company ? undefined : /^\s*\(([^()]+?(?:,\s|\s(?:at|chez|bei)\s)[^()]+)\)/.exec(t)?.[1];
      if (looksLikePersonName(n)) {
        b.addPerson({ name: n, company, headline, linkedinUrl });
        if (headline) b.addCompany({ name: '', headline });
      }
    } else {
      // (a commenter's firm is theirs, no firm of the page's)
      const c = inComment(a),
        e = readEntry(blockOf(a, main), url, c);
      if (e && c) b.addPerson({ name: e.name, headline: e.headline, linkedinUrl: e.link || undefined });
      else addEntry(b, e);
    }
  }
}

// ---- job posts (/jobs/view/): the hiring company (its first named /company/ link), the hiring team, the description's addresses
// a profile's or a job's "About" section, whose firms the background reads (./interpret-linkedin.ts)
function aboutText(root: ParentNode): string {
  const h = qsa(root, 'h2').find((x) => /^(?:about|infos?|à propos|über)/i.test(vis(x)));
  let t = '';
  for (let e = h?.nextElementSibling; e && t.length < 3000; e = e.nextElementSibling) t += vis(e) + '\n';
  return t.slice(0, 3000);
}

function jobPost(doc: Document, url: URL, b: ResultBuilder): void {
  const main = mainOf(doc);
  b.about = aboutText(main);
  const links = qsa(main, 'a[href*="/company/"]').filter((x) => !x.closest('aside, nav, header, footer'));
  // (2025: else a logo link, named by its label only)
  const a = links.find(vis) ?? links.find((x) => attr(x, 'aria-label'));
  const link = normalizeLinkedinUrl(attr(a, 'href'), url);
  const name = vis(a) || attr(a, 'aria-label').replace(LOGO_LABEL, '');
  if (a && link && name) b.addCompany({ name, linkedinUrl: link });
  scanMain(b, main);
  peopleList(main, url, b);
  // the recruiter the description names ("Write to our recruiter Jonas Berg", "votre recruteuse Léa Morvan"), the
  // manager the hire reports to, with the title set between commas ("Rattaché(e) à Paul Roe, Directeur commercial, vous …")
  for (const p of qsa(main, 'p, li')) {
    const m = RECRUITER.exec(vis(p)),
      n = m?.[1]!.trim();
    if (n && looksLikePersonName(n)) b.addPerson({ name: n, title: m![2], company: name || undefined });
  }
}
const RECRUITER =
  /(?:[Rr]ecruiter(?:in)?|[Rr]ecruteu(?:r|se)|[Cc]harg[ée]e? de recrutement|[Aa]nsprechpartner(?:in)?|[Tt]alent [Pp]artner|[Rr]attach[ée]\(?e?\)? à|[Rr]eport(?:ing|s)? (?:directly )?to|[Bb]erichte(?:n|st) (?:direkt )?an) ((?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)* ?){2,3})(?:, (\p{Lu}[\p{L} '’-]{2,50}),)?/u;

// ---- Sales Navigator (/sales/lead/, /sales/search/people): fields marked data-anonymize (name, title, company)
function salesPeople(doc: Document, url: URL, b: ResultBuilder, lead: boolean, firm?: string): void {
  const main = mainOf(doc);
  const f = (r: Element, k: string) => vis(qs(r, k.replace(/[\w-]+/g, '[data-anonymize="$&"]')));
  for (const n of qsa(main, '[data-anonymize="person-name"]')) {
    if (n.closest('aside')) continue;
    // (a search's list item, a lead list's table row)
    const r = lead ? main : (n.closest('li, tr') ?? n.parentElement!);
    const headline = f(r, 'headline'),
      co = firm ?? f(r, 'company-name');
    b.addPerson({
      name: vis(n),
      title: f(r, 'job-title, title') || undefined,
      company: co || undefined,
      headline,
      linkedinUrl: (lead && normalizeLinkedinUrl(attr(qs(main, 'a[href*="/in/"]'), 'href'), url)) || undefined,
    });
    if (!firm) b.addCompany(co ? { name: co } : { name: '', headline });
    if (lead) break;
  }
}

function messaging(doc: Document, url: URL, b: ResultBuilder): void {
  // hashed classes: the open thread is the block around its messages that holds its heading (not the list of
  // conversations beside it, whose items link to other members)
  let around = qs(doc, '[data-event-urn]')?.parentElement;
  while (around && !qs(around, 'h2')) around = around.parentElement;
  const thread =
    first(doc, ['.msg-thread', '.msg-convo-wrapper', '[data-view-name*="message-thread"]']) ??
    around ??
    qs(doc, 'main');
  if (!thread) return;
  const heads = qsa(thread, 'h2').map(vis);
  const one = [vis(qs(thread, '.msg-entity-lockup__entity-title')), ...heads];
  // (hashed classes: the thread's heading is the h2 that names a person, not the list's "Messaging"; a group's
  // names its members, the signed-in one left out: "Ann Roe, Bob Lee")
  const group = one.some(looksLikePersonName)
    ? []
    : (heads
        .map((h) => h.split(/,\s|\s(?:et|and|und)\s/))
        .find((ns) => ns.length > 1 && ns.every(looksLikePersonName)) ?? []);
  for (const n of group) {
    const a = qsa(thread, 'a[href*="/in/"]').find((x) => unView(attr(x, 'aria-label')) === n || nameOfLink(x) === n);
    if (a) member(thread, a, [n], url, b);
  }
  if (!group.length)
    member(
      thread,
      first(thread, ['.msg-thread__link-to-profile', '.msg-title-bar a[href*="/in/"]', 'a[href*="/in/"]']),
      one,
      url,
      b,
    );
  // a member's profile shared in a message (a card: name, headline, location)
  for (const c of qsa(thread, '[role=article]')) addEntry(b, readEntry(c, url));
}

// A member's line of a group conversation's roster: their profile link, then their headline after a dot
const rosterLine = (e: Element) =>
  e.childElementCount === 1 &&
  !!e.firstElementChild!.matches('a[href*="/in/"]') &&
  /^\s*[·•|–]\s*\p{L}/u.test(e.firstElementChild!.nextSibling?.textContent ?? '');

/** A conversation's member (their link, `head`; their name among `names`): their messages' addresses and numbers. */
function member(thread: Element, head: Element | null, names: string[], url: URL, b: ResultBuilder): void {
  const name = [...names, vis(head)].find(looksLikePersonName);
  if (!name) return;
  const link = normalizeLinkedinUrl(attr(head, 'href'), url);
  // the messages (only the correspondent's own are read below, not the signed-in user's) messages (not the signed-in user's)
  let events = qsa(thread, '.msg-s-event-listitem, [data-event-urn]').filter(
    (e) => !e.parentElement?.closest('.msg-s-event-listitem, [data-event-urn]'),
  );
  // hashed classes: the thread's messages are the list items (outside the thread's header, if that is all it found)
  // (not a group's roster under its heading: "<li><a>Name</a> · Head of Operations, Firm</li>")
  if (!events.length) events = qsa(mainOf(thread.ownerDocument), 'li').filter((e) => !qs(e, 'li') && !rosterLine(e));
  // (a profile shared in a message, a line of a message, is not the correspondent's card)
  const inMsg = (x: Element) => events.some((e) => e.contains(x));
  let cardSub = vis(qsa(thread, '.artdeco-entity-lockup__subtitle').find((x) => !inMsg(x)));
  // hashed classes: the profile card is the correspondent's link holding more than the name ("· 1st", headline),
  // else the header block around a link that holds the name only (not a presence line: "Active 2h ago")
  const own =
    link && !cardSub
      ? qsa(thread, 'a[href*="/in/"]').filter((a) => !inMsg(a) && normalizeLinkedinUrl(attr(a, 'href'), url) === link)
      : [];
  // (the header around the heading that holds the link: "<h2><a>Name</a></h2><p>headline</p>")
  for (const el of [...own, ...own.map((a) => a.parentElement!), ...own.map((a) => a.closest('h2')?.parentElement)]) {
    const lines = linesOf(el, srCopy);
    const i = lines.findIndex((l) => l.startsWith(name));
    // (or on the name's line after a dot: a roster's "Name · headline")
    const after = /^\s[·•|–]\s(.+)/.exec(lines[i]?.slice(name.length) ?? '')?.[1];
    cardSub =
      i < 0
        ? ''
        : ([...(after ? [after] : []), ...lines.slice(i + 1, i + 3)].find(
            (l) => /\p{L}{3}/u.test(l) && !BESIDE_NAME.test(l) && !/^(?:active|actif|aktiv|online|en ligne)\b/i.test(l),
          ) ?? '');
    if (cardSub) break;
  }
  // a message without its sender's link follows another of the same sender (messages grouped by sender)
  let last = false;
  const theirs = events.filter((e) => {
    const ls = qsa(e, 'a[href*="/in/"]');
    return ls.length ? (last = !!link && ls.some((a) => normalizeLinkedinUrl(attr(a, 'href'), url) === link)) : last;
  });
  // (the one bearing their name is theirs, another one a colleague's: the background's, ./interpret-linkedin.ts)
  const phoneTexts: string[] = [];
  let email: string | undefined;
  for (const e of theirs) {
    const body = first(e, ['.msg-s-event-listitem__body', '.msg-s-event__content']) ?? e;
    const text = vis(body);
    for (const a of findEmails(text)) {
      const x = b.addEmail(a, 'text');
      email ||= x;
    }
    textPieces(text, phoneTexts);
  }
  const domain = (email && hostOf(email)) || undefined;
  // (no card: their firm is the conversation's capitalised words their address's domain spells, "chez Mistral Bâtiment",
  // umlauts written out or not: "Fördertechnik" of foerdertechnik)
  const fold = (t: string) =>
    t
      .normalize('NFD')
      .replace(/[^\p{L}\d]|\p{M}/gu, '')
      .toLowerCase()
      .replace(/([aou])e/g, '$1');
  const company = cardSub
    ? undefined
    : vis(thread)
        .match(/\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){0,3}/gu)
        ?.find((w) => domain && fold(w) === fold(domain.split('.')[0]!));
  b.addPerson({ name, headline: cardSub, company, email, phoneTexts, linkedinUrl: link || undefined });
  b.addCompany(company ? { name: company, domain } : { name: '', headline: cardSub, domain });
}

// <main> closed early by a stray end tag leaves a company's About section after it: its page is read around
// the side bar, the global header and footer instead
function companyArea(doc: Document, main = mainOf(doc)): [Element, SkipFn] {
  return [
    doc.body ?? main,
    (el) => !el.contains(main) && !main.contains(el) && /^(?:ASIDE|FOOTER|HEADER|NAV|DIALOG)$/.test(el.tagName),
  ];
}

// The main region's addresses (texts, then mailto: links), read ahead in slices by `prepare` on a big page.
const scanMain = (b: ResultBuilder, main: Element, cache?: UnitCache, skip?: SkipFn) => {
  for (const [a, role, name] of readBody(main, 'main', cache, skip && (() => skip)).found) b.addEmail(a, role, name);
};
const readsMain = (k: PageKind) => k === 'linkedin-profile' || k === 'linkedin-company';

// The nav's "Me" menu ("Vous", "Ich"/"Sie", "Yo"), by its words or its aria-label; photos' alts may name their owner
const ME = /^(?:me|moi|vous|ich|sie|yo|io|ik)\b/i;
const PHOTO_OF = /^(?:photo|picture|foto|bild|image)\s(?:of|de|d[’']|von|di|van)\s*|[’']s?\s(?:photo|picture)$/gi;

/**
 * The signed-in member (name key, profile link), never a person of the page: the photo of the nav's "Me" menu
 * (a button or link labelled Me in the page's header or navigation, outside main), the profile link in that
 * menu; the 2016-24 `global-nav__me-photo` class last.
 */
function signedIn(doc: Document, url: URL): [string, string] {
  let name = '',
    link = '';
  for (const el of qsa(
    doc,
    'header button, header a, nav button, nav a, [role=navigation] button, [role=navigation] a',
  )) {
    if (el.closest('main, aside, footer, [role=main]')) continue;
    const img = qs(el, 'img[alt]');
    const href = normalizeLinkedinUrl(attr(el, 'href'), url) ?? '';
    if (/\/in\//.test(href)) link ||= href;
    if (img && (ME.test(vis(el)) || ME.test(attr(el, 'aria-label')) || href.includes('/in/')))
      name ||= attr(img, 'alt').replace(PHOTO_OF, '');
  }
  return [key(name || attr(qs(doc, '.global-nav__me-photo'), 'alt')), link];
}

function detect(doc: Document, url: URL, cache?: UnitCache): Detection {
  const kind = kindOf(url);
  const b = new Raw();
  b.me = signedIn(doc, url);
  const sales = /^\/sales\//.test(url.pathname);
  if (kind === 'linkedin-company') companyPage(doc, url, b, cache);
  else if (sales) salesPeople(doc, url, b, kind === 'linkedin-profile');
  else if (kind === 'linkedin-profile') profile(doc, url, b, cache);
  else if (kind === 'linkedin-search') search(doc, url, b);
  // (My Network: invitations and suggestions, cards of members with their headlines, as a search's; notifications:
  // the members who reacted, commented or mentioned one, each card with its member's headline)
  else if (/^\/(?:mynetwork|notifications)\//.test(url.pathname)) peopleList(mainOf(doc), url, b);
  else if (kind === 'linkedin-messaging') messaging(doc, url, b);
  // articles and feed posts: their author (a post: also the members and firms it names, its commenters)
  else if (/^\/(?:pulse|feed\/update|posts|events)\/[^/]+/.test(url.pathname)) {
    article(doc, url, b);
    if (!url.pathname.startsWith('/pulse')) post(doc, url, b);
  } else if (/^\/jobs\/view\/\d/.test(url.pathname)) jobPost(doc, url, b);
  return {
    url: url.href,
    kind,
    emails: b.emails,
    people: b.people,
    companies: b.companies,
    about: b.about,
    profile: b.profile,
  };
}

export const linkedinDetector: Detector = {
  id: 'linkedin',
  matches: (url) => /(?:^|\.)linkedin\.com$/i.test(url.hostname),
  detect,
  // the main region of a profile or company page, read over several tasks when it is big (issue 10)
  prepare(doc, cache, _from, _count, due) {
    const kind = kindOf(new URL(doc.URL));
    if (!readsMain(kind)) return -1;
    const [el, skip] = kind === 'linkedin-company' ? companyArea(doc) : [mainOf(doc)];
    return readBody(el, 'main', cache, skip && (() => skip), due).step ? 0 : -1;
  },
};
