/**
 * The LinkedIn script's raw candidates (./linkedin.ts: one entry per contact address, people and companies
 * as the page names them, repeats included) filtered and merged with every detector's rules: ResultBuilder
 * drops system names, free-mail and host-platform companies, and merges repeats in the order they came. The
 * content script does not carry these rules (its 15 KB budget); the background and the CLI run them here.
 */
import type { DetectedCompany, DetectedPerson, Detection } from './types';
import { notAPerson } from './web-names';
import { normKey, ResultBuilder } from './result';
import { proseFirms } from './mail-firms';
import { isFreemailDomain } from './freemail';
import { registrableDomain } from '../text/domain';
import { hostOf } from '../text/host';
import { companyNameKey } from '../text/normalize';
import { splitRoleOrg } from './role-org';
import { findPhones } from './phones';
import { fold, spellsMailbox } from './spelling';
import { looksLikeJobTitle, parseHeadline as parseAny } from './text';
import { normalizeLinkedinUrl } from '../text/linkedin';

const isLinkedin = (href: string): boolean => /(?:^|\.)linkedin\.com$/.test(hostOf(href) ?? '');

// Words of a sector, a field or a kind of contract: a headline's segment made of these only names no firm
// ("Responsable logistique | Logistique et transport", "Consultante | Stratégie commerciale", "Head of Sales | Financial Services", "Leiter | Maschinenbau",
// "Designer | Freelance"). A firm's own name has a word of its own ("Transports Marin").
const SECTOR_WORD =
  /^(?:&|et|and|und|de|des|du|d[’']|of|the|la|le|les|für|en|y|e|-|\/|logisti(?:que|cs?|k)|transports?|supply|chain|industr(?:y|ie|ies|iel(?:le)?|ial)|manufacturing|production|produktion|agro(?:alimentaire)?|agroalimentaire|food|lebensmittel(?:industrie)?|services?|dienstleistung(?:en)?|financ(?:e|es|ial|ière)|finanz(?:en|wesen|dienstleistungen)?|banking|banque|bank(?:wesen|en)?|assurances?|insurance|versicherung(?:en)?|immobili(?:er|en)|real|estate|construction|bau(?:wesen|gewerbe|industrie)?|btp|bâtiment|retail|commerce|handel|einzelhandel|großhandel|distribution|automobile|automotive|aéronautique|aerospace|luftfahrt|énergie|energie|energy|pharma(?:ceutique|ceuticals?|zie)?|santé|health(?:care)?|gesundheit(?:swesen)?|medical|médical|chimie|chemicals?|chemie|textile|tourisme|tourism(?:us)?|hôtellerie|hospitality|restauration|gastronomie|agriculture|landwirtschaft|it|tech|technolog(?:y|ies|ie)|informatique|software|logiciels?|digital|numérique|conseil|consulting|beratung|télécoms?|telecoms?|telecommunications?|telekommunikation|médias?|media|éducation|education|bildung|public|secteur|sector|branche|maschinenbau|e-commerce|wholesale|négoce|fret|freight|shipping|spedition|verkehr|mobilité|mobility|environnement|environment|umwelt|formation|recrutement|recruitment|sourcing|achats?|procurement|einkauf|full-time|part-time|self-employed|self|employed|freelancer?|freiberuflich|freiberufler(?:in)?|selbst(?:st)?ändig|indépendante?|independent|(?:auto|micro)-?entrepreneur|contract|internship|stage|alternance|praktikum|cdi|cdd|stratégi(?:e|que)|strateg(?:y|ie|ic)|commercial(?:e|es)?|marketing|ventes?|sales|vertrieb|business|développement|development|entwicklung|communication|kommunikation|ressources|humaines|human|resources|rh|hr|personalwesen|management|gestion|innovation|transformation|data|cybersécurité|cybersecurity|export|international|growth|croissance|juridique|legal|comptabilité|accounting|fiscalité|qualité|quality|qualität)$/i;
const isSector = (name: string): boolean => name.split(/[\s,]+/).every((w) => SECTOR_WORD.test(w));

/**
 * A member's location, no headline nor firm: "Lyon, France", "Köln, Nordrhein-Westfalen, Deutschland", "Greater Paris
 * Metropolitan Region", "Lyon et périphérie" (capitalised words only: "Directeur commercial, France" is a headline).
 */
export const isPlace = (s: string): boolean =>
  /^(?:[^,]+,\s?){1,2}(?:france|deutschland|germany|allemagne|schweiz|switzerland|suisse|belgi(?:que|um|en)|österreich|austria|autriche|luxemb(?:ourg|urg)|united kingdom|royaume-uni|spa(?:in|nien)|espagne|ital(?:y|ie|ien)|netherlands|pays-bas|niederlande|united states|états-unis|(?:c|k)anada)$|^(?:région|greater|metropolregion|großraum)\s|\s(?:area|umgebung|périphérie)$/i.test(
    s,
  ) && !/\s(?!(?:sur|sous|de|du|la|le|les|et|en|am|an|im|bei|und|of|upon|on)\s|périphérie$)\p{Ll}/u.test(s);

/**
 * The script's raw reading without the places it took for a headline or a firm: a member's title that is a place
 * (the line after a listed member's name, "Lyon, France", read as their headline) is none; a profile's firm that is a
 * place (an experience entry's location line) gives way to its headline's firm (`alt`), or to none.
 */
export function withoutPlaces<D extends Detection>(d: D): D {
  let people = d.people.map((p) => (p.title && isPlace(p.title) ? { ...p, title: undefined } : p));
  let companies = d.companies;
  const p = people[0],
    place = p?.company;
  if (d.kind === 'linkedin-profile' && place && isPlace(place)) {
    const alt = d.alt || undefined;
    people = [{ ...p, company: alt }, ...people.slice(1)];
    companies = alt
      ? companies.map((c) => (c.name === place ? { ...c, name: alt } : c))
      : companies.filter((c) => c.name !== place);
  }
  return { ...d, people, companies };
}

/**
 * A firm's site, by the page's contact addresses: the first whose domain bears the firm's name (a profile's
 * "capucine.marchetti@valmont-hotels.fr" for Groupe Valmont Hôtels, a post's "partners@brightloop.co" for Brightloop).
 * Free mail never; a name and a domain of under four letters never match.
 */
function domainOf(name: string, emails: readonly { address: string }[]): string | undefined {
  // (German umlauts written out in domains, as spelling.ts folds them: "Fördertechnik" → foerdertechnik)
  const n = companyNameKey(fold(name)).replace(/ /g, '');
  const m = companyNameKey(name).replace(/ /g, '');
  for (const e of emails) {
    const d = registrableDomain(e.address);
    const label = d?.split('.')[0]!.replace(/-/g, '') ?? '';
    if (
      d &&
      !isFreemailDomain(d) &&
      label.length > 3 &&
      m.length > 3 &&
      [n, m].some((k) => k.includes(label) || label.includes(k))
    )
      return d;
  }
  return undefined;
}

const bears = (name: string, address: string) => spellsMailbox(name, address, 'any-word');

/**
 * An address the script gave a member (a correspondent's message "elle est joignable par mail : oriane.k@…") that
 * bears none of their names but another listed member's, who has none: that member's. The firm the address's domain
 * was given to, unless its name spells it, loses that domain.
 */
export function withOwnAddresses<D extends Detection>(d: D): D {
  let { people, companies } = d;
  for (const p of d.people) {
    const a = p.email;
    const to = a && !bears(p.name, a) ? people.find((q) => !q.email && q !== p && bears(q.name, a)) : undefined;
    if (!to) continue;
    people = people.map((q) => (q === p ? { ...p, email: undefined } : q === to ? { ...q, email: a } : q));
    const host = hostOf(a!);
    companies = companies.map((c) =>
      c.domain === host && !domainOf(c.name, [{ address: a! }]) ? { ...c, domain: undefined } : c,
    );
  }
  return people === d.people ? d : { ...d, people, companies };
}

// a company's founders or managers in its overview: "Founded in 2019 by A and B", "fondée en 2012 par A et B",
// "Gegründet 1948 von A", "Geschäftsführung: Dr. A (CEO) und B (CFO)", "Founders: A, B"
const FOUNDED =
  /\b(?:(?:co-?)?founded|started|established|fond[ée]e?s?|cr[ée]{2}e?s?|gegründet)\b(?:\s(?:in|en|im(?:\sJahr)?))?(?:\s(\d{4}))?(?:\s(?:in|à|en)\s[A-ZÀ-Ý][\p{L}-]+)?,?\s(?:by|par|von)\s(.+)/iu;
const MANAGERS =
  /(?:^|[.;·]\s|\s[-–—]\s)(?:(?:our|the|unsere?|die|nos|notre|la|les)\s)?(?:geschäftsführung|geschäftsführer(?:in|innen)?|vorstand|gründer(?:in|innen)?|management(?:\steam)?|leadership|(?:co-?)?founders?|fondat(?:eur|rice)s?|direction|dirigeants?)\s?[:：]\s(.+)/iu;
// a name with an academic title before it and its role after it: "Dr. Anja Voss (CEO)"
const LISTED =
  /^(?:(?:[Dd]r|[Pp]rof|[Ii]ng|[Mm]ag)\.\s)*(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3})(?:\s\(([^()]{2,40})\))?$/u;
// a firm founded more than this many years ago: its founder is its history, no contact ("Gegründet 1948 von Wilhelm Voss")
const HISTORY = 30;

/**
 * The people a LinkedIn company's overview names as its founders or managers, with their role when it follows in
 * brackets, all of the page's firm. A firm's founder of long ago is none (`HISTORY`); `year` is the reading's.
 */
export function aboutPeople(about: string, firm: string, year = new Date().getFullYear()): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  for (const sentence of about.split(/(?<!\b(?:[Dd]r|[Pp]rof|[Ii]ng|[Mm]ag|St|[Cc]o))\.\s+(?=\p{Lu})/u)) {
    const f = FOUNDED.exec(sentence) ?? MANAGERS.exec(sentence);
    if (!f) continue;
    const founded = f.length > 2 ? Number(f[1] ?? 0) : 0;
    if (founded && founded < year - HISTORY) continue;
    // the names up to the clause's end: "A and B in Manchester", "A als Reparaturwerkstatt …", "A (CEO) und B (CFO)"
    const list = f[f.length - 1]!.replace(/\.$/, '').split(/,\s|\s(?:and|und|et|&)\s/);
    for (const part of list) {
      const m = LISTED.exec(part.trim().replace(/\s(?:in|à|au|en|im|als|as|comme|with|avec|mit)\s.*$/u, ''));
      if (m && !notAPerson(m[1]!)) out.push({ name: m[1]!, title: m[2], company: firm || undefined });
      else break;
    }
  }
  return out;
}

