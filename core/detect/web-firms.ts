/**
 * The firms a web page's people work for, read again in the background (./interpret.ts), where the content scripts'
 * budget does not count:
 * - a firm the title still holds ("PDG d’Usinage Benhamou", "CTO d'Armorik Data", "Sustainability Director, Nordvik
 *   Packaging") while the person was given the site's own firm or none: the person's firm, and a firm of the page;
 * - a "firm" that is none: a quoted sentence beside a card ("« Vous rejoindrez une équipe … »"), a lower-case word
 *   ("Clerc — immobilier"), a qualification ("Geschäftsführer, Tischlermeister"), a firm's board ("Präsident des
 *   Verwaltungsrates"), departments or practice areas joined ("Vertrieb & Planung", "Water & Utilities"): the person
 *   works at the site's firm, and the page lists no such firm;
 * - a firm with the next sentence's start ("Fromageries Lacombe. L’entreprise, connue pour …"): the firm alone;
 * - an independent's ("Independent consultant") on a page listing people of other firms: none, not the site's.
 */
import type { DetectedCompany, DetectedPerson, Detection } from './types';
import { LEGAL_FORM_END, alnumWords, looksLikeJobTitle } from './text';
import { normKey } from './result';
import { DEPT_WORDS, TITLE_EXTRA, unitOrField } from './people-words';
import { splitRoleOrg } from './role-org';
import { hostOf } from '../text/host';
import { samePhone } from './phones';
import { spellsMailbox } from './spelling';
import { TEAM_WORD } from './shared-mailbox';
import { lazy } from '../text/lazy';

const DEPT_START = lazy(() => new RegExp(`^(?:${DEPT_WORDS})(?![\\p{L}])`, 'iu'));
// a practice area or a sector, named beside a partner's title ("Partner, Water & Utilities"; "Vertrieb & Planung")
const AREA =
  /^(?:water|utilities|energy|infrastructure|real estate|property|tax|taxation|litigation|corporate|employment|banking|insurance|healthcare|health|construction|environment|mobility|public sector|private clients|family|planning|planung|montage|beratung|verkauf|kundendienst|buchhaltung|personalwesen|immobilien|steuern|immobilier|fiscalit[ée]|droit social|patrimoine|famille|urbanisme|m[ée]dias?|tourisme|agriculture|industrie|industry|retail|transports?|travaux|études)$/iu;
