/**
 * The firms a web page's running text names in a firm's role (issue 7), read in the background from the paragraphs its
 * content script sends (`Detection.prose`, else a news article's text), with ./mail-firms.ts's sentence roles:
 * - a role that names firms only: "filiale de X", "racheté par le groupe X", "partenaire Gold de X", "propriétaire de
 *   X", "acquired by X", "a subsidiary of X", "in Zusammenarbeit mit X", "Tochter der X", "Generalunternehmer: X";
 * - the kind of firm before it, lower-case: "le groupe X", "la chaîne X", "le fonds X", "le cabinet d'avocats X", "la
 *   maison japonaise X" (a single word is enough there);
 * - a role that may name a person too ("fabriqués par X", "conseillé par X", "proviennent de la X", "made by X"): only
 *   a name with a firm's word ("Tannerie X", "X Industries", "X & Y") or a legal form;
 * - a name with a legal form after "von", "mit" ("Software von X GmbH"); after "par", "by", "de" it is often the site's
 *   own legal name ("Salon organisé par X SARL");
 * - a firm before its role: "X, éditeur lillois", "X, notre partenaire" (a firm's word needed but after a firm-only
 *   role: "éditeur", "intégrateur", "fabricant", "publisher").
 * - the next firms of an enumeration after the first ("l'adhésion de X, …, de Y et de l'Z"), new members welcomed
 *   ("Bienvenue à X, Y et Z"), a list announced as members, clients or projects;
 * and the people it names with their firm in brackets (webProsePeople).
 * Never on a sentence about a service the site uses ("Financement en partenariat avec X"), never a bank or global
 * vendor (./services.ts), never on a legal notice's page or line or a cookie notice's line (its host, its publisher), never the site's own firm, never a
 * person the page names, never a firm the page gives already.
 */
import type { Detection } from './types';
import { normKey } from './result';
import { hasLegalForm } from './text';
import {
  bracketFirms,
  DATE_WORD,
  enumFirms,
  FIRM_WORD,
  firmShaped,
  LIST_HEAD,
  NAME,
  NOT_FIRM_START,
  ROLE,
} from './mail-firms';
import { hostOf } from '../text/host';
import { isForeignInstitution, isForeignVendor } from './services';
import { lazy } from '../text/lazy';

// a sentence about a service the site uses (its financing, payments, Wi-Fi, delivery, warranty): its provider is none
// of the firms the page is about
const SERVICE =
  /^(?:Financement|Paiements?|Payments?|Banking|Wi-?Fi|Livraisons?|Delivery|Shipping|Hébergement|Hosting|Garantie|Warranty|Leasing|Zahlung\p{L}*|Versand|Finanzierung)(?![\p{L}])/u;