/**
 * The numbers of the texts the script sends as a member's or a firm's `phoneTexts` (a contact section, their
 * messages) read into its `phones` (after any it has), and the texts dropped: what the side panel sees holds numbers.
 */
export function withPhones<D extends Detection>(d: D): D {
  const read = <T extends { phones?: string[]; phoneTexts?: string[] }>(x: T): T => {
    if (!x.phoneTexts) return x;
    const { phoneTexts, ...rest } = x;
    return { ...rest, phones: phoneTexts.reduce((out, t) => findPhones(t, out), [...(x.phones ?? [])]) } as T;
  };
  const has = (x: { phoneTexts?: string[] }) => !!x.phoneTexts;
  return d.people.some(has) || d.companies.some(has)
    ? { ...d, people: d.people.map(read), companies: d.companies.map(read) }
    : d;
}

/**
 * A conversation's correspondent (its first member, the script's first address theirs): the addresses of their
 * messages that bear their name are theirs (named so), the first of them their own and their firm's domain; another
 * one (a colleague's) is only an address.
 */
export function withTheirAddress<D extends Detection>(d: D): D {
  const p = d.people[0],
    first = p?.email;
  if (d.kind !== 'linkedin-messaging' || !first) return d;
  const emails = d.emails.map((e) => (!e.name && bears(p.name, e.address) ? { ...e, name: p.name } : e));
  const email = emails.find((e) => e.name === p.name)?.address ?? first;
  return {
    ...d,
    emails,
    people: [{ ...p, email }, ...d.people.slice(1)],
    companies: d.companies.map((c, i) =>
      !i && c.name === p.company && c.domain === hostOf(first) ? { ...c, domain: hostOf(email) } : c,
    ),
  };
}

