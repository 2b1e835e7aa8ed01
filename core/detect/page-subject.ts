/**
 * Whose page a web page is when it is not its site's own: a platform's page about one business (a review site's, a
 * marketplace seller's), a forum's thread (its members' posts), an article's fact box about another firm. Read by
 * the company-site detector through the readers (their own on-demand bundle: ./page-readers.ts), pure functions of
 * the document, its URL and its lines.
 */
import { attr, clean, jsonLd, qsa, ldTypes, metaContent, qs, str, textOf, type Line } from './dom';
import { findPhones } from './phones';
import { companyKey } from './result';
import { findLegalNames, alnumKey } from './text';
import { findLegalIds } from './legal-ids';
import { hostOf, sameSiteHosts } from '../text/host';
import type { DetectedCompany } from './types';

const ORG_TYPES =
  /Organization|Corporation|LocalBusiness|Store|Company|Restaurant|Agency|Shop|ProfessionalService|NGO|Hotel|Brand/;

// a platform's page about one business: a review site's, a marketplace's seller's, a directory's listing
// ("/review/hartwellfinch.co.uk", "/vendeurs/quincaillerie-vernet-s4821", "/firma/…")
const SUBJECT_PATH =
  /^(?:reviews?|avis|bewertung(?:en)?|erfahrungen|vendeurs?|sellers?|verk[äa]ufer|merchants?|marchands?|biz)$/i;

const SHOP_PATH = /^(?:shops?|stores?|boutiques?)$/i;
// a platform's firm page whose slug is the firm's domain or its registry number ("/entreprise/brennholz.de",
// "/entreprise/kermadec-512345678"): a site's own "/entreprise/notre-histoire" is none
const FIRM_PATH = /^(?:entreprises?|soci[ée]t[ée]s?|compan(?:y|ies)|firma|firmen|unternehmen)$/i;
const FIRM_SLUG = /\.[a-z]{2,6}$|(?:^|-)\d{9}(?:\d{5})?$/i;
const SELLER =
  /\b(?:sold by|seller information|trader details|vendu par|informations? (?:sur le|du) vendeur|verkauft von|verkäuferinformationen)\b/i;

const FORUM_TYPES = /^(?:DiscussionForumPosting|QAPage|SocialMediaPosting)$/;
const FORUM_APPS = /\b(?:discourse|phpbb|vbulletin|xenforo|flarum|nodebb|mybb|invision)\b/i;
// a thread's address under a forum without its software's mark ("/forum/t/choix-logiciel/88", "/forums/topic/412-…",
// "/foren/thema/…", "/community/viewtopic.php")
const FORUM_PATH =
  /\/(?:forums?|foren|forum-[\w-]+|community|communaute|board)\/(?:[\w-]+\/)*?(?:t|topic|topics|thread|threads|sujet|sujets|thema|themen|discussion|viewtopic\.php|showthread\.php)(?:\/|$|\?)/i;
// a platform's member profile ("/users/5e8d…", "/u/nanou38", "/membres/…")
const MEMBER_PATH =
  /^(?:https?:\/\/[^/]+)?\/(?:users?|u|members?|membres?|mitglieder?|benutzer|profiles?|reviewers?)\//i;

/** The host's label ("hartwellfinch" of www.hartwellfinch.co.uk) spells the name: a word of it or all of it. */
export function spellsHost(name: string, host: string): boolean {
  const label = alnumKey(host.replace(/^www\./, '').split('.')[0] ?? '');
  const words = name
    .toLowerCase()
    .normalize('NFD')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4);
  return label.length >= 4 && (alnumKey(name).includes(label) || words.some((w) => label.includes(w)));
}

/**
 * The business a platform's page is about, not the platform: a schema.org organisation other than the site's
 * (its own web address elsewhere, or rated on the page) named by the page's heading, or a heading that the
 * address's slug after "/review/", "/vendeurs/"… spells. The site's brand must name another firm.
 */