const ART = String.raw`(?:\s+(?:la|le|les)\s+|\s+)`;
// roles that name firms only (a firm's adhesion to an association, too)
const FIRM_ROLE = String.raw`(?:${ROLE}|partenaires?(?:\s+\p{Lu}\p{Ll}+)?\s+d[eu]|propriétaire\s+d[eu]|(?:absorb|repris|rachet|acquis|cédé)\p{L}*\s+(?:par|à)|(?:acquired|bought|taken over)\s+by|(?:a\s+)?(?:wholly[- ]owned\s+)?subsidiary\s+of|(?:in\s+)?partnership\s+with|en\s+partenariat\s+avec|client\s+d[eu]|in\s+Zusammenarbeit\s+mit|übernommen\s+von|(?:Anteile|Mehrheit|(?:Mehrheits)?[Bb]eteiligung)\s+an\s+(?:der|dem)|(?:a\s+)?(?:majority\s+)?stake\s+in|(?:participation\s+(?:majoritaire\s+)?dans|la\s+majorité\s+d[eu]s?\s+(?:parts|capital)\s+d[eu])|Tochter(?:gesellschaft)?\s+der|adhésion\s+d[eu]|(?:Generalunternehmer|Auftraggeber|Bauherr)\s*:)`;
// roles that may name a person: a firm's word or a legal form needed
// (a prize's winner: "Le prix spécial revient à X", "est attribué à X", "The award went to X", "Der Preis geht an X")
// (a contract's holder: "le marché est confié à la société X SAS")
// (a stockist: "retrouvez nos créations au X", "available at X", "erhältlich bei X")
const ANY_ROLE = String.raw`(?:récompens\p{L}*|(?:[Rr]etrouve[rz]|en\s+vente|disponibles?|available|erhältlich)(?:\s+\p{Ll}[\p{Ll}'’]*){0,3}?\s+(?:au|chez|at|bei|im)|(?:revient|reviennent|est\s+(?:attribuée?|décernée?))\s+à|(?:est|sont|a\s+été|ont\s+été)\s+confiée?s?\s+à(?:\s+la\s+société|\s+l['’]entreprise)?(?=\s+\p{Lu})|(?:goes|went|was\s+awarded|was\s+presented)\s+to|(?:geht|ging)\s+an|(?:[Ff]abriqu|[Ff]il|[Cc]onseill|[Aa]ccompagn|[Mm]en|[Dd]istribu|[Ll]ivr|[Rr]éalis|[Dd]évelopp)\p{L}*\s+par|provien\p{L}*(?:\s+\p{Ll}+ment)?\s+d[eu]|(?:made|built|distributed|advised|developed)\s+by|(?:hergestellt|beraten|entwickelt|gebaut)\s+von)`;
// the kind of firm before its name, with up to two lower-case words ("le cabinet d'expertise comptable X")
const KIND = String.raw`(?:(?:[Ll]e|au|du)\s+(?:groupe|fonds|cabinet|transporteur|fabricant|distributeur|constructeur|éditeur|intégrateur)|[Ll]a\s+(?:chaîne|maison|banque|enseigne|coopérative)|[Tt]he\s+(?:law\s+firm|investment\s+bank|private\s+equity\s+firm|retailer|group))(?:\s+(?:d['’]\s?|de\s+)?(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,4}(?=\s))){0,2}`;
const LEGAL_ROLE = String.raw`(?:von|mit)`;
const at = (role: string) => new RegExp(String.raw`(?:^|[\s(,;:'’])${role}${ART}${NAME}`, 'gu');
const FIRM_AT = lazy(() => at(FIRM_ROLE));
const ANY_AT = lazy(() => at(ANY_ROLE));
const KIND_AT = lazy(() => new RegExp(String.raw`(?:^|[\s(,;:'’])${KIND}\s+${NAME}`, 'gu'));
const LEGAL_AT = lazy(() => at(LEGAL_ROLE));
// a firm, then its role: "X, éditeur lillois", "X, notre partenaire", "X, our partner"
const APPOS = lazy(
  () =>
    new RegExp(
      String.raw`(?:^|[\s(;:'’])${NAME},\s+(?:(?:notre|leur|son|un|une|l['’]|our|their|a|an|unser\p{L}*)\s?)?(?:(éditeur|intégrateur|fabricant|distributeur|constructeur|transporteur|publisher|manufacturer|integrator|Hersteller)|partenaire|spécialiste|partner|Partner)(?![\p{L}])`,
      'gu',
    ),
);

// the next firms of an enumeration after the first ("l'adhésion de X, spécialiste de l'escalier, de Y et de l'Z",
// "a récompensé X pour sa porte et Y pour son module"): lower-case words between, then ", " or "et", "and", "und"
const MORE = lazy(
  () =>
    new RegExp(
      String.raw`^[^.;:!?()\p{Lu}\d]{0,60}?(?:,\s|\s(?:et|and|und|ainsi\sque)\s)(?:(?:de|d['’]|à|of|von)\s?)?(?:(?:la|le|les|l['’]|the|die|der)\s?)?${NAME}`,
      'u',
    ),
);
const RANKED = lazy(
  () => new RegExp(String.raw`^\d{1,2}[.)]\s+[^,()]{2,40},\s+(?:de|par|by|from|von)\s+${NAME}\s*$`, 'u'),
);
// a public body, no firm ("et la Région Bretagne")
const PUBLIC_BODY =
  /^(?:Région|Ville|Commune|Mairie|Département|Conseil|État|Etat|Université|Chambre|Préfecture|Ministère|Stadt|Land|Gemeinde|Council|City|University)(?![\p{L}])/u;

// a line announcing a list of members, clients, exhibitors (firms), or of projects, references (a firm's word needed)
const MEMBERS_HEAD =
  /(?:^|\s)(?:membres|adhérents|clients|exposants|members|clients|customers|exhibitors|Mitglieder|Kunden|Aussteller)(?![\p{L}])[^.!?]{0,60}:$/iu;
