/**
 * Text heuristics shared by the detectors: does a string look like a person's name, a job title,
 * a company name; headline and signature parsing; webmail date parsing. Pure string functions.
 */
import { isSystemName } from './noreply';
import { memo } from '../text/memo';
import { findPhones, PHONE_LABEL } from './phones';
import { findPlainEmails } from './emails';

// (words only web pages show — menus, legal pages, business parks — are the page readers' own: page-people.ts
// NOT_A_FIRST_NAME; every webmail script ships this list and has no room left)
const NOT_NAME_WORDS =
  /^(?:services?|team|[ée]quipe|support|contacts?|sales|ventes|account(?:s|ing)|compta(?:bilit[ée])?|secr[ée]tariat|sekretariat|kundenservice|kundendienst|buchhaltung|vertrieb|einkauf|empfang|accueil|facturation|billing|helpdesk|administration|verwaltung|dispo(?:sition)?|dispatch|achats|purchasing|logisti\w*|versand|marketing|salon|festival|association|club|boutique|infos?|informationen|kontakte?|meine?|direction|département|department|office|bureau|agence|groupe?|the|our|nos|notre|votre|your|my|view|voir|see|linkedin|about|home|welcome|bienvenue|hello|bonjour|hi|dear|cher|chère|madame|monsieur|mr|mrs|ms|herr|frau|customer|clients?|presse?|premium|promoted|sponsored|messages?|new|nouveau|all|tous|more|plus|show|afficher|maison|cabinet|ch[âa]teau|soci[ée]t[ée]|h[ôo]tel|domaine|compagnie)$/i;
