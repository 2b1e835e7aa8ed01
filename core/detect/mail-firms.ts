/**
 * The firms a message's prose names as actors (./interpret.ts), read in the background from the open message's body:
 * - a firm after its sentence role: "nous travaillons avec Cartonnerie X", "de chez Y", "votre concurrent direct, Z",
 *   "notre client X", "our customer X", "stay with X", "unsere Spedition X", "arbeiten wir mit X zusammen",
 *   "une société du Groupe X", "son client historique, les Laboratoires X", and a switch of supplier "from X to Y";
 * - the firms of an enumeration of clients or partners ("Parmi mes clients : A, B, le groupe C et D.");
 * - the lines of a list a line announces as firms ("Les sociétés consultées sont les suivantes :", "Invited firms:").
 * A name counts only when it is firm-shaped: two capitalised words or more (joined by "&", "du", "de", "and", …) or a
 * legal form; never the name of a person the page gives.
 */
import type { DetectedCompany, Detection } from './types';
import { normKey } from './result';
import { hasLegalForm, looksLikeJobTitle, looksLikePersonName } from './text';
import { lazy } from '../text/lazy';

const WORD = String.raw`[\p{Lu}\d][\p{L}\p{M}\d'’.-]*`;
const JOIN = String.raw`(?:&|du|de|des|de la|d['’]|of|the|für|von|der)`;
// (with a German legal form's lower-case tail: "PartG mbB", "e. V.")
export const NAME = String.raw`(${WORD}(?:\s+(?:${JOIN}\s+)?${WORD}){0,5}(?:\s+(?:mbB|mbH|e\.\s?V\.|eG)(?![\p{L}]))?)`;
// the roles before a firm in a sentence
export const ROLE = String.raw`(?:travaill\p{L}*\s+(?:aujourd['’]hui\s+|actuellement\s+|déjà\s+)?avec|et avec|de chez|chez|concurrents?(?:\s+directs?)?,?|(?:[Nn]otre|[Ss]on|[Ss]a|[Ll]eur|[Vv]otre|[Nn]os|[Ss]es)\s+(?:client|cliente|fournisseur|transporteur|prestataire|partenaire|sous-traitant|distributeur|revendeur)s?(?:\s+\p{Ll}{4,}(?<!depuis|pour|avec|dans))?,?(?:\s+(?:les|la|le))?|(?:du|au|le)\s+groupe|une (?:société|filiale) du|filiale d[eu]|rachet\p{L}+ par|(?:[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Yy]our)\s+(?:customer|client|supplier|carrier|partner|distributor|competitor)s?|competitors?(?:,|\s+such as)|stays?\s+with|(?:working|work|works|partnered)\s+with|switched\s+to|unsere[rnms]?\s+(?:Spedition|Steuerberat\p{L}*|Lieferant\p{L}*|Kund\p{L}*|Partner\p{L}*|Tochter\p{L}*|Muttergesellschaft)|arbeiten wir mit|mit der Firma|Tochter(?:gesellschaft|firma)? de[rs])`;
const AFTER_ROLE = lazy(() => new RegExp(String.raw`(?:^|[\s(,;:])${ROLE}\s+${NAME}`, 'gu'));
// a switch of supplier: "moved the volume from X to Y"
const SWITCH = lazy(() => new RegExp(String.raw`\bfrom\s+${NAME}\s+to\s+${NAME}`, 'gu'));
// an enumeration of clients or partners in a sentence ("Parmi mes clients : A, B, le groupe C et D.")
// (and of new members: "nouveaux adhérents : A (Lyon), B et C", "Bienvenue à A, B et C !", "Welcome to A and B")
const ENUM =
  /(?:(?:[Pp]armi (?:mes|nos|ses|leurs) (?:clients|partenaires|références)|(?:[Mm]es|[Nn]os|[Oo]ur|[Uu]nseren?) (?:clients|références|partenaires|customers|partners|Kunden|Referenzen)(?: (?:include|incluent|sont|zählen))?|(?:[Nn]os |[Oo]ur |[Uu]nsere )?(?:[Nn]ouveaux (?:membres|adhérents)|[Nn]ew members|[Nn]eue(?:n)? Mitglieder))\s*:|[Bb]ienvenue (?:à|aux)|[Ww]elcome (?:to|aboard)|[Ww]illkommen an)\s*([^.!?:]{3,300})/gu;
// a line announcing a list of firms
export const LIST_HEAD =
  /\b(?:sociétés|entreprises|fournisseurs|prestataires|transporteurs|partenaires|candidats|firms|companies|suppliers|carriers|vendors|partners|bidders|Firmen|Unternehmen|Lieferanten|Speditionen|Partner)\b[^.!?]{0,60}:$/iu;
