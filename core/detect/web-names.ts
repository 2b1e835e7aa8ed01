/**
 * What a web page's readers took for a person or a firm and is neither, filtered in the background
 * (./interpret.ts), where the content scripts' budget does not count: a street ("Chemin des Charmilles"), a firm
 * or a fund named by its last word ("Northgate Climate Capital"), a public body or register ("Companies House",
 * "Steuerberaterkammer München"), a legal notice's heading ("Berufsrechtliche Angaben"); a programme's talk
 * ("Impulsvortrag: Wärmepumpen im Bestand") or a speaker's "Title · Firm" taken for a firm.
 */
import type { DetectedCompany, DetectedPerson, Detection } from './types';
import { LEGAL_FORM_END, looksLikeJobTitle, looksLikePersonName } from './text';
import { normKey } from './result';
import { sameSiteHosts } from '../text/host';
import { fold, spellsDomain } from './spelling';
import { isFreemailDomain } from './freemail';
import { DEPARTMENT_ALONE, NOT_A_FIRST_NAME, TITLE_EXTRA } from './people-words';
import { lazy } from '../text/lazy';

// a street's first word (FR, EN, DE): nobody's first name
const STREET_FIRST =
  /^(?:rue|avenue|chemin|all[ée]e|impasse|boulevard|bd|route|quai|place|cours|square|passage|sentier|ruelle|parvis|esplanade|lieu-dit|lieudit|hameau|lotissement|r[ée]sidence)\s/i;
// a street's last word ("Harbour Road", "Lindenallee"): no surname ("Lane" is one)
// (or its middle word: "Gloucester Road Ironmongers", a shop named after its street)
const STREET_LAST =
  /(?:\s(?:street|road|avenue|drive|crescent|terrace)|stra(?:ß|ss)e|gasse|allee)$|\s(?:street|road)\s/i;
// a firm's, a fund's or a heading's last word (or a board's committee, a share's agent: "Audit Committee", "Designated Sponsor")
const NOT_A_SURNAME =
  /\s(?:capital|ventures?|management|holdings?|investments?|partners|associates|advisors|advisory|equity|fund|trust|foundation|consulting|solutions|technologies|systems|labs|studios?|group|gruppe|groupe|kontor|agentur|angaben|hinweise|informationen|rechtliches|haftung|datenschutz|registre|register|committee|ausschuss|sponsor|agent|auditor)$/i;
// a first word that is a German firm's or body's compound ("Kreativkontor", "Steuerberaterkammer", "Amtsgericht")
// or an adjective or participle ("Berufsrechtliche", "Zuständige", "Geschäftsführender"): no first name ends so
const NOT_A_FIRST =
  /^(?:\p{L}{3,}(?:kontor|agentur|werkstatt|technik|manufaktur|kammer|gericht|register|beh[öo]rde|verband)|\p{L}{5,}(?:liche|lichen|ische|ischen|ige|igen)|\p{L}{6,}ende[rn]?|companies|charity|registre|handelsregister|amtsgericht|finanzamt|outside|inside|außerhalb|innerhalb|hors)$/iu;

// a legal form first ("SCA Les Vergers du Comtat", "SARL Primeurs Ventoux"; upper-case: "Earl" is a first name): a firm's name, no person's
const LEGAL_FIRST = /^(?:SCA|SARL|SAS|SASU|EURL|EARL|GAEC|GFA|SCEA|SCI|SCOP|SCP|SELARL|GIE|GmbH|UG|LLC)\s/;
// a trade's or a business's noun as the first or last word ("Fabre Automobiles", "Technopole Montesquieu",
// "Immobilier Lacroix", "Transports Girard", "Bäckerei Huber", "Harlow Motors"): a firm named so, no person
const TRADE = String.raw`(?:automobiles?|autos|technop[oô]le|immobili(?:er|ère)|immo|transports?|menuiserie|plomberie|[ée]lectricit[ée]|charpente|ma[çc]onnerie|carrosserie|couverture|paysages?|traiteur|boulangerie|p[âa]tisserie|boucherie|fromagerie|pharmacie|optique|garage|motors|removals|plumbing|roofing|builders|bakery|autohaus|immobilien|bäckerei|metzgerei|schreinerei|tischlerei|transporte|spedition)`;
const TRADE_FIRST_OR_LAST = lazy(() => new RegExp(`^${TRADE}\\s|\\s${TRADE}$`, 'iu'));