export function pageSubject(
  doc: Document,
  url: URL,
  site: string,
  brand: string,
): { name: string; host: string; ld?: Record<string, unknown> } | undefined {
  const h1 = qs(doc, 'h1');
  if (!h1 || h1.closest('header, nav, footer') || !brand) return undefined;
  // (the heading's own words, without a badge inside it: "Hartwell & Finch Removals <span>Claimed profile</span>")
  const own = clean(
    [...h1.childNodes]
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent)
      .join(' '),
  );
  const head = own.length >= 3 ? own : textOf(h1);
  const other = (n: string) =>
    !!n &&
    n.length <= 80 &&
    alnumKey(n) !== alnumKey(brand) &&
    !spellsHost(n, site) &&
    !alnumKey(n).includes(alnumKey(brand));
  // (a listing's address card in microdata: "<div itemscope itemtype=…/Restaurant>" with its name and its own site)
  const cards = qsa(doc, '[itemscope][itemtype]').map((el) => {
    const prop = (p: string) => qs(el, `[itemprop=${p}]`);
    const n = prop('name');
    return {
      '@type': attr(el, 'itemtype').split('/').pop() ?? '',
      name: n ? attr(n, 'content') || textOf(n) : '',
      url: attr(prop('url'), 'href'),
    } as Record<string, unknown>;
  });
  // (a job board's offer, its JobPosting's hiring firm, is read before: ./company-site.ts ldHiringFirm)
  for (const o of [...jsonLd(doc), ...cards]) {
    if (!ldTypes(o).some((t) => ORG_TYPES.test(t))) continue;
    const name = str(o.name);
    const host = hostOf(str(o.url)) ?? '';
    const elsewhere = !!host && !sameSiteHosts(host, site);
    if (
      other(name) &&
      alnumKey(head).startsWith(alnumKey(name)) &&
      (elsewhere || !!o.aggregateRating || !!o.review) &&
      (!host || elsewhere)
    )
      return { name, host, ld: o };
  }
  const segs = url.pathname.split('/').filter(Boolean);
  // (a marketplace's "/shop/…" is a seller's when the page labels its seller: "Sold by", "Vendu par", "Verkäufer")
  const i = segs.findIndex(
    (x, j) =>
      SUBJECT_PATH.test(x) ||
      (FIRM_PATH.test(x) && FIRM_SLUG.test(segs[j + 1] ?? '')) ||
      (SHOP_PATH.test(x) && SELLER.test(textOf(doc.body))),
  );
  const slug = i >= 0 ? (segs[i + 1] ?? '') : '';
  if (slug && other(head) && head.split(/\s+/).length <= 8 && spellsHost(head, alnumKey(slug) + '.x'))
    return { name: head, host: /\.[a-z]{2,}$/i.test(slug) ? slug.replace(/^www\./, '') : '' };
  return undefined;
}

/** A forum's thread or a Q&A page: its schema.org type or the forum software that made it. */
export function isForum(doc: Document, url?: URL): boolean {
  return (
    jsonLd(doc).some((o) => ldTypes(o).some((t) => FORUM_TYPES.test(t))) ||
    FORUM_APPS.test(metaContent(doc, 'generator')) ||
    FORUM_PATH.test(url?.pathname ?? '')
  );
}

/** A link to a platform's member profile. */
export const memberLink = (href: string): boolean => MEMBER_PATH.test(href);

/**
 * An article's fact box about another firm ("En bref / Verrerie Marchetti SARL, Biot / Site : www.… / Tél. : …",
 * "Kontakt / Brenntal Fördertechnik GmbH / Im Brenntal 14 … / Tel. … / www.…"): the firm's name with its legal form
 * on a line of its own, then its web address or mailbox (which spells it) and its number on the lines below.
 * Not the site's own firm (`domain`, `own`).
 */