/**
 * A headline's title and firm ("Title at Firm", "Title | Firm"); a field after "en" ("Consultante en logistique et
 * transport") is no firm: the title is then the headline's first segment.
 */
export function parseHeadline(h: string): { title?: string; company?: string } {
  // ("Directrice RSE @Mirabelle Traiteur": the at-sign glued to the firm's name, as LinkedIn members write it)
  h = h.replace(/(?<=\S)\s@(?=\p{Lu})/u, ' @ ');
  const hl = parseAny(h),
    c = hl.company;
  if (!c) return { ...hl, ...titleFirm(h) };
  if (/^\p{Ll}/u.test(c) && h.includes(' en ' + c)) return { title: h.split(/\s[|·•]\s/)[0]!.trim() };
  // an independent's headline names where they work after a dash, no firm ("Consultant SEO indépendant – Colmar",
  // "Freelance Designer - Bristol", "Selbstständige Texterin – Freiburg"): one word, no firm's mark
  if (hl.title && INDEPENDENT.test(hl.title) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(c) && / [-–—] /.test(h))
    return { title: hl.title };
  return hl;
}

// a firm's name of two to five capitalised words (and their joining words)
const FIRM_WORDS =
  /^\p{Lu}[\p{L}\p{M}\d&'’.+-]*(?:\s(?:&|and|und|et|de|du|des|of|für|\p{Lu}[\p{L}\p{M}\d&'’.+-]*)){1,4}$/u;
