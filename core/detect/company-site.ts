/**
 * Any other web page (company sites: home, contact, team, legal notice / Impressum, shop pages).
 * The fallback detector of the registry, run on demand only.
 *
 * Fixtures note: written against WordPress/Yoast pages (JSON-LD @graph, og:site_name, Contact Form 7),
 * marketing sites with Organization JSON-LD (legalName, alternateName, sameAs) and team cards,
 * French "mentions légales" footers (SIREN/SIRET/TVA, RCS), UK footers (company no., VAT reg. no.),
 * German Impressum pages (HRB, USt-IdNr., Inhaberin), Jimdo and Bootstrap shop pages with
 * mailto-only buttons. Signals: JSON-LD, og:, mailto:/tel:, legal mentions; no site's class names.
 */
import type { DetectedCompany, DetectedPerson, Detection, Detector } from './types';
import { absUrl, attr, clean, jsonLd, ldTypes, list, metaContent, qs, qsa, str, textOf } from './dom';
import { fold as spell, spellsDomain, spellsMailbox } from './spelling';
import { DEPARTMENT_ALONE } from './people-words';
import { findEmails, findPlainEmails, mailtoAddress, normalizeAddress } from './emails';
import { findLegalIds, normalizeVat } from './legal-ids';
import { findPhones, PHONE_LABEL, samePhone, telNumber } from './phones';
import { ResultBuilder, companyKey } from './result';
import { isFreemailDomain, isHostPlatform } from './freemail';
import { hostOf, sameSiteHosts } from '../text/host';
import { isSkipped } from './scan';
import { decodeCfEmail, scanPageEmailsSteps, skipCode } from './page-emails';
import { blockLinesSteps, done, type Line, type Steps } from './dom';
import type { Found } from './page-structures';
import { ldPeople } from './page-ld';
import { listedBusiness, offerFirm } from './listing';
import { quotedPeople, rolePeople, signedQuotes } from './page-prose';
import type { PageReaders } from './page-readers';
import { findLegalNames, LEGAL_FORM_END, looksLikeJobTitle, looksLikePersonName, alnumKey } from './text';
import { normalizeLinkedinUrl } from '../text/linkedin';
import { eventOrganizer, ldHiringFirm, orgFromLd, ORG_TYPES } from './site-ld';
import {
  brandOf,
  eventRunner,
  gridFirms,
  isDocumentation,
  publisherLines,
  REGISTER_HINT,
  subsidiaryBlocks,
} from './site-owners';

const LEGAL_HINT =
  /\b(?:SIREN|SIRET|RCS|TVA|VAT|USt|Umsatzsteuer|Mehrwertsteuer|MWST|UID|BTW|KvK|P\.?\s?IVA|N\.?I\.?F|HRB|HRA|Handelsregister|Amtsgericht|company\s+(?:no|number)|registered\s+in|capital\s+(?:social\s+)?de|au capital|Inhaber(?:in)?|Geschäftsführer|©|copyright|mentions légales|impressum|raison sociale|dénomination sociale|firmierung)/i;
const OWNER_LINE =
  /^(?:inhaber(?:in)?|geschäftsführer(?:in)?|vertreten durch|verantwortlich(?: für den inhalt)?(?: nach [^:]{0,40})?|direct(?:eur|rice) de (?:la )?publication|responsable de (?:la )?publication|gérant(?:e)?|owner|managing director|director)\s*[:：]?\s*(.*)$/i;

const GENERAL_PARTNER =
  /^(?:pers(?:önlich|\.)\s+haftende\s+gesellschafter(?:in)?|komplementär(?:in|-gmbh)?)\s*[:：]?\s*(.*)$/i;

const OFFICE_NAME =
  /(?:^|\s)(?:zentrale|empfang|sekretariat|verwaltung|kundendienst|kundenservice|versand|r[ée]ception|secr[ée]tariat|siège|headquarters|delivery|livraison|shipping|standort|filiale|niederlassung|branch)(?:\s|$)/i;

const NAME_PREFIX =
  /^(?:(?:Dr|Prof|Dipl|Ing|Mag|Mme|Mlle|Mr|Mrs|Ms|Herr|Frau|M\.|Me|Ma[iî]tre)\.?(?:-[A-Za-z]{1,5}\.)?\s){1,4}/;

// ("Brightline PR (US & trade media)": the firm without its remit)
const unparenthesised = (s: string) => s.replace(/\s*\([^)]*\)?\s*$/, '').trim();

// a regulated profession named after a person ("avocat au barreau de …", "solicitor", "Rechtsanwalt")
const PROFESSION =
  /^(?:avocate?|lawyer|solicitor|barrister|attorney|rechtsanw[aä]lt(?:in)?|notaire|notar(?:in)?|expert-comptable|steuerberater(?:in)?)\b/i;
// an event's headcount heading
const ATTENDEES =
  /^(?:going|attending|attendees|participants|teilnehmer(?:innen)?|teilnehmende|inscrits?|inscriptions)\s*\(\d+\)$/i;