// a topic's phrase, a preposition and its article inside a name ("… in der Bestandssanierung", "… in the home")
const TALK = /\s(?:in der|in den|im|in the|for the|für die|für den|dans les|dans la|pour les|pour la)\s\p{L}/u;

// a partner firm's relation to the site's ("our distributor", "unser Vertriebspartner"), read as a title
const PARTNER_ROLE =
  /^(?:(?:our|your|exclusive|local|authori[sz]ed|official|unser(?:e[rn]?)?|notre|votre)\s+)?(?:distributor|reseller|dealer|importer|supplier|sales agent|representative|distribut(?:eur|rice)|revendeur|importateur|fournisseur|händler|vertriebspartner|importeur|lieferant|generalvertretung)s?$/i;

// a content system's default account, shown as an article's author (Joomla's "Super User", "Site Administrator")
const CMS_ACCOUNT =
  /^(?:super\s?user|site\s(?:admin(?:istrator)?|owner|editor)|admin(?:istrator)?\s(?:user|account|site))$/i;

// a plural common noun, the object of a title ("Responsable Grands Comptes", "Key Accounts", "Leiter Großkunden")
// or of a heading: no word of a person's name
const PLURAL_NOUN =
  /(?<!\p{L})(?:grand(?:e)?s|comptes|clients|accounts|kunden|gro(?:ß|ss)kunden|ventes|achats|projets|projects|particuliers|professionnels|entreprises|affaires|partenariats|ansprechpersonen|ansprechpartner|contacts|kontakte)(?!\p{L})/iu;

