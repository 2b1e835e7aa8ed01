/**
 * People and companies of structured parts of a page: tables with a header row (member directories),
 * repeated entries of the same shape (cards, list items, definition lists), and schema.org Person /
 * Organization data (JSON-LD at any depth: employee, founder, author, member, contactPoint; microdata).
 * Pure functions; each result carries the person's own company when the entry names one.
 */
import { attr, blockLines, clean, done, qs, qsa, textOf, type Steps } from './dom';
import { findPlainEmails, mailtoAddress, normalizeAddress } from './emails';
import { elementEmail } from './page-emails';
import { firstLeafText, pageSections, shapeOf, tabLists } from './entry-layout';
import {
  CONTACT_LABEL,
  DEPARTMENT,
  DEPT_LINE,
  isOrgLine,
  isTitleLike,
  nameLine,
  orgName,
  personName,
  splitTitleCompany,
  strongTitle,
  unparen,
  type Line,
} from './page-people';
import { findLegalIds, type LegalIds } from './legal-ids';
import { findPhones, PHONE_LABEL, phoneDigits, samePhone, telNumber } from './phones';
import { LEGAL_FORM_END, looksLikeJobTitle, looksLikePersonName } from './text';
import { unitOrField } from './people-words';
import { fold, spellsDomain } from './spelling';
import type { DetectedCompany, DetectedPerson } from './types';
import type { SkipFn } from './dom';
import { normalizeLinkedinUrl } from '../text/linkedin';

export interface Found {
  people: DetectedPerson[];
  companies: DetectedCompany[];
}

// ---- labelled fields ("Firma: …", column headers) ----

const F_NAME =
  /^(?:nom(?:\s+(?:(?:et|&)\s+)?pr[ée]nom)?|pr[ée]nom\s*(?:et|&|\/)?\s*nom|name|full name|ansprechpartner(?:in)?|kontakt(?:person)?|contact(?: person)?|personne(?: de contact)?|interlocut(?:eur|rice)|repr[ée]sentant(?:e)?|vorname\s*(?:und|&|\/)?\s*nachname|member|membre|mitglied|dirigeant(?:e)?|person|intervenant(?:e)?|speaker|orat(?:eur|rice)|r[ée]f[ée]rent(?:e|in)?|redner(?:in)?|panel(?:l)?ist|moderat(?:or|eur|rice|orin)|professionnel(?:le)?|praticien(?:ne)?|practitioner|(?:wp|work ?package|task|project|team) leader|leader)$/i;
const F_FIRST = /^(?:pr[ée]nom|vorname|first name|given name)$/i;
const F_LAST = /^(?:nom(?: de famille)?|nachname|last name|surname|family name)$/i;
const F_COMPANY =
  /^(?:entreprise|soci[ée]t[ée]|company|organi[sz]ation|firma|firmenname|firmenwortlaut|unternehmen|raison sociale|structure|employer|[ée]tablissement|institution|member company|business|cabinet|organisme|adh[ée]rent|atelier|enseigne|maison|agence|[ée]tude|boutique|commerce|marque|nom commercial|firm|studio|workshop|shop|practice|brand|trading name|exposants?|exhibitors?|aussteller(?:in)?|h[äa]ndler|dealers?|retailers?|revendeurs?|filiales?|subsidiar(?:y|ies)|entit[ée] juridique|legal entity|betreiber(?:in)?|operator|titulaires?|attributaires?|contractors?|auftragnehmer|betrieb|werkstatt|b[üu]ro|bureau|kanzlei|praxis|gesch[äa]ft|beneficiar(?:y|ies)|b[ée]n[ée]ficiaires?|affiliation)$/i;
const F_TITLE =
  /^(?:fonction|poste|statut|titre|title|job(?: title)?|r[ôo]le|position|funktion|titel|mandat|qualit[ée]|m[ée]tier|profession|sp[ée]cialit[ée]|activit[ée]|savoir-faire|occupation|trade|craft|speciali[sz]ation|specialty|beruf|t[äa]tigkeit|gewerk|handwerk|fachgebiet|berufsbezeichnung|(?:fach)?bereich|abteilung|zust[äa]ndigkeit(?:en)?|aufgabe(?:nbereich)?|department|responsibility|responsabilit[ée]|work ?packages?|arbeitspaket|lots? de travail)$/i;