const MANAGER =
  /\b(Geschäftsführer(?:in)?|Gérante?|Directeur général|Directrice générale|Managing Director|Président(?:e)?)\s*[:：]\s*([^·,;(|]{3,60})/i;

/** Company key without group words and legal forms: "Nordex Group" ~ "Nordex SE". */
function coreKey(s: string): string {
  return companyKey(s)
    .replace(/\s(?:group|gruppe|groupe|holding|international|se|ag|sa|gmbh)$/u, '')
    .trim();
}

// a platform's word for its pages ("Billetterie", "Tickets", "Events"), never a firm's name
const LANGUAGE_CODE =
  /^(?:EN|FR|DE|ES|IT|NL|PT|PL|CS|SV|DA|FI|NO|NB|EL|TR|RU|UK|ZH|JA|KO|AR|HE|HU|RO|BG|HR|SK|SL|ET|LV|LT|CA|EU|GA|CY|LB)$/;

/** "P&W Antriebstechnik" of "Pichler & Wögerbauer Antriebstechnik GmbH": a brand writing its founders' names as initials. */
export function initialsOf(brand: string, name: string): boolean {
  const b = brand.trim().split(/\s+/);
  const letters = b[0]!.replace(/[&+]/g, '');
  if (!/^\p{Lu}{2,4}$/u.test(letters) || (letters === b[0] && letters.length < 3)) return false;
  const n = name
    .replace(LEGAL_FORM_END, '')
    .trim()
    .split(/\s+/)
    .filter((w) => !/^(?:&|\+|and|und|et)$/i.test(w));
  return (
    n.length === letters.length + b.length - 1 &&
    [...letters].every((c, i) => n[i]!.startsWith(c)) &&
    n.slice(letters.length).join(' ') === b.slice(1).join(' ')
  );
}

// "our partner", "le cabinet", "unseren Partner": another firm named in a sentence ("Cabinet Morel" alone is a name)
const THIRD_PARTY =
  /\b(?:our|the|an?|notre|nos|l[ae]s?|une?|unser\w*|d(?:ie|e[rn])|einen?)\s(?:partner|partenaire|cabinet|agen[cy]|supplier|fournisseur|install|distribut|revendeur|reseller|händler|lieferant)/i;
const PRESS =
  /\b(?:press[ -]release|communiqué de presse|pressemitteilung|pressemeldung|news[ -]releases?|business wire|marketwired|accesswire|newswire|iwr-pressedienst|herausgeber)\b/i;
// any wire's dateline: "Nov. 5, 2024 (GLOBE NEWSWIRE) -- X, …", "VALENCE, 3 mars 2026 /FilÉco/ -- X SAS, …",
// "KASSEL, 12. Februar 2026 (PresseNord) – Die X GmbH übernimmt"
const DATELINE =
  /\d{4}\s*[(/][^()/]{2,30}[)/]\s*[-–—]+\s*(?:(?:[Dd]ie|[Dd]er|[Ll]es?|[Ll]a)\s|[Ll]['’])?(\p{Lu}[^,(]{1,50}?)(?=,|\s\(|\s\p{Ll})/u;
// a release's own dateline, no wire named: "Nantes, le 3 mars 2026 — X, …", "LONDON, 3 March 2026 – X …",
// "Kassel, 12. Februar 2026 – Die X GmbH …", "AUSTIN, Texas, March 3, 2026 — X …"
const DATELINE_OWN =
  /^\p{Lu}[\p{L}' .-]{1,40}(?:,\s\p{Lu}[\p{L}.]+)?,\s+(?:(?:le|den)\s+)?(?:\d{1,2}(?:er)?\.?\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2},)\s+\d{4}\s*[-–—]+\s*(?:(?:[Dd]ie|[Dd]er|[Ll]es?|[Ll]a)\s|[Ll]['’])?(\p{Lu}[^,(]{1,50}?)(?=,|\s\(|\s\p{Ll})/u;
const ABOUT = /^(?:about|à propos (?:de|d['’])|über(?: die| den| das)?|a propos de)\s+(.{2,60}?)[:.]?$/i;
const WARNING =
  /\b(?:fraud|fraudulent|scam|phishing|fake|impersonat\w*|never|betrug\w*|gefälscht\w*|niemals|arnaque|frauduleu\w*|jamais|usurp\w*|faux)\b/i;
const UNANSWERED =
  /\b(?:do not reply|don['’]t reply|(?:not|un)monitored|ne (?:pas )?r[ée]pond|non surveill|nicht (?:antworten|überwacht|beantwortet))/i;
// a firm's desk in a contact block (the readers' DEPT_LINE, short: that list ships in the readers' bundle)
const IN_HOUSE =
  /^(?:[^,]{2,40},\s)?(?:(?:corporate|internal|group|media|press|customer|public|investor)\s(?:communications?|relations|affairs)|communications?|human resources|press office|service (?:client|presse|communication|commercial)|relations? (?:presse|médias)|direction de la communication|(?:presse|medien)-?\s?und\sÖffentlichkeitsarbeit|öffentlichkeitsarbeit|unternehmenskommunikation|pressestelle)$/iu;
const CALL_US =
  /\b(?:call us|phone us|ring us|give us a call|reach us by phone|appelez[- ]nous|téléphonez[- ]nous|joignez[- ]nous|rufen Sie uns(?: an)?|erreichen Sie uns telefonisch|anrufen|(?:service client|customer service|kundenservice)\b[^.]{0,40}\b(?:joignable|reachable|erreichbar))\b/i;
const GENERAL_ENQUIRIES = /^(?:general (?:enquiries|inquiries)|renseignements|allgemeine anfragen)\s*[:：]/i;

const GENERAL_BOX =
  /^(?:contact|hello|hi|bonjour|info|infos|accueil|office|kontakt|post|mail|enquiries|inquiries|groupe|group|team|equipe|welcome|bienvenue|secr[ée]tariat|sekretariat|secretary|r[ée]servations?|bookings?|buchung(?:en)?|gouvernance|governance|administration|admin|direction|reception|rezeption)@/i;

// Job boards and hosted career pages: the page is the hiring firm's, the host is never a company of it
const JOB_BOARD =
  /(?:^|\.)(?:personio\.(?:de|com)|welcometothejungle\.com|join\.com|softgarden\.(?:io|de)|lever\.co|greenhouse\.io|workable\.com|recruitee\.com|smartrecruiters\.com|ashbyhq\.com|teamtailor\.com|bamboohr\.com|jobvite\.com|breezy\.hr|myworkdayjobs\.com|stepstone\.(?:de|fr|at|be)|hellowork\.com|jobteaser\.com|karriere\.at|dvinci-easy\.com|onlyfy\.jobs|kenjo\.io|flatchr\.io|taleez\.com|jobaffinity\.fr|jobs\.ch)$/i;
// the firm's switchboard, before any other number of the page ("Standard :", "Zentrale:", "Main line:")
const SWITCHBOARD =
  /(?:^|[\s·|,;(])(?:standard(?: t[ée]l[ée]phonique)?|zentrale|telefonzentrale|main (?:line|number|office)|general (?:line|number)|switchboard|general enquiries|service clients?|service client[eè]le|customer service|kundenservice)\s*[:.]?\s*(?=[+(\d])/i;
const SOCIAL =
  /(?:^|\.)(?:facebook|instagram|twitter|x|youtube|tiktok|xing|linkedin|kununu|glassdoor|pinterest|github|apple|google|vimeo)\.[a-z]+$/;

/** The hiring firm of a job board's page: its name (by the board's slug of it) and its own domain. */
function boardFirm(doc: Document, url: URL, brand: string): { name: string; hosts: string[] } {
  const labels = url.hostname.toLowerCase().split('.');
  const sub =
    labels.length > 2 && !/^(?:www|jobs?|apply|boards?|careers?|app|de|en|fr)$/.test(labels[0]!) ? labels[0]! : '';
  const segs = url.pathname.split('/').filter(Boolean);
  const ci = segs.findIndex((x) => /^(?:companies|company|unternehmen|entreprises?)$/i.test(x));
  const rawSlug =
    sub || (ci >= 0 ? (segs[ci + 1] ?? '') : /^[a-z]{2}$/.test(segs[0] ?? '') ? (segs[1] ?? '') : (segs[0] ?? ''));
  const slug = alnumKey(rawSlug);
  const boardKey = alnumKey(JOB_BOARD.exec(url.hostname)![0].replace(/^\./, '').split('.')[0]!);
  const ok = (n: string) => !!n && n.length <= 60 && !alnumKey(n).includes(boardKey) && !isHostPlatform(n);
  const like = (n: string) =>
    slug.length >= 3 && (alnumKey(n).startsWith(slug.slice(0, 5)) || slug.startsWith(alnumKey(n).slice(0, 5)));
  const cands = [
    brand,
    ...doc.title.split(/\s[|–—:-]\s|\s·\s/),
    ...qsa(doc, 'h1 a, h2 a, h3 a, header a, img[alt]').map((e) =>
      e.tagName === 'IMG' ? attr(e, 'alt').replace(/\s*logo\s*$/i, '') : textOf(e),
    ),
  ]
    .map((x) =>
      clean(x)
        .split(/\s[|–—·]\s|\s-\s/)[0]!
        .trim(),
    )
    .filter(ok);
  const name =
    cands.find(like) ||
    (ok(brand) ? brand : '') ||
    rawSlug.replace(/[-_]+/g, ' ').replace(/(?:^|\s)\S/g, (c) => c.toUpperCase());
  // its own site: the links and the written web addresses that leave the board
  const hosts: string[] = [];
  for (const a of qsa(doc, 'a[href^="http"]')) {
    const h = hostOf(attr(a, 'href')) ?? '';
    if (h && !JOB_BOARD.test(h) && !SOCIAL.test(h) && !isHostPlatform(h) && !hosts.includes(h)) hosts.push(h);
  }
  for (const m of (doc.body?.textContent ?? '').slice(0, 50_000).matchAll(/\bwww\.([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi))
    if (!JOB_BOARD.test(m[1]!) && !hosts.includes(m[1]!.toLowerCase())) hosts.push(m[1]!.toLowerCase());
  return { name, hosts };
}

/** Press releases: the issuing company ("About Segment", "Herausgeber: Nordex SE", dateline). */
function issuerOf(blines: Line[], label: string): string {
  const lines = blines.map((l) => l.text);
  for (const l of lines) {
    const h = /^(?:herausgeber|émetteur|issuer|source)\s*[:：]\s*(.{2,80})$/i.exec(l);
    if (h) return h[1]!.trim();
  }
  // "About Corvantis Therapeutics" before "About CRV-214" (a product's code): the one the site's domain names
  // (not a menu's or a footer's "About PR Newswire": the site's own page, on a wire's site)
  const abouts = blines
    .map((l) => (l.el.closest('a, nav, footer') ? '' : (ABOUT.exec(l.text)?.[1]?.trim() ?? '')))
    .filter((a) => /^\p{Lu}/u.test(a) && a.split(/\s+/).length <= 5 && !/\d/.test(a));
  const about = abouts.find((a) => label.length >= 4 && alnumKey(a).includes(label.slice(0, 6))) ?? abouts[0];
  if (about) return about;
  for (const l of lines.slice(0, 200)) {
    const w = DATELINE.exec(l) ?? DATELINE_OWN.exec(l);
    if (w) return spelledOut(l.slice(w.index + w[0].length - w[1]!.length)) || w[1]!;
  }
  return '';
}

/** The initials of a body's name, its particles left out: "Union Sportive Cheminote de Périgueux" → "USCP". */
export function acronymOf(name: string): string {
  return name
    .split(/[\s'’]+/)
    .filter(
      (w) =>
        w && !/^(?:de|du|des|d|la|le|les|l|et|en|à|au|aux|of|the|and|for|für|der|die|das|und|von|zur|zum)$/i.test(w),
    )
    .map((w) => w[0]!)
    .join('')
    .toUpperCase();
}

/**
 * "Le Syndicat national des personnels de l'action sociale (SNPAS) appelle …": a body's name in lower-case words
 * up to its acronym in brackets, whole (the acronym's letters among its words' first letters, in order).
 */
export function spelledOut(text: string): string {
  const m = /^(\p{Lu}[^,;:()\d]{1,90}?)\s\((\p{Lu}[\p{Lu}\d&-]{1,9})\)/u.exec(text);
  if (!m) return '';
  const initials = m[1]!
    .split(/[\s'’-]+/)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
  let i = 0;
  for (const c of m[2]!.replace(/[^\p{Lu}]/gu, '')) if (!(i = initials.indexOf(c, i) + 1)) return '';
  return m[1]!.split(/\s+/).length >= 3 && initials.startsWith(m[2]![0]!) ? m[1]!.trim() : '';
}

let readers: PageReaders | undefined;

/** The people readers (their own bundle in the extension: see ./page-readers.ts). */
export function usePageReaders(r: PageReaders): void {
  readers = r;
}

/**
 * The detection in steps (issue 10: no task over 50 ms on a hostile page): the on-demand script runs
 * them over several tasks, `detect` at once. Each `yield` ends a step; the page walks yield inside.
 */
export function* companySiteSteps(doc: Document, url: URL): Steps<Detection> {
  const b = new ResultBuilder(url.href, 'company-site');
  const body = doc.body ?? doc.documentElement;
  const domain = hostOf(url.hostname) ?? url.hostname;
  if (isDocumentation(doc, url)) {
    b.kind = 'other';
    // the site's own addresses outside its samples (devrel@…) are contacts; example.com ones are not
    for (const a of qsa(body, 'a[href^="mailto:" i]')) {
      const e = mailtoAddress(attr(a, 'href'));
      const d = hostOf(e) ?? '';
      const site = domain.split('.').slice(-2).join('.');
      if (e && !a.closest('pre, code') && (d === site || d.endsWith('.' + site))) b.addEmail(e, 'mailto');
    }
    return b.build();
  }
  const org = orgFromLd(doc, domain);
  // "Acme Blog", "Acme Newsroom", "Acme Docs": the firm’s sub-site
  let brand = brandOf(doc, org, domain).replace(/\s(?:blog|newsroom|docs|documentation)$/i, '');
  let firm = JOB_BOARD.test(url.hostname)
    ? boardFirm(doc, url, brand)
    : (ldHiringFirm(doc, domain, brand) ?? offerFirm(doc, domain, brand));
  // (a job board's offer is no firm's site; an applicant tracker's, jobs.lever.co/<firm>, is its firm's own offer)
  if (firm && !JOB_BOARD.test(url.hostname)) b.kind = 'other';
  // a directory's or a review site's listing: the listed business is the firm, the platform none
  const listing = firm ? undefined : listedBusiness(doc, domain);
  const listedOn = listing ? brand : '';
  if (listing) firm = listing;
  if (firm) brand = firm.name;

  const blines = yield* blockLinesSteps(body, skipCode);
  for (const l of blines) {
    // an address split over inline elements ("n.ferhat · @ · example.fr") and Cloudflare's placeholder
    // ("[email protected]") read as the address they show
    const cf = l.text.includes('protected]') ? qsa(l.el, '[data-cfemail]') : [];
    const t = l.text.replace(/(\S) · @ · (\S)/g, '$1@$2');
    if (t !== l.text) for (const a of findEmails((l.text = t))) b.addEmail(a, 'text');
    l.text = t.replace(
      /\[email\sprotected\]/,
      (x) => (cf.length === 1 && decodeCfEmail(attr(cf[0]!, 'data-cfemail'))) || x,
    );
  }
  const lines = blines.map((l) => l.text);
  // a town's site named by the town alone ("Montrevel-sur-Ain") that names its council whole: "Mairie de Montrevel-sur-Ain",
  // "Gemeinde Aldingen", "Ashcombe Town Council"
  const town = brand.length >= 3 && brand.length <= 40 ? brand.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '';
  const civic = town
    ? new RegExp(
        `^(?:(?:mairie|commune|ville|gemeinde|stadt|marktgemeinde|stadtverwaltung|city|town|village|borough)\\s+(?:de\\s+|d['’]\\s?|du\\s+|of\\s+)?${town}|${town}\\s+(?:town|city|parish|borough|district|county)\\s+council)$`,
        'i',
      )
    : null;
  const council = civic && lines.find((l) => l.length <= 80 && civic.test(l));
  if (council) brand = council;
  // a site named by its acronym ("USCP Rugby", "SNPAS") whose footer spells the acronym out: "Union Sportive Cheminote
  // de Périgueux – association loi 1901"
  const acr = /^(\p{Lu}{3,6})(?:\s|$)/u.exec(brand)?.[1];
  const spelled =
    acr &&
    blines
      .filter((l) => l.el.closest('footer, [role=contentinfo]'))
      .map((l) => l.text.split(/\s[–—|-]\s|,\s/)[0]!.trim())
      .find((t) => t.length <= 80 && t.split(/\s+/).length >= 3 && acronymOf(t) === acr);
  if (spelled) brand = spelled;
  // (an event's own site run by a firm it names: the firm's)
  const runBy = firm ? undefined : eventRunner(lines, brand, readers?.personName);
  if (runBy) brand = runBy.name;
  const press =
    lines.slice(0, 400).some((l) => PRESS.test(l) || DATELINE.test(l) || DATELINE_OWN.test(l)) ||
    PRESS.test(doc.title + url.pathname);
  // the site's own name in its host: "corvantis" of newsroom.corvantis.com, "hollinsbrook" of www.hollinsbrook.co.uk
  const ls = domain.split('.');
  const siteLabel = alnumKey(
    ls[ls.length - (/^(?:co|com|org|net|ac|gov|gouv|asso)$/.test(ls[ls.length - 2] ?? '') ? 3 : 2)] ?? '',
  );
  const issuer = press ? issuerOf(blines, siteLabel) : '';
  // a release on the issuer's own site (newsroom.corvantis.com) is no wire's page
  // (or one the page spells out before the site's own acronym: "Syndicat national … (SNPAS)" on snpas-syndicat.fr)
  const acronym =
    issuer &&
    lines
      .find((l) => l.includes(issuer + ' ('))
      ?.split(issuer + ' (')[1]
      ?.split(')')[0];
  const own =
    siteLabel.length >= 4 &&
    (alnumKey(issuer).includes(siteLabel.slice(0, 6)) ||
      (!!acronym &&
        acronym.length >= 3 &&
        siteLabel.startsWith(alnumKey(acronym)) &&
        spelledOut(issuer + ` (${acronym})`) === issuer));
  // (the site's brand its acronym: the name spelled out)
  if (own && acronym && companyKey(brand) === companyKey(acronym)) brand = issuer;
  // (a wire's page may name itself only in its JSON-LD)
  const host = brand || str(org?.name) || domain;
  // (so is an event's page on a ticketing platform: its organiser's, not the platform's)
  const organizer = press ? undefined : eventOrganizer(doc, domain);
  const hostBrand = (issuer && !own && companyKey(issuer) !== companyKey(host)) || organizer ? host : '';
  if (hostBrand) brand = organizer?.name ?? issuer;
  if (organizer && !organizer.own) b.kind = 'other';
  // (a platform's page about one business: the business, the platform's brand and chrome no part of it)
  const subject = press || organizer || firm ? undefined : readers?.pageSubject(doc, url, domain, brand);
  const platform = subject ? brand : listedOn;
  const chrome = (el: Element) => !!el.closest('header, footer, nav, [role=contentinfo], [role=banner]');
  if (subject) {
    brand = subject.name;
    b.kind = 'other';
  }
  // a forum's thread: its members' posts are theirs, their numbers and firms not the forum's
  const forum = !subject && !organizer && !press && !!readers?.isForum(doc, url);
  if (forum) b.kind = 'other';
  // an event's page counting its attendees ("Going (34)", "Participants (12)", "Teilnehmer (8)"): the event's, no firm's site
  if (
    qsa(body, 'h2, h3, h4')
      .slice(0, 100)
      .some((h) => ATTENDEES.test(textOf(h)))
  )
    b.kind = 'other';
  const posts = new Set(forum ? blines.filter((l) => !chrome(l.el)).map((l) => l.text) : []);

  // legal mentions: footer lines and any line naming an identifier, without the host's block
  const pubLines = publisherLines(
    subject
      ? blines
          .filter((l) => !chrome(l.el) && !alnumKey(l.text.replace(/\S+@\S+/g, '')).includes(alnumKey(platform)))
          .map((l) => l.text)
      : lines,
  );
  // a label alone on its line ("USt-IdNr.:", "SIRET :") has its number on the next one
  // ("Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG" in a <dt>, the number in its <dd>: a statute's digits are no number)
  const bareLabel = (l: string) =>
    LEGAL_HINT.test(l) && l.length < 80 && (/[:：]\s*$/.test(l) || !/\d/.test(l.replace(/§\s*\d+\s?[a-z]?\b/g, '')));
  const subs = subsidiaryBlocks(body, companyKey(brand));
  const subLines = new Set(subs.flatMap((x) => x.lines));
  const legalLines = pubLines
    .filter((l) => !subLines.has(l))
    .map((l, i) =>
      // (and "Raison sociale" / "Brindille Création SARL, exerçant sous le nom commercial …": the firm's legal name)
      bareLabel(l) &&
      (/^[\dA-Z][\d\sA-Z.]{8,24}$/.test(pubLines[i + 1] ?? '') ||
        ((pubLines[i + 1] ?? '').length < 120 && findLegalNames(pubLines[i + 1] ?? '', 1).length))
        ? l + ' ' + pubLines[i + 1]
        : l,
    )
    // a long sentence without a number is prose ("…, so Thomas Brückner, Geschäftsführer der Stadtwerke X GmbH.")
    // (nor a quote: "„…“, ergänzt X, Geschäftsführer der Y GmbH, die seit 2019 …")
    // (a long paragraph with a quote: its sentences that give a register's or a tax number, "… USt-IdNr.: DE 309 …")
    .flatMap((l) =>
      l.length >= 120 && /[„“”«»"]/.test(l)
        ? l.split(/(?<=[.;])\s+(?=\p{Lu})/u).filter((x) => x.length < 120 && REGISTER_HINT.test(x) && /\d{3}/.test(x))
        : [l],
    )
    .filter((l) => LEGAL_HINT.test(l) && (l.length < 120 || (/\d/.test(l) && !/[„“”«»"]/.test(l))))
    .filter((l) => !posts.has(l))
    .slice(0, 40);
  // a line naming the site's own firm gives its ids before a subsidiary's or an agency's line above it
  // ("Groupe Arvel SA, … — SIREN 304177009" under four subsidiaries' "RCS Thiers 519 246 086")
  const brandKey = alnumKey(brand);
  const ownIds =
    brandKey.length >= 4 && !hostBrand
      ? findLegalIds(legalLines.filter((l) => alnumKey(l).startsWith(brandKey)).join(' · '))
      : {};
  // (the colophon's legal line before a listed firm's in the page: a franchise's stores, each its own "SARL X – RCS …")
  const foot = new Set(blines.filter((l) => l.el.closest('footer, [role=contentinfo]')).map((l) => l.text));
  const footIds = findLegalIds(legalLines.filter((l) => foot.has(l)).join(' · '));
  const ids = hostBrand ? ({} as ReturnType<typeof findLegalIds>) : findLegalIds(legalLines.join(' · '));
  if (!hostBrand && !subject && footIds.siren && footIds.siren !== ids.siren) {
    ids.siren = footIds.siren;
    if (ids.siret?.slice(0, 9) !== footIds.siren) ids.siret = footIds.siret;
    if (ids.vat?.slice(4) !== footIds.siren) ids.vat = footIds.vat;
  }
  // (a French VAT number holds the SIREN; another country's none: "CHE123456789MWST")
  const ownSiren = ownIds.siren ?? (ownIds.vat?.startsWith('FR') ? ownIds.vat.slice(4) : undefined);
  if (ownSiren && ownSiren !== ids.siren) {
    ids.siren = ownSiren;
    // (the page's other numbers of another firm go with it)
    if (ids.siret?.slice(0, 9) !== ownSiren) ids.siret = ownIds.siret;
    if (ids.vat?.slice(4) !== ownSiren) ids.vat = ownIds.vat;
  }
  // (a firm in brackets after a person is their employer: "Henning Voßberg (Voßberg Haustechnik GmbH), Inhaber")
  const legalNames = legalLines.flatMap((l) => findLegalNames(l, 3).filter((n) => !l.includes(`(${n})`)));
  const exclude = new Set<string>([
    companyKey(brand),
    ...legalNames.map(companyKey),
    companyKey(str(org?.name)),
    companyKey(str(org?.legalName)),
  ]);
  if (hostBrand) exclude.add(companyKey(hostBrand));
  if (platform) exclude.add(companyKey(platform));
  // (a platform's page about a business: its sections' headings are no firm, its reviewers and the other businesses
  // it links to no people)
  const parts = subject && readers ? readers.platformParts(body, url) : { headings: [], others: [] };
  for (const h of parts.headings) exclude.add(companyKey(h));
  const others = new Set(parts.others);

  // emails: JSON-LD, visible text, mailto links, cfemail, obfuscated
  yield;
  // (at any depth: a publisher's contactPoint, an author)
  const ldEmails = (o: unknown, depth: number): void => {
    if (depth < 5 && o && typeof o === 'object')
      for (const [k, v] of Object.entries(o))
        if (k !== 'email') ldEmails(v, depth + 1);
        else for (const e of list(v)) if (typeof e === 'string') b.addEmail(e.replace(/^mailto:/i, ''), 'mailto');
  };
  ldEmails(jsonLd(doc), 0);
  const cards = readers ? yield* readers.findCards(body, exclude) : [];
  yield;
  const cardEls = cards.map((c) => c.el);
  const people = cards.map((c) => readers!.personFromCard(c, brand, url, b));
  const gridded = gridFirms(cards, people);
  yield;
  yield* scanPageEmailsSteps(b, body, lines);

  // company phones: JSON-LD telephone, tel: links and labelled lines outside person cards
  const phones: string[] = [];
  for (const t of [
    ...list(org?.telephone),
    ...list(org?.contactPoint).map((c) => (c as Record<string, unknown>)?.telephone),
  ])
    if (typeof t === 'string') findPhones(t.startsWith('+') || t.startsWith('0') ? t : '+' + t, phones);
  // a footer's line of the firm's details, its number unlabelled or "T." ("Acme · 27 quai Perrache, 69002 Lyon · 04 72 …"; a
  // legal line with its ids as well: "Acme SARL – 7 allée …, 82000 … – SIREN … – TVA … – Tél. 05 … – cabinet@…")
  // (or, before any other number, a line of the firm's own details anywhere: "Groupe Arvel SA, 12 boulevard …, 63000 …
  // — 04 99 00 11 00" under subsidiaries' "Téléphone" lines)
  const detailsPhones = (own: boolean, out = phones) => {
    for (const l of blines) {
      if (
        l.text.length > 320 ||
        (own
          ? // (or with the site's own mailbox: "Hôtel de ville, place …, 69370 … · 04 … · mairie@<site>")
            !(brandKey.length >= 4 && alnumKey(l.text).startsWith(brandKey)) && !l.text.includes('@' + domain)
          : !l.el.closest('footer, [role=contentinfo]'))
      )
        continue;
      const parts = l.text.split(/\s[·|–—•]\s/);
      if (parts.length < 2 || !parts.some((x) => /\b\d{4,5}\s+\p{Lu}|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b/u.test(x)))
        continue;
      for (const x of parts)
        if (/^(?:(?:t|tel|tél|phone|fon|telefon|téléphone)\.?\s*:?\s*)?\+?[\d\s()./-]{9,22}$/i.test(x.trim()))
          findPhones(x, out);
    }
  };
  // a line led by a person's name and a comma or a dash ("Finn Albers, Key Account …", "Leitung Vertrieb: Sabine Wolters, Telefon …")
  const personLed = (l: string) => {
    // (or a dash: "Jeanne Roy — presse@… — 04 …")
    const m = /(?:^|:\s*)([^:,–—|]{3,40}?)\s?(?:,|\s[–—|])\s/.exec(l);
    return !!m && !!readers?.personName(m[1]!.trim());
  };
  if (!hostBrand && !phones.length) detailsPhones(true);
  for (const l of pubLines) {
    const m = l.length < 160 ? SWITCHBOARD.exec(l) : null;
    if (m) findPhones(l.slice(m.index + m[0].length).split(/\s[·|]\s/)[0]!, phones);
  }
  if (!hostBrand && !phones.length) {
    for (const a of qsa(body, 'a[href^="tel:" i]')) {
      if (cardEls.some((c) => c.contains(a)) || isSkipped(a, body) || (subject && chrome(a))) continue;
      // a staff table's row ("Gregor Muir | Head of … | tel") or a sentence naming a third party
      // ("call our partner Kestrel Freight on …", "appelez le cabinet X au …") gives someone else's number
      const row = a.closest('tr');
      if (row && qsa(row, 'td, th').some((c) => looksLikePersonName(textOf(c)))) continue;
      // (a small box around the number naming a person, "<strong>Uwe Kirchhoff</strong> … tel", is their card)
      let box = a.parentElement;
      while (
        box &&
        textOf(box).length < 250 &&
        !qsa(box, 'strong, b, h3, h4, span').some((x) => readers?.personName(textOf(x)))
      )
        box = box.parentElement;
      if (box && textOf(box).length < 250) continue;
      const block = a.closest('p, li, dd, td, div');
      const sentence = (block?.textContent ?? '')
        .split(a.textContent ?? '')[0]!
        .split(/[.;!?]\s/)
        .pop()!;
      if (THIRD_PARTY.test(sentence)) continue;
      // (nor a person named before it in its sentence: "Leitung Vertrieb Inland: Sabine Wolters, Telefon …")
      if (personLed(sentence)) continue;
      const n = telNumber(attr(a, 'href'));
      if (n) findPhones(/\d/.test(a.textContent ?? '') ? clean(a.textContent ?? '') : n, phones);
    }
    if (!phones.length) {
      // (a person's number: one named on its line or heading the line above, "Finn Albers, Key Account" / "Telefon: …")
      for (const [i, l] of pubLines.entries())
        if (
          l.length < 120 &&
          PHONE_LABEL.test(' ' + l) &&
          !personLed(l) &&
          !(
            i > 0 &&
            personLed(pubLines[i - 1]!) &&
            // (an office's contact, "Ansprechpartner: Name, Niederlassungsleiter", over the office's number)
            !/^(?:ansprechp(?:artner(?:in)?|erson)|contact|interlocut(?:eur|rice))\s*:/i.test(pubLines[i - 1]!) &&
            /,\s*\S/.test(pubLines[i - 1]!) &&
            looksLikeJobTitle(pubLines[i - 1]!) &&
            // (a branch's or a unit's head, "Filialleiterin", over the number: the branch's, the firm's)
            !/\p{L}leiter(?:in)?\b/iu.test(pubLines[i - 1]!)
          ) &&
          // a person's direct line is not the firm's
          !/ligne directe|durchwahl|direct (?:dial|line)|^direct\s*[:：]/i.test(l) &&
          !cards.some((c) => l.includes(c.name)) &&
          !((b) => readers?.personName(b[0]!) && readers.strongTitle(b[1] ?? ''))(l.split(/\s[·|–]\s/))
        )
          findPhones(l, phones);
    }
    // a number alone under the company's postal address (its contact block), unlabelled
    for (let i = 2; !phones.length && i < pubLines.length; i++) {
      const l = pubLines[i]!;
      if (
        /^\+?[\d\s()./-]{9,22}$/.test(l) &&
        // ("44000 Nantes", "5 quai de la Fosse, 44000 Nantes")
        /(?:^|,\s)\d{4,5}\s+\p{Lu}[^,]{1,40}$/u.test(pubLines[i - 1]!) &&
        !cards.some((c) => pubLines.slice(i - 3, i).includes(c.name))
      )
        findPhones(l, phones);
    }
  }

  // "call us on 01225 555 480", "appelez-nous au …", "General enquiries: studio@… or 01225 555 480.",
  // "Notre service client est joignable du mardi au samedi au 04 …"
  if (!hostBrand && !phones.length)
    for (const l of pubLines) {
      if (l.length > 600) continue;
      const m = CALL_US.exec(l) ?? (GENERAL_ENQUIRIES.test(l) ? { index: 0, 0: '' } : null);
      if (!m) continue;
      const sentence = l.slice(m.index).split(/[!?;]\s|\.(?:\s|$)/)[0]!;
      if (findPhones(sentence).length === 1) findPhones(sentence, phones);
    }
  // schema.org microdata: the organisation's own itemprop=telephone (not a person's)
  if (!hostBrand && !phones.length)
    for (const el of qsa(body, '[itemprop="telephone"]').slice(0, 20)) {
      const scope = el.parentElement?.closest('[itemscope]');
      if (!scope || !ORG_TYPES.test(attr(scope, 'itemtype'))) continue;
      findPhones(attr(el, 'content') || textOf(el), phones);
    }
  // a label alone, its number on the next line (an Impressum's <dt>Telefon</dt><dd>+49 …</dd>)
  if (!hostBrand && !phones.length)
    for (let i = 0; i + 1 < pubLines.length; i++)
      if (
        /^(?:t[ée]l(?:[ée]phone)?|tel|telefon|phone|fon)\.?\s*[:：]?$/i.test(pubLines[i]!) &&
        /^\+?[\d\s()./–-]{9,24}$/.test(pubLines[i + 1]!)
      ) {
        findPhones(pubLines[i + 1]!, phones);
        break;
      }
  if (!hostBrand && !subject && !phones.length) detailsPhones(false);
  if (forum) phones.length = 0;
  const ldVat = normalizeVat(str(org?.vatID));
  const ldTax = str(org?.taxID).replace(/\D/g, '');
  let linkedin = '';
  for (const s of list(org?.sameAs))
    if (typeof s === 'string' && /linkedin\.com\/company\//i.test(s)) linkedin = normalizeLinkedinUrl(s) ?? '';
  if (!linkedin && !hostBrand && !subject) {
    // (the site's own page, its slug spelling the site's name, before a listed firm's in a card: an incubator's portfolio)
    const pages = qsa(body, 'a[href*="linkedin.com/company/"]').filter((x) => !cardEls.some((c) => c.contains(x)));
    const slug = (x: Element) => alnumKey(/\/company\/([^/?#]+)/i.exec(attr(x, 'href'))?.[1] ?? '');
    const own = (x: Element) =>
      siteLabel.length >= 4 && (slug(x).includes(siteLabel.slice(0, 6)) || siteLabel.includes(slug(x).slice(0, 6)));
    const a = pages.find(own) ?? pages.find((x) => !x.closest('article'));
    if (a) linkedin = normalizeLinkedinUrl(attr(a, 'href'), url) ?? '';
  }
  const name = brand || str(org?.name) || legalNames[0] || domain;
  const siren =
    ids.siren || (/^\d{9}$/.test(ldTax) ? ldTax : undefined) || (ldVat.startsWith('FR') ? ldVat.slice(4) : undefined);
  // (a site that names itself in its banner's link home and in its title's last part: "Le Journal des Potiers")
  const homeNamed = () =>
    !!brand &&
    companyKey(doc.title.split(/\s[|–—-]\s/).at(-1) ?? '') === companyKey(brand) &&
    qsa(body, 'header a[href], a[rel=home]')
      .slice(0, 10)
      .some((a) => /^(?:\/|https?:\/\/[^/]+\/?)$/.test(attr(a, 'href')) && companyKey(textOf(a)) === companyKey(brand));
  const hasSignal = !!(
    org ||
    metaContent(doc, 'og:site_name') ||
    legalLines.length ||
    b.emails.length ||
    phones.length ||
    issuer ||
    homeNamed()
  );
  // a release's issuer: the domain of its boilerplate's web address or of an address on the page that names it
  // (by its first letters: not the wire's, a PR agency's nor another issuer's)
  const issuerDomain = organizer
    ? organizer.host
    : hostBrand
      ? lines
          .join(' ')
          .match(/(?<=www\.|@)[\w-]+\.[\w.]*[a-z]/g)
          ?.find((d) => companyKey(issuer).startsWith(d.slice(0, 2)))
      : '';
  // a job board's firm: the web address or the mailbox that names it, never the board's host
  let firmDomain = domain;
  if (firm) {
    const key = alnumKey(name).slice(0, 4);
    const own = [...firm.hosts, ...b.emails.map((e) => hostOf(e.address) ?? '')].filter(
      (h) => h && !JOB_BOARD.test(h) && !isFreemailDomain(h) && h !== domain,
    );
    firmDomain =
      own.find((h) => h.split('.').some((x) => key.length >= 4 && alnumKey(x).startsWith(key))) ??
      (new Set(b.emails.map((e) => hostOf(e.address))).size === 1
        ? own.find((h) => b.emails.some((e) => e.address.endsWith('@' + h)))
        : undefined) ??
      '';
  }
  // the business's own site: its schema.org address, else a link or a mailbox off the platform that spells its name
  const subjectHost =
    subject && readers
      ? readers.subjectSite(
          body,
          subject,
          domain,
          b.emails.map((e) => e.address),
        )
      : '';
  if (subject) {
    firmDomain = subjectHost;
    b.emails = b.emails.filter((e) => !(hostOf(e.address) ?? '').split('.').map(alnumKey).includes(siteLabel));
  }
  if (name && hasSignal && !isHostPlatform(domain)) {
    b.addCompany(
      hostBrand
        ? { name, domain: issuerDomain || undefined }
        : {
            name,
            domain: firm || subject ? firmDomain || undefined : runBy?.host || domain,
            website:
              firm || subject
                ? firmDomain
                  ? `https://${firmDomain}/`
                  : undefined
                : runBy?.host
                  ? `https://${runBy.host}/`
                  : absUrl('/', url) || undefined,
            linkedinUrl: linkedin || undefined,
            vat: ids.vat || ldVat || undefined,
            siren,
            siret: ids.siret,
            phones,
          },
    );
  }

  // people of structured parts, then of running text, then name cards
  const found: Found = { people: [], companies: [] };
  const r = readers;
  let typedPeople = 0;
  yield;
  let tables = new Set<Element>();
  if (r) {
    // JSON-LD people read in this bundle (room left here), names by the readers' rules
    ldPeople(doc, found, r.personName);
    r.microdataPeople(body, found, name, r.personName);
    typedPeople = found.people.length;
    // a programme's speakers and moderators with their own firms, before the lists' readers see their lines
    found.people.push(...r.talkPeople(blines), ...r.memberPeople(blines), ...r.dlPeople(body), ...r.listPeople(body));
    yield;
    tables = r.readTables(body, found, skipCode);
    yield;
  }
  const entryParents = r ? yield* r.readEntriesSteps(body, found, skipCode) : new Set<Element>();
  yield;
  // a table read by its header row is read: its cells ("Technische Leitung" under "Funktion") are no loose lines
  // (so is a list of entries read as such: "Apprentice Plumber" above a card's phone is its title, not a person)
  const inEntries = (el: Element | null): boolean => {
    for (let e = el; e; e = e.parentElement) if (entryParents.has(e)) return true;
    return false;
  };
  // firms of lists of firms no reader above took (exhibitors, partners, members, dealers: page-orgs.ts)
  const taken = (el: Element) =>
    inEntries(el) || [...entryParents, ...tables].some((p) => el.contains(p) || p.contains(el));
  if (r) for (const p of yield* r.readOrgsSteps(body, found, url.href, skipCode, taken)) entryParents.add(p);
  const blockPeople = r
    ? r.contactBlocks(blines.filter((l) => !tables.has(l.el.closest('table')!) && !inEntries(l.el)))
    : [];
  // a researcher's or an author's profile links ("ORCID", "GitHub", "ResearchGate") name no employer
  const profiles = new Set(
    qsa(body, 'a[href*="orcid.org/"], a[href*="researchgate.net/"], a[href*="scholar.google."], a[href*="github.com/"]')
      .slice(0, 200)
      .map((a) => companyKey(textOf(a))),
  );
  // (a member's firm of a members' list, with their own address off the site that spells it: "Dachdeckerei Falkner GmbH |
  // … | m.falkner@dachdeckerei-falkner.de", read by the legal lines as a legal name, stays theirs)
  const ownFirm = (c: string, email = '', h = hostOf(email) ?? '') =>
    !!h && !sameSiteHosts(h, domain) && !isFreemailDomain(h) && !!r?.spellsHost(c, h);
  const companyOf = (c: string | undefined, email?: string) =>
    c && (exclude.has(companyKey(c)) || profiles.has(companyKey(c))) && !ownFirm(c, email) ? name : c;
  // "Nordex Group" and "Nordex SE" are one company: a later variant takes the first one's name
  const sameCompany = (c: string) => {
    const core = coreKey(c);
    if (!core) return c;
    // "Hydrelia" on hydrelia.fr, the site named "Hydrelia …" by its title: the site's own firm
    if (core.length >= 4 && core === domain.split('.')[0] && coreKey(name).startsWith(core + ' ')) return name;
    const hit = b.companies.find((k) => {
      const o = coreKey(k.name);
      if (o === core) return true;
      const [short, long] = o.length < core.length ? [o, core] : [core, o];
      return short.length >= 6 && short.includes(' ') && (long.endsWith(short) || long.startsWith(short + ' '));
    });
    return hit?.name ?? c;
  };
  // a schema.org Person is a person even when the site bears their name (a freelancer's own site)
  const addPerson = (p: DetectedPerson, explicitCompany: boolean, typed = false) => {
    // ("Name, Account Director, Brightline PR" over name@brightlinepr.com: the last part of the title that their own
    // address off the site spells is their firm, an agency's)
    const tail = p.email && p.title ? /^(.{2,80}),\s+([^,]{2,60})$/.exec(p.title) : null;
    const agency = tail ? unparenthesised(tail[2]!) : '';
    if (agency && (!p.company || companyKey(p.company) === companyKey(name)) && ownFirm(agency, p.email)) {
      p = { ...p, title: tail![1]!, company: agency };
      explicitCompany = true;
    }
    if (
      others.has(p.name) ||
      (!typed &&
        (exclude.has(companyKey(p.name)) ||
          b.companies.some((c) => companyKey(c.name) === companyKey(p.name)) ||
          // a shop or a branch named after the site's brand ("Le Comptoir Vrac Angers", "Acme Leeds")
          (companyKey(name).length >= 4 && companyKey(p.name).startsWith(companyKey(name) + ' '))))
    )
      return;
    // ("Co-founder, Wholesale": a department of the site's firm)
    if (p.company && DEPARTMENT_ALONE.test(p.company)) p = { ...p, company: undefined };
    let company = companyOf(p.company, p.email) ?? (explicitCompany || forum ? undefined : name);
    if (company) company = sameCompany(company);
    const added = b.addPerson({ ...p, company: company || undefined });
    if (
      added &&
      company &&
      companyKey(company) !== companyKey(name) &&
      !exclude.has(companyKey(company)) &&
      !initialsOf(name, company)
    ) {
      const domain = (added.email && hostOf(added.email)) || '';
      const label = domain.split('.')[0]!.replace(/[^a-z0-9]/g, '');
      // (or spells it after a word of its trade: "Agence Rebond Conseil" of rebond-conseil.fr)
      const related =
        label.length >= 3 &&
        (companyKey(company)
          .replace(/[^a-z0-9]/g, '')
          .startsWith(label.slice(0, 4)) ||
          !!r?.spellsHost(company, domain));
      b.addCompany(related && !isFreemailDomain(domain) ? { name: company, domain } : { name: company });
    }
  };
  // a directory's entry gave its ids to the site's legal lines ("Bocage Transports SARL | … | SIRET …"): they are the
  // listed firm's, not the site's
  const siteFirm = b.companies.find((c) => companyKey(c.name) === companyKey(name));
  const sirenOf = siteFirm?.siren;
  if (sirenOf && found.companies.some((c) => c.siren === sirenOf && companyKey(c.name) !== companyKey(name))) {
    b.index.delete('s:' + sirenOf);
    delete siteFirm.siren;
    delete siteFirm.siret;
    delete siteFirm.vat;
  }
  // a member's firm by its legal line in a post ("Factorino SAS – SIREN 661 016 121 – www.factorino.fr")
  for (const c of r && posts.size ? r.postFirms(posts) : []) b.addCompany(c);
  // a board's members' main occupations elsewhere (page-people.ts occupationFirms)
  for (const c of r ? r.occupationFirms(body) : []) if (companyKey(c.name) !== companyKey(name)) b.addCompany(c);
  for (const x of subs) {
    const joined = x.lines.join(' · ');
    const ids = findLegalIds(joined);
    const tel: string[] = [];
    for (const part of joined.split(/\s[·|]\s/))
      if (/^(?:t[ée]l|tel|phone|telefon)\b/i.test(part)) findPhones(part, tel);
    b.addCompany({ name: x.name, vat: ids.vat, siren: ids.siren, siret: ids.siret, phones: tel });
    const m = MANAGER.exec(joined);
    const who = m && readers?.personName(m[2]!.trim());
    if (who) b.addPerson({ name: who, title: m[1], company: x.name });
  }
  found.people.forEach((p, i) => addPerson(p, !!p.company, i < typedPeople));
  // ("EN · FR · DE": a language switch's links are no directory of firms)
  // (a legal name of the page's legal lines is a listed firm's when its entry gives ids or a site of its own:
  // "Imprimerie du Val SAS | … | SIRET 488 …" in a directory)
  const siteNames = new Set([brand, str(org?.name), str(org?.legalName), hostBrand, platform].map(companyKey));
  const siteOwn = (c: DetectedCompany) =>
    siteNames.has(companyKey(c.name)) ||
    initialsOf(brand, c.name) ||
    (exclude.has(companyKey(c.name)) && !((c.siren && c.siren !== sirenOf) || (c.domain && c.domain !== domain)));
  for (const c of found.companies)
    if (!siteOwn(c) && !profiles.has(companyKey(c.name)) && !LANGUAGE_CODE.test(c.name)) b.addCompany(c);
  // an article's fact box about another firm (the readers' factBoxes)
  const boxed = r ? r.factBoxes(blines, domain, name) : [];
  for (const c of boxed)
    b.addCompany({ ...c, name: b.companies.find((k) => companyKey(k.name) === companyKey(c.name))?.name ?? c.name });
  // a project sheet's client ("Maître d’ouvrage | Commune de …")
  for (const c of r ? r.projectClients(body) : []) if (!siteOwn(c)) b.addCompany(c);
  // an interview's turns ("<strong>Oriel Banfield:</strong> Because …" after "<strong>Timber Trade Weekly:</strong> …"): the
  // person answering is its subject, of the firm its fact box names, and the page no site of theirs
  const interviewee = r ? r.interviewSubject(blines, r.personName, (x) => siteNames.has(companyKey(x))) : '';
  if (interviewee) {
    const firm =
      boxed.length === 1 ? b.companies.find((k) => companyKey(k.name) === companyKey(boxed[0]!.name)) : undefined;
    addPerson({ name: interviewee, company: firm?.name }, true);
    if (firm) b.kind = 'other';
  }
  // a directory's members' numbers are theirs, not the site's ("T: 01584 …" on every card)
  const site0 = b.companies.find((c) => companyKey(c.name) === companyKey(name));
  const theirs = [
    ...found.people.slice(typedPeople).filter((p) => p.company && companyKey(p.company) !== companyKey(name)),
    // (and a contact's of another firm: a job board's recruiter from an agency)
    ...blockPeople.filter((p) => p.company && companyKey(p.company) !== companyKey(name)),
    ...found.companies,
    ...boxed,
  ];
  if (site0?.phones) {
    const mine = (n: string) => !theirs.some((x) => x.phones?.some((q) => samePhone(n, q)));
    site0.phones = site0.phones.filter(mine);
    // (all of them theirs, a franchise network's stores: the footer's line of the site's own details still gives its
    // number, unlabelled, "Acme SAS – RCS … – 1 rue …, 44000 Nantes – 01 …")
    if (!site0.phones.length && !hostBrand && !subject) {
      const own: string[] = [];
      detailsPhones(false, own);
      site0.phones = own.filter(mine);
    }
    if (!site0.phones.length) delete site0.phones;
  }
  // a person a table or a list entry already gave is read there with their own company, not from loose lines
  const listed = new Set(found.people.flatMap((p) => [p.name, p.email ?? p.name]));
  // a press contact under the issuer's own desk ("Corporate Communications", "Service client",
  // "Presse- und Öffentlichkeitsarbeit") works for the issuer, not for an agency
  const inHouse = (p: DetectedPerson) => {
    const i = lines.findIndex((l) => l.startsWith(p.name));
    return i >= 0 && lines.slice(Math.max(0, i - 2), i + 3).some((l) => IN_HOUSE.test(l));
  };
  // (a card of its own, a name and a title element, reads a person better than lines that gave a title for a firm)
  // (and lines that cut its title elsewhere: "Directrice générale déléguée, directrice" / "de Orvelle Bois")
  const cutTitle = (card: string, t: string) =>
    !!t && t.includes(', ') && card !== t && card.startsWith(t.split(', ')[0]!) && !card.startsWith(t);
  const carded = new Map(people.filter((x) => x.person.title).map((x) => [x.person.name, x.person.title!]));
  for (const p of blockPeople)
    if (
      !listed.has(p.name) &&
      !listed.has(p.email ?? '') &&
      !(carded.has(p.name) && (looksLikeJobTitle(p.company ?? '') || cutTitle(carded.get(p.name)!, p.title ?? '')))
    )
      addPerson(p, !!p.company || (press && !inHouse(p)));
  yield;
  const quoted = r ? quotedPeople(blines, r) : [];
  for (const p of quoted) addPerson(p, !!p.company);
  // (a testimonial's author is a customer: the site's firm is not theirs)
  if (r) for (const p of signedQuotes(blines, r)) addPerson(p, true);
  yield;
  // in a release, a person the sentence ties to the issuer by name ("Halvard's Lyon office will be led by X",
  // "Halvard Robotics Ltd … Founded in 2019 by A and B") is the issuer's
  const brandWord = name.split(/\s+/)[0]!.replace(/[’']s$/, '');
  const tied = (p: DetectedPerson) =>
    brandWord.length >= 4 && lines.some((l) => l.length < 3000 && l.includes(p.name) && l.includes(brandWord));
  const roled0 = r ? rolePeople(blines, r) : [];
  for (const p of r ? [...r.prosePeople(blines), ...roled0, ...r.contactPeople(blines)] : [])
    addPerson(p, !!p.company || (press && !tied(p)));
  // ("<b>Name</b>, Revisorin (Treuhand Roth AG).": the body in brackets beats the site's, given by default where a
  // card reader had no firm for them)
  for (const p of roled0) {
    const known = p.company && b.people.find((x) => x.name === p.name && x.company === name);
    if (known && companyKey(p.company!) !== companyKey(name) && !exclude.has(companyKey(p.company!)))
      b.addCompany({ name: (known.company = p.company!) });
  }
  // cards of one shape ("<strong>Name</strong> — Title"): where most titles are known words, the others are titles too
  const shaped = people.filter((x) => x.rest && x.person.title === x.rest).length >= 3;
  for (const { person, company, rest } of people) {
    // (a grid's firm beats the site's, given by default where another reader had no firm for them)
    const known = gridded.has(person) && b.people.find((x) => x.name === person.name && x.company === name);
    if (known) b.addCompany({ name: (known.company = person.company!) });
    if (shaped && !person.title && rest.split(' ').length <= 4 && !/[\d@]/.test(rest) && /^\p{Lu}/u.test(rest))
      person.title = rest;
    // a capitalised pair of words alone is not a person: want a title, an address, a phone or a profile
    if (!person.title && !person.email && !person.phones && !person.linkedinUrl) continue;
    const card = cards.find((c) => c.name === person.name)!;
    // (or a card whose name a list read as such holds, around it: a press contacts’ <dl> of two)
    if ([...entryParents].some((e) => e.contains(card.el) || (listed.has(person.name) && e.contains(card.nameEl))))
      continue;
    // (on a platform's page about a business, a name linking to the platform's member profile is a reviewer's)
    if (subject && readers?.memberLink(attr(card.nameEl.closest('a[href]') ?? qs(card.nameEl, 'a[href]'), 'href')))
      continue;
    addPerson({ ...person, company: person.company === brand ? undefined : person.company }, false);
    void company;
  }
  // Impressum / mentions légales: "Inhaberin: Anika Schön", "Directeur de la publication : …"
  // (the role a legal notice's heading gives them beats their profession's apposition under it: "Délégué à la
  // protection des données" / "Maître Jean Roy, avocat au barreau de Lyon")
  const roled = r ? r.roleLines(blines) : [];
  for (const p of roled) {
    const known = p.title ? b.people.find((x) => x.name === p.name) : undefined;
    const at = known?.title ? lines.findIndex((l) => l.includes(p.name) && l.includes(known.title!)) : -1;
    // (or on the same line before the name: "Inhaber: Name, Tischlermeister")
    if (at >= 0 && lines[at]!.includes(`${p.title}: ${p.name}, ${known!.title}`)) known!.title = p.title;
    else if (at > 0 && PROFESSION.test(known!.title!) && lines[at - 1]!.includes(p.title!)) known!.title = p.title;
  }
  for (const p of r ? [...roled, ...r.titledLines(blines)] : []) addPerson(p, false);
  // people without an address in loose shapes: runs of names, cards, captions, a history's sentences
  const loose = r ? r.loosePeople(blines.filter((l) => !tables.has(l.el.closest('table')!))) : [];
  for (const p of loose) {
    // (a title read from the card before theirs, "Werkstattleiter" over "Technische Zeichnerin", is that card's)
    const known = b.people.find((x) => x.name === p.name);
    if (known?.title && p.title && loose.some((q) => q !== p && q.title === known.title)) known.title = p.title;
    addPerson(p, !!p.company);
  }
  for (let i = 0; i < pubLines.length; i++) {
    const m = OWNER_LINE.exec(pubLines[i]!);
    if (!m) continue;
    // ("Name" / "Managing Director" / "Larchmont Design": an office alone under a bare name is that person's title)
    const prev = i > 0 ? pubLines[i - 1]!.trim() : '';
    if (!m[1] && r && prev && r.personName(prev) === prev) continue;
    const raw = (m[1] || pubLines[i + 1] || '').split(/[,(·|]/)[0]!.trim();
    const cand = r ? r.personName(raw) : looksLikePersonName(raw) ? raw : '';
    if (cand) b.addPerson({ name: cand, company: name || undefined });
  }
  // a GmbH & Co. KG's general partner, named in its legal notice ("Persönlich haftende Gesellschafterin: Brenner
  // Verwaltungs-GmbH, Sitz …", or on the line under that heading): a firm the notice presents
  for (let i = 0; i < pubLines.length; i++) {
    const m = GENERAL_PARTNER.exec(pubLines[i]!.trim());
    if (!m) continue;
    const gp = (m[1] || pubLines[i + 1] || '').split(/,|\s[·|–—]\s/)[0]!.trim();
    if (gp.length <= 80 && /(?:^|[\s-])GmbH$|\s(?:AG|SE|UG|Ltd\.?)$/u.test(gp) && companyKey(gp) !== companyKey(name))
      b.addCompany({ name: gp });
    break;
  }
  yield;
  const bylined = r ? r.bylinePeople(doc, blines) : [];
  for (const p of bylined) {
    // "Written by Jane Roe, Developer Advocate · Updated …": the title the byline gives after the name
    const t = lines
      .map((l) => l.split(p.name + ', ')[1])
      .find(Boolean)
      ?.split(/\s[·|–—]\s/)[0];
    addPerson(t && t.length < 60 && looksLikeJobTitle(t) && !p.title ? { ...p, title: t } : p, false);
  }
  // (an author box's author, with a role and an address, is whom the post's page introduces)
  const author = bylined.find((p) => p.email && p.title);
  const at = author ? b.people.findIndex((p) => p.name === author.name) : -1;
  if (at > 0) b.people.unshift(...b.people.splice(at, 1));
  // a site named only by its domain takes the name its own staff give their employer
  // (contacts at @mpg.de of "Max-Planck-Institut für Meteorologie" on mpg.de)
  const site = b.companies.find((c) => c.name === domain && c.domain === domain);
  if (site) {
    const employers = new Set(
      b.people.filter((p) => p.email && p.company && hostOf(p.email) === domain).map((p) => p.company!),
    );
    const other =
      employers.size === 1 ? b.companies.find((c) => c !== site && c.name === [...employers][0]) : undefined;
    if (other && !other.domain) {
      site.name = other.name;
      b.companies.splice(b.companies.indexOf(other), 1);
    }
  }
  // a site's offices and desks are not people ("Zentrale Gilching", "Secrétariat Lyon", "Express Delivery");
  // kept here, not in looksLikePersonName, because the webmail scripts have no room left (15 KB gzip)
  // ("Stellv. Chefredakteur": an abbreviated word first is a role's, not a first name)
  b.people = b.people.filter(
    (p) => !OFFICE_NAME.test(p.name) && !/^(?!(?:dipl|prof|mag|revd?)\.)\p{L}{4,}\.\s/iu.test(p.name),
  );
  // "Dr. Henrike Vosskamp" and "Henrike Vosskamp" are one person: academic and courtesy prefixes go
  for (const p of [...b.people]) {
    const bare = p.name.replace(NAME_PREFIX, '');
    if (bare === p.name || !bare.includes(' ')) continue;
    const twin = b.people.find((q) => q !== p && q.name === bare);
    if (!twin) {
      p.name = bare;
      continue;
    }
    for (const k of ['title', 'company', 'email', 'linkedinUrl'] as const) if (!twin[k] && p[k]) twin[k] = p[k];
    if (!twin.phones && p.phones) twin.phones = p.phones;
    b.people.splice(b.people.indexOf(p), 1);
  }
  // an address quoted in a fraud warning ("we never ask you to pay to …@outlook.com") is no contact,
  // nor a sender its own sentence says not to answer ("Alerts are sent from x@…; do not reply to them")
  b.emails = b.emails.filter((e) => {
    const around = lines.filter((l) => l.includes(e.address));
    // the host's mailbox in a legal notice's hosting block ("hébergé par X … abuse@x-hosting.fr") is the host's
    if (around.length && !pubLines.some((l) => l.includes(e.address)) && hostOf(e.address) !== domain) return false;
    if (around.some((l) => UNANSWERED.test(l.slice(l.indexOf(e.address)).split(/[.!?]\s/)[0]!))) return false;
    // another firm's address named only in a legal notice's host, agency or mediator block, or as the sender
    // a platform mails from ("votre billet par e-mail depuis ticket@…")
    const d = hostOf(e.address) ?? '';
    if (
      around.length &&
      !sameSiteHosts(d, domain) &&
      (!pubLines.some((l) => l.includes(e.address)) ||
        around.every((l) => /\b(?:from|depuis|von)\s$/i.test(l.slice(0, l.indexOf(e.address)))))
    )
      return false;
    // a newsletter's sending host (news@send.example.org) is no contact either
    return (
      !/@(?:send|bounces?|mailer|mailing|mg)\.[a-z0-9-]+\./.test(e.address) &&
      (!around.length || !around.every((l) => WARNING.test(l)))
    );
  });
  // a news article quoting another company's people: the paper's brand is no contact of the page
  const article =
    /article/i.test(metaContent(doc, 'og:type')) || jsonLd(doc).some((o) => ldTypes(o).includes('NewsArticle'));
  // (not the firm's own blog announcing its own news: "Tidewell raises €12M" on tidewell.io)
  const ownNews = name.length >= 3 && textOf(qs(body, 'h1')).includes(name);
  if (article && !press && !ownNews && quoted.some((p) => p.company && companyKey(p.company) !== companyKey(name))) {
    b.kind = 'other';
    b.companies = b.companies.filter((c) => companyKey(c.name) !== companyKey(name));
  }
  // an author box's or a bio's profile link ("Suivre Clémence sur LinkedIn") near the one person it names
  const unlinked = b.people.filter((p) => !p.linkedinUrl);
  if (unlinked.length)
    for (const a of qsa(body, 'a[href*="linkedin.com/in/"]').slice(0, 12)) {
      let box: Element | null = a.parentElement;
      for (let n = 0; box && box !== body && n < 4; n++, box = box.parentElement) {
        const text = box.textContent ?? '';
        if (text.length > 1500) break;
        const named = b.people.filter((p) => text.includes(p.name));
        if (!named.length) continue;
        const u = named.length === 1 && !named[0]!.linkedinUrl ? normalizeLinkedinUrl(attr(a, 'href'), url) : '';
        // (one link in the box: a list of several people's links is read by the lists' readers)
        if (u && qsa(box, 'a[href*="linkedin.com/in/"]').length === 1) named[0]!.linkedinUrl = u;
        break;
      }
    }
  const addrs = new Set(b.people.map((p) => p.email));
  for (const p of b.people) {
    // the one address of the page that spells a person's name ("m.ostendorf@…" for Miriam Ostendorf)
    if (!p.email) {
      const hits = b.emails.filter((e) => !addrs.has(e.address) && spellsMailbox(p.name, e.address, 'exact'));
      if (hits.length === 1) addrs.add((p.email = hits[0]!.address));
    }
    // a contact without a firm whose address is one of the page's firms' ("media@corvantis.com")
    const d = p.email ? (hostOf(p.email) ?? '') : '';
    const dl = alnumKey(d.split('.')[0] ?? '');
    const firm =
      d &&
      (b.companies.find((c) => c.domain && (c.domain === d || c.domain.endsWith('.' + d))) ??
        b.companies.find((c) => !c.domain && dl.length >= 4 && alnumKey(c.name).startsWith(dl.slice(0, 6))));
    if (!p.company && firm) {
      p.company = firm.name;
      if (!isFreemailDomain(d)) firm.domain ??= d;
    }
  }
  // an advertiser's address in an ad slot ("Annonce · ChauffeoDirect … offres@…") is none of the page's
  const ads = new Set(
    qsa(body, '[data-ad-slot], [data-google-query-id], ins.adsbygoogle, [id^="div-gpt-ad"]').flatMap((el) =>
      findEmails(
        textOf(el) +
          ' ' +
          qsa(el, 'a[href^="mailto:" i]')
            .map((a) => mailtoAddress(attr(a, 'href')))
            .join(' '),
      ),
    ),
  );
  b.emails = b.emails.filter((e) => !ads.has(e.address));
  // the firm's number where no line gave one: a sentence giving its general mailbox and one number ("Une question ?
  // groupe@verdalis.fr · 04 …", "General enquiries: hello@… · 01632 …"), else the one number its own people share
  const siteCo = forum || listing ? undefined : b.companies.find((c) => companyKey(c.name) === companyKey(name));
  if (siteCo && !siteCo.phones?.length) {
    const mine = (d: string) =>
      sameSiteHosts(d, domain) ||
      (alnumKey(d.split('.')[0]!).length >= 4 && alnumKey(name).includes(alnumKey(d.split('.')[0]!)));
    for (const l of subject ? [] : pubLines) {
      if (siteCo.phones?.length || l.length > 400) break;
      for (const x of l.split(/(?<=[.?!])\s+/)) {
        // (or, on an event's site, any mailbox of its organiser: "Contact presse : trophees@<organiser> · 01 …")
        const boxes = findEmails(x).filter(
          (e) => (GENERAL_BOX.test(e) || (!!runBy?.host && e.endsWith('@' + runBy.host))) && mine(e.split('@')[1]!),
        );
        const nums = findPhones(x);
        if (boxes.length === 1 && nums.length === 1 && !cards.some((c) => x.includes(c.name))) siteCo.phones = nums;
      }
    }
    // (a store's of the brand's network is its own: "Panier Bio Angers" over its franchisee)
    const stores = found.people.filter((p) => p.company && companyKey(p.company) !== companyKey(name));
    const theirs = new Set(
      b.people
        .filter(
          (p) => p.company && companyKey(p.company) === companyKey(name) && !stores.some((q) => q.name === p.name),
        )
        .flatMap((p) => p.phones ?? []),
    );
    if (!siteCo.phones?.length && theirs.size === 1 && !subject) siteCo.phones = [...theirs];
  }
  // a personal site: its copyright held by a person the page names (its author, "© 2026 Jane Roe · Built with …"),
  // no register, no number (its own nor a person's) and no organisation of its own: the brand is the blog's title, no firm
  const mine = b.companies.find((c) => companyKey(c.name) === companyKey(name));
  if (mine && !org && !runBy && !firm && !subject && !hostBrand) {
    const holder = lines
      .filter((l) => l.length < 200 && /^(?:©|\(c\)|copyright)/i.test(l.trim()))
      .map((l) =>
        l
          .trim()
          .replace(/^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?/i, '')
          .split(/\s[·|–—-]\s|[,.]\s|\s\d{4}\b/)[0]!
          .trim(),
      )
      .find((h) => h && readers?.personName(h) && b.people.some((p) => p.name === h));
    if (
      holder &&
      companyKey(holder) !== companyKey(name) &&
      !b.people.some((p) => p.phones?.length) &&
      !(['phones', 'siren', 'siret', 'vat', 'linkedinUrl'] as const).some((k) => mine[k]?.length)
    ) {
      b.companies.splice(b.companies.indexOf(mine), 1);
      for (const p of b.people) if (p.company && companyKey(p.company) === companyKey(name)) delete p.company;
      b.kind = 'other';
    }
  }
  // an interview's or an episode's subject, whom the page's heading names ("X : « … »", "…, avec X"), comes first
  const h1 = textOf(qs(body, 'h1'));
  const headed = b.people.find((p) => p.name.includes(' ') && h1.includes(p.name));
  if (headed && b.people[0] !== headed) b.people.unshift(...b.people.splice(b.people.indexOf(headed), 1));
  if (!b.companies.length && !b.people.length && !b.emails.length) b.kind = 'other';
  // a firm of the page whose logo links to a site that spells it ("Merci à nos partenaires": <a href=…><img alt="X">)
  for (const img of r ? qsa(body, 'a[href^="http"] img[alt]').slice(0, 100) : []) {
    const co = b.companies.find((c) => !c.domain && companyKey(c.name) === companyKey(attr(img, 'alt')));
    const host = hostOf(attr(img.closest('a'), 'href')) ?? '';
    if (co && host && !sameSiteHosts(host, domain) && !isHostPlatform(host) && r!.spellsHost(co.name, host))
      co.domain = host;
  }
  // (the platform's own mailboxes, support@ and dpo@ of its host, are none of the listed business's)
  if (listing || subject) {
    // (support@revuo.com of uk.revuo.com: either host under the other)
    const mine = (a?: string, h = hostOf(a ?? '') ?? '') => !!h && sameSiteHosts(h, domain);
    // (but a platform's adviser named with their own mailbox, "Votre conseiller CCI : Grégory Tessandier – g.tessandier@…",
    // is the platform's contact for the business: kept, of the platform)
    const staff = b.people.filter((p) => mine(p.email) && ownMailbox(p.name, p.email!));
    for (const p of staff)
      if (platform && (!p.company || companyKey(p.company) === companyKey(brand))) p.company = platform;
    const kept = new Set(staff.map((p) => p.email));
    b.emails = b.emails.filter((e) => !mine(e.address) || kept.has(e.address));
    b.people = b.people.filter((p) => !mine(p.email) || kept.has(p.email));
    // (dropped with the platform's mailboxes when the page's subject was read: ./page-subject.ts)
    for (const a of kept) if (!b.emails.some((e) => e.address === a)) b.emails.push({ address: a!, role: 'mailto' });
  }
  // "Operations Director · Meridia Foods" read whole as a title: the part after the dot, no title, is their firm
  // (one such card: where every card reads "Partner · Real Estate", the part after the dot is a practice, a team)
  const dotted = b.people.filter((p) => /\s[·|]\s/.test(p.title ?? ''));
  for (const p of dotted.length === 1 ? dotted : []) {
    const [t, f, more] = (p.title ?? '').split(/\s[·|]\s/);
    if (!f || more || !looksLikeJobTitle(t!) || looksLikeJobTitle(f) || !/^\p{Lu}\S*\s\p{Lu}/u.test(f) || f.length > 60)
      continue;
    // (written so on the page: a title a reader joined from a card's fields, "Partner" + "Real Estate", is no such line)
    if ((p.company && companyKey(p.company) !== companyKey(name)) || !lines.some((l) => l.includes(p.title!))) continue;
    p.title = t;
    p.company = f;
    if (!b.companies.some((c) => companyKey(c.name) === companyKey(f))) b.addCompany({ name: f });
  }
  // an article's people whom a sentence ties to another firm than the site's: "levée auprès de Nordvent Capital, menée
  // par Jeanne Roy, associée", "Harbor Fund, led by Tom Reid"; an interviewee's partner ("Name : Avec mon associé X, …")
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const p of b.people.length <= 60 ? b.people : []) {
    if (p.company && companyKey(p.company) !== companyKey(name)) continue;
    const n = esc(p.name);
    const led = new RegExp(
      `(\\p{Lu}[\\p{L}\\p{M}'’&-]*(?:\\s(?:\\p{Lu}[\\p{L}\\p{M}'’&-]*|&|de|du|des)){0,4}),\\s(?:(?:e?m?men|dirig|pilot)ée?s?|led|headed|run|geführt|geleitet)\\s(?:par|by|von)\\s${n}`,
      'u',
    );
    const mate = new RegExp(
      `^(.{4,60}?)\\s?:\\s.{0,200}?\\b(?:mon|ma|my|mein(?:e[mn]?)?)\\s(?:associée?|co-?fondat(?:eur|rice)|co-?founder|business partner|mitgründer(?:in)?|geschäftspartner(?:in)?)\\s${n}`,
      'iu',
    );
    for (const l of lines) {
      if (l.length > 1500 || !l.includes(p.name)) continue;
      const f = led.exec(l)?.[1];
      const speaker = b.people.find((q) => q !== p && q.company && q.name === mate.exec(l)?.[1]);
      const firm = f && !b.people.some((q) => q.name === f) ? f : speaker?.company;
      if (!firm || companyKey(firm) === companyKey(name)) continue;
      p.company = firm;
      if (!b.companies.some((c) => companyKey(c.name) === companyKey(firm))) b.addCompany({ name: firm });
      break;
    }
  }
  // a listed firm's own link beside its name ("<dd>présidente, Vignobles Roy · <a>vignobles-roy.fr</a></dd>"): its domain
  const bare = b.companies.filter((c) => !c.domain);
  for (const a of bare.length ? qsa(body, 'a[href^="http"]').slice(0, 500) : []) {
    const h = hostOf(attr(a, 'href')) ?? '';
    const box = a.parentElement?.textContent ?? '';
    const c =
      h && box.length < 300
        ? bare.find((x) => !x.domain && box.includes(x.name) && spellsDomain(x.name, h))
        : undefined;
    if (c && !isHostPlatform(h) && !SOCIAL.test(h) && !b.companies.some((x) => x.domain === h)) c.domain = h;
  }
  // a platform's page about its organiser (a ticketing or booking page): the organiser's own site is the one its
  // address spells ("Atelier Terre & Feu" writing from terre-et-feu.fr on a ticketing host), not the host
  const host0 = b.companies[0];
  if (host0?.domain === domain) {
    // (every word of its name there, or two: "terre-et-feu" for "Atelier Terre & Feu SARL"; one shared trade word,
    // "aldersyke-joinery" for "Northern Timber & Joinery Federation", is a member's site)
    const words = spell(host0.name)
      .split(/[^a-z0-9]+/)
      .filter(
        (w) =>
          w.length >= 3 &&
          !/^(?:sarl|sas|sasu|eurl|gmbh|ltd|inc|llc|atelier|maison|groupe|cabinet|the|les|des|and|und)$/.test(w),
      );
    const spells = (d: string) => {
      const label = spell(d.split('.').slice(0, -1).join('')).replace(/[^a-z0-9]/g, '');
      return words.length > 0 && words.filter((w) => label.includes(w)).length >= Math.min(2, words.length);
    };
    // (the host spelling one word of it, "rencontres-achats-responsables" for "Achats Lab Événements", is an event's)
    const own = spells(domain) ? '' : b.emails.map((e) => hostOf(e.address) ?? '').find((d) => d && spells(d));
    if (own) {
      host0.domain = own;
      delete host0.website;
    }
  }
  // "Contactez Margaux à l'adresse margaux@…": a mailbox named after the first name of one person of the page is theirs,
  // with the one number of its line
  // ("write to the Chair at chair@…": a mailbox named after the title of one person of the page is theirs too)
  for (const e of b.emails) {
    const local = e.address.split('@')[0]!;
    const owners = b.people.filter(
      (p) => spell(p.name.split(' ')[0]!) === local || (!!p.title && spell(p.title) === local),
    );
    if (owners.length !== 1 || owners[0]!.email) continue;
    // (a neighbour's card took it by place alone: the one it names keeps it)
    const holder = b.people.find((p) => p.email === e.address);
    if (holder && !(holder.title && spell(holder.title) === local) && spell(owners[0]!.title ?? '') === local)
      delete holder.email;
    else if (holder) continue;
    owners[0]!.email = e.address;
    const first = owners[0]!.name.split(' ')[0]!;
    // (the line writing the address, plain or obfuscated: "margaux (arobase) …", "margaux [at] …")
    const at = new RegExp(`${local.replace(/[.+-]/g, '\\$&')}\\s*(?:@|[([]\\s*(?:at|arobase)\\s*[)\\]])`, 'i');
    const line = lines.find((l) => l.length < 300 && l.includes(first + ' ') && at.test(l));
    const nums = line ? findPhones(line) : [];
    if (nums.length === 1 && !owners[0]!.phones) owners[0]!.phones = nums;
  }
  // a public tender's notice on a procurement portal (an award, a call for tenders): the buyer its section names first
  // is the page's subject ("Pouvoir adjudicateur", "Contracting authority", "Öffentlicher Auftraggeber" over "Commune
  // de …, 1 place …, SIRET …"), with that section's ids and contact; the portal is no firm of the page
  const bi = blines.findIndex((l) => l.text.length < 70 && /^H[1-6]$/.test(l.el.tagName) && BUYER_HEAD.test(l.text));
  const sect = bi >= 0 ? (blines[bi + 1]?.text ?? '') : '';
  const buyer = /^\p{Lu}[^,;:()]{3,90}?(?=\s*[,(])/u.exec(sect)?.[0];
  const portal = b.companies.find((c) => companyKey(c.name) === companyKey(name));
  if (buyer && portal && !readers?.personName(buyer)) {
    const ids = findLegalIds(sect);
    const co = b.companies.find((c) => companyKey(c.name) === companyKey(buyer)) ?? portal;
    if (co !== portal) b.companies.splice(b.companies.indexOf(portal), 1);
    else for (const k of ['domain', 'website', 'phones', 'linkedinUrl', 'siren', 'siret', 'vat'] as const) delete co[k];
    b.companies.splice(b.companies.indexOf(co), 1);
    b.companies.unshift(co);
    Object.assign(co, { name: buyer }, ids.siren ? { siren: ids.siren } : {}, ids.siret ? { siret: ids.siret } : {});
    // (its contact, "Point de contact : M. Jean Roe, responsable …, marches@…, 01 …": the buyer's, with the section's
    // one address and number; the number the buyer's too)
    const m = CONTACT_POINT.exec(sect);
    const named = m && readers?.personName(m[1]!);
    let contact = b.people.find((x) => sect.includes(x.name));
    if (!contact && named && readers?.strongTitle(m[2]!))
      contact = b.addPerson({ name: named, title: m[2]!.trim() }) ?? undefined;
    const after = contact ? sect.slice(sect.indexOf(contact.name)) : sect;
    const mails = findPlainEmails(after),
      nums = findPhones(after);
    if (contact) contact.company = buyer;
    if (contact && !contact.email && mails.length === 1) contact.email = normalizeAddress(mails[0]!);
    if (contact && nums.length === 1) contact.phones ??= nums;
    if (nums.length === 1) co.phones = nums;
    b.kind = 'other';
  }
  const unit = b.companies.length && ACADEMIC.test(b.companies[0]!.name) ? unitOf(doc) : '';
  if (unit && !b.companies.some((c) => companyKey(c.name) === companyKey(unit))) b.companies.unshift({ name: unit });
  // what the page is: a public body's or a school's, a podcast's episode, a media's article (./page-kind.ts)
  const notSite = (k?: string) => !!k && companyKey(k) !== companyKey(name);
  const aboutOthers = b.people.some((p) => notSite(p.company)) || b.companies.some((c) => notSite(c.name));
  const what = b.kind === 'company-site' ? (readers?.notFirmSite(doc, url, aboutOthers) ?? '') : '';
  if (what) b.kind = 'other';
  const d = b.build();
  // (no firm's site, but still its publisher's, first of its companies: a public body, a podcast, a paper)
  if (what) d.ownSite = true;
  // (a news article's parts, for the background to read its subject firm and quoted people: ./news-article.ts)
  // (a paper's article marked as one, too)
  const news = b.kind === 'company-site' || what === 'media' ? readers?.newsArticle(doc) : undefined;
  if (news) d.article = news;
  // (else the main part's paragraphs, for the background to read the firms they name in a firm's role:
  // ./web-prose-firms.ts)
  else {
    const main = qs(doc, 'main, [role=main]');
    // (read until the field is full: a long page's later paragraphs are never sent)
    let prose = '';
    for (const e of main ? qsa(main, 'p,h2,h3') : []) {
      if (prose.length >= 6000) break;
      prose += (prose ? '\n' : '') + textOf(e);
    }
    if (prose) d.prose = prose.slice(0, 6000);
  }
  return d;
}

// a tender notice's section of its buyer (FR/EN/DE)
const BUYER_HEAD =
  /(?:^|[:.–—-]\s*)(?:pouvoir adjudicateur|entit[ée] adjudicatrice|acheteur(?: public)?|contracting (?:authority|entity)|(?:öffentliche[rn]?\s)?auftraggeber(?:in)?|vergabestelle)\s*$/i;

// its contact point's name and role ("Point de contact : M. Jean Roe, responsable …", "Kontaktstelle: Frau Jana Roe, …")
const CONTACT_POINT =
  /\b(?:point de contact|contact|kontaktstelle|kontakt|ansprechpartner(?:in)?)\s*:\s*(?:(?:M|Mme|Mr|Mrs|Ms|Frau|Herr|Dr)\.?\s+)?([^,;:]{4,40}),\s*([^,;:]{3,60}),/iu;

/** A person's own mailbox: its local part spells their first name's initial and last name ("g.tessandier"). */
export const ownMailbox = (name: string, address: string) => spellsMailbox(name, address, 'initial');

const ACADEMIC = /\b(?:universit(?:y|é|ät|à|ad)|college|coll[èe]ge|hochschule|école|school of)\b/iu;
const UNIT =
  /^(?:(?:\p{Lu}[\p{L}\p{M}'’-]*|of|for|and|&)\s){1,6}(?:Lab|Laboratory|Research Group|Group|Centre|Center|Institute|Unit)$|^(?:Laboratoire|Institut|Labor|Arbeitsgruppe|Lehrstuhl|Équipe|Centre)\s(?:(?:de|des|du|für|der|d['’])\s?)?\p{Lu}.{2,60}$/u;

/**
 * A lab's or an institute's own page on its university's site ("People | Coastal Sediment Lab | University of X",
 * "Laboratoire d'Écologie Alpine – Université …"): the unit named by the page's title or main heading, the page's
 * own organisation before its university.
 */
function unitOf(doc: Document): string {
  const parts = [doc.title, textOf(qs(doc, 'h1'))].flatMap((t) => t.split(/\s[|–—:·-]\s/));
  return parts.map((x) => x.trim()).find((x) => x.length <= 80 && UNIT.test(x) && !ACADEMIC.test(x)) ?? '';
}

export const companySiteDetector: Detector = {
  id: 'company-site',
  matches: (url) => url.protocol === 'http:' || url.protocol === 'https:',
  detect: (doc, url) => done(companySiteSteps(doc, url)),
};