// a firm's board or council, the object of a title, no firm ("Präsident des Verwaltungsrates", "Chair of the Board"),
// with its topic ("Beirat Gesundheit", "Vorstand Finanzen")
const BOARD =
  /^(?:(?:des|du|of the|the|del)\s+)?(?:verwaltungsrat(?:e?s)?|vorstand(?:e?s)?|aufsichtsrat(?:e?s)?|beirat(?:e?s)?|stiftungsrat(?:e?s)?|board(?:\s+of\s+(?:directors|trustees))?|conseil\s+d['’]administration|conseil\s+de\s+surveillance|directoire|comit[ée]\s+(?:de\s+direction|ex[ée]cutif)|consiglio\s+di\s+amministrazione|consejo\s+de\s+administraci[oó]n)(?:\s+\S+){0,2}$/iu;
// a quoted sentence, or a sentence of five words or more ending in its stop
// a part of an organisation ("Lehrgebiet Fügetechnik", "Abteilung Einkauf", "Service Achats", "Working Group Data")
const UNIT =
  /^(?:arbeitsgruppe|arbeitskreis|abteilung|fachbereich|fachgebiet|lehrgebiet|lehrstuhl|referat|sachgebiet|bereich|working group|groupe de travail|service|p[ôo]le|d[ée]partement|department|division|team|[ée]quipe)\s/iu;
const QUOTED = /^[«"“„‚‹]|[»"”“‘›]$/u;
const SENTENCE = /^(?:\S+\s+){4,}\S*[.!?…]$/u;
// a firm's name, then the next sentence ("Fromageries Lacombe. L’entreprise"); no initial nor abbreviation before the stop
const NEXT_SENTENCE = /^(\p{Lu}.{1,60}?[\p{Ll}\p{M}]{2})\.\s+\p{Lu}/u;
const ABBREVIATION =
  /(?:^|\s)(?:bros|co|corp|inc|ltd|st|ste|sts|ets|cie|gebr|dr|mr|mrs|ms|jr|sr|jun|sen|fils|frères)$/iu;

/** A firm's name read with the next sentence's start, cut at its stop ("Fromageries Lacombe. L’entreprise"). */
export function withoutNextSentence(name: string): string {
  const m = NEXT_SENTENCE.exec(name);
  return m && !ABBREVIATION.test(m[1]!) ? m[1]! : name;
}

// the words that may follow a firm's name inside it, lower-case ("Banque des Territoires", "Meyer und Söhne")
const JOINING = /^(?:de|du|des|la|le|les|l['’].*|d['’].*|et|und|and|of|the|für|von|der|di|del|della|y|e|&)$/iu;

/**
 * A firm's name read with the headline it opens ("Maravelle Biscuits lance une gamme …" on maravelle-biscuits.fr, a
 * press release's title): the leading words that spell the firm's own domain, when a lower-case word other than a
 * joining one follows them (the headline's verb); the name itself otherwise.
 */
export function withoutHeadline(name: string, domain: string | undefined): string {
  const label = (domain ?? '').split('.')[0]!.replace(/[^a-z0-9]/g, '');
  const words = name.trim().split(/\s+/);
  if (label.length < 4 || words.length < 3) return name;
  const whole = alnumWords(name).replace(/ /g, '');
  for (let k = 1; k <= 3 && k < words.length - 1; k++) {
    const lead = words.slice(0, k).join(' ');
    // (the domain spells the whole name, or its first word: "Brévanne Conserves" on brevanne.fr)
    const key = alnumWords(lead).replace(/ /g, '');
    const first = alnumWords(words[0]!).replace(/ /g, '');
    const next = words[k]!;
    if (
      (key === label || first === label || (key.length >= 6 && label.startsWith(key))) &&
      /^\p{Ll}/u.test(next) &&
      !JOINING.test(next) &&
      // ("Cabinet paramédical du Lavoir" on cabinet-du-lavoir.fr: the name's end spells the rest of the domain)
      !(key.length < label.length - 2 && whole.endsWith(label.slice(key.length)))
    )
      return lead;
  }
  return name;
}

/** A name a web page's reader gave as a firm that names none (a quote, a trade, a title, a board, departments). */
export function namesNoFirm(name: string): boolean {
  const n = name.trim();
  if (QUOTED.test(n) || SENTENCE.test(n) || BOARD.test(n) || UNIT.test(n)) return true;
  // ("immobilier", "Montage"): a lower-case word, or a title's or a department's word alone
  if (!n.includes(' ') && (/^\p{Ll}[\p{Ll}\p{M}'’-]+$/u.test(n) || looksLikeJobTitle(n) || TITLE_EXTRA.test(n)))
    return true;
  const parts = n.split(/\s*,\s*|\s+(?:&|and|und|et|e|y)\s+/);
  return parts.length >= 2 && parts.every((p) => DEPT_START().test(p) || AREA.test(p));
}

// a role that heads a firm, before "de / of / der …" and the firm's name ("directrice régionale de la Banque …")
const HEAD_ROLE =
  /^(?:co-?)?(?:pdg|p-dg|ceo|cto|cfo|coo|cmo|cio|dg|drh|daf|dsi|pr[ée]sident(?:e|in)?s?|directeurs?|directrices?|director|direktor(?:in)?|fondat(?:eur|rice)s?|founders?|g[ée]rante?s?|associ[ée]e?s?|dirigeante?s?|owners?|managing\s+director|chair(?:man|woman)?|gesch[äa]ftsf[üu]hrer(?:in)?|inhaber(?:in)?|direttore|direttrice|amministratore\s+delegato|fundador(?:a)?|gerente|consejer[oa]\s+delegad[oa])(?![\p{L}])/iu;
// a firm's name: capitalised words, with the joining words inside it ("Cartonnerie du Royans", "Banque des Territoires")
const FIRM_WORD = String.raw`(?:d['’])?[\p{Lu}\d][\p{L}\p{M}\d&'’.+-]*`;
const FIRM = String.raw`${FIRM_WORD}(?:\s+(?:(?:du|des|de la|de|of the|of|the|and|&|et|und|für|der|di|del|della|y|de los)\s+)?${FIRM_WORD}){0,5}`;
// "PDG d’Usinage Benhamou", "CTO d'Armorik Data", "directeur de site de Valcrest Plastiques", "CEO of Halden Foods"
const TITLE_OF_FIRM = lazy(
  () =>
    new RegExp(
      String.raw`^([^,]{2,60}?)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+(?:the\s+)?|der\s+|des\s+|von\s+|di\s+|del\s+|della\s+)(${FIRM})$`,
      'u',
    ),
);
// "journaliste, Le Journal des Achats", "Redakteurin – Holzbau Magazin": a title of the trades' words, then a firm
const TITLE_COMMA_FIRM = lazy(() => new RegExp(String.raw`^([^,–—]{2,60}?)(?:,|\s[–—])\s+(${FIRM})$`, 'u'));
// "Head of Sales at Corvane", "Gérante chez Fontaine Paysage", "Einkäuferin bei Holzbau Kruse"
const TITLE_AT_FIRM = lazy(() => new RegExp(String.raw`^(.{2,60}?)\s+(?:at|chez|bei|@|presso)\s+(${FIRM})$`, 'u'));

function commaFirm(t: string): [string, string] | null {
  const m = TITLE_COMMA_FIRM().exec(t);
  return m && TITLE_EXTRA.test(m[1]!) ? [m[1]!, m[2]!] : null;
}

/** [title, firm] of a title that still names the firm its holder works for; null when it names none. */
export function titleFirm(title: string): [string, string] | null {
  const t = title.trim().replace(/[.;]$/, '');
  const of = TITLE_OF_FIRM().exec(t);
  const at = TITLE_AT_FIRM().exec(t);
  const split: [string, string] | null =
    of && HEAD_ROLE.test(of[1]!)
      ? [of[1]!, of[2]!]
      : at && (looksLikeJobTitle(at[1]!) || TITLE_EXTRA.test(at[1]!))
        ? [at[1]!, at[2]!]
        : (splitRoleOrg(t) ?? commaFirm(t));
  if (!split) return null;
  const [role, firm] = [split[0].trim(), split[1].trim().replace(/^d['’]/, '')];
  // (a title never starts with an article: "Le Journal des Achats" is a firm, whatever its words)
  const titled =
    !/^(?:(?:L[ae]s?|The|Die|Der|Das|Il|El)\s|L['’])\p{Lu}/u.test(firm) &&
    (looksLikeJobTitle(firm) || TITLE_EXTRA.test(firm));
  if (namesNoFirm(firm) || DEPT_START().test(firm) || titled || (unitOrField(firm) && !LEGAL_FORM_END.test(firm)))
    return null;
  // (a firm of one word is one only when the page lists it: "Senior Data Scientist, Carbonwise")
  return [role, firm];
}

/** Two names of one firm: one holds the other's words ("Groupe Maillard-Ogier", "Maillard-Ogier"). */
function sameFirm(a: string, b: string | undefined): boolean {
  if (!b) return false;
  const [x, y] = [` ${alnumWords(a)} `, ` ${alnumWords(b)} `];
  return Math.min(x.length, y.length) >= 6 && (x.includes(y) || y.includes(x));
}

/** The page's own firm: its first firm whose domain is the page's site. */
function ownFirm(d: Detection): DetectedCompany | undefined {
  const host = hostOf(d.url) ?? '';
  return d.companies.find((c) => {
    const domain = c.domain ?? hostOf(c.website ?? '') ?? '';
    return !!domain && (host === domain || host.endsWith('.' + domain) || domain.endsWith('.' + host));
  });
}

const DOTTED = /\s[·|•]\s/;
// a title that says its holder works for no firm ("Independent consultant", "Consultante indépendante", "Freiberufliche
// Beraterin", "Freelance designer")
const ON_OWN =
  /^(?:independent|freelancer?|self-employed|freiberufliche?r?|selbst(?:st)?ändige?r?)(?![\p{L}])|(?<![\p{L}])(?:ind[ée]pendante?|freelance|à son compte|freiberuflich|selbst(?:st)?ändig)$/iu;

// a firm's office by its town, or its kind and its town ("Guéret", "Agence Nice", "Bureau de Brive", "Standort Köln")
const OFFICE =
  /^(?:(?:[Aa]gence|[Bb]ureau|[Oo]ffice|[Bb]ranch|[Aa]ntenne|[Ss]uccursale|[Ff]iliale|[Nn]iederlassung|[Ss]tandort|[Zz]weigstelle|[Bb][üu]ro)\s+(?:de\s+|d['’]|du\s+)?)?\p{Lu}[\p{L}'’-]+$/u;

/** A web page's detection with its people's firms read again (the detection itself when none changes). */
export function withPeopleFirms<D extends Detection>(d: D): D {
  if (d.kind !== 'company-site' && d.kind !== 'other') return d;
  return withFirmsOfPeople(withoutHeadlines(d));
}

/** A web page's firms named with a headline they open, and their people's firms, cut to the firm's own name. */
function withoutHeadlines<D extends Detection>(d: D): D {
  const cuts = new Map<string, string>();
  for (const c of d.companies) {
    const cut = withoutHeadline(c.name, c.domain ?? hostOf(c.website ?? '') ?? undefined);
    if (cut !== c.name) cuts.set(normKey(c.name), cut);
  }
  if (!cuts.size) return d;
  const cutOf = (n: string) => cuts.get(normKey(n)) ?? n;
  return {
    ...d,
    companies: d.companies.map((c) => ({ ...c, name: cutOf(c.name) })),
    people: d.people.map((p) => (p.company && cuts.has(normKey(p.company)) ? { ...p, company: cutOf(p.company) } : p)),
  };
}

function withFirmsOfPeople<D extends Detection>(d: D): D {
  const own = ownFirm(d);
  const ownKey = own ? normKey(own.name) : '';
  const ownDomain = own ? (own.domain ?? hostOf(own.website ?? '') ?? '') : '';
  const known = new Map(d.companies.map((c) => [normKey(c.name), c]));
  const dropped = new Set<string>();
  const offices = new Set<string>();
  const added: DetectedCompany[] = [];
  const renamed = new Map<string, string>();
  let changed = false;
  // ("Partner · Real Estate" on every card of a firm's people: the part after the dot is a practice, no firm; one such
  // card alone, "Operations Director · Meridia Foods", names the firm)
  const dotted = d.people.filter((p) => DOTTED.test(p.title ?? '')).length > 1;
  // (on a page of people of several firms, a speakers' or a members' list: the site's firm is no independent's)
  const others = d.people.some((p) => p.company && normKey(p.company) !== ownKey);
  const people = d.people.map((p): DetectedPerson => {
    let q = p;
    // an office's contact whose firm was read as the office ("Agence Nice", "Guéret" over "Tél. … · nice@<site>"):
    // their address on the site's own domain says the site's firm
    const office = q.company ? known.get(normKey(q.company)) : undefined;
    const atOffice =
      !!office &&
      !!own &&
      !!ownDomain &&
      normKey(office.name) !== ownKey &&
      // (or their title names the office's town: "Responsable d'agence Avignon")
      (q.email?.split('@')[1] === ownDomain || (q.title ?? '').endsWith(' ' + office.name.split(' ').pop()!)) &&
      OFFICE.test(office.name) &&
      !office.domain &&
      !office.website &&
      !office.siren &&
      !office.vat;
    if (atOffice) {
      offices.add(normKey(office!.name));
      q = { ...q, company: own!.name };
    }
    if (others && own && q.company === own.name && ON_OWN.test(q.title ?? '')) {
      q = { ...q };
      delete q.company;
    }
    if (q.company) {
      const cut = withoutNextSentence(q.company);
      if (cut !== q.company) {
        renamed.set(normKey(q.company), cut);
        q = { ...q, company: cut };
      }
      if (namesNoFirm(cut)) {
        dropped.add(normKey(cut));
        q = { ...q, company: own?.name };
        if (!own) delete q.company;
      }
    }
    // (and "Responsable d'agence Nice" is their title, the office's town in it)
    if (q.title && !atOffice && (!q.company || normKey(q.company) === ownKey) && !(dotted && DOTTED.test(q.title))) {
      const split = titleFirm(q.title);
      // ("présidente du directoire du Groupe Maillard-Ogier" on maillard-ogier.fr: the site's own firm by its long name)
      const key = split ? (sameFirm(split[1], own?.name) ? ownKey : normKey(split[1])) : '';
      // (one word names a firm only when the page lists it, or it is the site's own)
      if (split && (split[1].includes(' ') || known.has(key) || key === ownKey)) {
        q = { ...q, title: split[0], company: key === ownKey ? own!.name : (known.get(key)?.name ?? split[1]) };
        if (!known.has(key) && key !== ownKey && !added.some((c) => normKey(c.name) === key))
          added.push({ name: split[1] });
      }
    }
    // (a firm's own site: one of its people without a firm, whose address is at its domain, works there)
    if (!q.company && own && d.kind === 'company-site' && ownDomain && q.email?.split('@')[1] === ownDomain)
      q = { ...q, company: own.name };
    if (q !== p) changed = true;
    return q;
  });
  const held = new Set(people.map((p) => normKey(p.company ?? '')));
  const companies: DetectedCompany[] = [];
  for (const c of d.companies) {
    const key = normKey(c.name);
    const bare = !c.domain && !c.website && !c.phones?.length && !c.siren && !c.vat && !c.linkedinUrl;
    const name = renamed.get(key);
    if (name) {
      changed = true;
      if (!companies.some((x) => normKey(x.name) === normKey(name))) companies.push({ ...c, name });
    } else if (((bare && (dropped.has(key) || namesNoFirm(c.name))) || offices.has(key)) && !held.has(key))
      changed = true;
    else companies.push(c);
  }
  for (const c of added) if (!companies.some((x) => normKey(x.name) === normKey(c.name))) companies.push(c);
  if (!changed && !added.length) return d;
  return { ...d, people, companies };
}

/**
 * A page of the firm's offices, each with its contact ("Lyon – siège", "Nantes": a number, an office mailbox
 * lyon@<site>, "Votre contact : Name, Directrice d’agence"): the numbers beside the offices' mailboxes are the
 * firm's too. Two such contacts at least; a mailbox that spells its holder's name is theirs, and so is its number, and a
 * department's (einkauf@, service@) is its desk's.
 */
export function withOfficeNumbers<D extends Detection>(d: D): D {
  if (d.kind !== 'company-site') return d;
  const own = ownFirm(d);
  const domain = own ? (own.domain ?? hostOf(own.website ?? '') ?? '') : '';
  if (!own || !domain) return d;
  const desks = d.people.filter(
    (p) =>
      p.phones?.length &&
      p.email &&
      hostOf(p.email) === domain &&
      normKey(p.company ?? '') === normKey(own.name) &&
      !spellsMailbox(p.name, p.email, 'any-word') &&
      // (a department's mailbox, einkauf@, service@: its desk's line, no office's)
      !TEAM_WORD.test(p.email.split('@')[0]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()),
  );
  if (desks.length < 2 || new Set(desks.map((p) => p.email)).size < desks.length) return d;
  const phones = [...(own.phones ?? [])];
  for (const n of desks.flatMap((p) => p.phones!)) if (!phones.some((q) => samePhone(q, n))) phones.push(n);
  if (phones.length === (own.phones?.length ?? 0)) return d;
  return { ...d, companies: d.companies.map((c) => (c === own ? { ...c, phones } : c)) };
}