// a second segment that names a role, a topic or a trade, no firm ("CEO | Keynote Speaker", "Designer | Lighting Design")
const NO_FIRM =
  /\b(?:speaker|author|autor(?:in)?|coach|mentor|advisor|investor|keynote|podcast(?:er)?|host|design|lighting|licht|architecture|architektur|ai|ki|saas|b2b|lean|esg|sustainability|nachhaltigkeit|innovation|ex|former|früher|open to work)\b/i;

/**
 * "Senior Lighting Designer · Elbkante Lichtdesign": a headline of two segments, a job title then a name of two words or
 * more that is no title, role, topic, sector or place, names the member's firm (the title list the content script
 * carries is short: "Designer" is on none of it).
 */
function titleFirm(h: string): { title: string; company: string } | undefined {
  const parts = h.split(/\s[|·•]\s|\s[-–—]\s/).map((x) => x.trim());
  if (parts.length !== 2) return undefined;
  const [title, firm] = parts as [string, string];
  const no = !FIRM_WORDS.test(firm) || NO_FIRM.test(firm) || isSector(firm) || isPlace(firm) || looksLikeJobTitle(firm);
  return !no && looksLikeJobTitle(title) ? { title, company: firm } : undefined;
}
const INDEPENDENT =
  /(?<![\p{L}])(?:ind[ée]pendante?|independent|freelancer?|free-lance|self-employed|selbst(?:st)?ändige?r?|freiberufliche?r?|(?:auto|micro)-?entrepreneure?)(?![\p{L}])/iu;

/**
 * A listed member's headline and LinkedIn's own "Current: X at Y" line: the latter says more than the headline's
 * free text, unless both name one firm and the headline's title is the fuller ("Chief Revenue Officer at X" over
 * "Current: CRO at X").
 */