const WORKS_HEAD =
  /(?:^|\s)(?:projets|réalisations|références|projects|references|Projekte|Referenzen)(?![\p{L}])[^.!?]{0,60}:$/iu;
// a list's item: a name alone on its line, its town after a comma or in brackets ("Brauerei X, Bamberg", "X (Lyon)")
const ITEM = /^(\p{Lu}[^.!?:;,()@]{1,60}?)(?:,\s\p{Lu}[\p{L}\s-]{1,30}|\s\([^()]{1,30}\))?$/u;

// a legal notice's, a cookie notice's or a footer's line: its host, its publisher, its registrar are no firm it names
const NOTICE =
  /h[ée]berg|\bhost|impressum|mentions l[ée]gales|datenschutz|cookie|privacy|confidentialit|verantwortlich|directeur de (?:la )?publication|\bsiren\b|\bsiret\b|\brcs\b|capital social|au capital de|ust-?id|handelsregister|amtsgericht|registered (?:office|in)|©/iu;

const LEGAL_PAGE =
  /mentions|legal|l[ée]gales|impressum|cgv|cgu|conditions|terms|privacy|datenschutz|confidentialit|cookies|agb(?![a-z])/iu;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();

export interface ProsePerson {
  name: string;
  title?: string;
  company?: string;
}

/**
 * The people a page's text names with their firm in brackets ("Mathilde Corre (Corre Fenêtres)"), never in a legal
 * notice's line. (The firm itself is not added: in a site's prose the brackets hold a client's or a partner's name
 * as often as the person's employer.)
 */
export function webProsePeople(text: string): ProsePerson[] {
  const out: ProsePerson[] = [];
  for (const line of text.slice(0, 6000).split('\n')) {
    if (NOTICE.test(line)) continue;
    for (const b of bracketFirms(line)) out.push(b);
  }
  return out.filter((p, i) => out.findIndex((q) => normKey(q.name) === normKey(p.name)) === i);
}