const LIST_ITEM = /^(\p{Lu}[^.!?:;,]{1,60}?)(?:\s+\([^()]{1,30}\))?$/u;
export const NOT_FIRM_START =
  /^(?:Le|La|Les|L['’]|Un|Une|Des|Nos|Notre|Votre|Vos|Ce|Cette|The|Our|Your|A|An|This|Der|Die|Das|Unser\p{L}*|Ihr\p{L}*|M|Mme|Mr|Mrs|Ms|Herr|Frau|Dr|Monsieur|Madame)(?![\p{L}])/u;

// a date or a time, no firm ("from March 2027 to June", "de chez Lundi 4")
export const DATE_WORD =
  /(?:^|\s)(?:\d+|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|q[1-4]|h[12])(?=\s|$)/iu;

/** A firm-shaped name: its trailing joining words cut, two capitalised words or more, or a legal form. */
export function firmShaped(raw: string): string | undefined {
  const name = raw
    .trim()
    .replace(new RegExp(String.raw`(?:\s+${JOIN})+$`, 'u'), '')
    .replace(/[.’']+$/u, '');
  if (!name || NOT_FIRM_START.test(name) || DATE_WORD.test(name) || name.length > 70) return undefined;
  const caps = name.split(/\s+/).filter((w) => /^[\p{Lu}\d]/u.test(w));
  if (caps.length < 2 && !hasLegalForm(name)) return undefined;
  return name;
}

// a firm's word heading or ending its name
export const FIRM_WORD =
  /(?:^|\s)(?:Tanneries?|Boulangerie|Boucherie|Bäckerei|Filatures?|Fonderies?|Comptoir|Maison|Menuiseries?|Ateliers?|Agence|Cabinet|Groupe|Banque|Mutuelle|Laboratoires?|Établissements|Etablissements|Imprimerie|Brasserie|Laiterie|Fromagerie|Scierie|Transports|Brauerei|Spedition|Kanzlei|Industries?|Services|Partenaires|Partners|Audit|Avocats|Associés|Holding|Logiciels|Software|Solutions|Systèmes|Systems|Conseil|Consulting|Trading|Construction|Finance|Entreprises|Froid|Logistique|Logistics|Technologies|Textiles|Distribution|Group|Gruppe|Technik|Escaliers|Charpentes?|Plomberie|Carrosserie|Serrurerie|Ébénisterie|Schreinerei|Tischlerei|Zimmerei|Dachdeckerei|Metallbau|Joinery)(?=\s|$)|\s&\s/u;

// a person's full name, two or three capitalised words ("Yann Le Dantec", "Anne-Sophie de Varenne")
// (a third word only after a particle: "Yann Le Dantec", never "Manon Chabert Céramiste", "Kwame Asante MIAC")
export const PERSON = String.raw`(\p{Lu}[\p{L}'’-]+\s(?:(?:de|du|von|van|le|la|Le|La|De|Du|Van|Von|Da|Di|Mac)\s)?\p{Lu}[\p{L}'’-]+)`;
// a person, their firm in brackets: "Jeanne Roux (Atelier Brisant)", "Max Weber (Weber Logistik GmbH)"
const IN_BRACKETS = lazy(() => new RegExp(String.raw`(?:^|[\s,;:'’])${PERSON}\s\(([^()]{3,60})\)`, 'gu'));

const FIRM_NAME = lazy(
  () =>
    new RegExp(
      String.raw`^[\p{Lu}\d][\p{L}\p{M}\d'’.-]*(?:\s(?:${JOIN}|[\p{Lu}\d][\p{L}\p{M}\d'’.-]*|mbB|mbH|e\.\s?V\.|eG))*$`,
      'u',
    ),
);
// a person's name: no word in capitals ("BIC BNPAFRPPXXX", "CVU Research"), no function word first ("Avec X")
export const PERSON_LIKE = (name: string): boolean =>
  !/(?:^|\s)\p{Lu}{2,}(?:\s|$)/u.test(name) &&
  !/^(?:Avec|With|Mit|Par|By|Et|And|Und|Pour|For|Für|Chez|At|Bei)\s/u.test(name);

/**
 * The people a line names with their firm in brackets ("Jeanne Roux (Atelier Brisant)"): a firm-shaped name without
 * a figure ("Paris 3e", "2019"), never a single word (a town: "Marie Dupont (Lyon)").
 */
export function bracketFirms(line: string): { name: string; company: string }[] {
  const out: { name: string; company: string }[] = [];
  for (const m of line.matchAll(IN_BRACKETS())) {
    const name = m[1]!,
      company = firmShaped(m[2]!);
    // (a firm's name: capitalised words and joining words only, no role: "Head of Sales DACH", "lead at X")
    if (!company || (/\d/u.test(company) && !hasLegalForm(company)) || !looksLikePersonName(name) || !PERSON_LIKE(name))
      continue;
    if (!FIRM_NAME().test(company) || looksLikeJobTitle(company)) continue;
    // (a firm's own legal name after it: "Larkspur Analytics (Larkspur Data Ltd)")
    if (NOT_FIRM_START.test(name) || FIRM_WORD.test(name) || name.split(' ')[0] === company.split(' ')[0]) continue;
    out.push({ name, company });
  }
  return out;
}

/** The items of a line's enumeration of clients, partners or new members (a town in brackets left out). */
export function enumFirms(line: string): string[] {
  return [...line.matchAll(ENUM)].flatMap((m) => {
    const items = m[1]!.split(/,\s*|\s+(?:et|and|und)\s+/u).map((item) =>
      item
        .replace(/\s*\([^()]{1,30}\)\s*$/u, '')
        .replace(/^(?:(?:le|la|les|l['’])\s*)?(?:groupe\s+|group\s+)?/u, '')
        .replace(/\s*[!…]+$/u, ''),
    );
    // (a welcome names people too, "Bienvenue à Marie Dupont et Paul Girard": firms only when one has a firm's word
    // or a legal form)
    const welcome = /ienvenue|elcome|illkommen|membres|adhérents|members|Mitglieder/u.test(
      m[0].slice(0, -m[1]!.length),
    );
    return !welcome || items.some((i) => FIRM_WORD.test(i) || hasLegalForm(i)) ? items : [];
  });
}

/** The firm-shaped names a message's body gives in a firm's sentence role or in a list announced as firms. */
export function proseFirms(body: string): string[] {
  const out: string[] = [];
  const lines = body.slice(0, 20_000).split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    for (const m of line.matchAll(AFTER_ROLE())) out.push(m[1]!);
    for (const m of line.matchAll(SWITCH())) out.push(m[1]!, m[2]!);
    out.push(...enumFirms(line), ...bracketFirms(line).map((b) => b.company));
    if (!LIST_HEAD.test(line)) continue;
    for (const next of lines.slice(i + 1, i + 13)) {
      const item = LIST_ITEM.exec(next.trim().replace(/^[-•*·]\s*/u, ''));
      if (!item) break;
      out.push(item[1]!);
    }
  }
  const seen = new Set<string>();
  return out.map(firmShaped).filter((n): n is string => !!n && !seen.has(normKey(n)) && !!seen.add(normKey(n)));
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();

/**
 * The company a prose name belongs to: one known only by its domain whose name the prose name starts to spell
 * ("Hollerbach Steuerberatung PartG mbB" for hollerbach-stb.de), or one named from its domain alone that the prose
 * name extends ("Lumensa Éclairage" for "Lumensa", lumensa.fr).
 */
function ownerOf(companies: DetectedCompany[], name: string): DetectedCompany | undefined {
  const first = fold(name.split(/\s+/)[0]!);
  if (first.length < 4) return undefined;
  return companies.find((c) => {
    const label = fold((c.domain ?? '').split('.')[0]!);
    if (!label.startsWith(first)) return false;
    if (c.name === c.domain) return true;
    return fold(c.name) === label && normKey(name).startsWith(normKey(c.name) + ' ');
  });
}

/** The firms the open message's prose names as actors, added to the page's companies. */
export function withMailProseFirms<D extends Detection>(d: D): D {
  const body = d.message?.bodyText;
  if (!body || (d.kind !== 'gmail-thread' && d.kind !== 'outlook-message')) return d;
  const people = new Set(d.people.map((p) => normKey(p.name)));
  let companies = d.companies;
  let staff = d.people;
  for (const name of proseFirms(body)) {
    const key = normKey(name);
    if (people.has(key) || [...people].some((p) => p && key.includes(p))) continue;
    const owner = ownerOf(companies, name);
    if (owner) {
      const was = owner.name;
      companies = companies.map((c) => (c === owner ? { ...c, name } : c));
      staff = staff.map((p) =>
        p.company === was || (!p.company && owner.domain && p.email?.endsWith('@' + owner.domain))
          ? { ...p, company: name }
          : p,
      );
      continue;
    }
    const known = companies.map((c) => normKey(c.name));
    if (known.some((k) => k === key || k.startsWith(key + ' ') || key.startsWith(k + ' '))) continue;
    companies = [...companies, { name }];
  }
  return companies === d.companies ? d : { ...d, companies, people: staff };
}