export function readHeadline(headline: string, current = ''): { title?: string; company?: string } {
  const cur = parseHeadline(current),
    own = parseHeadline(headline);
  return cur.company &&
    (cur.company.toLowerCase() !== own.company?.toLowerCase() || (own.title ?? '').length <= (cur.title ?? '').length)
    ? cur
    : own;
}

const key = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The headlines the script sends raw, read: a member's title and firm where the script gave none (a staff member
 * shown on a firm's page is kept if their headline names that firm, or names none in a section about its staff);
 * a firm named by a headline (`name` empty) gets the headline's firm, or is none.
 */
export function withHeadlines<D extends Detection>(d: D): D {
  const has = (x: { headline?: string; current?: string }) => x.headline !== undefined || x.current !== undefined;
  if (!d.people.some((p) => has(p) || p.staff !== undefined) && !d.companies.some(has)) return d;
  const people: DetectedPerson[] = [];
  for (const p of d.people) {
    const { headline, current, staff, ...rest } = p;
    if (!has(p) && staff === undefined) {
      people.push(p);
      continue;
    }
    const hl = readHeadline(headline ?? '', current);
    if (staff !== undefined) {
      const k = key(hl.company ?? ''),
        firm = key(p.company ?? '');
      if (k ? !(firm.startsWith(k) || k.startsWith(firm)) : !staff) continue;
    }
    people.push({ ...rest, title: p.title || hl.title, company: p.company || hl.company });
  }
  const companies: DetectedCompany[] = [];
  for (const c of d.companies) {
    const { headline, current, ...rest } = c;
    if (!has(c)) companies.push(c);
    else {
      const name = readHeadline(headline ?? '', current).company;
      if (name) companies.push({ ...rest, name });
    }
  }
  return { ...d, people, companies };
}

/**
 * A logo's alt text as its firm's name: without what is left of its "Logo of" ("Logo von Hallberg AG": the script
 * strips "Logo "), an older layout's " Graphic" ("Unilever Graphic"), a note in brackets ("Zip2 Corp. (Acquired by
 * Compaq)"; an acronym stays: "Ferrocraft Industries (FCI)").
 */