// a title said with where it is held: "Fonction au conseil", "Poste dans l'entreprise", "Role on the board", "Funktion im Vorstand"
const F_TITLE_WHERE =
  /^(?:fonction|poste|r[ôo]le|mandat|position|title|funktion|rolle)\s+(?:au|à la|à l['’]|dans (?:le|la|l['’])?|de|on the|in the|at the|within the|im|in der|beim?)\s*\p{L}[\p{L}' ’-]{2,25}$/iu;
const F_EMAIL = /^(?:e-?mail|courriel|mail|adresse (?:e-?mail|électronique)|email address|e-mail-adresse)$/i;
const F_PHONE =
  /^(?:t[ée]l[ée]phone|t[ée]l\.?|phone|telefon|fon|mobile|portable|handy|mobil|telephone(?: number)?|phone number|gsm)$/i;
const F_WEB = /^(?:site(?: web| internet)?|website|web|internet|url|homepage|webseite)$/i;
const F_LINKEDIN = /^linkedin$/i;
// an office whose value is the person holding it ("Gérante: Mme X", "<dt>Directors</dt><dd>A</dd><dd>B</dd>")
const F_ROLE =
  /^(?:g[ée]rant(?:e|s|es)?|co-?g[ée]rant(?:e|s)?|dirigeant(?:e|s)?|pr[ée]sident(?:e)?|directors?|managing directors?|company secretary|secretary|owner|proprietor|gesch[äa]ftsf[üu]hrer(?:in|innen)?|gesch[äa]ftsf[üu]hrung|inhaber(?:in)?|direction|leitung|gesch[äa]ftsleitung|responsable(?: d['’]agence)?|franchis[ée]e?s?|franchisee|franchisenehmer(?:in)?|exploitant(?:e)?|directeur d['’]agence|directrice d['’]agence|branch manager|store manager|filialleiter(?:in)?|vorstand|vorsitzende[r]?|prokurist(?:in)?)$/i;
// a company's registry details ("Registered office", "Siège social", "Company number"): labels, never a firm or a person
const F_DETAIL =
  /^(?:registered (?:name|office|address|number|in)|company (?:number|name|registration(?: number)?|reg(?:istration)?\.? no\.?)|registration (?:number|no\.?)|trading (?:address|as)|vat(?: (?:number|no\.?|registration))?|si[èe]ge(?: social)?|adresse(?: du si[èe]ge)?|raison sociale|forme juridique|capital(?: social)?|siren|siret|rcs|tva(?: intracommunautaire)?|n° tva|code (?:ape|naf)|sitz(?: der gesellschaft)?|registergericht|handelsregister|registernummer|ust-?id(?:nr)?\.?|steuernummer|rechtsform|anschrift|adresse|address|head office|postal address|opening hours|horaires|öffnungszeiten|(?:dienste)?anbieter|herausgeber|[ée]diteur|publisher|h[ée]bergeur|hosting|(?:handels)?registereintrag(?:ung)?|register(?:eintrag)?|eintragung|umsatzsteuer-?id(?:entifikations)?(?:nummer)?\b.*|(?:tele)?fax|t[ée]l[ée]copie|firmenbuch(?:nummer|gericht)?|firmensitz|uid(?:-?nummer)?|(?:unternehmens)?gegenstand(?: des unternehmens)?|aufsichtsbeh[öo]rde|supervisory authority|mitglied(?:schaft)? (?:bei|der|im|in)|kammerzugeh[öo]rigkeit|isin|wkn|designated sponsor|paying agent|zahlstelle|auditor|abschlusspr[üu]fer|stock exchange|b[öo]rsenplatz|market segment|marktsegment|ticker(?: symbol)?)$/i;

type Field = 'name' | 'first' | 'last' | 'company' | 'title' | 'email' | 'phone' | 'web' | 'linkedin' | 'role';
export function fieldOf(label: string): Field | undefined {
  const l = clean(label)
    .replace(/[:：*]$/, '')
    .trim()
    // ("Gérant(e)", "Inhaber(in)": an office written for either sex)
    .replace(/\((?:e|in|s|es)\)$/i, '');
  if (l.length > 40) return undefined;
  // "Firma / Ort", "Name / Funktion": a cell holding two fields starts with the first one
  const two = /^([^/]{2,30}?)\s*\/\s*[^/]{2,30}$/.exec(l);
  if (two && !F_NAME.test(l) && !F_FIRST.test(l)) return fieldOf(two[1]!);
  if (F_ROLE.test(l)) return 'role';
  if (F_NAME.test(l)) return 'name';
  if (F_FIRST.test(l)) return 'first';
  if (F_LAST.test(l)) return 'last';
  if (F_COMPANY.test(l)) return 'company';
  if (F_TITLE.test(l) || F_TITLE_WHERE.test(l)) return 'title';
  if (F_EMAIL.test(l)) return 'email';
  if (F_PHONE.test(l)) return 'phone';
  if (F_WEB.test(l)) return 'web';
  if (F_LINKEDIN.test(l)) return 'linkedin';
  return undefined;
}

/** A label of a company's details or of an office: a term of a key/value list, never a firm or a person. */
// the labels of a project's or a case's fact sheet ("Client", "Secteur", "Durée"; "Kunde", "Branche", "Dauer"), and
// of a venue's or an event's practical details ("Tarif", "Réservation groupes", "Presse"; "Eintritt", "Anfahrt")
export const FACT_LABEL =
  /^(?:clients?|cliente|kunde|auftraggeber(?:in)?|customer|secteur|sector|industry|branche|int[ée]grateur|integrator|solutions?|l[öo]sung|dur[ée]e|duration|dauer|zeitraum|date|datum|lieu|location|budget|ann[ée]e|year|jahr|projet|project|projekt|surface|fl[äa]che|d[ée]lai|mission|umfang|technologies?|technologien|outils|tools|objectifs?|r[ée]sultats?|results|ergebnisse|tarifs?|prix|prices?|pricing|admission|entr[ée]e|eintritt(?:spreise?)?|preise?|r[ée]servations?(?: (?:de )?groupes?)?|bookings?|group bookings?|gruppen(?:buchung|anmeldung)(?:en)?|presse|press(?: contact)?|pressekontakt|acc[eè]s|access|anfahrt|billetterie|tickets?)\s*:?$/iu;

export const isDetailLabel = (label: string): boolean => {
  const l = clean(label)
    .replace(/[:：*]$/, '')
    .trim();
  return (
    F_DETAIL.test(l) ||
    FACT_LABEL.test(l) ||
    F_ROLE.test(l) ||
    F_EMAIL.test(l) ||
    F_PHONE.test(l) ||
    F_WEB.test(l) ||
    !!fieldOf(l)
  );
};

// a country is where a member is, not their firm ("Windpark Advies B.V. (Niederlande)", a "Pays" column)
const COUNTRY =
  /^(?:germany|deutschland|allemagne|france|frankreich|united kingdom|uk|u\.k\.|great britain|royaume-uni|vereinigtes königreich|england|scotland|wales|northern ireland|ireland|irlande|irland|belgium|belgique|belgien|netherlands|the netherlands|pays-bas|niederlande|switzerland|suisse|schweiz|austria|autriche|österreich|italy|italie|italien|spain|espagne|spanien|portugal|luxembourg|luxemburg|denmark|danemark|dänemark|sweden|suède|schweden|norway|norvège|norwegen|finland|finlande|finnland|poland|pologne|polen|czech republic|czechia|tchéquie|tschechien|usa|u\.s\.a\.|united states|états-unis|etats-unis|vereinigte staaten|canada|kanada|europe|europa|international|worldwide|monde|weltweit)$/i;
// what a card says in its firm's place when there is none ("Independent", "Freelance", "Mitglied seit 2019")
const NO_FIRM =
  /^(?:independent|freelance(?:r)?|self-employed|retired|student|ind[ée]pendante?|freelance|auto-?entrepreneur(?:e)?|retrait[ée]e?|[ée]tudiante?|selbst(?:st)?ändig|freiberufler(?:in)?|freiberuflich|angestellt|mitglied(?: seit.*)?|member(?: since.*)?|membre(?: depuis.*)?|adh[ée]rent(?:e)?(?: depuis.*)?|f[öo]rdermitglied|ehrenmitglied|active?|inactive?|aktiv|n\/a|-|–|—)$/i;

// a part of a firm or a duty, not a firm ("Projektleitung Schulbau", "Qualitätsmanagement", "Vertriebsinnendienst")
const ROLE_WORD =
  /(?:leitung|management|(?:innen|au(?:ß|ss)en)?dienst|vertrieb|einkauf|buchhaltung|verwaltung|sekretariat|assistenz|disposition|kundenservice|personalwesen)\b/i;

/** A firm's name as a list writes it where the firm goes: not a country, a status, a team or a job title. */
export function firmish(t: string): boolean {
  const v = clean(t);
  return (
    v.length >= 2 &&
    v.length <= 80 &&
    /^[\p{Lu}\d]/u.test(v) &&
    v.split(/\s+/).length <= 8 &&
    !/[@]|https?:/.test(v) &&
    !COUNTRY.test(v) &&
    !NO_FIRM.test(v) &&
    !DEPARTMENT.test(v) &&
    !ROLE_WORD.test(v) &&
    // a practice area after a lawyer's title ("Droit social", "Employment Law", "Arbeitsrecht")
    !/^(?:droit|law)\s|\slaw$|^\p{L}+recht$/iu.test(v) &&
    !isDetailLabel(v) &&
    (isOrgLine(v) || !isTitleLike(v))
  );
}

/**
 * A title and the firm after it, in the ways lists write them: "Head of Sales, Acme GmbH", "COO — Brightwell
 * Foods", "Geschäftsführerin | Voss Ingenieure GmbH", "Projektleiter bei Küstenwind Service GmbH" (German and
 * French titles the shared words miss included); a country or a status after the title is no firm.
 */
export function titleAndFirm(raw: string): [string | undefined, string | undefined] {
  // "(Niederlande)" after the firm; "(Niederlande" when a name line's split took the closing bracket
  const s = clean(raw).replace(/\s*\(([^)]{2,40})\)?$/, (m, c: string) => (COUNTRY.test(c.trim()) ? '' : m));
  // ("B.V.", "S.A.", "e.V.": the legal form's last dot stays)
  const dot = (firm: string) => (s.endsWith(firm + '.') && /\p{L}\.\p{L}$/u.test(firm) ? firm + '.' : firm);
  // "Directrice achats – Brioches Morin, Cholet", "Head of Risk, Hallam Freight Ltd — Bristol": the firm's town after it
  const town = /^(.{4,120}?)(?:,\s*|\s[–—]\s)(\p{Lu}[\p{Ll}'’]+(?:[\s-]\p{Lu}[\p{Ll}'’]+){0,2})$/u.exec(s);
  if (town && /[–—,|]/.test(town[1]!) && !isTitleLike(town[2]!) && !isOrgLine(town[2]!) && !COUNTRY.test(town[2]!)) {
    const [t2, c2] = titleAndFirm(town[1]!);
    if (t2 && c2) return [t2, c2];
  }
  // ("Trésorier – Banque Alpine de Crédit": a title the split leaves a dash in ends at the dash, not at the firm's "de")
  const split = splitTitleCompany(s);
  const dashed = !!split[0] && /\s[|—–]\s/.test(split[0]);
  const [ti, co] = dashed ? [undefined, undefined] : split;
  // "Head of Employment", "Director of Architecture", "Professor of Chemistry": a rank over one field, one title
  if (
    ti &&
    co &&
    s.endsWith(` of ${co}`) &&
    /(?:^|\s)(?:head|director|manager|professor|lecturer|dean|chair|lead|leader|vice president|vp|reader|fellow)$/i.test(
      s.slice(0, -(co.length + 4)),
    ) &&
    /^\p{Lu}\p{Ll}+$/u.test(co) &&
    !LEGAL_FORM_END.test(co)
  )
    return [s, undefined];
  if (ti && co) return firmish(co) ? [ti, dot(co)] : [ti, undefined];
  const m = /^(.{2,80}?)\s+[|—–]\s+(.{2,80})$/.exec(s) ?? /^(.{2,80}?)\s+(?:bei|at|chez|@)\s+(\p{Lu}.{1,79})$/u.exec(s);
  // (after a comma, only what reads as a firm: "Architekt, Projektleitung Schulbau" is one title)
  const c = m ? null : /^(.{2,80}),\s+([^,]{2,80})$/.exec(s);
  const tf = m ?? c;
  if (tf && isTitleLike(tf[1]!) && !/[|—–]/.test(tf[2]!)) {
    const firm = dot(orgName(tf[2]!));
    // (a unit or a field after a dash, "Engineer – Lean Office", is the title's)
    if (firmish(firm) && (!c || isOrgLine(firm)) && !(unitOrField(firm) && !LEGAL_FORM_END.test(firm)))
      return [tf[1]!.trim(), firm];
    if (COUNTRY.test(tf[2]!.trim()) || NO_FIRM.test(tf[2]!.trim())) return [tf[1]!.trim(), undefined];
  }
  return dashed ? split : [ti, co];
}

// "Dr.", "Prof. Dr.-Ing.", "Me", "Maître", "Dipl.-Ing. (FH)": said before a name, no part of it
const NAME_PREFIX =
  /^(?:(?:prof|dr|dipl|ing|mag|me|ma[iî]tre|mr|mrs|ms|mme|mlle|m|herr|frau|sir|dame|madame|monsieur|dott(?:\.?ssa)?|avv|d\.?ª|dña)\.?(?:-(?:ing|kfm|kff|oec|inf|psych|jur|wirt\.?-ing)\.?)?(?:\s*\((?:fh|th|tu|univ\.?)\))?(?:\s+|$))+/i;
const REGISTER = /^(?:RPR|RPM|RCS|RM|RCP|HRA|HRB|REA|KBO|BCE|UID|CIF|NIF|BTW|TVA|VAT|SIREN|SIRET|PEC|TEL|FAX)$/;
const titleCase = (w: string) =>
  w.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/**
 * A directory's name written surname first: "Müller, Anna", "Dr. Weber, Klaus", "DUPONT Jeanne",
 * "VAN DAELE Annelies", "FAVRE-MOREL Bastien" -> "Anna Müller", "Klaus Weber", "Jeanne Dupont", …; '' otherwise.
 */
export function invertedName(raw: string): string {
  const s = clean(raw).replace(NAME_PREFIX, '').trim();
  const comma = /^([^,]{2,40}),\s*([^,]{2,40})$/.exec(s);
  if (comma) {
    const last = comma[1]!.trim(),
      first = comma[2]!.replace(NAME_PREFIX, '').trim();
    // (not "Acme, Inc." nor "Paris, France")
    if (/^\p{Lu}[\p{Ll}\p{M}'’]+(?:[\s-]\p{Lu}[\p{Ll}\p{M}'’]+)?$/u.test(first) && !COUNTRY.test(first)) {
      const n = personName(`${first} ${/^\p{Lu}+$/u.test(last.replace(/[\s'’-]/g, '')) ? titleCase(last) : last}`);
      if (n) return n;
    }
    return '';
  }
  const caps =
    /^(\p{Lu}[\p{Lu}'’]+(?:[\s-]\p{Lu}[\p{Lu}'’]+)*)\s+(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)$/u.exec(s);
  // (not "RPR Gent", "RCS Lyon": a register and its town)
  if (caps && caps[1]!.replace(/[\s'’-]/g, '').length >= 2 && !REGISTER.test(caps[1]!))
    return personName(`${caps[2]} ${titleCase(caps[1]!)}`);
  return '';
}

export interface Rec {
  name?: string;
  first?: string;
  last?: string;
  company?: string;
  title?: string;
  email?: string;
  phones: string[];
  web?: string;
  linkedin?: string;
  /** the firm's LinkedIn page, the entry's one /company/ link */
  firmLinkedin?: string;
  /** what follows the name on its line ("Doris Vogt, Assistenz der Geschäftsführung") */
  after?: string;
  /** the company came from the entry's heading (a desk's label on a firm's own contact page, maybe) */
  headFirm?: boolean;
  /** the name came from a labelled field ("Responsable : Nathalie Chabert") */
  labelled?: boolean;
  /** the line right under the name that nothing else claimed ("Yard Foreman"): a title where the list has titles */
  under?: string;
  /** the name is the entry's first line and a heading of its own ("<h3>Damien Ferrand</h3>") */
  headed?: boolean;
  /** the entry's firm's registry numbers ("SIRET · 418 372 603 00112" on a directory's card) */
  ids?: LegalIds;
  /** a schema.org Person's card: its itemprops gave its title and firm (or none), no column fills them */
  typed?: boolean;
}

/** The office a label names, as one holder's title: "Directors" -> "Director", "Gérantes" -> "Gérante". */
export const officeTitle = (label: string) =>
  clean(label)
    .replace(/[:：*]$/, '')
    .trim()
    .replace(/(?<=[^s])s$/i, '');

// "president arobase example point fr", "info (at) example (dot) de": bracketed or spelled at/dot
const deobf = (v: string) => {
  // "service at pelicanbaymarine.com": a line that is only a mailbox, a bare "at" and a domain
  const bare = /^([a-z0-9][\w.+-]{0,40})\s+at\s+([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})$/i.exec(v.trim());
  if (bare) return `${bare[1]}@${bare[2]}`;
  const w = v.replace(/\s*(?:\barobase\b|[[(]\s*at\s*[\])])\s*/gi, '@');
  return w === v ? v : w.replace(/\s*(?:\bpoint\b|[[(]\s*dot\s*[\])])\s*/gi, '.');
};

// who runs a business of their own ("Gérant, Rivière Menuiserie"): its firm is theirs, not a post elsewhere ("Audit
// Partner, Penhallow & Rees LLP" under a charity's "Treasurer")
const OWNER =
  /^(?:co-?)?(?:g[ée]rante?|fondat(?:eur|rice)|founder|owner|propri[ée]taire|inhaber(?:in)?|gesch[äa]ftsf[üu]hrer(?:in)?|ceo|pdg|dirigeante?|managing director)$/i;

/** "Mission : Refonte du catalogue": a line of a field no office names (its label is no title). */
function unknownField(t: string): boolean {
  const m = /^([^:]{2,30}?)\s?:\s/.exec(t);
  return !!m && !isTitleLike(m[1]!);
}

export function setField(r: Rec, f: Field, value: string, el?: Element): void {
  const v = clean(value);
  if (!v && f !== 'email' && f !== 'linkedin') return;
  switch (f) {
    case 'email': {
      // "info(at)dachbau-engelhardt.de" in an e-mail cell
      const a = (el && elementEmail(el)) || findPlainEmails(deobf(v))[0];
      if (a && !r.email) r.email = normalizeAddress(a);
      break;
    }
    case 'phone': {
      // (a cell of two links, "<a href=tel:…>01 …</a><br><a href=tel:…>06 …</a>": each its own number)
      const tels = el ? qsa(el, 'a[href^="tel:" i]') : [];
      if (tels.length > 1) {
        for (const a of tels) {
          const n = clean(a.textContent ?? '') || telNumber(attr(a, 'href'));
          if (n && findPhones(n).length && !r.phones.some((q) => samePhone(q, n))) r.phones.push(n);
        }
        break;
      }
      const tel = telNumber(attr(el ? qs(el, 'a[href^="tel:" i]') : null, 'href'));
      const read = v ? findPhones(v) : [];
      // "09287 44 01 9" read as "09287 44 01": the link's number says where the number ends
      if (tel && phoneDigits(v) === phoneDigits(tel) && !(read.length === 1 && samePhone(read[0]!, tel))) {
        if (!r.phones.some((q) => samePhone(q, tel))) r.phones.push(v);
      } else if (tel && !(read.length === 1 && samePhone(read[0]!, tel))) findPhones(tel, r.phones);
      else for (const n of read) if (!r.phones.some((q) => samePhone(q, n))) r.phones.push(n);
      break;
    }
    case 'linkedin': {
      const a = el ? qs(el, 'a[href*="linkedin.com/"]') : null;
      const u = normalizeLinkedinUrl(attr(a, 'href') || v);
      if (u) r.linkedin = u;
      break;
    }
    case 'web': {
      const a = el ? qs(el, 'a[href^="http"]') : null;
      // ("—" in an empty site cell names no site)
      if (attr(a, 'href') || /\.[a-z]{2,}/i.test(v)) r.web = attr(a, 'href') || v;
      break;
    }
    case 'role':
      if (!r.name) r.name = v.slice(0, 200);
      break;
    case 'name': {
      // a directory's "Professionnel : Name – Expert-comptable": the person, then their title
      const m = /^(.{4,60}?)\s[–—-]\s(.{2,80})$/.exec(v);
      if (!r.name && m && personName(m[1]!) && isTitleLike(m[2]!)) {
        r.name = m[1];
        r.title = m[2];
      } else if (!r.name) r.name = v.slice(0, 200);
      break;
    }
    case 'company': {
      // ("Atelier : rédiger une clause RSE qui tient devant un juge": a talk's kind and its subject, a clause, no firm)
      if (/^\p{Ll}\p{L}*\s+\p{Ll}+\s+\S+\s+\S+/u.test(v)) break;
      if (!r.company) r.company = v.slice(0, 200);
      // the firm's name linked to its site ("<td><a href="https://www.dronevigne.fr/">Drone Vigne Services</a></td>")
      const a = el ? qs(el, 'a[href^="http"]') : null;
      const href = attr(a, 'href');
      if (href && !r.web && !SOCIAL_HOST.test(href)) r.web = href;
      // (or its domain written beside the name: "<a href=/exhibitors/x>Northfold Materials</a><span>northfold.io</span>")
      const d =
        !r.web && el
          ? (qsa(el, '*')
              .slice(0, 8)
              .map((x) => bareDomain(textOf(x)))
              .find(Boolean) ?? '')
          : '';
      if (d && namesDomain(r.company, d)) r.web = d;
      break;
    }
    default:
      if (!r[f]) r[f] = v.slice(0, 200);
  }
}

// a profile or a platform's page is no firm's own site
const SOCIAL_HOST =
  /^https?:\/\/(?:[\w-]+\.)*(?:linkedin|xing|facebook|instagram|twitter|x|youtube|google|maps\.app|goo)\.[a-z.]+(?:\/|$)/i;

/** The name is a town of the entry's address: written right after a postcode ("61348 Bad Homburg", "72000 Le Mans"). */
function townOf(name: string, lines: readonly Line[]): boolean {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`\\b\\d{4,5}\\s+${esc}(?![\\p{L}-])`, 'u');
  return lines.some((l) => l.text.length <= 200 && re.test(l.text));
}

/** The mailbox of an address spells the line's first word ("pauline@…", "samir.haddad@…" for "Samir Haddad"). */
function mailboxNames(line: string, address: string): boolean {
  const first = fold(line.split(/\s+/)[0] ?? '');
  return first.length >= 3 && fold(address.split('@')[0]!).split(/[._-]/).includes(first);
}

/** A web address written alone as an element's text ("northfold.io", "www.quarrylane.com"), without its scheme. */
export const bareDomain = (text: string): string =>
  text.length > 200
    ? ''
    : (/^\s*(?:www\.)?([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6})\/?\s*$/i.exec(text)?.[1]?.toLowerCase() ?? '');

/** The firm's own domain in its contact's address: a word of its name in the domain ("Sägewerk Pöhlmann", poehlmann-holz.de). */
function namesDomain(company: string, domain: string): boolean {
  // a personal mailbox says nothing of the firm (freemail.ts's list stays out of this bundle: only names that could match)
  if (/^(?:orange|free|outlook|hotmail|yahoo|gmail|laposte|wanadoo|live|icloud)\./.test(domain)) return false;
  const label = domain.split('.').slice(0, -1).join('.');
  return company.split(/[^\p{L}\d]+/u).some((w) => w.length >= 4 && label.includes(fold(w)));
}

const FIRM_KIND_FIRST =
  /^(?:Agence|Cabinet|Groupe|Atelier|Studio|Soci[ée]t[ée]|Bureau|Maison|Agentur|B[üu]ro|Kanzlei)\s\p{Lu}\p{Ll}+\s\p{Lu}/u;

export function recToFound(r: Rec, out: Found, defaultCompany?: string): void {
  let name = r.name ? invertedName(r.name) || personName(r.name) : '';
  if (!name && (r.first || r.last)) name = personName(`${r.first ?? ''} ${r.last ?? ''}`);
  if (!name && r.name) {
    // "DUPONT Marie" (surname first, in capitals)
    const m = /^(\p{Lu}{2,}(?:[-\s]\p{Lu}{2,})?)\s+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)$/u.exec(
      clean(r.name),
    );
    if (m) name = personName(`${m[2]} ${m[1]!.charAt(0)}${m[1]!.slice(1).toLowerCase()}`) ? `${m[2]} ${m[1]}` : '';
  }
  let company = r.company ? orgName(r.company.replace(/,\s*\d.*$/, '').split(' · ')[0]!) : defaultCompany;
  // a country, a member's status or a registry label in the firm's column names no firm
  if (
    company &&
    company !== defaultCompany &&
    (COUNTRY.test(company) || NO_FIRM.test(company) || isDetailLabel(company))
  )
    company = defaultCompany;
  // a field label, an address or a job title is not a company
  if (
    company &&
    (/^(?:e-?mail|tel|t[ée]l[ée]phone|phone|fax|web|www|https?)\b/i.test(company) ||
      // (unless the contact's address names it: "Foxhollow IT Support", ryan@foxhollowit.co.uk)
      (strongTitle(company) &&
        !LEGAL_FORM_END.test(company) &&
        // (nor a firm's kind and its name first: "Agence Lumen Communication", "Cabinet Roux Conseil")
        !FIRM_KIND_FIRST.test(company) &&
        // (a heading judged a firm over a person with a title of their own: "Bureau Comptable Robertsau")
        !(r.headFirm && r.labelled && r.title) &&
        !(r.email && namesDomain(company, r.email.split('@')[1]!))))
  )
    company = defaultCompany;
  if (company && !/@/.test(company) && company.length <= 120) {
    const c: DetectedCompany = { name: company };
    if (r.web) {
      c.website = r.web;
      c.domain = r.web;
    } else if (r.email && namesDomain(company, r.email.split('@')[1]!)) c.domain = r.email.split('@')[1];
    // a member's listed number is its firm's as much as its contact's
    if (r.phones.length) c.phones = r.phones;
    if (r.ids?.siren) c.siren = r.ids.siren;
    if (r.ids?.siret) c.siret = r.ids.siret;
    if (r.ids?.vat) c.vat = r.ids.vat;
    if (r.firmLinkedin) c.linkedinUrl = r.firmLinkedin;
    if (r.company && company !== defaultCompany) out.companies.push(c);
  }
  if (!name) return;
  const p: DetectedPerson = { name };
  if (r.title && looksLikeJobTitle(r.title)) p.title = r.title;
  else if (r.title && r.title.length <= 80) p.title = r.title;
  if (company) p.company = company;
  if (r.email) p.email = r.email;
  if (r.phones.length) p.phones = r.phones;
  if (r.linkedin) p.linkedinUrl = r.linkedin;
  out.people.push(p);
}

// a firm's register number after its name ("SARL X – RCS 827 199 753", "X GmbH, HRB 12345")
const ID_TAIL = /\s*[–—,(-]\s*(?=(?:RCS|RM|SIREN|SIRET|TVA|HRB|HRA|CHE|BCE|KBO|N°)\b)/;

// ---- repeated entries (cards, list items, definition lists) ----

/** Fields of one entry's lines: labelled lines first ("Firma: X"), then by what each line looks like. */
/**
 * Label/value pairs written as sibling inline elements ("<span>Dirigeant</span><span>M. Yannick Guillard</span>
 * <span>Téléphone</span><span>02 …</span>"): one line per pair, "Label: value", instead of the run-on line the
 * spans make; pairs whose label names no field ("Forme juridique", "SIRET", "Effectif") are dropped.
 */
const HEADING = 'h1, h2, h3, h4, h5, h6';
const INLINE = /^(?:span|strong|b|em|i|small|label|a|div|p)$/i;
function pairLines(lines: readonly Line[], entry: Element): readonly Line[] {
  let out: Line[] = [...lines];
  // the entry and its first 60 block descendants, breadth first (bounded: an entry may be a large part of the page)
  const boxes: Element[] = [entry];
  for (let i = 0; i < boxes.length && boxes.length < 60; i++)
    for (const k of boxes[i]!.children)
      if (/^(?:div|p|span|section|dl)$/i.test(k.tagName) && boxes.length < 60) boxes.push(k);
  for (const box of boxes) {
    const kids = [...box.children];
    // (two spans, "<span class=label>Responsable d'agence</span> <span class=value>Name</span>": one pair)
    if (kids.length < 2 || kids.length % 2 || kids.length > 40) continue;
    if (!kids.every((k) => INLINE.test(k.tagName) && !k.querySelector('div, p, h1, h2, h3, h4, h5, h6, ul, li, img')))
      continue;
    const labels = kids.filter((_, i) => i % 2 === 0).map((k) => clean(k.textContent ?? ''));
    const known = labels.filter((l) => l.length <= 40 && (isDetailLabel(l) || fieldOf(l)));
    if (known.length * 2 < labels.length || known.length < Math.min(2, labels.length)) continue;
    const inside = (l: Line) => box.contains(l.el);
    const at = out.findIndex(inside);
    // (the box's lines must be its own: a line of an element around it holds other text too)
    if (at < 0 || out.some((l) => l.el !== box && l.el.contains(box))) continue;
    const pairs: Line[] = [];
    for (let i = 0; i < kids.length; i += 2) {
      const label = labels[i / 2]!.replace(/[:：]\s*$/, '');
      const value = blockLines(kids[i + 1]!)
        .map((l) => l.text)
        .join(', ');
      if (value && fieldOf(label)) pairs.push({ text: `${label}: ${value}`, el: kids[i + 1]! });
    }
    out = [...out.slice(0, at), ...pairs, ...out.slice(at).filter((l) => !inside(l))];
  }
  return out;
}

/** "Expert-comptable associé Yannick Le Floc'h" -> [title, name]: a strong title, then a name, on one line. */
function titleThenName(t: string): [string, string] | null {
  if (t.length > 90 || /[\d@,:|·–—()]/.test(t)) return null;
  const w = t.trim().split(/\s+/);
  for (let k = Math.min(4, w.length - 1); k >= 2; k--) {
    const head = w.slice(0, w.length - k).join(' ');
    if (
      !/^\p{Lu}/u.test(w[w.length - k]!) ||
      /\s(?:of|for|at|with|de|du|des|der|für|bei|von|chez|à|au|&)$/i.test(head) ||
      !strongTitle(head)
    )
      continue;
    // ("Head of Network Planning": a title alone, its department no name)
    const name = personName(w.slice(w.length - k).join(' '));
    if (name && !isTitleLike(name) && !DEPARTMENT.test(name) && !AREA.test(name)) return [head, name];
  }
  return null;
}
// a title's area, no name ("VP Sales Southern Europe", "Head of Sales Northern Germany", "Directeur Europe du Sud")
const AREA =
  /^(?:(?:north|south|east|west|centr)(?:ern|al)?|nord|sud|süd|ost|ouest|mittel)\s|\s(?:europe|europa|africa|afrique|afrika|asia|asie|asien|america|am[ée]rique|amerika|emea|apac|dach|benelux|nordics)$/iu;

/** A firm's name as an office's value ("SARL X – RCS 827 199 753", "X GmbH"), without its register number. */
function opFirm(v: string): string | undefined {
  const t = v.split(ID_TAIL)[0]!.trim();
  return t && !nameLine(t) && (isOrgLine(t) || LEGAL_FORM_END.test(t)) ? orgName(t) : undefined;
}

export function entryRecord(lines00: readonly Line[], entry?: Element): Rec | null {
  const r: Rec = { phones: [] };
  const lines0 = entry ? pairLines(lines00, entry) : lines00;
  // inline fields joined on one line ("<strong>Julien Ravel</strong><span>Expert-comptable</span><span>Tél. …</span>",
  // "Lou Garnier – presse@solveo.energy – 06 …"): a name alone, then a phone or an address among the parts, is one
  // field per part
  const lines_ = lines0.flatMap((l, i) => {
    const parts = l.text.split(/\s·\s/).length > 1 ? l.text.split(/\s·\s/) : l.text.split(/\s[–—|]\s/);
    if (parts.length < 2 || parts.length > 6) return [l];
    // (or a role first: "Associée · +41 22 … · m.rey@…" under the name's heading)
    const named =
      parts.some((x) => nameLine(x)?.rest === '') ||
      (isTitleLike(parts[0]!) && !findPhones(parts[0]!).length) ||
      (i > 0 && nameLine(lines0[i - 1]!.text)?.rest === '' && /^\p{Lu}[\p{L}\s'’-]{2,40}$/u.test(parts[0]!));
    const reach = parts.some((x) => deobf(x).includes('@') || findPhones(x).length);
    return named && reach ? parts.map((text) => ({ text, el: l.el })) : [l];
  });
  const rest: Line[] = [];
  // the name came from a labelled field ("Responsable : Nathalie Chabert")
  let labelled = false;
  // a label on its own line (<dt>Contact</dt><dd>…</dd>) and the value on the next
  const lines: Line[] = [];
  // (a card of three lines, its office right under its bare name: that person's title, and the last line their firm,
  // however name-like: "Name" / "Managing Director" / "Larchmont Design")
  const underName = (i: number) => {
    const prev = i > 0 ? lines_[i - 1]!.text : '';
    return i === 1 && lines_.length === 3 && nameLine(prev)?.rest === '' && !isOrgLine(prev) && !fieldOf(prev);
  };
  for (let i = 0; i < lines_.length; i++) {
    const l = lines_[i]!,
      next = lines_[i + 1];
    const f = next && l.text.length <= 40 ? fieldOf(l.text) : undefined;
    // (an office names the person below it; "Managing Director" under a name is that person's title)
    // (a badge above the entry's heading, "Member" over "<h2>Beckfoot Timber Frame</h2>", labels nothing)
    const badge = next && !l.el.closest(HEADING) && next.el.closest(HEADING) && i === 0;
    if (
      next &&
      f &&
      !badge &&
      (f !== 'role' ||
        ((nameLine(next.text) || (opFirm(next.text) && !(i && nameLine(lines_[i - 1]!.text)?.rest === ''))) &&
          !underName(i))) &&
      !fieldOf(next.text) &&
      !/[:：]/.test(next.text)
    ) {
      lines.push({ text: `${l.text.replace(/[:：]\s*$/, '')}: ${next.text}`, el: next.el });
      i++;
    } else if (
      // a field the entry labels that is none of a person's or a firm's ("Commune :" / "Cavaillon", "Productions :")
      next &&
      !f &&
      /^[\p{L}][\p{L}\s'’.-]{1,28}\s?[:：]$/u.test(l.text) &&
      !CONTACT_LABEL.test(l.text) &&
      !fieldOf(next.text) &&
      !/[:：@]/.test(next.text) &&
      !findPhones(next.text).length
    )
      i++;
    else lines.push(l);
  }
  for (const l of lines) {
    const m = /^([^:：·]{2,40}?)\s*(?:[:：]|\s·\s)\s*(.*)$/.exec(l.text);
    const f = m ? fieldOf(m[1]!) : undefined;
    // "Contact: Helen Pargeter, Sales Director": the name, then the title (and company) after it
    const nl = (f === 'name' || f === 'role') && m ? nameLine(m[2]!) : null;
    if (nl && !r.name) {
      r.name = nl.name;
      labelled = r.labelled = true;
      // "Gérante: Mme Hélène Giraud-Perrin": the office is her title
      if (f === 'role' && !nl.rest) r.title = officeTitle(m![1]!);
      const [ti, co] = nl.rest ? titleAndFirm(nl.rest) : [];
      if (ti) r.title = ti;
      else if (isTitleLike(nl.rest) && !isOrgLine(nl.rest)) r.title = nl.rest;
      // "Contact: Rhys ap Gwilym (Master Carver)": what a contact field says after the name, in a few words, is the role
      else if (
        !co &&
        nl.rest.split(/\s+/).length <= 4 &&
        /^\p{Lu}/u.test(nl.rest) &&
        !/[\d@]/.test(nl.rest) &&
        !isOrgLine(nl.rest) &&
        !COUNTRY.test(nl.rest)
      )
        r.title = nl.rest;
      if (co) r.company = co;
    } else if (f === 'role' && !nl && opFirm(m![2]!)) {
      // "Exploitant : SARL Fournil de Vannes – RCS 827 199 753": an office held by a firm, the entry's firm
      r.company ??= opFirm(m![2]!);
    } else if (f === 'role') {
      if (!nl) rest.push(l);
    } else if (f && m) setField(r, f, m[2]!, l.el);
    else rest.push(l);
  }
  // the line the entry's name came from (a plain name-shaped line may be the entry's firm: "Tissages Berthon")
  let nameAt: Line | undefined;
  let titleBefore = false;
  // the line a firm was guessed from by its words alone (the entry's heading, read below, names it better)
  let orgAt: Line | undefined;
  // the entry's own address's domain (which firm its first line names), and what the entry gives before
  // its contact's name (an office's switchboard and mailbox above "Standortleitung: Name")
  const dom = (entry && elementEmail(entry)) || findPlainEmails(deobf(rest.map((l) => l.text).join('\n')))[0];
  let before: { email?: string; phones: number } | undefined;
  // "Comptalia Vannes" / "Expert-comptable associé Yannick Le Floc'h": under an office's heading that reads like a
  // name, the title-then-name line names the person
  if (!r.name) {
    const j = rest.findIndex((l) => titleThenName(l.text));
    // (a heading with a civility or a degree, "Dr. Ingrid Solberg, PhD", is a person's: "VP Clinical Development" her title)
    const office = (t: string) => nameLine(t) && personName(t) === t.trim();
    if (j > 0 && rest.slice(0, j).some((l) => office(l.text))) {
      const [title, name] = titleThenName(rest[j]!.text)!;
      r.name = name;
      r.title ??= title;
      rest.splice(j, 1);
    }
  }
  // "<h3>Céramiques Dourdan</h3> … Louis Hamel – Co-fondateur": a name-shaped heading the entry's address or own site
  // spells is its firm when a later line gives a person's name and title
  const top = rest[0];
  // (or a firm named by its trade and a surname, "Tissages Berthon", that no line reads as a person's name)
  const shaped = (t: string) => nameLine(t)?.rest === '' || (!nameLine(t) && looksLikePersonName(t));
  if (entry && !r.name && top && rest.length > 2 && top.el.closest(HEADING) && shaped(top.text)) {
    const host = dom?.split('@')[1] ?? '';
    const later = rest.slice(1, 8).some((l) => {
      const n = nameLine(l.text);
      return !!n?.rest && isTitleLike(n.rest.replace(/^[\s–—,-]+/, ''));
    });
    if (
      later &&
      !SALUTATION.test(top.text) &&
      ((host && namesDomain(top.text, host) && !mailboxNames(top.text, dom!)) || ownSite(entry, top.text))
    ) {
      r.company = orgName(top.text);
      rest.shift();
    }
  }
  for (const l of rest) {
    // a role line ending with its icon link's word ("Engineering Manager, Platform LinkedIn")
    // ("E-Mail engel-schreinerei.de": a mail button's word before the site's domain)
    const t = deobf(
      l.text
        // "— Marc Oudin, responsable supply chain": a quote's attribution
        .replace(/^[—–―]\s*/, '')
        .replace(/\s+(?:linkedin|twitter|xing|e-?mail|website)$/i, '')
        .replace(/^(?:e-?mail|mail|website|web|homepage|site web)\s+(?=(?:www\.)?[\p{L}\d-]+\.[a-z]{2,6}\/?$)/iu, ''),
    );
    if (t.length > 160) continue;
    if (t.includes('@') && findPlainEmails(t).length) {
      if (!r.email || (before && r.email === before.email)) r.email = normalizeAddress(findPlainEmails(t)[0]!);
      // "06 31 84 52 70 – maud.riou@…": the number beside the address
      findPhones(t, r.phones);
      continue;
    }
    // ("Lui écrire · 02 53 35 41 12": a mail button's words, then the number, one part each)
    const numberOnly = (x: string) => x.replace(/[\d\s+().\/–-]/g, '').length < 4;
    if (
      findPhones(t).length &&
      (PHONE_LABEL.test(' ' + t) ||
        numberOnly(t) ||
        t.split(/\s·\s/).some((x) => findPhones(x).length && numberOnly(x)))
    ) {
      findPhones(t, r.phones);
      continue;
    }
    if (CONTACT_LABEL.test(t)) continue;
    // the firm that runs a store of a network ("Magasin exploité par SAS Vrac Anjou", "Operated by Kestrel Retail Ltd")
    const op = OPERATOR.exec(t);
    if (op && (LEGAL_FORM_END.test(op[1]!) || isOrgLine(op[1]!))) {
      r.company = orgName(op[1]!);
      continue;
    }
    // a registry label alone on its line ("TVA", "Siège", "Forme") is neither the firm nor a title
    if (t.length <= 40 && F_DETAIL.test(t.replace(/[:：*]$/, '').trim())) continue;
    // the entry's website, written as its domain ("terre-docre.fr", "www.typo-drome.fr")
    if (/^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}\/?$/iu.test(t)) {
      r.web ||= attr(qs(l.el, 'a[href^="http"]'), 'href') || t;
      continue;
    }
    let nl = !r.name ? (nameLine(t) ?? (ASK_FOR.test(t) ? nameLine(t.replace(ASK_FOR, '')) : null)) : null;
    // "Ashgrove Veterinary Centre" / "Dr Rhiannon Bevan" / "Practice Principal": a first name-shaped line the
    // entry's address names ("ashgrovevets.co.uk") is its firm when another name follows it
    if (
      !nl &&
      nameAt &&
      nameAt === rest[0] &&
      !r.title &&
      !r.company &&
      dom &&
      namesDomain(nameAt.text, dom.split('@')[1]!) &&
      // ("Pauline Garnier" / "Garnier Paysage", pauline@garnier-paysage.fr: the mailbox spells the person's first name)
      !mailboxNames(nameAt.text, dom) &&
      // ("Maître Paul Renaud" above "SCP Renaud Fayolle": a civility names the person, the firm comes second)
      !SALUTATION.test(nameAt.text)
    ) {
      nl = nameLine(t);
      if (nl) r.company = orgName(nameAt.text);
    }
    // "<h3>Algaïa Tech</h3> … Nolwenn Tanguy / CEO & cofondatrice": a heading the entry's own site spells
    // (algaia-tech.fr) is its firm when a name follows it
    if (
      !nl &&
      nameAt &&
      entry &&
      r.name === nameLine(nameAt.text)?.name &&
      nameAt.el.closest(HEADING) &&
      !r.company &&
      !SALUTATION.test(nameAt.text) &&
      ownSite(entry, nameAt.text)
    ) {
      nl = nameLine(t);
      // (a person: a title on the line or the next one, "Series B" under a stage label is none)
      const next = rest[rest.indexOf(l) + 1]?.text ?? '';
      if (nl && !(nl.rest ? isTitleLike(nl.rest) : strongTitle(next) || isTitleLike(next))) nl = null;
      if (nl) {
        r.company = orgName(nameAt.text);
        delete r.title;
      }
    }
    // "<h3>Laboratoires Pradel</h3> … — Marc Oudin, responsable supply chain": a quote's attribution under a
    // heading names the person; the heading named the firm
    if (
      !nl &&
      nameAt &&
      nameAt === rest[0] &&
      nameAt.el.closest(HEADING) &&
      /^[—–―]\s*/.test(l.text) &&
      !r.title &&
      (!r.company || orgAt)
    ) {
      nl = nameLine(t);
      if (nl) r.company = orgName(nameAt.text);
    }
    // "Mme Odile Berthon" after "Tissages Berthon": the civility names the person, the first line was the firm
    if (!nl && nameAt && SALUTATION.test(t) && !SALUTATION.test(nameAt.text)) {
      nl = nameLine(t);
      if (nl && nameAt === rest[0]) r.company = nameAt.text;
      else nl = null;
    }
    // a town heading an office's card ("Bad Homburg", "Le Mans"): the entry writes it again after a postcode
    if (nl && townOf(nl.name, lines_)) nl = null;
    if (nl) {
      r.name = nl.name;
      nameAt = l;
      if (r.email || r.phones.length) before = { email: r.email, phones: r.phones.length };
      if (nl.rest) {
        const [ti, co] = titleAndFirm(nl.rest);
        r.after = nl.rest;
        if (ti && !r.title) r.title = ti;
        if (co && !r.company) r.company = co;
        if (!ti && !co && !r.company && isOrgLine(nl.rest)) r.company = nl.rest;
        // "Oskar Mertens, Personalleiter": a German compound the shared title words miss
        else if (!ti && !co && !r.title && isTitleLike(nl.rest) && !isOrgLine(nl.rest)) r.title = nl.rest;
      }
      continue;
    }
    // a title read before the name ("Ferronnerie d'art" under a firm) gives way to the line after the name
    const under = nameAt && rest[rest.indexOf(nameAt) + 1] === l;
    const open = !r.title || (titleBefore && under);
    // a trade in one or two words right under the name, set apart by its own element ("<br><em>Tisserande</em>",
    // "Luthier", "Maître verrier"): an agent noun, not the town (a bare line) nor the firm
    if (
      open &&
      under &&
      TRADE.test(t) &&
      !isOrgLine(t) &&
      [l.el, ...qsa(l.el, '*')].some((e) => clean(e.textContent ?? '') === t)
    ) {
      r.title = t;
      continue;
    }
    // a duty right under the name ("Technische Leitung", "Qualitätsmanagement", "Vertrieb Inland"): the title
    if (
      open &&
      under &&
      t.split(/\s+/).length <= 5 &&
      !/[\d@]/.test(t) &&
      (ROLE_WORD.test(t) || DEPARTMENT.test(t)) &&
      !isOrgLine(t)
    ) {
      r.title = t;
      continue;
    }
    const both = open && t.length <= 120 ? titleAndFirm(t) : [undefined, undefined];
    if (both[0] && both[1]) {
      // "Sales Director, Demir Transports": a title and the person's company on one line
      // (an office above the name, "Trésorière" / Name / "Expert-comptable, Kuhn Audit": the office is what the
      // list gives them, the line under it their own trade and firm)
      if (!(titleBefore && under && strongTitle(r.title!))) r.title = both[0];
      titleBefore = !nameAt;
      if (!r.company) r.company = both[1];
      continue;
    }
    if (
      open &&
      strongTitle(t) &&
      // (a labelled contact's title is theirs: "Professionnel : Name – Expert-comptable" under "Bureau Comptable …")
      !(labelled && r.title) &&
      // (nor is a field no office names: "Mission : Structuration du grand compte achats")
      !unknownField(t) &&
      (!isOrgLine(t) || EXEC_ACRONYM.test(t) || ((TITLE_HEAD.test(t) || TITLE_TAIL.test(t)) && !LEGAL_FORM_END.test(t)))
    ) {
      const [ti, co] = titleAndFirm(t);
      r.title = ti ?? t;
      titleBefore = !nameAt;
      if (co && !r.company) r.company = co;
      continue;
    }
    // ("Treasurer" then "Audit Partner, Penhallow & Rees LLP": a second title and firm is the person's other post,
    // not the entry's firm)
    // (nor a tag of a list of them: "<ul><li>SEO</li><li>Figma</li><li>AWS</li></ul>" on a freelancer's card)
    const tags = l.el.closest('li')?.parentElement?.children ?? [];
    if (tags.length > 2 && [...tags].every((k) => clean(k.textContent ?? '').split(' ').length < 3)) continue;
    if (!r.company && t.length <= 80 && isOrgLine(t) && !(r.title && nameAt && titleAndFirm(t)[1])) {
      r.company = t;
      orgAt = l;
    }
  }
  // the contact's own direct line below its name replaces the office's above it
  if (before?.phones && r.phones.length > before.phones) r.phones = r.phones.slice(before.phones);
  // an entry headed by a firm, its contact below: "<h3>Ébénisterie Faure & Fils</h3> … M. Régis Faure"
  // (the entry's heading under a badge: "Gold member since 2011" above "<h2>Aldersyke Joinery Ltd</h2>")
  const head = (!rest[0]?.el.closest(HEADING) && rest[1]?.el.closest(HEADING) ? rest[1] : undefined) ?? rest[0];
  if (
    entry &&
    (!r.company || (orgAt && orgAt !== head && !LEGAL_FORM_END.test(orgAt.text))) &&
    head &&
    r.name &&
    // (a firm named after its labelled contact: "<h3>Malerbetrieb Kito Wendisch</h3>" … "Ansprechpartner: Kito Wendisch")
    (nameAt
      ? nameAt !== head
      : !head.text.includes(r.name) ||
        (labelled &&
          head.text.trim() !== r.name &&
          (isOrgLine(head.text) || (!SALUTATION.test(head.text) && !!ownSite(entry, head.text))))) &&
    // (or the link that opens a card whose contact a label names: "<a>Vergers Chabert</a>" … "Responsable : …")
    (head.el.closest('h2, h3, h4, h5, h6')
      ? qsa(entry, 'h1, h2, h3, h4, h5, h6').length === 1
      : labelled &&
        head === rest[0] &&
        !!(head.el.closest('a[href]') ?? qs(head.el, 'a[href]')) &&
        !qs(entry, 'h1, h2, h3, h4, h5, h6')) &&
    entry.contains(head.el) &&
    head.text.length <= 80 &&
    head.text.split(/\s+/).length <= 8 &&
    !/[@\d]/.test(head.text) &&
    // (a programme's slot: "Impulsvortrag: Wärmepumpen im Bestand", "Keynote: …", "Table ronde : …", or any heading
    // under the slot's time, "16:00" / "Clôture")
    !/^[^:]{2,30}\s?:\s/.test(head.text) &&
    !(head === rest[1] && /^\d{1,2}[:.h]\d{2}\b/.test(rest[0]!.text)) &&
    // (a title's word in a firm's name, "Bureau Comptable Robertsau", every word capitalised over a person with a
    // title of their own)
    (!isTitleLike(head.text) ||
      (!!r.title && r.title !== head.text && /^\p{Lu}\S*(?:\s+(?:&\s+)?\p{Lu}\S*)+$/u.test(head.text))) &&
    !DEPARTMENT.test(head.text) &&
    // (a team's heading its contact's title repeats, "Export" over "Export Manager Frankreich", is a part of the firm)
    !` ${r.title ?? ''} `.toLowerCase().includes(` ${head.text.toLowerCase()} `) &&
    !CONTACT_LABEL.test(head.text) &&
    !fieldOf(head.text) &&
    // (a town heading an agency's card: its address writes it again after a postcode)
    !townOf(head.text, lines_)
  ) {
    r.company = orgName(head.text);
    r.headFirm = true;
  }
  // a firm's badge above its heading ("Member", "Gold member since 2011") is not its contact's title
  if (head && head === rest[1] && r.company === orgName(head.text) && r.title === rest[0]!.text) delete r.title;
  // a firm's card with no contact: its heading, when its own site's domain names it ("Humber Fixings & Ironmongery",
  // humberfixings.co.uk)
  if (
    entry &&
    !r.company &&
    !r.name &&
    r.web &&
    head &&
    head.el.closest(HEADING) &&
    entry.contains(head.el) &&
    head.text.length <= 80 &&
    namesDomain(
      head.text,
      r.web
        .replace(/^https?:\/\/(?:www\.)?/i, '')
        .split('/')[0]!
        .toLowerCase(),
    )
  )
    r.company = orgName(head.text);
  if (entry && !r.company) {
    const leaf = firstLeafText(entry);
    if (leaf && isOrgLine(leaf) && !nameLine(leaf) && leaf.split(/\s+/).length <= 8) r.company = orgName(leaf);
  }
  // the member's profile: the one /in/ link of the entry (an icon beside the name, not wrapping it),
  // else of a line's block; a block that links several members names none of them
  for (const el of entry ? [entry] : lines.map((l) => l.el)) {
    if (r.linkedin) break;
    const slugs = new Set(
      qsa(el, 'a[href*="linkedin.com/in/"]')
        .map((a) => normalizeLinkedinUrl(attr(a, 'href')))
        .filter(Boolean),
    );
    if (slugs.size === 1) r.linkedin = [...slugs][0]!;
  }
  // the firm's page: the one /company/ link of a firm's card ("<a href=…/company/loomwise/ aria-label="… on LinkedIn">")
  if (entry && r.company) {
    const pages = new Set(
      qsa(entry, 'a[href*="linkedin.com/company/"]')
        .map((a) => normalizeLinkedinUrl(attr(a, 'href')))
        .filter(Boolean),
    );
    if (pages.size === 1) r.firmLinkedin = [...pages][0]!;
  }
  if (!r.email)
    for (const l of lines) {
      const e = elementEmail(l.el);
      if (e) {
        r.email = normalizeAddress(e);
        break;
      }
    }
  // an icon-only "Email Jane" link of the entry (no text line of its own)
  if (!r.email && entry) {
    const mails = new Set(qsa(entry, 'a[href^="mailto:" i]').map((a) => mailtoAddress(attr(a, 'href'))));
    if (mails.size === 1) r.email = normalizeAddress([...mails][0]!);
  }
  if (!r.phones.length) {
    for (const l of lines)
      for (const a of qsa(l.el, 'a[href^="tel:" i]')) {
        const n = telNumber(attr(a, 'href'));
        if (n) findPhones(/\d/.test(a.textContent ?? '') ? clean(a.textContent ?? '') : n, r.phones);
      }
  }
  // a card's brand: the short line its contact's address names ("Tissages du Ried", nadege@tissages-ried.fr)
  if (!r.company && r.email && r.name) {
    const b = rest.find(
      (l) =>
        l.text.length <= 60 &&
        !/[\d@]/.test(l.text) &&
        // ("anna.weber [at] firma.de": the address itself, spelled out)
        !findPlainEmails(deobf(l.text)).length &&
        !l.text.includes(r.name!) &&
        l.text !== r.title &&
        namesDomain(l.text, r.email!.split('@')[1]!),
    );
    if (b) r.company = orgName(b.text);
  }
  if (entry && nameAt && nameAt === rest[0] && r.name && !r.company) {
    const h = nameAt.el.closest('h2, h3, h4, h5, h6');
    r.headed = !!h && entry.contains(h) && clean(h.textContent ?? '').length <= 80;
  }
  // the line under the name that no field took ("Luis Ortega<br>Yard Foreman<br>yard (at) …"): a title
  // candidate, kept if the list's other entries give titles (see readEntriesSteps)
  const u = nameAt && !r.title ? rest[rest.indexOf(nameAt) + 1] : undefined;
  if (u) {
    // ("Chargé de mission – alternant DSCG": a long line's title is before the dash)
    const t = u.text.split(/\s+/).length > 5 ? u.text.split(/\s[–—|]\s/)[0]! : u.text;
    const words = t.split(/\s+/).length;
    if (
      t !== r.company &&
      t.length <= 60 &&
      words <= 5 &&
      (words >= 2 || isTitleLike(t)) &&
      /^\p{Lu}/u.test(t) &&
      !/[\d@:]|https?:|www\./.test(t) &&
      !findPlainEmails(deobf(t)).length &&
      !isOrgLine(t) &&
      !COUNTRY.test(t) &&
      !NO_FIRM.test(t) &&
      !CONTACT_LABEL.test(t)
    )
      r.under = t;
  }
  // a card headed by a firm its own site spells, no person below ("<h3>Kindred Commerce</h3>", kindredcommerce.com)
  if (
    entry &&
    r.name &&
    !r.company &&
    nameAt &&
    r.name === nameLine(nameAt.text)?.name &&
    nameAt.el.closest(HEADING) &&
    !SALUTATION.test(nameAt.text) &&
    !(r.email && mailboxNames(nameAt.text, r.email))
  ) {
    const site = ownSite(entry, nameAt.text);
    if (site) {
      r.company = orgName(nameAt.text);
      r.web = site;
      r.name = undefined;
      delete r.title;
    }
  }
  // the firm's own site, linked by words ("Voir le site", "Visit keystone-aggregates.co.uk"): a link whose domain spells it
  if (entry && r.company && !r.web) {
    const href = ownSite(entry, r.company);
    if (href) r.web = href;
  }
  // a schema.org Person's card says its title and employer by itemprop: a talk's title beside them is neither
  if (entry?.matches('[itemscope][itemtype*="schema.org/Person" i]') && qs(entry, '[itemprop="jobTitle"]')) {
    r.title = clean(qs(entry, '[itemprop="jobTitle"]')!.textContent ?? '');
    r.company = clean(qs(entry, '[itemprop="worksFor"]')?.textContent ?? '') || undefined;
    r.typed = true;
  }
  // a firm's card gives its registry numbers ("SIRET · 418 372 603 00112")
  if (entry && r.company) {
    const ids = findLegalIds(lines00.map((l) => l.text.replace(/\s·\s/g, ': ')).join('\n'));
    if (ids.siren || ids.siret || ids.vat) r.ids = ids;
  }
  return r.name || r.company ? r : null;
}

/** The link of an entry to a site off the page's host whose domain names the firm ('' when none does). */
function ownSite(entry: Element, firm: string): string {
  const page = entry.ownerDocument?.location?.hostname.replace(/^www\./, '') ?? '';
  for (const a of qsa(entry, 'a[href^="http" i]').slice(0, 6)) {
    const href = attr(a, 'href');
    const host = siteHost(href);
    if (host && host !== page && !SOCIAL_HOST.test(href) && namesDomain(firm, host)) return href;
  }
  // (or written as text beside the name: "<a href=/exposants/x>Bocage Tech</a><span>bocagetech.io</span>")
  for (const x of qsa(entry, 'span, small, p, div, a, li').slice(0, 12)) {
    const d = bareDomain(textOf(x));
    if (d && d !== page && namesDomain(firm, d)) return d;
  }
  return '';
}
const siteHost = (href: string) =>
  (/^https?:\/\/([^/?#:]+)/i.exec(href.trim())?.[1] ?? '').toLowerCase().replace(/^www\./, '');

// "Ask for Marcus Bell, Service Manager", "Demandez Julie", "Fragen Sie nach Herrn Kurz": who to ask, then the name
const ASK_FOR =
  /^(?:ask for|speak (?:to|with)|talk to|contact|your contact(?: is)?|demandez|contactez|adressez-vous [àa]|votre contact\s*:?|fragen sie nach|wenden sie sich an|ihr(?:e)? ansprechpartner(?:in)?\s*:?)\s+/i;

// "CIO", "CEO", "SVP", "DAF": an officer's initials in capitals read like a firm's ("IBM") but are a title
const EXEC_ACRONYM = /^(?:C[A-Z]{1,3}O|[SE]?VP|MD|GM|DAF|DRH|DSI|PDG|DG)$/;

// "Head of Transport", "Directrice des Achats", "Leiter Logistik": a duty's head word first is a title, whatever
// firm-like word ("Transport", "Logistik") follows
const TITLE_HEAD =
  /^(?:head|director|chief|manager|vice[- ]president|leiter(?:in)?|direct(?:eur|rice)|responsable|chef(?:fe)?)\s+(?:of\s|for\s|de\s|du\s|des\s|d['’]|der\s)?/i;

// "Practice Manager", "Transport Coordinator": a job's noun last is a title too
const TITLE_TAIL = /\s(?:manager(?:in)?|director|coordinator|officer|assistant|administrator|leiter(?:in)?)$/i;

const TRADE =
  /^\p{Lu}[\p{Ll}\p{M}]+(?:\s[\p{Ll}\p{M}]+)?(?:i[eè]re?|eu(?:r|se)|rice|iste|ienn?e?|ande?|aire|erin|er|or|ian)$/u;
const OPERATOR =
  /^(?:(?:magasin|boutique|agence|restaurant|store|shop|branch|filiale|markt|gesch[äa]ft)\s)?(?:exploit[ée]e?|g[ée]r[ée]e?|tenue?|operated|run|owned|betrieben|gef[üu]hrt)\s(?:par|by|von)\s(\p{Lu}.{1,60})$/iu;
const SALUTATION = /^(?:mme|mlle|m\.|mr\.?|mrs\.?|ms\.?|herr|frau|dr\.|prof\.|dipl\.|madame|monsieur|me|ma[iî]tre)\s/i;

// a section's title over a list of firms: a sponsors' tier, exhibitors, partners ("Gold Sponsors", "Nos exposants")
const LIST_TITLE =
  /^(?:\S+\s){0,3}(?:\S*sponsor(?:s|en)?|exposants?|exhibitors?|aussteller|partenaires?|partners|partnern?|m[ée]c[èe]nes)(?:\s\S+){0,2}$/i;

const ENTRY_SKIP =
  'nav, header, footer, form, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], select, [class*="cookie" i], [aria-label*="cookie" i], [aria-label*="consent" i]';

/**
 * Lists of entries of the same shape: ≥ 3 sibling elements (same tag) of which most name a person
 * with a second field (title, company, email or phone). Definition lists: a dt with its dd's.
 */
export const readEntries = (root: Element, out: Found, skip?: SkipFn, max?: number): Set<Element> =>
  done(readEntriesSteps(root, out, skip, max));

/** `readEntries` in steps (see `done`): a step per list and per entry read. */
export function* readEntriesSteps(root: Element, out: Found, skip?: SkipFn, max = 2000): Steps<Set<Element>> {
  const used = new Set<Element>();
  const earlier = out.people.length;
  // the shapes of the entries of the lists read (see shapeOf)
  const shapes = new Set<string>();
  const parents = new Set<Element>();
  for (const el of qsa(root, 'li, tr, article, dd, div, section')) {
    if (el.parentElement) parents.add(el.parentElement);
  }
  // the lists of a set of tab panels are one list ("Staff" / "PhD students", two cards each; a network's regions)
  const tabbed = tabLists(root);
  for (const c of tabbed.keys()) parents.add(c);
  let count = 0;
  for (const parent of parents) {
    yield;
    if (count >= max) break;
    const union = tabbed.get(parent);
    if (union && !union.length) continue;
    // (fewer than 3 children is no list: said first, the ancestor checks are quadratic on deep nesting)
    if (
      (parent.childElementCount < 3 && parent.tagName !== 'DL' && !union) ||
      parent.closest(ENTRY_SKIP) ||
      (skip && skip(parent)) ||
      [...used].some((u) => u.contains(parent))
    )
      continue;
    if (parent.tagName === 'DL') {
      count += readDl(parent, out, used);
      continue;
    }
    const kids = (union ?? Array.from(parent.children)).filter(
      (k) => k.tagName !== 'SCRIPT' && k.tagName !== 'TEMPLATE',
    );
    if (kids.length < 3) continue;
    // the entries' tag: the most frequent among the children (a heading or an intro may come first)
    const tally = new Map<string, number>();
    for (const k of kids) tally.set(k.tagName, (tally.get(k.tagName) ?? 0) + 1);
    const tag = [...tally].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    const same = kids.filter((k) => k.tagName === tag);
    // (two cards under a heading may be a team too: read on if both are a name over a job title, see `pair`)
    const two = same.length === 2 && kids.length === 3 && /^H[1-6]$/.test(kids[0]!.tagName);
    if (
      (same.length < 3 && !two) ||
      same.length < kids.length * 0.6 ||
      (tag === 'TR' && parent.closest('table')?.querySelector('th')) ||
      pageSections(same)
    )
      continue;
    const recs: Rec[] = [];
    const linesOfRec = new Map<Rec, Line[]>();
    const grid = new Set<Rec>();
    let withPerson = 0,
      groups = 0;
    for (const k of same.slice(0, 2000)) {
      yield;
      const text = k.textContent ?? '';
      if (text.length > 1500 || text.length < 5) {
        recs.push({ phones: [] });
        continue;
      }
      const kl = blockLines(k, skip);
      // a block holding several people (a team section: heading, then cards) is a group, not one entry;
      // a card's firm and town may look like names too ("Les Forges du Vercors", "La Chapelle-en-Vercors")
      const named = kl.filter((l) => nameLine(l.text)).length;
      const hrefs = qsa(k, 'a[href]').map((a) => attr(a, 'href'));
      const personal = new Set(hrefs.filter((h) => /^mailto:|linkedin\.com\/in\//i.test(h))).size;
      // (a menu item with its submenu is one too: several name-like lines, many links)
      // (a section headed by its label whose cards are headed by two or more names: "Design studio", then two h3)
      const heads = qsa(k, 'h1, h2, h3, h4, h5, h6');
      const sectioned =
        heads.length >= 3 && !nameLine(textOf(heads[0]!)) && heads.filter((h) => nameLine(textOf(h))).length >= 2;
      // (an event page's sections, each headed by a list's title: "Gold Sponsors", "Liste des exposants")
      const listed = !!heads[0] && kl.length >= 2 && LIST_TITLE.test(textOf(heads[0]));
      // (a section whose list items or paragraphs each open with a different person's name, then more: "<li><b>Name</b> –
      // Title – address</li>" twice; read as one entry, the first name would take the other's address or phone)
      const openers = new Set(
        qsa(k, 'li, p')
          .slice(0, 50)
          .map((e) => nameLine(textOf(e)))
          .filter((n) => n?.rest)
          .map((n) => n!.name),
      );
      if (
        personal >= 4 ||
        named >= 4 ||
        (named >= 3 && new Set(hrefs).size >= 4) ||
        sectioned ||
        listed ||
        openers.size >= 2
      ) {
        groups++;
        recs.push({ phones: [] });
        continue;
      }
      const r = entryRecord(kl, k);
      // a card of a name and a short role under it ("Sysadmin", "Netzwerker"): a team grid's entry
      const role = kl.length === 2 && r?.name === kl[0]!.text ? kl[1]!.text : '';
      if (
        role &&
        (!r!.title || r!.title === role) &&
        (role.split(' ').length < 4 || (role.split(' ').length <= 6 && looksLikeJobTitle(role))) &&
        !/[\d@]/.test(role) &&
        !isOrgLine(role)
      ) {
        r!.title = role;
        grid.add(r!);
      }
      if (r) linesOfRec.set(r, kl);
      recs.push(r ?? { phones: [] });
    }
    // a list whose entries' "names" are spelled by their own sites ("Radhaus Isartal", radhaus-isartal.de) is a list
    // of firms (a dealer locator): left to the firms' reader (page-orgs.ts)
    const bare = recs.filter((r) => r.name && !r.title && !r.company && !r.email);
    const spelled = bare.filter((r) => ownSite(same[recs.indexOf(r)]!, r.name!)).length;
    if (spelled >= 3 && spelled >= recs.filter((r) => r.name).length * 0.6) continue;
    // (the list's title line first: "Name — Dessinatrice-projeteuse" among "Name — Architecte" entries is a person)
    firmColumn(recs, linesOfRec);
    firmPlace(recs, linesOfRec);
    const titled = titleColumn(recs);
    underTitles(recs, titled);
    deskHeads(recs);
    // a firm's card without a contact among firms' cards with one ("<h3>Arvel Préfa</h3>", a phone, no "Direction")
    const firmHeads = recs.filter((r) => r.headFirm && r.name).length;
    if (firmHeads >= 2 && firmHeads >= recs.filter((r) => r.name).length * 0.5)
      for (const r of recs)
        if (r.name && r.headed && !r.email && !r.company && !r.linkedin) {
          r.company = r.name;
          r.name = undefined;
          r.title = undefined;
          const ids = findLegalIds((linesOfRec.get(r) ?? []).map((l) => l.text.replace(/\s·\s/g, ': ')).join('\n'));
          if (ids.siren || ids.siret || ids.vat) r.ids = ids;
        }
    headedCards(recs, same.length, grid);
    for (const r of recs)
      if (
        r.name &&
        (grid.has(r) ||
          r.email ||
          r.phones.length ||
          r.linkedin ||
          titled.has(r) ||
          ((r.company || (r.title && strongTitle(r.title))) && !looksLikeJobTitle(r.name)))
      )
        withPerson++;
      else r.name = undefined;
    // (a page of sections, each holding cards of people, is neither a list of people nor of firms)
    // (nor are tab panels' entries when one holds several people: a programme's talks, one a panel of four)
    if (groups >= same.length / 2 || (union && groups)) continue;
    // a directory of companies (no named people): each entry's first field names an organisation
    if (withPerson < 3) {
      const orgs = same
        .slice(0, 2000)
        .map((k) => [k, firstLeafText(k)] as const)
        .map(([k, t]) =>
          // (or a name its own site spells: "Mécaprécis Auvergne", mecaprecis.fr)
          t &&
          // (a department's word included: "Canopée RH", canopee-rh.fr)
          (isOrgLine(t) ? !nameLine(t) : !!ownSite(k, t) && (firmish(t) || /^\p{Lu}[^@:]{1,38}$/u.test(t))) &&
          t.split(/\s+/).length <= 6 &&
          !/\.\.|…/.test(t) &&
          !officeTown(k, t)
            ? orgName(t)
            : '',
        );
      const n = orgs.filter(Boolean).length;
      if (n >= 3 && n >= same.length * 0.5 && new Set(orgs).size >= n * 0.8) {
        used.add(parent);
        orgs.forEach((name, i) => {
          if (!name) return;
          const r = recs[i]!;
          // (a firm's card that names its contact: "<a>Vergers Chabert</a>" … "Responsable : Nathalie Chabert")
          if (r.name && r.company && orgName(r.company) === name) {
            recToFound(r, out);
            shapes.add(shapeOf(same[i]!));
            count++;
            return;
          }
          const c: DetectedCompany = { name };
          if (r.phones.length) c.phones = r.phones;
          // (its registry numbers: "<dt>SIREN</dt><dd>348 653 486</dd>" on a subsidiary's card)
          if (r.ids?.siren) c.siren = r.ids.siren;
          if (r.ids?.siret) c.siret = r.ids.siret;
          if (r.ids?.vat) c.vat = r.ids.vat;
          if (r.firmLinkedin) c.linkedinUrl = r.firmLinkedin;
          r.web ||= ownSite(same[i]!, name) || undefined;
          if (r.web) {
            c.website = r.web;
            c.domain = r.web;
          } else if (r.email) c.domain = r.email.split('@')[1];
          out.companies.push(c);
          count++;
        });
        continue;
      }
    }
    const names = new Set(recs.map((r) => r.name).filter(Boolean));
    // a heading over two cards, each a name over a role, one a known job title ("Meet the makers": Name / "Potter &
    // co-founder", Name / "Beekeeper")
    // (or each a name with a title and a way to reach the person: "Ihre Ansprechpersonen", then two contacts)
    const pair =
      two &&
      ((recs.every((r) => grid.has(r)) && recs.some((r) => r.title && looksLikeJobTitle(r.title))) ||
        recs.every((r) => r.name && r.title && (r.email || r.phones.length)));
    // the same "name" on every entry is a button label ("Zum Produkt"), not people
    if ((withPerson < 3 && !pair) || withPerson < same.length * 0.5 || names.size < withPerson * 0.8) continue;
    used.add(parent);
    if (union) for (const k of union) if (k.parentElement) used.add(k.parentElement);
    // a member without a named contact still names its firm, with a way to reach it
    for (const r of recs)
      if (r.name || (r.company && (r.phones.length || r.email || r.web))) {
        recToFound(r, out);
        count++;
      }
    same.slice(0, 2000).forEach((k, i) => {
      if (recs[i]?.name) shapes.add(shapeOf(k));
    });
  }
  shapes.delete('');
  // the short rows of a sectioned team page ("Pôle social & paie": two cards, "Accueil": one), shaped like the
  // entries of a list read above: each card headed by a name with a title or a way to reach the person
  const inUsed = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = e.parentElement) if (used.has(e)) return true;
    return false;
  };
  if (shapes.size)
    for (const parent of parents) {
      yield;
      if (count >= max) break;
      if (parent.childElementCount > 2 || parent.closest(ENTRY_SKIP) || (skip && skip(parent)) || inUsed(parent))
        continue;
      for (const k of Array.from(parent.children)) {
        if (!shapes.has(shapeOf(k))) continue;
        const r = entryRecord(blockLines(k, skip), k);
        // (or a firm's card with its labelled contact, the last row of a grid: "Responsable : …")
        if (!r?.name || !(r.headed || (r.labelled && r.company))) continue;
        r.title ||= r.under;
        if (!r.title && !r.email && !r.phones.length) continue;
        used.add(k);
        recToFound(r, out);
        count++;
      }
    }
  completeEarlier(out, earlier);
  return used;
}

/**
 * People given before by a page's data (an event's JSON-LD performers: names only) take the fields their
 * card gives: the speaker's own firm and title, not the event's organiser. One pass over a name index.
 */
export function completeEarlier(out: Found, from: number): void {
  if (!from || out.people.length === from) return;
  const byName = new Map<string, DetectedPerson>();
  for (const p of out.people.slice(from)) if (!byName.has(p.name)) byName.set(p.name, p);
  for (const p of out.people.slice(0, from)) {
    const q = byName.get(p.name);
    if (!q) continue;
    if (!p.company && q.company) p.company = q.company;
    if (!p.title && q.title) p.title = q.title;
    if (!p.email && q.email) p.email = q.email;
    if (!p.phones?.length && q.phones?.length) p.phones = q.phones;
    if (!p.linkedinUrl && q.linkedinUrl) p.linkedinUrl = q.linkedinUrl;
  }
}

/**
 * The firm line of a card grid: where entries give a firm (two or more do), the line right under another
 * entry's title is its firm ("<h3>Name</h3><p>Directrice e-commerce</p><p>Maison Vautrin</p>") unless it is a
 * tag that several entries repeat ("United Kingdom", "Operations"), a country, a status or a single word (a town).
 */
function firmColumn(recs: Rec[], linesOf: Map<Rec, Line[]>): void {
  const seen = new Map<string, number>();
  for (const kl of linesOf.values())
    for (const t of new Set(kl.map((l) => l.text))) seen.set(t, (seen.get(t) ?? 0) + 1);
  // the line under an entry's name and title
  const under = (r: Rec) => {
    const kl = linesOf.get(r);
    const at = kl && r.name && r.title ? kl.findIndex((l) => l.text === r.title) : -1;
    return at > 0 && kl![at - 1]!.text.includes(r.name!) ? kl![at + 1]?.text : undefined;
  };
  // (or, under the title, a trade and a firm: "Présidente" / "Fondatrice, Atelier Mouette")
  const traded = (r: Rec) => {
    const [a, b] = r.company || r.typed ? [] : titleAndFirm(under(r) ?? '');
    return !!(a && b && OWNER.test(a));
  };
  if (recs.filter((r) => r.name && (r.company || traded(r))).length < 2) return;
  // (where the other entries' firms stand there, a word alone or repeated is a firm too: "Kaptalis" for two speakers)
  const column = recs.filter((r) => r.company && under(r) === r.company).length >= 2;
  for (const r of recs) {
    const line = r.company || r.typed ? undefined : under(r);
    // (a trade and the firm on that line, "Gérant, Rivière Menuiserie": the firm)
    const both = line ? titleAndFirm(line) : [];
    const t = both[0] && both[1] && OWNER.test(both[0]) ? line!.slice(line!.lastIndexOf(both[1])) : line;
    if (t && (column || (seen.get(line!) === 1 && /\s/.test(t))) && !/\d{3}/.test(t) && firmish(t))
      r.company = orgName(t);
  }
}

/**
 * The firm's place in a list's cards: where the others' firm stands right under their name, an entry read the other
 * way round (its firm as its title, "Avocat droit des affaires" as its firm) takes the line under its name as its firm.
 */
function firmPlace(recs: Rec[], linesOf: Map<Rec, Line[]>): void {
  const under = (r: Rec) => {
    const kl = linesOf.get(r);
    const at = kl && r.name ? kl.findIndex((l) => l.text === r.name) : -1;
    return at >= 0 ? kl![at + 1]?.text : undefined;
  };
  const placed = recs.filter((r) => r.company && under(r) === r.company).length;
  if (placed < 2) return;
  for (const r of recs) {
    const t = under(r);
    if (!r.company || !r.title || t !== r.title || t === r.company) continue;
    // (a firm named by its trade, "Salaün Avocat", where the entry's address spells it)
    const host = r.email?.split('@')[1] ?? '';
    const spelled = !!host && spellsDomain(t, host);
    if (
      (!firmish(t) && !spelled) ||
      /\d{3}/.test(t) ||
      (looksLikeJobTitle(t) && !spelled) ||
      !looksLikeJobTitle(r.company)
    )
      continue;
    r.title = r.company;
    r.company = orgName(t);
  }
}

/**
 * The title line of a list: where most entries' name is followed by a title ("Name, Vertriebsleiterin"),
 * the words after the other names are titles too ("Assistenz der Geschäftsführung", "Prokurist").
 */
function titleColumn(recs: Rec[]): Set<Rec> {
  const out = new Set<Rec>();
  const after = recs.filter((r) => r.name && r.after);
  if (after.filter((r) => r.title && r.after!.includes(r.title)).length < Math.max(2, after.length * 0.6)) return out;
  for (const r of after)
    if (!r.title && !/[@\d]/.test(r.after!) && !isOrgLine(r.after!)) {
      r.title = r.after;
      out.add(r);
    }
  return out;
}

/**
 * A card list's title line: where most named entries give a title, the plain line right under another
 * entry's name is its title too ("Yard Foreman" among "Service Manager", "Parts Coordinator").
 */
function underTitles(recs: Rec[], titled: Set<Rec>): void {
  const named = recs.filter((r) => r.name);
  const withTitle = named.filter((r) => r.title).length;
  if (withTitle < 2 || withTitle < named.length * 0.5) return;
  for (const r of named)
    if (!r.title && r.under) {
      r.title = r.under;
      titled.add(r);
    }
}

/**
 * A grid of cards each headed by a person's name ("<h3>Damien Ferrand</h3><p>Masseur-kinésithérapeute D.E.</p>"):
 * people even where a card gives no address nor phone; the line under each name is its title where most give one.
 */
function headedCards(recs: Rec[], size: number, grid: Set<Rec>): void {
  const named = recs.filter((r) => r.name);
  const headed = named.filter((r) => r.headed && (r.title || r.under));
  if (headed.length < 3 || headed.length < named.length * 0.8 || headed.length < size * 0.6) return;
  for (const r of headed) {
    if (!r.title) r.title = r.under;
    grid.add(r);
  }
}

/**
 * Desks of one firm: cards headed "Parts counter", "Haul-out scheduling" whose contacts all write from one
 * domain are a firm's own contact page; a heading that the domain does not name is a desk, not their firm.
 */
function deskHeads(recs: Rec[]): void {
  const heads = recs.filter((r) => r.headFirm);
  const mails = recs.filter((r) => r.email);
  if (!heads.length || mails.length < 2) return;
  const domains = new Set(mails.map((r) => r.email!.split('@')[1]!));
  if (domains.size !== 1) return;
  const d = [...domains][0]!;
  for (const r of heads)
    if (!namesDomain(r.company!, d)) {
      r.company = undefined;
      r.headFirm = undefined;
    }
}

/**
 * "<dt>Crédit Coopératif du Sud</dt>", "<dt>Solveo</dt><dd>Lou Garnier – presse@solveo.energy</dd>": a term that
 * names a firm, not an office or a desk ("Lokales", "Chef vom Dienst"): capitalised words no title list knows,
 * one word only when the address below it spells it.
 */
function firmTerm(g: readonly Line[]): boolean {
  const t = g[0]!.text.trim();
  if (isTitleLike(t) || !/^\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s(?:\p{Lu}[\p{L}\p{M}'’.&-]*|d[eu]s?|of|&))*$/u.test(t))
    return false;
  if (t.includes(' ')) return true;
  const email = findPlainEmails(
    deobf(
      g
        .slice(1)
        .map((l) => l.text)
        .join(' '),
    ),
  )[0];
  return !!email && namesDomain(t, email.split('@')[1]!);
}

function readDl(dl: Element, out: Found, used: Set<Element>): number {
  const groups: Line[][] = [];
  let heads: Line[] = [];
  for (const k of Array.from(dl.children)) {
    const target = k.tagName === 'DIV' ? Array.from(k.children) : [k];
    for (const c of target) {
      if (c.tagName === 'DT') {
        heads = [{ text: textOf(c), el: c }];
        groups.push(heads);
      } else if (c.tagName === 'DD' && groups.length) groups[groups.length - 1]!.push(...blockLines(c));
    }
  }
  if (groups.length < 2) return 0;
  // key/value lists ("Name" / "Email", "Registered office" / "Directors") describe one thing: not a directory
  if (groups.filter((g) => isDetailLabel(g[0]!.text)).length > groups.length / 2)
    return readDetails(groups, dl, out, used);
  let n = 0;
  const recs: Rec[] = [];
  const texts: string[] = [];
  // offices as terms ("<dt>Trésorière</dt><dd>Name</dd>"): where most terms are neither a name nor a firm
  // and a person's name comes first below them, each term is the title of that one person
  const offices =
    groups.filter(
      (g) =>
        unparen(g[0]!.text).length <= 50 &&
        !isOrgLine(g[0]!.text) &&
        !nameLine(g[0]!.text) &&
        !firmTerm(g) &&
        nameLine(g[1]?.text ?? ''),
    ).length >=
    groups.length / 2;
  // (every term a person's name: no firm's among them, "Fédération Régionale du Bois" beside "Salon Bois & Habitat")
  const named = groups.every((g) => nameLine(g[0]!.text));
  for (const g of groups) {
    const dtEl = g[0]!.el;
    // a member's firm: the term's link or bold text ("<a>Hebden Loom Ltd</a> <span>Manufacturing</span>")
    const link = qs(dtEl, 'a[href^="http"]:not([href*="linkedin.com/in/"])');
    const head = link ?? qs(dtEl, 'strong, b');
    const dt = head ? textOf(head) : g[0]!.text;
    const title = !link && offices && !isOrgLine(dt) ? unparen(dt) : '';
    // ("<dt>Agence Traboule RP – Maëlle Duchêne-Okafor</dt>": a press contact's agency, then its contact)
    const parts = dt.split(/\s[–—|]\s/);
    const contact = parts.length === 2 && !nameLine(dt) && !nameLine(parts[0]!) ? nameLine(parts[1]!) : null;
    const agency = contact && !contact.rest && parts[0]!.length <= 60 && !title ? parts[0]! : '';
    const isFirm = !title && !agency && !isDetailLabel(dt) && (!!link || isOrgLine(dt) || !nameLine(dt));
    // several people under one firm: a new record at each name line
    const chunks: Line[][] = [];
    for (const l of g.slice(1)) {
      if (
        !chunks.length ||
        (!title &&
          nameLine(l.text) &&
          !CONTACT_LABEL.test(l.text) &&
          chunks[chunks.length - 1]!.some((x) => nameLine(x.text)))
      )
        chunks.push([]);
      chunks[chunks.length - 1]!.push(l);
    }
    if (!chunks.length) chunks.push([]);
    for (const c of chunks) {
      // ("<dt>Jane Roe</dt><dd>Cheffe de réception</dd>": a term that is a name heads its own entry, where its
      // description alone reads as none)
      const own = (c[0]?.text ?? '').split(/\s[·–—|]\s/)[0]!;
      const lead =
        !title &&
        !agency &&
        !isFirm &&
        !isOrgLine(dt) &&
        personName(dt) === dt &&
        looksLikeJobTitle(own) &&
        !DEPT_LINE.test(own) &&
        !c.some((l) => nameLine(l.text))
          ? // (each item of a dotted line its own: "<dd>Cheffe de réception · jane@…</dd>")
            entryRecord([g[0]!, ...c.flatMap((l) => l.text.split(/\s·\s/).map((text) => ({ text, el: l.el })))])
          : null;
      // (people's names as the terms, "<dt>Name</dt><dd>Title</dd><dd>address</dd><dd>number</dd>": each one's record,
      // when the details alone make none)
      const r = (agency
        ? entryRecord([{ text: contact!.name, el: dtEl }, ...c])
        : (entryRecord(c) ??
          (lead?.name === dt ? lead : null) ??
          (!title && !isFirm && named ? entryRecord([{ text: dt, el: dtEl }, ...c]) : null))) ?? {
        phones: [],
      };
      if (agency && (!r.company || r.company === r.title)) r.company = orgName(agency);
      // ("<dt>New projects</dt><dd>Name, Studio Director</dd>": the title on the name's own line wins)
      if (title && !(r.title && r.after?.includes(r.title))) r.title = title;
      // a term that reads like a name ("Sägewerk Lang") above another person's entry is the firm
      if ((isFirm || (!title && r.name && !dt.includes(r.name))) && dt.length <= 100) {
        if (!r.company || r.company === r.title || link || DEPT_LINE.test(r.company)) r.company = dt;
        if (link && !r.web) r.web = attr(link, 'href');
        // ("<dt>Aérotech Pyrénées</dt><dd>Service communication – …</dd>": a desk under the term, the term its firm)
      } else if (!r.name && DEPT_LINE.test((c[0]?.text ?? '').split(/\s[–—|·-]\s|,\s/)[0]!)) {
        if (dt.length <= 100) r.company = dt;
      } else if (!r.name) {
        const nl = nameLine(dt);
        if (nl) r.name = nl.name;
      }
      recs.push(r);
      texts.push(c.map((l) => l.text).join(' '));
      if (r.name) n++;
    }
  }
  if (n < 2) return 0;
  // a board's members with their firms in brackets ("<dt>Trésorier</dt><dd>Name (Firm)</dd>"): where one bracket
  // holds a firm by its words, each bracket does ("(Maravelle)", "(Roux & Fils)")
  const bracketed = recs.filter((r, i) => r.after && texts[i]!.includes(`(${r.after})`));
  if (bracketed.some((r) => r.company === r.after))
    for (const r of bracketed) if (!r.company && firmish(r.after!)) r.company = r.after;
  used.add(dl);
  for (const r of recs) recToFound(r, out);
  return n;
}

/**
 * One thing's details as a key/value list: the holders of its offices ("Directors", "Gérants", "Company
 * secretary": each value a person, the office their title) with the firm the list names ("Société", "Company"),
 * else the page's; the labels themselves are neither people nor firms.
 */
// a degree after a holder's name, before their title in brackets ("MBA (Geschäftsführerin)")
const DEGREE_ONLY = /^(?:MBA|EMBA|MSc|BSc|MA|BA|MAS|MEng|BEng|PhD|LL\.?M\.?|M\.?Sc\.?|B\.?Sc\.?)?$/;

function readDetails(groups: Line[][], dl: Element, out: Found, used: Set<Element>): number {
  const firm: Rec = { phones: [] };
  const holders: Rec[] = [];
  for (const g of groups) {
    const f = fieldOf(g[0]!.text);
    // the firm that runs it, with its register number ("<dt>Exploitant</dt><dd>SARL X – RCS 827 199 753</dd>",
    // "<dt>Legal entity</dt><dd>X Ltd</dd>"): the firm, not an office's holder
    const v = f === 'role' ? opFirm(g[1]?.text ?? '') : undefined;
    if (v && !firm.company) {
      setField(firm, 'company', v, g[1]!.el);
      continue;
    }
    if (f === 'role') {
      const title = officeTitle(g[0]!.text);
      for (const l of g.slice(1)) {
        let last: Rec | undefined;
        for (const part of l.text.split(/\s*(?:;|,(?!\s*(?:jr|sr)\b)|\bund\b|\bet\b|\band\b)\s*/i)) {
          const nl = nameLine(unparen(part));
          // "DI Jonas Auer (Geschäftsführer)", "Eva Lind, MBA (Geschäftsführerin)": the holder's own title in brackets
          const own = /^(.*?)\s*\(([^()]{2,40})\)$/.exec(part);
          // (under a collective label only: "Geschäftsführer" / "Ole Brandt (Vorsitzender)" keeps the office)
          const ownTitle =
            own && /(?:ung|ion|s|en)\s*:?$/i.test(g[0]!.text) && isTitleLike(own[2]!) && !isOrgLine(own[2]!)
              ? own[2]!
              : undefined;
          if (nl && !nl.rest) holders.push((last = { name: nl.name, title: ownTitle ?? title, phones: [] }));
          // ("Owner" / "Siân Maddox-Reyes, founder": the holder's own title after their name)
          else if (last && !nl && part.length <= 60 && isTitleLike(part) && !isOrgLine(part))
            last.title = ownTitle && DEGREE_ONLY.test(own![1]!) ? ownTitle : part;
          else last = undefined;
        }
      }
    } else if (f === 'company' && g[1]) setField(firm, 'company', g[1].text, g[1].el);
  }
  if (!holders.length) return 0;
  used.add(dl);
  for (const h of holders) recToFound({ ...h, company: firm.company }, out);
  return holders.length;
}

/** An entry headed by the town its own address ends in ("<h3>Zürich</h3>", "Seefeldstrasse 42, 8008 Zürich") is one
 * of a firm's offices, not a firm. */
export function officeTown(entry: Element, head: string): boolean {
  const town = head.trim();
  if (!town || town.split(/\s+/).length > 3) return false;
  const esc = town.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[\\s,])(?:[A-Z]{1,2}-?)?\\d{4,5}\\s+${esc}(?![\\p{Ll}\\d])`, 'u').test(
    entry.textContent ?? '',
  );
}