// a history's event noun before a name ("Arrivée de", "Départ de", "Nomination de", "Arrival of", "Eintritt von"), or a
// press page's interview ("Interview de X", "Entretien avec X", "Interview with X", "Interview mit X")
const EVENT_LEAD =
  /^(?:(?:arriv[ée]e|d[ée]part|nomination|[ée]lection|retour|arrival|appointment|departure|election|ankunft|eintritt|berufung|wahl|interview)\s(?:de|d['’]|of|von)|(?:interview|entretien|gespräch)\s(?:with|avec|mit))\s(?=\p{Lu}\S*\s\p{Lu})/iu;

// a masthead's verb before the publisher's name ("Le Journal du X – édité par Y SAS"): the line names a title and
// its publisher, no person and their firm
const PUBLISHED_BY =
  /^(?:[ée]dit[ée]e?|publi[ée]e?)\s+par\s+|^(?:published|edited)\s+by\s+|^(?:herausgegeben|verlegt)\s+von\s+|^ein\s+angebot\s+(?:von|der)\s+/i;
// a byline's word before the author's name ("Par Lucie Andrieux", "By Jane Roe")
const BYLINE_LEAD = /^(?:Par|By)\s(?=\p{Lu}\S*\s\p{Lu})/u;

/** A name a web page's readers gave that is no person's. */
export function notAPerson(name: string): boolean {
  const first = name.split(' ')[0]!;
  return (
    // ("Ihre Ansprechpersonen", "Nos contacts": a heading's possessive or label first)
    NOT_A_FIRST_NAME.test(first) ||
    // ("de Hertzog Emballages" read from "PDG de Hertzog Emballages": a lower-case particle first names no first name)
    // (or last, once the name is put right: "Hertzog Emballages De")
    /^(?:de|du|des|von|van|der)$/.test(first) ||
    /\s(?!(?:le|la|van|von|de|ten|ter)\s)\S+\s(?:de|du|des|von|van|der)$/i.test(name) ||
    PLURAL_NOUN.test(name) ||
    STREET_FIRST.test(name) ||
    STREET_LAST.test(name) ||
    NOT_A_SURNAME.test(name) ||
    NOT_A_FIRST.test(first) ||
    CMS_ACCOUNT.test(name) ||
    LEGAL_FIRST.test(name) ||
    TRADE_FIRST_OR_LAST().test(name)
  );
}

// "Staff Data Engineer · Kelpie Systems", "Principal Engineer @ Marlowe Bank": a speaker's title before the firm
const TITLE_THEN_FIRM = /^(.{2,60}?)(?:\s(?:·|@|\||–|—)|,)\s(\S.{1,60})$/u;
// "Impulsvortrag: Wärmepumpen im Bestand", "Cabinet d'orthoptie : 02 …" (a label or a talk before a colon); "Anschrift wie oben" (a reference)
const legalAlone = (s: string) => !s.includes(' ') && LEGAL_FORM_END.test(s);
const ABOVE = /\b(?:wie oben|siehe oben|see above|as above|ci-dessus|voir plus haut)\b/iu;
const NOT_A_FIRM = /\p{L}\s?:\s|\b(?:wie oben|siehe oben|see above|as above|ci-dessus|voir plus haut)\b/iu;

// "Université Grenoble-Alpes / Teklane": a doctoral student's lab and firm, two organisations
const TWO_ORGS = /^(\p{Lu}[^/]{1,60}?)\s\/\s(\p{Lu}[^/]{1,60})$/u;
const ACADEMIC =
  /(?<!\p{L})(?:universit[ée]|university|universität|hochschule|[ée]cole|school|institut[e]?|cnrs|inria|inserm|laboratoire|lab)(?!\p{L})/iu;
// a part of an organisation, not a firm ("Arbeitsgruppe Sedimente", "Working Group Coastal Data")
const UNIT =
  /^(?:arbeitsgruppe|arbeitskreis|abteilung|fachbereich|lehrstuhl|referat|working group|groupe de travail)\s/iu;
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
// a lower-case phrase of words (no brand's "eBay", no domain): a trade, not a firm
const TRADE_AS_FIRM = /^\p{Ll}{2,}(?:\s[\p{Ll}'’-]+){1,4}$/u;
// a name, then a lower-case description after a comma ("…, cabinet d'expertise comptable à Lille", "…, joiners in Leeds")
const TAGLINE = /^(\p{Lu}[^,]{1,60}?),\s+\p{Ll}[^,]{2,80}$/u;
// a page's section or desk named alone, a heading or a row's label, not a firm ("Billetterie", "Presse", "Empfang")
const SECTION =
  /^(?:billetterie|tickets?|ticketing|boutique|presse|press|accueil|r[ée]ception|empfang|secr[ée]tariat|sekretariat|standard|hotline|support|r[ée]daction|redaktion|inscriptions?|anmeldung|registration|r[ée]servations?|reservations?|bookings?|partenaires|sponsors|m[ée]c[èe]nes|programme|program|programm|contacts?|kontakt)$/iu;

// a telephone number alone ("+32 10 55 52 18", "04 99 00 20 00"): no firm's name
const PHONE_ALONE = /^[+(]?\d[\d\s().\/-]{5,}$/;
// a region's, a department's or a district's label ("Region Süd", "Région Est", "Secteur Nord", "Northern Region")
const REGION =
  /^(?:r[ée]gion|d[ée]partement|secteur|zone|bezirk|gebiet|vertriebsgebiet|area|district)\s\S+$|^\S+\s(?:region|area)$/iu;
// a sales territory alone, the end of a rep's title ("Regional Sales Manager, West", "Gebietsleiter, Süd"): no firm
const TERRITORY =
  /^(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west|midwest|central|mid-atlantic|pacific northwest|new england|emea|apac|latam|dach|benelux|nordics|(?:nord|süd)(?:ost|west)?|ost|mitte|sud|est|ouest|centre|nord-(?:est|ouest)|sud-(?:est|ouest))$/i;

const QUOTED = /^[«"„“”]\s?\S+(?:\s\S+){3,}/u;
const DATE_AFTER = /\s[·|–—]\s(?=[^·|]*\b\d{1,2}[\s./-]\S+[\s./-]\d{4}\b)/u;
const SENTENCE_AFTER =
  /(?<=\p{Ll}{3})\.\s(?:L['’]|(?:Le|La|Les|Elle|Il|Ils|Cette|Ce|The|It|Its|This|They|Die|Der|Das|Sie|Er|Es)\s)/u;

// a public place's or a school's word before the name of the person it is named after ("Collège Albert Camus",
// "Groupe scolaire Marie et Pierre Curie", "Stade Marcel-Dassonville", "Grundschule Erich Kästner")
const PLACE_LEAD =
  /^(?:groupe scolaire|[ée]cole(?: maternelle| [ée]l[ée]mentaire| primaire)?|coll[èe]ge|lyc[ée]e(?: professionnel| g[ée]n[ée]ral| technique| agricole| polyvalent)?|m[ée]diath[èe]que|biblioth[èe]que|gymnase|stade|piscine|salle|espace|complexe sportif|centre culturel|auditorium|tribune|grundschule|gymnasium|realschule|gesamtschule|oberschule|stadion|sporthalle|primary school|high school|stadium)\s+(.+)$/iu;
// the person's name after it: capitalised words, no joining word ("Centrale de Nantes"), no place's or brand's end
const PLACE_NAMESAKE = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:\s\p{Lu}[\p{Ll}\p{M}'’]+){1,2}$/u;
const NOT_NAMESAKE_END = /\s(?:pro|plus|centre|center|city|ville|parc|park|nord|sud|est|ouest|north|south|east|west)$/i;

/** A school or a public place named after a person ("Collège Albert Camus"): a place, no firm of the page. */
export function namedPlace(name: string): boolean {
  const m = PLACE_LEAD.exec(name.trim());
  if (!m) return false;
  // ("Marcel-Dassonville" as streets and places join it; "Marie et Pierre Curie", a couple, as one of them)
  const rest = m[1]!.replace(/-(?=\p{Lu})/gu, ' ').replace(/^(\p{Lu}\S+)\s+(?:et|and|und)\s+\p{Lu}\S+\s/u, '$1 ');
  return PLACE_NAMESAKE.test(rest) && !NOT_NAMESAKE_END.test(rest) && looksLikePersonName(rest);
}

// a testimonial's standing after its author's name ("cliente depuis 2015", "customer since 2019", "Kundin seit 2018")
const CLIENT_SINCE =
  /^(?:(?:fid[èe]le\s+)?client(?:e)?s?|customers?|clients?|kund(?:e|in|en)|members?|membres?|adh[ée]rente?s?|mitglied)\s+(?:depuis|since|seit)\s/iu;

/** The firms a web page's reader gave as one, their names read again: none when it names none. */
function firmsOf(c: DetectedCompany): DetectedCompany[] {
  if (CLIENT_SINCE.test(c.name)) return [];
  // a quote ("« Vous rejoindrez une équipe … »") and a dateline after the firm ("Kestrel Ltd · 10 March 2026 07:00 CET")
  if (QUOTED.test(c.name)) return [];
  const dated = DATE_AFTER.exec(c.name);
  if (dated && dated.index >= 3) return firmsOf({ ...c, name: c.name.slice(0, dated.index) });
  // ("Fromageries Roy. L’entreprise": a firm read past its sentence's end, the next one's article after it)
  const cut = SENTENCE_AFTER.exec(c.name);
  if (cut && cut.index >= 3) return firmsOf({ ...c, name: c.name.slice(0, cut.index) });
  // ("édité par Andrieux Médias SAS", "published by Harcourt Media Ltd": a masthead's verb before its publisher)
  const pub = PUBLISHED_BY.exec(c.name);
  if (pub) return firmsOf({ ...c, name: c.name.slice(pub[0].length) });
  if (PHONE_ALONE.test(c.name.trim()) || REGION.test(c.name.trim()) || TERRITORY.test(c.name.trim())) return [];
  if (NOT_A_FIRM.test(c.name) || UNIT.test(c.name) || (!c.domain && !c.website && SECTION.test(c.name.trim())))
    return [];
  // ("Wholesale", "Vertrieb" read from "Co-founder, Wholesale": a department alone, with nothing of a firm's own)
  if (DEPARTMENT_ALONE.test(c.name) && !c.domain && !c.linkedinUrl && !c.siren && !c.vat) return [];
  const m = TITLE_THEN_FIRM.exec(c.name);
  // ("founder, Fellside Outdoor Ltd"; not "Marketing Partners, LLC", whose right part is a legal form alone)
  // ("Co-founder, Wholesale": a title and its department, no firm)
  if (m && looksLikeJobTitle(m[1]!) && DEPARTMENT_ALONE.test(m[2]!)) return [];
  if (m && looksLikeJobTitle(m[1]!) && !looksLikeJobTitle(m[2]!) && !legalAlone(m[2]!)) return [{ ...c, name: m[2]! }];
  // "Plomberie Ravier, plombier à Clermont-Ferrand": a site's name with its tagline, the firm before the comma
  const tag = TAGLINE.exec(c.name);
  if (tag && !looksLikeJobTitle(tag[1]!) && !LEGAL_FORM_END.test(c.name)) return [{ ...c, name: tag[1]! }];
  const two = TWO_ORGS.exec(c.name);
  if (two && ACADEMIC.test(c.name)) return [{ ...c, name: two[1]! }, { name: two[2]! }];
  return [c];
}

/**
 * A site's brand or a listed firm read as a person: a name without a title that is their own firm's name or that of a
 * firm of the page with its own site ("Tremplin Atlantique" at bonjour@tremplin-atlantique.fr).
 */
function brandAsPerson(p: DetectedPerson, sites: Set<string>): boolean {
  if (p.title) return false;
  const key = normKey(p.name);
  const own = p.company ? firmsOf({ name: p.company }).map((f) => normKey(f.name)) : [];
  return own.includes(key) || sites.has(key);
}

/** "Tischlermeister", "Vertrieb & Planung": a trade's compound alone or a department with another desk, no firm's name. */
const deskOrTrade = (c: string) =>
  (!c.includes(' ') && TITLE_EXTRA.test(c)) ||
  // (one word each side, the first a department: not "Luddenden Print & Design")
  ((m) => !!m && DEPARTMENT_ALONE.test(m[1]!))(/^(\p{L}+)\s(?:&|und|and|et)\s\p{L}+$/u.exec(c));

/** A web page's detection without the people and firms that are none (the detection itself when all are). */
/**
 * A legal notice's firm read as a person, its register number as their phone ("Dénomination | Vieux Quai Brassage SRL",
 * "BCE | 0724.881.394"): every number of theirs is a firm's VAT or SIREN digits, no line of a person.
 */
function registerAsPhone(p: DetectedPerson, firms: readonly DetectedCompany[]): boolean {
  const ids = firms.flatMap((c) => [c.vat, c.siren, c.siret]).map((x) => (x ?? '').replace(/\D/g, ''));
  const digits = (n: string) => n.replace(/\D/g, '');
  return (
    !p.email &&
    !!p.phones?.length &&
    p.phones.every((n) => digits(n).length >= 9 && ids.some((id) => id.length >= 9 && id.includes(digits(n))))
  );
}

export function withoutNonNames<D extends Detection>(d: D): D {
  if (d.kind !== 'company-site' && d.kind !== 'other') return d;
  let changed = false;
  const people: DetectedPerson[] = [];
  // (the page's firms with a site of their own, their names read again: "Tremplin Atlantique, accélérateur …")
  const sites = new Set(
    d.companies.filter((c) => c.domain || c.website).flatMap((c) => firmsOf(c).map((f) => normKey(f.name))),
  );
  // the site's own firm, for a person whose firm was read wrong (their title's part, their desk)
  let host = '';
  try {
    host = new URL(d.url).hostname;
  } catch {
    host = '';
  }
  const own = d.companies.find((c) => c.domain && host && sameSiteHosts(c.domain, host))?.name;
  // the firms of the people that are none ("Designated Sponsor" above "Commerzbank AG" in a share's facts)
  const dropped = new Set<string>();
  const extra: DetectedCompany[] = [];
  for (const x of d.people) {
    // ("Arrivée de Thomas Wiart", "Nomination of …": a history's event noun before the name is no part of it)
    const bare = x.name.replace(EVENT_LEAD, '').replace(BYLINE_LEAD, '');
    let p = bare === x.name ? x : { ...x, name: bare };
    if (p !== x) changed = true;
    // ("contact our distributor Halvard Lyd AS at post@halvard-lyd.example": a partner firm named in a sentence, with
    // its relation for a title and an address off the site that spells it: a firm, no person)
    const box = PARTNER_ROLE.test(p.title ?? '')
      ? d.emails.find((e) => {
          const h = e.address.split('@')[1] ?? '';
          const label = fold(h.split('.').slice(0, -1).join(''));
          // (every word of the name in the domain: "Tobias Weiß, Partner" is no "ott-weiss.de")
          return (
            !sameSiteHosts(h, host) &&
            p.name
              .split(' ')
              .filter((w) => w.length > 2)
              .every((w) => label.includes(fold(w)))
          );
        })
      : undefined;
    if (box) {
      changed = true;
      extra.push({ name: p.name, domain: box.address.split('@')[1]! });
      continue;
    }
    // (a person with no firm whose address is on the site's own domain works there: "presse@" under the Impressum's
    // "Verantwortlich für den Inhalt")
    if (!p.company && own && p.email && sameSiteHosts(p.email.split('@')[1] ?? '', host)) {
      changed = true;
      p = { ...p, company: own };
    }
    if (
      notAPerson(p.name) ||
      brandAsPerson(p, sites) ||
      (bare !== x.name && d.people.some((q) => q.name === bare)) ||
      registerAsPhone(p, d.companies)
    ) {
      if (p.company) dropped.add(normKey(p.company));
      continue;
    }
    // ("Le Journal du X" / "édité par Y SAS": a publication and its publisher)
    if (p.company && PUBLISHED_BY.test(p.company)) {
      changed = true;
      continue;
    }
    // "Geschäftsführer, Tischlermeister", "Prokuristin, Vertrieb & Planung" read as a title and a firm: a trade's
    // compound or a department is the title's second part, no firm
    if (p.title && p.company && (deskOrTrade(p.company) || TERRITORY.test(p.company))) {
      changed = true;
      const q = { ...p, title: `${p.title}, ${p.company}`, company: own };
      if (!own) delete q.company;
      people.push(q);
      continue;
    }
    // "Clerc — immobilier" read as a title and a firm: a lower-case tail of the title is its desk, no firm
    // (or one word the title ends in, a section's heading above the card: "Key Account Manager Hotellerie")
    if (
      p.company &&
      (/^\p{Ll}/u.test(p.company) || (/^\p{L}+$/u.test(p.company) && !sites.has(normKey(p.company)))) &&
      p.title?.endsWith(' ' + p.company)
    ) {
      changed = true;
      dropped.add(normKey(p.company));
      const q = { ...p, company: own };
      if (!own) delete q.company;
      people.push(q);
      continue;
    }
    // "Gérant, courtier en assurances" read as a title and a firm: a lower-case trade is the title's, no firm
    if (p.company && TRADE_AS_FIRM.test(p.company)) {
      changed = true;
      const q = { ...p, title: p.title ? `${p.title}, ${p.company}` : p.company };
      delete q.company;
      people.push(q);
      continue;
    }
    const f = p.company ? firmsOf({ name: p.company }).pop() : undefined;
    if (f?.name === p.company) people.push(p);
    else {
      changed = true;
      // (a card's quote read as the firm: the card is the site's)
      // (and a reference to the firm above, "Anschrift wie oben": the site's)
      const q = { ...p, company: f?.name ?? (QUOTED.test(p.company!) || ABOVE.test(p.company!) ? own : undefined) };
      if (!q.company) delete q.company;
      people.push(q);
    }
  }
  // a person's title, its words after a comma ("Partner, Chartered Financial Planner"): a firm named so and read
  // alone (no site, no number) is that title's part, not a firm
  // (or after a dash: "Clerc — immobilier", a desk)
  const titleParts = new Set(
    people.flatMap((p) => (p.title ?? '').split(/,\s+|\s[—–]\s/).slice(1)).map((t) => normKey(t)),
  );
  const byKey = new Map<string, number>();
  const companies: DetectedCompany[] = [];
  // (a firm read only as such a non-person's, with nothing of its own: no firm of the page)
  for (const p of people) if (p.company) dropped.delete(normKey(p.company));
  const employers = new Set(people.map((p) => normKey(p.company ?? '')));
  for (const c of [...d.companies, ...extra]) {
    const bare = !c.domain && !c.website && !c.phones?.length;
    // (or a talk's subject taken for one, nobody's firm: "DALI-2 in der Bestandssanierung", "Heat pumps in the home")
    const talk = TALK.test(c.name) && !LEGAL_FORM_END.test(c.name) && !employers.has(normKey(c.name));
    // (or a school or a place named after a person, nobody's employer and with nothing of a firm's own)
    const place = namedPlace(c.name) && !employers.has(normKey(c.name));
    if (bare && !c.vat && !c.siren && !c.linkedinUrl && (dropped.has(normKey(c.name)) || talk || place)) {
      changed = true;
      continue;
    }
    const fs = bare && titleParts.has(normKey(c.name)) ? [] : firmsOf(c);
    if (fs.length !== 1 || fs[0] !== c) changed = true;
    for (const f of fs) {
      // ("Kelpie Systems" read from a speaker's "Title · Kelpie Systems" and from its logo: one firm)
      const key = normKey(f.name);
      const at = byKey.get(key);
      if (at === undefined) {
        byKey.set(key, companies.length);
        companies.push(f);
        continue;
      }
      changed = true;
      const known = { ...companies[at]! };
      for (const k of Object.keys(f) as (keyof DetectedCompany)[])
        if (known[k] === undefined) Object.assign(known, { [k]: f[k] });
      companies[at] = known;
    }
  }
  // a firm named by its domain alone when another firm of the page has that domain ("ikn-nordsee.de")
  const domains = new Set(companies.filter((c) => c.name !== c.domain).map((c) => c.domain));
  const firms = companies.filter((c) => !(HOST.test(c.name) && domains.has(c.name)));
  // a firm read with no site, given by the one address of the page off the site whose domain spells its name
  // ("Ateliers Lumenvert" and "Guest enquiries for Lumenvert: export@lumenvert.fr")
  const hosts = [...new Set(d.emails.map((e) => e.address.split('@')[1] ?? ''))].filter(
    (h) =>
      h &&
      !isFreemailDomain(h) &&
      !(host && sameSiteHosts(h, host)) &&
      !firms.some((c) => c.domain && sameSiteHosts(c.domain, h)),
  );
  firms.forEach((c, i) => {
    if (c.domain || c.website) return;
    const hs = hosts.filter((h) => spellsDomain(c.name, h));
    if (hs.length !== 1 || firms.some((o) => o !== c && spellsDomain(o.name, hs[0]!))) return;
    changed = true;
    firms[i] = { ...c, domain: hs[0]! };
  });
  if (people.length === d.people.length && !changed && firms.length === companies.length) return d;
  return { ...d, people, companies: firms };
}