const logoName = (alt: string): string =>
  alt
    .replace(/^(?:(?:von|vom|der|des|du|of the|of|de la|de)\s+|d[’']\s*)/u, '')
    .replace(/\s(?:graphic|grafik|logo)$/i, '')
    .replace(/\s*\((?:[^()\s]+\s){2,}[^()]*\)$/u, '')
    .trim();

/**
 * A profile's member's title and firms, chosen by its headline (the script's raw parts, `Detection.profile`): the
 * headline's firm, when it is one of the current positions, is the member's main one; else the first current
 * position, the first experience entry's firm, the headline's. The headline's title goes with its firm; else the
 * experience entry's title, the JSON-LD job title, the headline's. The main firm's page is its current position's
 * link, the experience entry's, or the link of a logo bearing its name; its site the contact section's.
 */
export function withProfile<D extends Detection>(d: D): D {
  const pr = d.profile;
  if (!pr) return d;
  const { profile: _p, ...rest } = d;
  const current = [...pr.current];
  const hl = parseHeadline(pr.headline);
  const main1 = hl.company ? current.findIndex((c) => c.name.toLowerCase() === hl.company!.toLowerCase()) : -1;
  if (main1 > 0) current.unshift(...current.splice(main1, 1));
  const firstCurrent = current[0]?.name;
  const company = firstCurrent || pr.expCompany || hl.company || '';
  const alt = !firstCurrent && pr.expCompany ? hl.company : d.alt;
  // (an independent's headline, "Designer UX/UI indépendante · …", says what they are better than a position's title)
  const title =
    hl.title && (hl.company || INDEPENDENT.test(hl.title)) ? hl.title : pr.expTitle || pr.jobTitle || hl.title;
  const people = d.people.map((p, i) => (i ? p : { ...p, title, company: company || undefined }));
  const companies: DetectedCompany[] = [];
  if (company) {
    const own = current.find((c) => c.name === company)?.link ?? '';
    let link =
      normalizeLinkedinUrl(own) ||
      (company === pr.expCompany || !current.length ? normalizeLinkedinUrl(pr.expLink) : '');
    if (!link) link = normalizeLinkedinUrl(pr.logos.find((l) => logoName(l.name) === company)?.link ?? '');
    const domain = pr.domain;
    companies.push({
      name: company,
      linkedinUrl: link || undefined,
      domain: domain || undefined,
      website: domain ? `https://${domain}` : undefined,
    });
  }
  // other current positions (2016/guest pages list several)
  for (const c of current.slice(1))
    if (c.name && c.name !== company)
      companies.push({ name: c.name, linkedinUrl: normalizeLinkedinUrl(c.link ?? '') || undefined });
  // the other firms of the experience, by their logos' names and pages (a past employer, the group's subsidiary)
  for (const l of pr.logos) {
    const link = normalizeLinkedinUrl(l.link) ?? '',
      name = logoName(l.name);
    if (name && link.includes('/company/') && !companies.some((c) => c.name === name || c.linkedinUrl === link))
      companies.push({ name, linkedinUrl: link });
  }
  return { ...rest, alt, people, companies: [...companies, ...d.companies] } as D;
}

export function interpretLinkedin<D extends Detection>(d: D): D {
  // (texts of phones on another page too: its phones hold numbers only; and the raw headlines and profile parts)
  d = withHeadlines(withProfile(withPhones(d)));
  if (!isLinkedin(d.url)) return d;
  d = withTheirAddress(d);
  d = withOwnAddresses(withoutPlaces(d));
  const b = new ResultBuilder(d.url, d.kind);
  const { about, alt: _alt, ...rest } = d;
  // (a company page or a linked firm keeps its name: only a bare name read from a headline is a sector's)
  const firms = new Set(d.companies.filter((c) => c.linkedinUrl || c.domain).map((c) => c.name));
  const sector = (name?: string): boolean => !!name && !firms.has(name) && isSector(name);
  for (const e of d.emails) b.addEmail(e.address, e.role, e.name);
  // an event page's host, its first firm linked to its LinkedIn page ("Veranstaltet von X", "Hosted by X"), before the
  // speakers' and attendees' firms
  const host = /^\/events\//.test(new URL(d.url).pathname) ? d.companies.find((c) => c.linkedinUrl) : undefined;
  if (host && !sector(host.name)) b.addCompany(host);
  // (a job post's hiring team, "Talent Acquisition" with no firm of its own: the hiring firm, the page's first)
  const hiring = /^\/jobs\/view\//.test(new URL(d.url).pathname) ? d.companies[0]?.name : undefined;
  for (const p of d.people) {
    // a headline "Title, Organisation" read whole as a title ("Professor für Logistikmanagement, Hochschule Weserland")
    const split = !p.company && p.title ? splitRoleOrg(p.title) : null;
    if (split && !sector(split[1])) {
      b.addPerson({ ...p, title: split[0], company: split[1] });
      b.addCompany({ name: split[1] });
    } else if (sector(p.company) || (!p.company && hiring)) b.addPerson({ ...p, company: hiring });
    else b.addPerson(p);
  }
  // (a company page's overview: its founders and managers, of the page's firm)
  if (about && d.kind === 'linkedin-company')
    for (const p of aboutPeople(about, d.companies[0]?.name ?? '')) b.addPerson(p);
  for (const c of d.companies)
    if (!sector(c.name)) b.addCompany(c.domain ? c : { ...c, domain: domainOf(c.name, d.emails) ?? c.domain });
  // (the firms of the people a page lists, a post's commenters, an event's speakers, invitations: firms of the page)
  for (const p of b.people) if (p.company && !sector(p.company)) b.addCompany({ name: p.company });
  // (then any About's firms in their roles: a parent group, a client, a partner)
  const named = new Set([...d.companies, ...d.people].map((x) => normKey(x.name)));
  if (about) for (const name of proseFirms(about)) if (!named.has(normKey(name))) b.addCompany({ name });
  return { ...rest, emails: b.emails, people: b.people, companies: b.companies } as D;
}