/** The firms a page's text names in a firm's role (see above), in the order it names them. */
export function webProseFirms(text: string): string[] {
  const out: string[] = [];
  const add = (raw: string, single: boolean) => {
    let name = firmShaped(raw);
    if (!name && single) {
      const word = raw
        .trim()
        .split(/\s+/)[0]!
        .replace(/[.,’']+$/u, '');
      if (/^\p{Lu}[\p{Ll}\p{M}-]{3,}$/u.test(word) && !NOT_FIRM_START.test(word) && !DATE_WORD.test(word)) name = word;
    }
    if (name && !out.some((o) => normKey(o) === normKey(name!))) out.push(name);
  };
  // (each sentence apart: "… Wenzel KG. Generalunternehmer: …"; "GmbH & Co. KG" is one name)
  const lines = text.slice(0, 6000).split('\n');
  // (a list announced as firms: its short lines naming one, its lines of description between skipped)
  for (const [i, line] of lines.entries()) {
    const works = WORKS_HEAD.test(line);
    if (!works && !MEMBERS_HEAD.test(line) && !LIST_HEAD.test(line)) continue;
    const items: string[] = [];
    for (const next of lines.slice(i + 1, i + 25)) {
      const l = next.trim().replace(/^[-•*·]\s*/u, '');
      // (a sentence describing the item before is skipped, a short line of a contact's ends the list)
      if (l.length > 80 || /[.!?]$/u.test(l)) continue;
      if (l.includes(':') || l.includes('@')) break;
      const item = ITEM.exec(l)?.[1]?.trim();
      if (item && !NOTICE.test(l)) items.push(item);
    }
    // (a list of firms when one item has a firm's word or a legal form: the others two capitalised words at least;
    // a list of projects: its items with a firm's word or a legal form only)
    const firm = (item: string) => FIRM_WORD.test(item) || hasLegalForm(item);
    if (items.some(firm)) for (const item of items) if (firm(item) || !works) add(item, false);
  }
  // a review's ranked heading: a product, then its publisher ("1. Batipilot, de Batipilot SAS", "2. Relay, by X Ltd")
  for (const line of lines) {
    const m = RANKED().exec(line.trim());
    if (m && (FIRM_WORD.test(m[1]!) || hasLegalForm(m[1]!))) add(m[1]!, false);
  }
  for (const line of lines.flatMap((l) => l.split(/(?<=[\p{L}\p{M}\d]{2})(?<!&\s?Co)[.!?]\s+(?=\p{Lu})/u))) {
    if (NOTICE.test(line) || SERVICE.test(line.trim())) continue;
    // (and the firms the enumeration names after it, each with two capitalised words, a firm's word or a legal form)
    const more = (m: RegExpMatchArray) => {
      let rest = line.slice(m.index! + m[0].length);
      for (let n = 0, x; n < 8 && (x = MORE().exec(rest)); n++) {
        const item = x[1]!;
        // (after a comma alone, a firm's word or a legal form: "chez X, Lyon Part-Dieu" names a place)
        const bare = !/\s(?:et|and|und|ainsi\sque)\s|,\s(?:de|d['’]|à|of|von)/u.test(x[0]);
        const firm = FIRM_WORD.test(item) || hasLegalForm(item);
        if (PUBLIC_BODY.test(item) || !(firm || (!bare && firmShaped(item)))) break;
        add(item, false);
        rest = rest.slice(x[0].length);
      }
    };
    for (const item of enumFirms(line)) add(item, false);
    for (const m of line.matchAll(FIRM_AT())) {
      add(m[1]!, false);
      more(m);
    }
    for (const m of line.matchAll(KIND_AT())) add(m[1]!, true);
    for (const m of line.matchAll(ANY_AT()))
      if (FIRM_WORD.test(m[1]!) || hasLegalForm(m[1]!.replace(/[.,]+$/, ''))) {
        add(m[1]!, false);
        more(m);
      }
    for (const m of line.matchAll(LEGAL_AT())) if (hasLegalForm(m[1]!.replace(/[.,]+$/, ''))) add(m[1]!, false);
    for (const m of line.matchAll(APPOS())) if (m[2] || FIRM_WORD.test(m[1]!) || hasLegalForm(m[1]!)) add(m[1]!, false);
  }
  return out;
}

/** A web page's detection with the firms its prose names in a firm's role added after its own (`prose` removed by ./interpret.ts). */
export function withWebProseFirms<D extends Detection>(d: D, text: string | undefined): D {
  if (!text || (d.kind !== 'company-site' && d.kind !== 'other')) return d;
  // (a legal notice's, terms' or privacy page: its host, its bank, its payment and its own legal names only)
  if (LEGAL_PAGE.test(d.url) || text.split('\n').filter((l) => NOTICE.test(l)).length > 1) return d;
  const keys = d.companies.map((c) => normKey(c.name)).filter(Boolean);
  const people = d.people.map((p) => normKey(p.name)).filter(Boolean);
  const folds = d.companies.map((c) => fold(c.name));
  // (the site's own firm: its first company on its own site, or one its host spells)
  const host = fold((hostOf(d.url) ?? '').replace(/^www\./, '').split('.')[0]!);
  const own = d.kind === 'company-site' && d.companies[0] ? normKey(d.companies[0].name) : '';
  const fresh = webProseFirms(text).filter((n) => {
    const k = normKey(n);
    const f = fold(n);
    // (a global vendor, a bank, an insurer: the site's provider)
    if (isForeignVendor(n, d.url) || isForeignInstitution(n, d.url)) return false;
    if (people.some((p) => k.includes(p) || p.includes(k))) return false;
    if (
      (own && (k.startsWith(own) || own.startsWith(k))) ||
      (host.length > 3 && (host.includes(f) || f.includes(host)))
    )
      return false;
    return !keys.some((x) => x === k || x.startsWith(k + ' ') || k.startsWith(x + ' ')) && !folds.includes(f);
  });
  // (and the people it names with a person's cue or their firm in brackets, unless the page gives them already)
  const names = d.people.map((p) => normKey(p.name));
  // (a person with their title or firm only: a bare name adds a contact to complete)
  const persons = webProsePeople(text).filter((p) => {
    const k = normKey(p.name);
    if (!p.title && !p.company) return false;
    return !names.some((n) => n === k || n.endsWith(' ' + k) || n.includes(k)) && !keys.includes(k);
  });
  if (!fresh.length && !persons.length) return d;
  return {
    ...d,
    people: [...d.people, ...persons],
    companies: [...d.companies, ...fresh.map((name) => ({ name }))],
  };
}