const NAME_WORD =
  /^(?:[\p{Lu}][\p{Ll}\p{M}'’]*(?:[-'’](?:\p{Lu}['’])?[\p{Lu}]?[\p{Ll}\p{M}'’]+)*\.?|(?:\p{Lu}['’])?[\p{Lu}]{2,}(?:-[\p{Lu}]{2,})?|[\p{Lu}]\.|(?:de|du|des|da|di|do|van|von|der|den|le|la|del|della|dos|das|bin|ibn|al|el|ter|zu|y|e|i|ap|af|av|vom|zum|ten)|(?:(?:O|D|Mc|Mac)['’]?|d['’])[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}\p{M}]+)*)$/u;

/** "Éloïse Dupré-Lefèvre", "Sarah O'Connell", "Soline d'Harcourt", "Ivan F." yes; "Service comptabilité", "Google", "me" no. */
// memoised: asked thousands of times per pass on long threads (same names again and again)
export const looksLikePersonName = /* @__PURE__ */ memo(isPersonName);

function isPersonName(raw: string): boolean {
  const s = raw.trim().replace(/\s+/g, ' ');
  if (s.length < 4 || s.length > 60) return false;
  if (/[\d@#/\\|:;!?()[\]{}<>=_*+%$€£]/.test(s)) return false;
  if (isSystemName(s)) return false;
  const words = s.split(' ');
  // ("Marie-Claire de La Tour du Pin": six words, two of them particles; not a title opening on an article: "La
  // Revue des Vins de France")
  if (words.length < 2 || words.length > 7) return false;
  if (
    words.length > 5 &&
    (words.filter((w) => /^(?:de|du|des|van|von|der|den|la|le)$/.test(w)).length < 2 ||
      /^(?:L[ae]s?|The|D(?:er|ie|as)|El|Il)$/.test(words[0]!))
  )
    return false;
  if (NOT_NAME_WORDS.test(words[0]!)) return false;
  let caps = 0;
  for (const w of words) {
    if (!NAME_WORD.test(w)) return false;
    // ("d'Harcourt" as a capitalised name)
    if (/^(?:d['’])?\p{Lu}/u.test(w)) caps++;
    if (NOT_NAME_WORDS.test(w) && words.length === 2) return false;
  }
  if (caps < 2) return false;
  if (words.every((w) => /^[\p{Lu}]{2,}$/u.test(w)) && words.length > 2) return false; // "AGENTUR MARKE ICH"
  if (LEGAL_FORM_END.test(s)) return false;
  return true;
}

// Job-title words, whole words (suffix groups cover EN/FR/DE forms). Kept to the roles a client's
// correspondents hold; a missed rare title only leaves the field empty.
const TITLE_WORDS =
  /(?<![\p{L}\p{M}\d_])(?:c[etfmio]o|chro|pdg|s?e?vp|md|hr|rh|(?:co-?)?founder|(?:co)?fondat(?:eur|rice)|gründer(?:in)?|owner|propriétaire|inhaber(?:in)?|pr[eé]sident[e]?|direct(?:or|eur|rice)|direktor|dirigeante?|g[eé]rante?|geschäftsführer(?:in)?|manag(?:er|ing)|head|chief|lead(?:er)?|\p{L}*(?<!beg|halb|ab|ein|ver|wärme|strom|blitz)leiter(?:in)?|chef(?:fe)?|responsab(?:le|ile)|responsible|officer|partner|associée?|associate|consultante?|engineer|ing[eé]nieure?|developer|développeu(?:r|se)|designer|architecte?|analyste?|assistante?|coordinat(?:or|eur|rice)|sp[eé]cialiste?|executive|account|sales|commerciale?|vertrieb|innendienst|außendienst|einkauf(?:sleiter)?|einkäufer|buyer|acheteu(?:r|se)|achats|procurement|purchasing|marketing|comptable|accountant|controller|contr[ôo]leu(?:r|se)|fiscaliste|juriste|counsel|lawyer|attorney|avocate?|secr[eé]ta(?:ry|ire)|administrat(?:or|eur)|conducteur|technici(?:en|an)|operations|proje[ct]t?|produ(?:ct|it)|success|support|recruiter|recruteur|talent|advis[eo]r|conseill(?:er|ère)|board|member|trustees?|chair(?:man|woman)?|treasurer|trésorier|supervis(?:or|eur)|representative|agent|expert|freelancer?|ind[eé]pendant|entrepreneur|investor|bizdev|researcher|chercheur|profess(?:or|eur)|doctor|médecin|sage-femme|infirmi(?:er|ère)|kin[ée]sith[ée]rapeute|ost[ée]opathe|orthophoniste|pharmacien(?:ne)?|journalist|editor|stagiaire|gouvernante|[œo]e?nologue|n[ée]gociat(?:eur|rice)|intern|charg[ée]e?\s(?:de|d['’]|du|des)|vende(?:ur|use)|business developer|r[eé]f[eé]rent|principal|pr|communications?|kommunikation|pressesprecher(?:in)?|spokes(?:person|man|woman)|porte-parole|r[eé]dact(?:eur|rice)|redakteur(?:in)?|prokurist(?:in)?|handlungsbevollmächtigte[rn]?|procurat(?:ore|rice))(?![\p{L}\p{M}\d_])/iu;

export function looksLikeJobTitle(s: string): boolean {
  return s.length >= 2 && s.length <= 140 && TITLE_WORDS.test(s) && !/@/.test(s);
}

const LEGAL_FORMS =
  'SAS|SASU|SARL|SRL|SPRL|SCRL|BVBA|EURL|SA|SCI|SCOP|SCP|SNC|SCA|SELARL|SELAS|GIE|EIRL|GmbH(?:\\s*&\\s*Co\\.?\\s*KG)?|gGmbH|AG|KG|OHG|UG(?:\\s*\\(haftungsbeschränkt\\))?|e\\.\\s?K\\.|e\\.V\\.|S\\.?p\\.?A\\.?|S\\.?r\\.?l\\.?|S\\.?L\\.?|B\\.?V\\.?|N\\.?V\\.?|Ltd\\.?|Limited|LLP|LP|PLC|plc|Inc\\.?|Incorporated|LLC|L\\.L\\.C\\.|Corp\\.?|Corporation|Co\\.|Pty\\.?\\s*Ltd\\.?|AB|Oy|A\\/S|ApS|S\\.A\\.S\\.|S\\.A\\.|SE';
export const LEGAL_FORM_END = /* @__PURE__ */ new RegExp(`(?:^|[\\s,])(?:${LEGAL_FORMS})$`);
// Words of at most 41 characters: an unbounded word made every start in a long run of digits or
// capitals scan to its end (issue 10: 20,000 digits took 617 ms).
// Built on first use: a module-level `new RegExp` of a template stays in every bundle importing this
// file (esbuild keeps it despite the PURE mark), and only the page readers call findLegalNames.
let legalNameRe: RegExp | undefined;
const LEGAL_LEAD =
  /^(?:filiale|marke|marque|produits?|produkte?|tochter\S*|subsidiary|division|brand|site|service|propri[ée]t[ée]|eigentum|partenaire|mitglied|membre|member|client|kunde|une?|eine?|ein)\s(?:de la\s|du\s|des\s|de\s|der\s|von\s|vom\s|of\s|of the\s|d['’])/i;

export function hasLegalForm(s: string): boolean {
  return LEGAL_FORM_END.test(s.trim());
}

/** Legal names in a text: "© 2024 Aubrac Menuiseries Industrie SAS au capital…" -> ["Aubrac Menuiseries Industrie SAS"]. */
export function findLegalNames(text: string, max = 5): string[] {
  const out: string[] = [];
  const t = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const re = (legalNameRe ??= new RegExp(
    // (a joining word inside the name stays: "Papeterie du Moulin SARL", "Brauerei zur Linde GmbH", "Maison d'Armor SAS")
    `((?:[\\p{Lu}0-9][\\p{L}\\p{M}0-9&'’.+-]{0,40},?[\\s\\u00a0]+)(?:(?:(?:du|de|des|de la|von|vom|zum|zur|der|den|van|of|the|et|und|and|la|le|les|&)[\\s\\u00a0]+|[dl]['’])?[\\p{Lu}0-9][\\p{L}\\p{M}0-9&'’.+-]{0,40},?[\\s\\u00a0]+){0,4}?)(${LEGAL_FORMS})(?![\\p{L}0-9])`,
    'gu',
  ));
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) && out.length < max) {
    let name = (m[1]! + m[2]!).replace(/\s+/g, ' ').trim();
    name = name
      .replace(/^(?:©|\(c\)|copyright)\s*/i, '')
      .replace(/^(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)/, '')
      // ("Filiale de Acme SAS", "Marke der Acme GmbH": what the firm's name follows is no part of it)
      .replace(LEGAL_LEAD, '')
      .trim();
    // ("Jonas Weerts, Geschäftsführer der Aurich Möbelbau GmbH": a person and a title before a joining word)
    const join = /^(.+?)\s(?:du|de la|des|de|von|vom|der|den|of)\s(?=\p{Lu})/u.exec(name);
    if (join && (join[1]!.includes(',') || looksLikeJobTitle(join[1]!))) name = name.slice(join[0].length);
    const words = name.split(/\s+/);
    // the first word should not be a lowercase sentence word (regex already requires capitals)
    if (
      words.length < 2 ||
      /^(?:Le|La|Les|The|Die|Der|Das|De|Par|By|Von|Une?|A|An|Et|And|Und|Site|Tous|All)$/.test(words[0]!)
    ) {
      if (words.length >= 3) name = words.slice(1).join(' ');
      else continue;
    }
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

const HEADLINE_AT = /\s(?:at|@|chez|bei|à|at the|en|presso|na|bij|hos|w)\s/i;

/** "Head of Procurement at Helvetia Foods | Sustainable…" -> {title, company}. */
export function parseHeadline(h: string): { title?: string; company?: string } {
  const s = h.trim();
  if (!s) return {};
  const m = HEADLINE_AT.exec(s);
  if (m && m.index > 1) {
    const title = s.slice(0, m.index).trim();
    const company = s
      .slice(m.index + m[0].length)
      .split(/\s[|·•]\s|\s[-–—]\s|,\s|\s\/\s/)[0]!
      .trim();
    return {
      title: title
        .split(/\s[|·•]\s/)
        .pop()!
        .trim(),
      company: company || undefined,
    };
  }
  // "Co-founder of DWYL, …", "Fondatrice de Nacre", "Gründer von Holzwerk": a founder's or owner's firm
  const f = FOUNDER_OF.exec(s);
  if (f) return { title: f[1]!.trim(), company: f[2]!.split(/\s[|·•]\s|\s[-–—]\s|,\s|\s\/\s/)[0]!.trim() || undefined };
  const parts = s
    .split(/\s[|·•]\s|\s[-–—]\s/)
    .map((x) => x.trim())
    .filter(Boolean);
  // "Directeur des achats | Maison Perrault", "Buyer – Kestrel Foods | Sourcing": a title, then a firm's name;
  // "Founder | Speaker | Author" (one separator throughout) lists roles, "Director – EMEA" names a region
  const seps = s.match(/\s[|·•]\s|\s[-–—]\s/g) ?? [];
  // ("Consultante Lean – ISO 9001 | Fondatrice de Kestrel Conseil": a later piece naming the founder's firm gives it)
  const fp = parts
    .slice(1)
    .map((x) => FOUNDER_OF.exec(x))
    .find(Boolean);
  if (fp && !FOUNDER_OF.test(parts[0]!)) return { title: parts[0], company: fp[2]!.split(/,\s|\s\/\s/)[0]!.trim() };
  // ("Disponentin – Nordsee Kühltransporte GmbH & Co. KG": a firm by its legal form, whatever the title)
  if (parts[1] && LEGAL_FORM_END.test(parts[1]) && !LEGAL_FORM_END.test(parts[0]!))
    return { title: parts[0], company: parts[1] };
  if (
    parts[1] &&
    (LEAD_TITLE.test(parts[0]!) || ROLE.test(parts[0]!)) &&
    FIRM.test(parts[1]) &&
    !LEAD_TITLE.test(parts[1]) &&
    !ROLE.test(parts[1]) &&
    !PLACE.test(parts[1]) &&
    // (one separator throughout: a firm of two words or more, no topic, then its sector: "Lead | Northmoor Foods | FMCG")
    (!parts[2] || seps[0]!.trim() !== seps[1]!.trim() || (parts[1].includes(' ') && !TOPIC.test(parts[1])))
  )
    return { title: parts[0], company: parts[1] };
  // "Founder, Pefin, The first AI advisor": a title, then a name that is neither a title nor a place
  const commas = (parts[0] ?? '').split(/,\s/);
  if (
    commas.length >= 2 &&
    LEAD_TITLE.test(commas[0]!) &&
    /^\p{Lu}/u.test(commas[1]!) &&
    commas[1]!.split(' ').length <= 4 &&
    !LEAD_TITLE.test(commas[1]!) &&
    !PLACE.test(commas[1]!)
  )
    return { title: commas[0]!.trim(), company: commas[1]!.trim() };
  return { title: parts[0] };
}
// Titles of people who speak for their firm (a short list: the LinkedIn content script carries it).
const LEAD_TITLE =
  /\b(?:(?:co-?)?founder|fondat|gründer|c[etfo]o|d(?:af|rh|si|g)\b|pdg\b|vp\b|vice|owner|pr[eé]sident|direct|managing|partner|head|g[eé]rant|gesch[aä]ftsf|inhaber|engineer|d[eé]velop|entwickl|consult|manager)/i;
// More roles, for "Title | Company" only (a role after the bar is no firm: "CEO | Keynote Speaker")
const ROLE =
  /respons|achat|acheteu|buyer|procure|eink|leiter|sales|commercial|speaker|author|auteur|coach|mentor|advisor|investor|\blead\b|talent|recru/i;
// Skills and topics listed like firms ("Consultant | Supply Chain | Lean")
const TOPIC =
  /\b(?:ai\b|ki\b|lean|chain|data|digital|market|business|growth|strateg|transform|innovat|sustainab|nachhaltig|design|tech|software|cloud|esg|rse|csr|manage)/i;
// A firm's name: up to 5 capitalised words (and their joining words), not "Ex-…", a sector or a sentence
const FIRM =
  /^(?![Ee]x\b)\p{Lu}[\p{L}\p{M}\d&'’.+-]*(?:\s(?:&|and|und|et|de|du|des|d['’]\S+|of|the|für|la|le|les|von|der|\p{Lu}[\p{L}\p{M}\d&'’.+-]*|\d\S*)){0,4}$/u;
const FOUNDER_OF =
  /^((?:co-?)?founder|(?:co-?)?fondat(?:eur|rice)|(?:mit)?gründer(?:in)?|owner|propriétaire|inhaber(?:in)?|c[eo]o|g[ée]rante?)\s(?:of|de|d['’]|du|von|der)\s?(\p{Lu}.{1,80})$/iu;
const PLACE =
  /^(?:emea|apac|dach|latam|benelux|nordics|worldwide|global|france|germany|deutschland|allemagne|united kingdom|uk|usa|united states|switzerland|suisse|schweiz|belgique|belgium|austria|österreich|spain|italy|canada|europe|paris|lyon|marseille|lille|toulouse|bordeaux|nantes|london|berlin|munich|münchen|hamburg|frankfurt|köln|wien|vienna|zürich|genève|geneva|bruxelles|brussels|new york|san francisco|remote|greater .+|région .+|.+ area)$/i;

/** Drop a trailing " – City" / " - Paris" decoration of a company line. */
export function stripCompanyDecoration(s: string): string {
  // (" · Hafenweg 3 · 20457 Hamburg" after the firm: its address)
  const m = /^(.{2,80}?)\s(?:[-–—·|]\s\p{Lu}[\p{L}\p{M}'’ -]{1,30}$|[·|•]\s(?=.*\d))/u.exec(s.trim());
  return (m ? m[1]! : s).trim().replace(/[,;]$/, '');
}

// ---- signatures ----

export interface Signature {
  title?: string;
  company?: string;
  phones: string[];
  website?: string;
  /** Legal mention lines (RCS, SIRET, VAT…), raw: the background reads the ids (`interpretDetection`). */
  legal?: string;
  /** The firm's own number: a switchboard's ("Tél. standard", "Zentrale"), else the first landline that is no direct line. */
  companyPhone?: string;
}

// what a phone's label says of it: a mobile, a direct line, the firm's switchboard
const MOBILE_LABEL = /(?:^|[^\p{L}])(?:mob(?:ile?)?|port(?:able)?|cell(?:ular)?|gsm|handy|m)\.?\s*:?\s*$/iu;
const DIRECT_LABEL = /direct|durchwahl|\bdw\b|\bddi\b|\bld\b|pers[oö]nlich/i;
const SWITCHBOARD_LABEL =
  /standard|zentrale|switchboard|main|accueil|r[ée]ception|empfang|office|bureau|b[üu]ro|agence|soci[ée]t[ée]|firma|company/i;
// mobile numbers by their prefix (FR, DE, UK, BE, CH, AT, NL, ES, IT), international or national where unambiguous
const MOBILE_NUMBER =
  /^(?:\+33[67]\d{8}|0[67]\d{8}|\+491[5-7]\d{8,9}|01[5-7]\d{8,9}|\+447\d{9}|07\d{9}|\+324[5-9]\d{7}|\+417[5-9]\d{7}|\+436\d{8,11}|\+316\d{8}|\+34[67]\d{8}|\+393\d{8,9})$/;

/** Reads each phone of a signature line with its label: the firm's number when it is no mobile or direct line. */
function companyPhoneOf(line: string, sig: Signature): void {
  let pos = 0,
    first = '';
  for (const p of findPhones(line)) {
    const at = line.indexOf(p, pos);
    const label = line.slice(pos, at < 0 ? pos : at);
    pos = at < 0 ? pos : at + p.length;
    const compact = p
      .replace(/\(0\)/, '')
      .replace(/[^\d+]/g, '')
      .replace(/^00/, '+');
    if (SWITCHBOARD_LABEL.test(label) && !DIRECT_LABEL.test(label)) {
      sig.companyPhone = p;
      return;
    }
    if (!first && !MOBILE_LABEL.test(label) && !DIRECT_LABEL.test(label) && !MOBILE_NUMBER.test(compact)) first = p;
  }
  if (first && !sig.companyPhone) sig.companyPhone = first;
}

const ADDRESS_LINE =
  /\b(?:\d{4,5}\s+\p{Lu}|rue|avenue|av\.|boulevard|bd|blvd|chemin|allée|impasse|place|quai|route|straße|strasse|str\.|weg|platz|street|st\.|road|rd\.|lane|suite|floor|étage|cedex|bp\s\d|zi\s|za\s|zac\s|p\.?o\.? box)\b|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b|\b[A-Z]{2}\s\d{5}\b/iu;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$|(?:^|\s)(?:www\.[a-z0-9-]+\.[a-z]{2,}|https?:\/\/\S+)/i;
// A legal mention line (register, SIREN/SIRET, VAT): kept raw, the ids and their checksums are read later.
const LEGAL_LINE =
  /\b(?:SIRE[NT]|RCS|TVA|VAT|USt|UID|IVA|BTW|MWST|NIF|HR[AB]\s?\d|Amtsgericht|Registergericht|Handelsregister|(?:[Cc]ompany|[Rr]egistered|[Rr]egistration)\s(?:[Nn]o|[Nn]umber|[Nn]r)\b)|\b(?:FR|DE|GB|BE|NL|IT|ES|LU|AT|CHE)\s?[0-9A-Z]{2}(?:\s?\d){7,10}\b/;
const SIG_STOP = /^(?:-{2,}|_{3,}|(?:from|de|à|a|to|date|objet|subject|sent|envoyé|cc|von|an|betreff|gesendet)\s?:)/i;
const CLOSING =
  /^(?:best|regards|kind regards|best regards|cheers|thanks|thank you|merci|cordialement|bien cordialement|bien à vous|salutations|mit freundlichen grüßen|viele grüße|beste grüße|grüße|saludos|cordiali saluti|--)\b/i;
// Mobile and webmail footers ("Envoyé de mon iPhone", "Get Outlook for iOS"): never a company or a person.
const MOBILE_FOOTER =
  /^(?:envoy[ée] (?:de|depuis)|sent (?:from|with)|get outlook|obtenir outlook|t[ée]l[ée]charger outlook|von meinem|gesendet von|enviado desde|inviato da) /i;
// Signatures are read by position (name, title, company): word stems only tell a title from a firm when
// the order alone cannot. Kept short, not TITLE_WORDS: the webmail content scripts carry this file.
const SIG_TITLE =
  /direct|dirig|manag|head|chief|lead|leit|chef|respons|officer|partner|associ|consult|engineer|ing[eé]n(?!ierie)|develop|d[ée]velopp|design|architect|analy|assist|coordinat|sp[eé]cialist|account|sales|commercial|vertrieb|verkauf|eink[aä]uf|achat|acheteu|buyer|procure|purchas|marketing|compta|controll|juris|counsel|avocat|lawyer|secr[eé]ta|technic|proje[ct]|product|support|conseil|berater|g[eé]ran|gesch[aä]ftsf|inhaber|owner|pr[eé]sident|fondat|founder|gr[üu]nder|\bc[etfo]o\b|\bvp\b|charg[ée]|gestionn|sachbearb|referent|kauf(?:frau|mann)|mitarbeit|expert|adjoint|d[ée]l[ée]gu|attach[ée]|stagiaire|recru|talent|prokur|handlungsbevollm|procurat/i;
// A company guessed from position alone reads as a name ("Atelier Ferrand"), not as a phrase.
const PHRASE = /(?:^|\s)(?:[dl]['’])?(?!(?:des|les|aux|und|and|the|für|der|die|das|von)\s)\p{Ll}{3}/u;

/**
 * Does a signature line spell a domain's name: the whole line ("Atelier Ferrand" for atelierferrand), or its
 * words, each at least begun in the label ("SAVEURS & SENS" for saveurs-et-sens, "ROUSSEL & GARNIER ARCHITECTES"
 * for roussel-garnier-archi)? Two such words at least, and no word the label lacks.
 */
function spellsLabel(line: string, label: string): boolean {
  // (German umlauts written out in domains: "Mühle" in muehle-ostermann)
  const spelt = line.replace(/[äöüß]/gi, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' })[c.toLowerCase()] ?? c);
  if (spelt !== line && spellsLabel(spelt, label)) return true;
  if (alnumKey(line).includes(label)) return true;
  const words = line
    .split(/[\s&+,./'’-]+/)
    .map(alnumKey)
    .filter((w) => w.length >= 3 && !/^(?:and|und|the|des|les|von|der|die|das|for|pour)$/.test(w));
  return words.length >= 2 && words.every((w) => label.includes(w.slice(0, 5)));
}

/**
 * Reads the lines after a person's name in a signature block. `first` is what followed the name on
 * its own line ("| Director, Client Solutions"). Stops at a blank/long line.
 */
let legalFormOnly: RegExp | undefined;
// a French civil or trading company's form before its name: "SCP Roux & Associés", "SELARL Vidal"
const LEGAL_FIRST = /^(?:SCP|SELARL|SELAS|SELAFA|SCI|SCOP|SCM|SARL|SAS|SASU|EURL|SNC|EARL|GAEC)\s\p{Lu}/u;
// "Hexley Partners LLP, Manchester" -> "Hexley Partners LLP": a town after a legal form
const unTown = (t: string): string => {
  const town = /^(.+?),\s*\p{Lu}[\p{L}'’ -]{1,30}$/u.exec(t);
  return town && hasLegalForm(town[1]!) ? town[1]! : t;
};

export function parseSignature(first: string, lines: string[], domainLabel?: string): Signature {
  const sig: Signature = { phones: [] };
  const pieces: string[] = [];
  const head = first.replace(/^[\s|,·–—-]+/, '').trim();
  if (head)
    pieces.push(
      ...head
        .split(/\s[|·•]\s/)
        .map((x) => x.trim())
        .filter(Boolean),
    );
  const rest: string[] = [];
  for (let i = 0; i < 9 && i < lines.length; i++) {
    const l = lines[i]!.trim();
    // (one blank line may part the name and title from the firm's block: "X GmbH", then its address)
    if (!l && i < 3 && hasLegalForm(lines[i + 1] ?? '')) continue;
    // (an Impressum line of register, officers and VAT may run long)
    if (
      !l ||
      (l.length > 220 && !(l.length <= 600 && LEGAL_LINE.test(l))) ||
      CLOSING.test(l) ||
      SIG_STOP.test(l) ||
      MOBILE_FOOTER.test(l)
    )
      break;
    rest.push(l);
  }
  const legalText: string[] = [];
  for (const l of rest) {
    const hasPhone =
      findPhones(l).length > 0 &&
      (PHONE_LABEL.test(' ' + l) ||
        /^[+(0][\d\s().\/-]{7,}$/.test(l.split(/\s[|·•–—]\s/)[0]!.trim()) ||
        l.replace(/[\d\s+().\/-]/g, '').length < l.length / 2);
    if (hasPhone) {
      findPhones(l, sig.phones);
      // ("04 99 00 27 81 – www.roussel-garnier-archi.fr")
      const w = /(?:^|\s)(?:www\.[a-z0-9.-]+\.[a-z]{2,}|https?:\/\/[^\s]+)/i.exec(l);
      if (w && !sig.website) sig.website = w[0].trim();
      // (a switchboard line after a first landline replaces it)
      if (!sig.companyPhone || SWITCHBOARD_LABEL.test(l)) companyPhoneOf(l, sig);
      // "Stadtwerke Talheim GmbH · Tel. +49 30 …": the firm before its number
      const firm = l.split(/\s[·|•–—]\s/)[0]!;
      if (firm !== l && hasLegalForm(firm) && !/\d/.test(firm)) pieces.push(firm);
      continue;
    }
    if (LEGAL_LINE.test(l)) {
      legalText.push(l);
      // "Menuiserie Roux – EI – SIRET …": the trade name before the legal mentions
      const h = l.split(/\s[-–—·|,]\s/)[0]!;
      // (not "EI – SIRET …": a legal form alone names no firm)
      if (
        h !== l &&
        FIRM.test(h) &&
        !LEGAL_LINE.test(h) &&
        !(legalFormOnly ??= new RegExp(`^(?:EI|${LEGAL_FORMS})$`)).test(h)
      )
        pieces.push(h);
      continue;
    }
    if (findPlainEmails(l).length) {
      const w = /(?:^|\s)(?:www\.[a-z0-9.-]+\.[a-z]{2,}|https?:\/\/[^\s]+)/i.exec(l);
      if (w && !sig.website) sig.website = w[0].trim();
      continue;
    }
    if (URL_LINE.test(l) && l.split(/\s+/).length <= 3) {
      if (!sig.website) sig.website = l.split(/\s+/)[0];
      continue;
    }
    // "Krüger Technik GmbH & Co. KG · Industriestraße 7 · 74076 Heilbronn": the firm before its address
    // ("Armor Énergies SAS – 12 place du Port – 29200 Brest": or a dash between them)
    const h = l.split(/\s[·|•–—]\s/)[0]!;
    if (h !== l && /\d/.test(l.slice(h.length)) && hasLegalForm(h) && !/\d/.test(h)) {
      pieces.push(h);
      continue;
    }
    if (ADDRESS_LINE.test(l) && /\d/.test(l)) continue;
    // "Mühle Ostermann GmbH & Co. KG – Leiterin Vertrieb": a firm and a title either way round, two pieces
    // ("Senior Associate – Hexley Partners LLP, Manchester": the firm's town after it is no part of it)
    const two = l.split(/\s[-–—]\s/).map(unTown);
    const firm = (t: string) =>
      hasLegalForm(t) || LEGAL_FIRST.test(t) || (!!domainLabel && spellsLabel(t, domainLabel));
    if (
      two.length === 2 &&
      ((firm(two[0]!) && SIG_TITLE.test(two[1]!) && !firm(two[1]!)) ||
        (firm(two[1]!) && SIG_TITLE.test(two[0]!) && !firm(two[0]!)))
    ) {
      pieces.push(two[0]!.trim(), two[1]!.trim());
      continue;
    }
    // "SCP Roux, Vidal & Associés – Office Notarial du Littoral": a firm and its trade name, the firm
    if (two.length === 2 && !/\d/.test(l) && firm(two[0]!) && !firm(two[1]!) && !SIG_TITLE.test(two[1]!)) {
      pieces.push(two[0]!.trim());
      continue;
    }
    if (l.split(/\s+/).length > 9) {
      legalText.push(l);
      continue;
    }
    for (const x of l.split(/\s[|•]\s/)) {
      const t = x.trim();
      // ("LinkedIn | hxlegal.com": a bare domain is the firm's website, not its name)
      if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(t)) sig.website ??= t;
      else if (t) pieces.push(unTown(t));
    }
  }
  const stop = pieces.findIndex((p) => MOBILE_FOOTER.test(p));
  const ps = stop < 0 ? pieces : pieces.slice(0, stop);
  const titleLike = (p: string) => SIG_TITLE.test(p) && !hasLegalForm(p);
  // (a free-mail sender's firm is spelt by the signature's website: "www.roussel-garnier-archi.fr")
  const site = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)\./i.exec(sig.website ?? '')?.[1];
  const label = domainLabel ?? site?.toLowerCase().replace(/-/g, '');
  // the company: a legal form or the mail domain's name; else, by position, the last line that reads as a
  // name after another line (or the only line of a free-mail sender's signature)
  // ("SAVEURS & SENS – Traiteur événementiel": the firm, then what it does)
  const headOf = (p: string) => p.split(/\s[-–—]\s/)[0]!;
  let ci = ps.findIndex(
    (p) =>
      hasLegalForm(p) ||
      LEGAL_FIRST.test(p) ||
      hasLegalForm(headOf(p)) ||
      (!!label && (spellsLabel(p, label) || spellsLabel(headOf(p), label))),
  );
  if (ci >= 0 && label && !hasLegalForm(ps[ci]!) && !spellsLabel(ps[ci]!, label)) ps[ci] = headOf(ps[ci]!);
  // ("Ferronnerie Lambert SAS – Métallerie & serrurerie": the firm, then its trade in words)
  const h = ci >= 0 ? headOf(ps[ci]!) : '';
  if (
    h &&
    h !== ps[ci] &&
    (hasLegalForm(h) || (!!label && spellsLabel(h, label))) &&
    PHRASE.test(ps[ci]!.slice(h.length))
  )
    ps[ci] = h;
  for (let i = ps.length - 1; ci < 0 && i >= 0; i--) {
    // (a name has letters: not a button's "···" under the signature)
    if (
      !PHRASE.test(ps[i]!) &&
      !titleLike(ps[i]!) &&
      /\p{L}/u.test(ps[i]!) &&
      (i > 0 || (ps.length === 1 && !domainLabel))
    )
      ci = i;
  }
  // the title: a line with a title word, else the line above the company (or the first line)
  let ti = ps.findIndex((p, i) => i !== ci && titleLike(p));
  if (ti < 0) ti = ps.findIndex((_, i) => i !== ci && (ci < 0 || i < ci));
  if (ci >= 0) sig.company = stripCompanyDecoration(ps[ci]!);
  if (ti >= 0) sig.title = ps[ti];
  if (legalText.length) sig.legal = legalText.join(' · ').slice(0, 1000);
  if (sig.company && (sig.company.length > 80 || /^\d/.test(sig.company))) delete sig.company;
  return sig;
}

// ---- dates ----

// Month words of EN/FR/DE/ES/IT dates, whole words only (so "mardi" or "martes" are not March):
// the matching group's index is the month number.
const MONTH =
  /^(?:(jan(?:v(?:ier)?|uary?)?|jän(?:ner)?|ene(?:ro)?|gen(?:naio)?)|(f[eé]vr?(?:ier)?|feb(?:ruary?|rero|braio)?)|(mar(?:ch|s|zo)?|märz?)|(a[pvb]r(?:il|ile)?)|(ma[yi]|mayo|mag(?:gio)?)|(jun[ie]?|juin|junio|giu(?:gno)?)|(jul[iy]?|juil(?:let)?|julio|lug(?:lio)?)|(aug(?:ust)?|ao[uû]t|ago(?:sto)?)|(sept?(?:ember|embre|iembre)?|set(?:tembre)?)|(o[ck]t(?:ober|obre|ubre)?|ott(?:obre)?)|(nov(?:ember|embre|iembre)?)|(d[eé]c(?:ember|embre)?|dez(?:ember)?|dic(?:iembre|embre)?))$/;
function monthOf(w: string): number {
  const m = MONTH.exec(w);
  return m ? m.findIndex((g, i) => i > 0 && g !== undefined) : 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

function timeOf(s: string): { h: number; min: number } | null {
  const m = /(\d{1,2})[:h.](\d{2})(?:\s*([ap])\.?\s?m\.?)?/i.exec(s);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const ap = m[3]?.toLowerCase();
  if (ap === 'p' && h < 12) h += 12;
  if (ap === 'a' && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  return { h, min };
}

/**
 * Webmail date strings as displayed -> 'YYYY-MM-DDTHH:MM' (wall clock, no offset), or ''.
 * "mer. 13 mars 2024, 10:42", "Tue, Apr 9, 2024, 2:15 PM", "Tue 4/16/2024 3:27 PM",
 * "mar. 16/04/2024 15:27", "Di., 9. Apr. 2024, 14:15", ISO strings. `dayFirst` for numeric dates.
 */
export function parseMailDate(raw: string, dayFirst = true): string {
  const s = raw
    .trim()
    .toLowerCase()
    .replace(/\u202f|\u00a0/g, ' ');
  if (!s) return '';
  const iso = /(\d{4})-(\d{2})-(\d{2})[t ](\d{2}):(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}`;
  const t = timeOf(s.replace(/\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/, ' '));
  let y = 0,
    mo = 0,
    d = 0;
  const num = /(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})/.exec(s);
  if (num) {
    const a = Number(num[1]),
      b = Number(num[2]),
      c = Number(num[3]);
    if (num[1]!.length === 4) {
      y = a;
      mo = b;
      d = c;
    } else {
      y = c < 100 ? 2000 + c : c;
      if (a > 12) {
        d = a;
        mo = b;
      } else if (b > 12) {
        mo = a;
        d = b;
      } else if (dayFirst) {
        d = a;
        mo = b;
      } else {
        mo = a;
        d = b;
      }
    }
  } else {
    const words = s.replace(/[.,]/g, ' ').split(/\s+/);
    let monthIdx = -1;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      // the last month word: "mar. 7 janv." starts with the French Tuesday, not March
      if (monthOf(w)) {
        mo = monthOf(w);
        monthIdx = i;
      }
    }
    const yearM = /\b(19|20)\d{2}\b/.exec(s);
    if (yearM) y = Number(yearM[0]);
    if (monthIdx >= 0) {
      const before = words[monthIdx - 1],
        after = words[monthIdx + 1];
      if (before && /^\d{1,2}$/.test(before)) d = Number(before);
      else if (after && /^\d{1,2}$/.test(after)) d = Number(after);
    }
  }
  if (!y || !mo || !d || mo > 12 || d > 31) return '';
  const time = t ?? { h: 0, min: 0 };
  return `${y}-${pad(mo)}-${pad(d)}T${pad(time.h)}:${pad(time.min)}`;
}

/** Lowercase letters and digits only, accents dropped: "Hartwell & Finch" → "hartwellfinch" (names against hosts). */
export const alnumKey = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');

/**
 * alnumKey keeping the words apart: "Groupe Maillard-Ogier" → "groupe maillard ogier". A separate fold because a
 * match of whole words (" maillard ogier " in " groupe maillard ogier ") needs the boundaries alnumKey drops
 * ("Arvel" would match inside "Marvel"). (Accents dropped before the non-letters become spaces, or "Société" would
 * split at its accents.)
 */
export const alnumWords = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