export function factBoxes(blines: readonly Line[], domain: string, own: string): DetectedCompany[] {
  const out: DetectedCompany[] = [];
  for (let i = 0; i < blines.length && out.length < 20; i++) {
    // ("About Acme GmbH", "Über die Acme AG": a release's boilerplate heading, the firm after it)
    const l = blines[i]!.text.replace(/^(?:about |à propos (?:de |d['’]\s?)|über (?:die |den |das )?)(?=\p{Lu})/iu, '');
    const legal = l.length <= 90 ? findLegalNames(l, 1)[0] : undefined;
    if (!legal || !l.startsWith(legal) || !/^(?:$|,\s\p{Lu})/u.test(l.slice(legal.length))) continue;
    let host = '';
    const tel: string[] = [];
    for (const x of blines.slice(i + 1, i + 7).map((y) => y.text)) {
      if (x.length > 120 || (findLegalNames(x, 1)[0] && x.startsWith(findLegalNames(x, 1)[0]!))) break;
      for (const h of x.match(/(?<=www\.|@|https?:\/\/)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi) ?? [])
        if (!host && spellsHost(legal, h)) host = h.toLowerCase().replace(/^www\./, '');
      if (/^(?:t[ée]l(?:[ée]phone|efon)?|tel|phone|fon)\b[^:\d]{0,20}[:.]?\s*\+?[\d\s()./-]{8,}$/i.test(x))
        findPhones(x, tel);
    }
    if (!host || host === domain || host.endsWith('.' + domain) || companyKey(legal) === companyKey(own)) continue;
    out.push(tel.length ? { name: legal, domain: host, phones: tel } : { name: legal, domain: host });
  }
  return out;
}

/** A member's firm by its legal line in a forum's post ("Factorino SAS – SIREN 661 016 121 – www.factorino.fr"). */
export function postFirms(lines: Iterable<string>): DetectedCompany[] {
  const out: DetectedCompany[] = [];
  for (const l of lines) {
    const name = l.length < 200 && /\b(?:SIRE[NT]|RCS|TVA|VAT|USt)/i.test(l) ? findLegalNames(l, 1)[0] : undefined;
    const ids = name ? findLegalIds(l) : {};
    if (!name || !(ids.siren || ids.vat)) continue;
    const domain = (l.match(/(?<=www\.|@)[\w-]+\.[\w.-]*[a-z]/g) ?? []).find((h) => spellsHost(name, h));
    out.push({ name, domain, siren: ids.siren, siret: ids.siret, vat: ids.vat });
  }
  return out;
}

// a firm's line under a card's title: a legal form, a joining '&' or a firm's word
const CARD_FIRM =
  /^\p{Lu}.*(?:\s&\s|\b(?:SAS|SARL|GmbH|AG|Ltd|LLP|Inc|plc)$)|^(?:Cabinet|Groupe|Group|Agence|Atelier|Studio|Kanzlei|Büro|Étude|Maison|Bureau)\s\p{Lu}/u;
/** A card's line under its title that names a firm. */
export const cardFirm = (s: string): boolean => CARD_FIRM.test(s);

/** The business's own site: its schema.org address, else a link or a mailbox off the platform that spells its name. */
export function subjectSite(
  body: Element,
  subject: { name: string; host: string },
  site: string,
  emails: string[],
): string {
  if (subject.host) return subject.host;
  const hosts = [
    ...qsa(body, 'a[href^="http" i]')
      .slice(0, 300)
      .map((a) => hostOf(attr(a, 'href')) ?? ''),
    ...emails.map((e) => hostOf(e) ?? ''),
  ];
  return hosts.find((h) => h && h !== site && !h.endsWith('.' + site) && spellsHost(subject.name, h)) ?? '';
}

// a platform's section of reviews ("Reviews", "Avis (212)", "Bewertungen", "Erfahrungen")
const REVIEWS =
  /^(?:(?:customer |guest )?reviews?|avis(?: clients?)?|bewertungen|erfahrungen|kundenstimmen|rezensionen)\b/i;

/**
 * What a platform's page about one business holds of the platform's own (for `pageSubject`'s pages): its sections'
 * headings ("Meet the makers", "You may also like"), no firm; its reviewers (names only in its reviews section)
 * and the other businesses it links to in the same part of the site ("/shop/…" beside "/shop/…"), no people.
 */
export function platformParts(body: Element, url: URL): { headings: string[]; others: string[] } {
  const heads = qsa(body, 'h2, h3, h4').slice(0, 60);
  const all = textOf(body);
  const reviews = heads
    .filter((h) => REVIEWS.test(textOf(h)))
    .map((h) => textOf(h.parentElement!))
    .join(' ');
  const count = (s: string, n: string) => s.split(n).length - 1;
  const seg = url.pathname.split('/')[1] ?? '';
  const others = qsa(body, 'a[href]')
    .slice(0, 300)
    .filter((a) => {
      const h = attr(a, 'href');
      const p = /^https?:/i.test(h) ? '' : h.split(/[?#]/)[0]!;
      return seg && p.startsWith('/' + seg + '/') && p !== url.pathname;
    })
    .map((a) => textOf(a));
  // (a name in the reviews only: "Réponse de Damien Roussel" under a review, the chef named above too, is not one)
  const reviewers = [...reviews.matchAll(/\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}/gu)]
    .map((m) => m[0])
    .filter((n) => count(all, n) === count(reviews, n));
  return { headings: heads.map((h) => textOf(h)), others: [...others, ...reviewers] };
}
