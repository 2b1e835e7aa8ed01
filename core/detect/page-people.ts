/**
 * People named in the running text of an ordinary page, by the shapes such pages use:
 * - contact blocks: a name line with its organisation, title, phone and address lines around it
 *   ("Pressekontakt:", "Media contact:", "Contact presse :", a member's entry, a signature-like card);
 * - role labels: "Directeur de la publication : …", "Geschäftsführer: A, B", "Gérant : …", "Owner: …";
 * - programmes, mastheads, "Title: Name" lines and lists of people.
 * (People introduced in prose, quotes and bylines are in people-prose.ts, in the readers' script.)
 * Pure functions of lines (text + the block element that holds it); the caller merges the results.
 */
import { clean, isHiddenElement, qsa, type Line } from './dom';
export type { Line } from './dom';
import { findPlainEmails, normalizeAddress } from './emails';
import { unobfuscate } from './page-emails';
import { findPhones, PHONE_LABEL } from './phones';
import { looksLikeJobTitle, looksLikePersonName, LEGAL_FORM_END } from './text';
import {
  INTL_HONORIFICS,
  INTL_ROLE_TITLES,
  LABEL_SENTENCE_END,
  NAMED_BODY,
  OFFER,
  FIELD_ALONE,
  PRESS_FOR,
  REGISTER_LEAD,
  TITLE_DASH_NAME,
  FUTURE_MANAGER,
  tradeOrProse,
} from './intl-words';
import { NOT_A_FIRST_NAME, ORG_WORD, DEPT_WORDS, TITLE_EXTRA, ROLES } from './people-words';
import type { DetectedPerson } from './types';
import { normalizeLinkedinUrl } from '../text/linkedin';

// ---- names ----

// (IT/ES/NL civilities too: "Dott.ssa", "Avv.", "Agr.", "D.ª", "Dña.", "ir.", "drs.")
export const HONORIFIC = /* @__PURE__ */ new RegExp(
  String.raw`^(?:(?:prof|dr|dipl|ing|mag|me|mr|mrs|ms|mme|mlle|m|herr|frau|sir|dame|madame|monsieur|ma[iî]tre|rev|revd|arch|lic|${INTL_HONORIFICS})\.?(?:-(?:ing|kfm|kff|oec|inf|psych|päd|jur|wirt\.?-ing)\.?)?(?:\s*\((?:fh|th|tu|univ\.?)\))?(?:\s+|$)|(?:rer\.\s?(?:nat|pol|oec)|med|phil|jur|iur|oec|h\.\s?c|[bm]\.\s?(?:sc|a|eng|ed)|ll\.\s?m)\.(?:\s+|$))+`,
  'i',
);
// Austrian degrees said before a name, in capitals ("DI Florian Auer", "DI (FH) Eva Berger", "MMag. Karl Wirth",
// "Mag.a Lena Huber"): case-sensitive, so "Di Stefano" keeps its particle
const AT_DEGREE = /^(?:(?:DI|DDI|DDr\.|MMag\.|Mag\.a|Dkfm\.|Bakk\.)(?:\s*\(FH\))?\s+)+(?=\p{Lu})/u;
// academic degrees after a name: "Jan-Erik Scholz, B.Eng.", "Ana Ruiz, PhD", "Tom Hale MBA", "Mia Roth, LL.M. (Exeter)"
const DEGREE_END =
  /,?\s+(?:[BM]\.\s?(?:Sc|A|Eng|Ed)\.?|Ph\.?\s?D\.?|MBA|LL\.\s?M\.?|M\.?Sc|B\.?Sc|FRS|FREng|FRSE|FBA|FMedSci|OBE|MBE|CBE)(?:\s\(\p{Lu}[^()]{1,30}\))?$/u;

// an event programme's rooms and breaks ("Salle Rhône", "Networking Lunch", "Main Stage"), never a person
const EVENT_LAST = /\s(?:stage|lunch|break|room|session|keynote|lounge)$/i;

// "Chaque Juin", "Anfang März": a date in a sentence (not May, June or April, which are first names too)
const MONTH_LAST =
  /\s(?:janvier|février|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|january|february|march|july|september|october|november|december)$/i;

// a trade noun by its ending ("Wirtschaftsjournalistin", "Moderatorin", "journaliste", "Redakteur", "traductrice"):
// German nouns are capitalised, so the shape and the ending tell it from a first name ("Kristin", "Valentin")
const PROFESSION_END =
  /^\p{L}[\p{Ll}-]{2,}(?:istin|isten|iste|ist|orin|[^aeiou]or|erin|eurin|eur|euse|trice|ologe|ologin|ologue|grafin|graf|graphe|aire|ante)$/u;

/** "Wirtschaftsjournalistin", "Moderator", "journaliste", "CEO": a word naming a trade or a rank. */
export function professionWord(w: string): boolean {
  return (w.length >= 8 && PROFESSION_END.test(w)) || looksLikeJobTitle(w) || TITLE_EXTRA.test(w) || feminineTitle(w);
}

// "Expertin", "Designerin": a title word's German feminine form ("Martin", "Franklin" are no title's)
const feminineTitle = (w: string) => w.length >= 7 && /in$/.test(w) && looksLikeJobTitle(w.slice(0, -2));
// trades the shared title words miss, as the last word of a would-be name ("Yard Foreman")
const TRADE_LAST = /\s(?:foreman|forewoman|bookkeeper|receptionist|dispatcher|estimator|surveyor|technician)$/i;

const VENUE_FIRST =
  /^(?:stade|salle|gymnase|b[âa]timent|espace|halle|parc|square|place|rue|avenue|boulevard|all[ée]e|quai|impasse|coll[èe]ge|lyc[ée]e|[ée]cole|campus|pavillon|amphi(?:th[ée][aâ]tre)?|aile|stadium|arena|building|mus[ée]e|th[ée][aâ]tre|geb[äa]ude|saal|stadion)\s/i;
/** "Prof. Dr.-Ing. Andreas Reuter" -> "Andreas Reuter"; '' when what is left is not a person's name. */
export function personName(raw: string): string {
  const s = clean(raw)
    .replace(/^[•·*–—-]\s*/, '')
    .replace(/[,;:]$/, '')
    // ("… manager : Maxime Roussel.": a sentence's full stop, not an initial's)
    .replace(/(?<=\p{Ll}{2})\.$/u, '')
    // ("Réponse de Damien Roussel", "Reply from …", "Antwort von …": an owner's reply to a review, signed)
    .replace(/^(?:r[ée]ponse|reply|response|antwort)\s(?:de|from|by|von)\s(?=\p{Lu})/iu, '')
    // ("When Jane Doe, CEO of …": a sentence's first word before the name)
    .replace(/^(?:when|while|after|once|since|quand|lorsque|als|wenn|nachdem|sobald)\s(?=\p{Lu}\p{Ll}+\s\p{Lu})/iu, '')
    // ("le Dr Paul Jaouen", "la Pr Anne Roux", "the Rev. John Hale": an article before the civility)
    .replace(/^(?:le|la|the|der|die)\s(?=(?:Dr|Dre|Pr|Prof|Rev|Revd)\.?\s)/, '')
    .trim();
  // ("Margaret (Meg) Trelawney": a nickname between the names)
  let stripped = s
    .replace(/\s\(\p{Lu}\p{Ll}+\)\s(?=\p{Lu})/u, ' ')
    .replace(HONORIFIC, '')
    .replace(AT_DEGREE, '')
    .replace(HONORIFIC, '')
    .replace(DEGREE_END, '')
    // "Dr Imogen Hartley-Reeve FIAC": a member grade's letters after a name (a legal form is no grade)
    .trim();
  // "Nadia Farouk Moderator": a speaker card's badge after the name
  const badged = stripped.replace(
    /\s(?:moderator(?:in)?|host|co-host|speaker|keynote|panell?ist|guest|chair|mod[ée]rat(?:eur|rice)|animat(?:eur|rice)|invitée?|gast|referent(?:in)?)$/i,
    '',
  );
  if (badged !== stripped && badged.includes(' ')) stripped = badged;
  const graded = stripped.replace(
    /(?<=\p{Ll})(?:\s+(?!(?:SARL|SASU?|EURL|SCOP|SELARL|SCI|GMBH|PLC|LLP|INC|LTD|CORP|GBR|OHG)$)(?:Hon)?[A-Z]{3,6}){1,2}$/u,
    '',
  );
  // ("Anne-Sophie TRAN": a surname in capitals stays)
  if (graded !== stripped && graded.includes(' ')) stripped = graded;
  // "LUKE DE VRIES", "CATRIONA McBRIDE": a name set in capitals reads in its usual case
  const w0 = stripped.split(' ');
  // (only where a particle or a Mc- shows it: two capitalised words may as well be a firm, "BRAKEL UHREN")
  if (
    w0.length >= 2 &&
    w0.length <= 3 &&
    w0.every((w) => /^(?:Mc|Mac)?\p{Lu}[\p{Lu}'’-]+$/u.test(w)) &&
    (w0.some((w) => /^Ma?c\p{Lu}/u.test(w)) ||
      (w0.length === 3 && /^(?:DE|VAN|VON|DER|LE|LA|DA|DI|DOS|DU|DEL)$/.test(w0[1]!)))
  )
    stripped = w0.map((w) => w.toLowerCase().replace(/(^|[-'’])\p{L}/gu, (c) => c.toUpperCase())).join(' ');
  // "Wirtschaftsjournalistin Katrin Vollmer": the trade before the name is no part of it
  const sp = stripped.indexOf(' ');
  if (sp > 0 && professionWord(stripped.slice(0, sp)) && stripped.slice(sp + 1).includes(' '))
    stripped = stripped
      .slice(sp + 1)
      .replace(HONORIFIC, '')
      .trim();
  // "I'm Zara", "I’d": a pronoun's contraction, not a name
  if (
    NOT_A_FIRST_NAME.test(stripped) ||
    // "RPR Gent", "RCS Lyon", "HRB 12345": a register and its town
    REGISTER_LEAD.test(stripped) ||
    looksLikeJobTitle(stripped) ||
    /\s\p{Lu}\.$/u.test(stripped) ||
    /^\p{Lu}['’]\p{Ll}/u.test(stripped) ||
    MONTH_LAST.test(stripped) ||
    TRADE_LAST.test(stripped) ||
    EVENT_LAST.test(stripped) ||
    // "Stade Francis-Rongiéras", "Bâtiment Marie-Curie", "Salle Louis-Aragon": a place named after someone
    VENUE_FIRST.test(stripped) ||
    // "CH du Val de Brenne", "Section Rieupeyroux": a hospital's letters, a body's section
    /^(?:CH|CHU|CHR|CHRU|EHPAD|GHT|Section|Sektion)\s/u.test(stripped) ||
    // "Six Sigma Black Belt", "Green Belt": a certification's grade; "La CCI", "Die IHK": an article and an acronym
    /\s(?:belt|master black belt)$/i.test(stripped) ||
    /^(?:L[ae]s?|The|D(?:er|ie|as))\s\p{Lu}{2,6}$/u.test(stripped) ||
    // ("Les Nuits de Fourvière": a plural noun after the article, a festival's or a magazine's name)
    /^Les\s\p{Lu}\p{Ll}+s\s/u.test(stripped) ||
    // "Bereichsleiter Wärme", "Vertriebsleiterin Süd": a compound title first
    TITLE_EXTRA.test(stripped.split(' ')[0]!) ||
    feminineTitle(stripped.slice(stripped.lastIndexOf(' ') + 1))
  )
    return '';
  // ("Camille d’Aboville": an elided particle before the surname)
  const probe = stripped.replace(/(\s)d['’](?=\p{Lu})/gu, '$1');
  if (looksLikePersonName(probe) && !ORG_WORD.test(probe) && !LEGAL_FORM_FIRST.test(probe)) return stripped;
  return '';
}

/** A line that starts with a person's name, with what follows it (", CEO", " – Gérant", " (Director)"). */
export function nameLine(text: string): { name: string; rest: string } | null {
  if (text.length > 120) return null;
  const whole = personName(text);
  if (whole) return { name: whole, rest: '' };
  const m = /^(.{4,70}?)(?:\s*[,|–—·]\s*|\s+-\s+|\s*\()(.{2,90})$/.exec(text);
  if (!m) return null;
  const name = personName(m[1]!);
  return name ? { name, rest: m[2]!.replace(/\)$/, '').trim() } : null;
}

// ---- line kinds ----

// a PR agency's name ends in its trade ("Brightline PR", "Harbourside Communications"), not a department's
const AGENCY_END =
  /^(?!(?:Corporate|Internal|External|Marketing|Digital|Global|Group|Public|Strategic|Media|Press|Investor)\s)\p{Lu}[\p{L}\p{M}'’-]+(?:\s(?:&\s)?\p{Lu}[\p{L}\p{M}'’-]+){0,3}\s(?:PR|RP|Communications?|Kommunikation)$/u;
const ADDRESS_LINE =
  /\b\d{4,5}\s+\p{Lu}\p{L}|\b(?:rue|avenue|av\.|boulevard|bd|chemin|allée|impasse|place|quai|route|street|road|lane|suite|floor|étage|cedex|bp\s\d|p\.?o\.? box)\b|(?:gasse|stra(?:ß|ss)e|str\.|weg|platz)\s\d|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b/iu;
const POSTCODE_LINE = /^(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu}/u;
// a building or a site ("Dean Clough Mills", "Immeuble Le Florilège", "Lindner Hof") heading an address
const PLACE = /^(?:immeuble|parc|zone|haus)\s|\s(?:mills?|house|court|park|building|cent(?:re|er)|tower|estate|hof)$/i;
export const CONTACT_LABEL = /* @__PURE__ */ new RegExp(
  String.raw`^(?:(?:media|press|presse|investor|investors|pr|speakers?|exhibitors?|sponsors?|partners?|members?)\s+(?:contacts?|relations|inquiries|enquiries)|contacts?\s+(?:presse|press|médias?|media|information|investisseurs|investors)|(?:presse|medien|investor(?:en)?)kontakt|kontakt(?:\s+[^:@\d]{1,40})?|ansprechpartner(?:in)?\b[^:@]{0,50}|relations? (?:presse|médias|investisseurs)|pour (?:plus|tout|toute)[^:]{0,50}|for (?:more|further) information[^:]{0,40}|contact(?:s| us| information)?|kontaktdaten|rückfragen[^:]{0,30}|vos contacts?|votre contact|your contacts?|interlocuteurs?|(?:votre|your|ihre?)\s+(?:recrut(?:eur|euse)|recruiter|personalberater(?:in)?|recruiting contact)|${FUTURE_MANAGER}|(?:(?:die|der|the|l['’])\s?)?(?:autor(?:in)?|author|auteur|autrice)|about the author|über (?:die|den) autor(?:in)?|à propos de l['’](?:auteur|autrice))\s*[:：]?$`,
  'i',
);

// A firm's department or desk, named in a contact block: no company ("Corporate Communications",
// "Service client", "Presse- und Öffentlichkeitsarbeit", "Human Resources", "Relations presse")
export const DEPT_LINE =
  /^(?:(?:corporate|internal|external|group|investor|public|media|press|customer|client)\s(?:communications?|relations|affairs|services?|care)|communications?|human resources|press office|service (?:client\w*|presse|communication|commercial|rh)|direction (?:de la communication|commerciale|financière)|relations? (?:presse|médias|investisseurs)|ressources humaines|(?:presse|medien)-?\s?und\sÖffentlichkeitsarbeit|öffentlichkeitsarbeit|\p{L}*kommunikation|pressestelle|personalabteilung|kundenservice|kundendienst)$/iu;

// a French firm's legal form before its name ("SARL Primeurs Ventoux", "EARL du Mas de l'Olivette", "GAEC Les Trois Chênes")
const LEGAL_FORM_FIRST =
  /^(?:SARL|SASU?|EURL|SCI|SCEA|EARL|GAEC|GFA|SCA|SCOP|SCP|SNC|SELARL|SELAS|GIE)\s(?:\p{Lu}|(?:du|des|de la|de|les?|la)\s|l['’])/u;

const BODY_FIRST =
  /^(?:association|f[ée]d[ée]ration|conf[ée]d[ée]ration|syndicat|fondation|union|mutuelle|coop[ée]rative|chambre)\s(?:pour|des?|du|d['’]|nationale?|r[ée]gionale?|d[ée]partementale?|fran[çc]aise?|europ[ée]enne?)\s/i;
export function isOrgLine(l: string): boolean {
  if (l.length > 80 || /@|\d{3}/.test(l) || DEPT_LINE.test(l.trim())) return false;
  // "CEO", "PDG", "SVP": a rank's letters, not a firm's
  if (/^(?:C[A-Z]{1,3}O|[SE]?VP|PDG|DG|DGA|DAF|DRH|DSI|MD|GM)$/.test(l.trim())) return false;
  // a quotation ("“Swapping shifts … the whole store.”"), a testimonial above its author, names no firm
  if (/^[“"„].*\s.*\s.*\s.*[”"“]$/.test(l.trim())) return false;
  // "Professor of Physical Oceanography · Head of Lab": a line that starts with a rank is a title, whatever it names
  // ("Président du groupe", "Associée fondatrice", "Geschäftsführer der Gruppe": a rank of a firm's own, in its words)
  if (
    /^(?:professor|professeur|head|director|directeur|directrice|responsable|chief|chair|pr[ée]sidente?|vice-pr[ée]sidente?|g[ée]rante?|fondat(?:eur|rice)|associée?|geschäftsführer(?:in)?|vorsitzende[r]?|founder|co-?founder)\s/i.test(
      l,
    ) &&
    !LEGAL_FORM_END.test(l)
  )
    return false;
  // "Association pour l'achat public responsable", "Syndicat national des …": a body by its kind, then its purpose
  if (BODY_FIRST.test(l)) return true;
  if (!LEGAL_FORM_END.test(l) && tradeOrProse(l)) return false;
  // a lawyer's fields of practice ("Droit des sociétés", "Contentieux prud'homal"), alone or after the lawyer's title
  // ("Avocat associé – Droit des sociétés"), are no firms
  if (
    /^(?:[^–—]{3,40}\s[–—]\s)?(?:droit|contentieux|fusions?|baux|arbeitsrecht|gesellschaftsrecht|mietrecht)\b/i.test(l)
  )
    return false;
  return (
    LEGAL_FORM_END.test(l) ||
    LEGAL_FORM_FIRST.test(l) ||
    ORG_WORD.test(l) ||
    AGENCY_END.test(l) ||
    /^\p{Lu}{2,}(?:[\s&-]\p{Lu}{2,}){0,3}$/u.test(l)
  );
}

/** "Deutsches Klimarechenzentrum, DKRZ" -> "Deutsches Klimarechenzentrum"; "(MPI-M)" dropped. */
export function orgName(l: string): string {
  const parts = l.split(/\s[–—-]\s/);
  if (parts.length === 2 && isOrgLine(parts[1]!) && !isOrgLine(parts[0]!)) l = parts[1]!;
  // "About Acme GmbH", "À propos de Acme SAS", "Über die Acme AG": a release's boilerplate heading, the firm after it
  l = l.replace(/^(?:about |à propos (?:de |d['’]\s?)|über (?:die |den |das )?)(?=\p{Lu})/iu, '');
  // "Agence Lumière RP for Acme SAS", "Brightline PR on behalf of Acme": the agency speaking for its client
  const agent = /^(.{3,60}?)\s(?:for|on behalf of|pour(?: le compte de)?|für|im auftrag von)\s\p{Lu}/u.exec(l);
  if (agent && AGENCY_END.test(agentName(agent[1]!))) l = agent[1]!;
  return l
    .replace(/\s*\([^)]{1,30}\)\s*$/, '')
    .replace(/,\s*\p{Lu}[\p{Lu}\d-]{1,8}$/u, '')
    .replace(/[,;:.]$/, '')
    .trim();
}

// ("Agence Rivages RP": the agency word before its name)
const agentName = (t: string) => t.replace(/^(?:agence|agency|agentur)\s+(?=\p{Lu})/iu, '');

/** "agence Rivage Conseil" -> "Rivage Conseil", "Brightline PR" -> itself; '' when the text names no organisation. */
export function agencyName(t: string): string {
  // (lower case only: "Agence Lumen" is the agency's whole name)
  const s = t.trim().replace(/^(?:l['’]\s?agence|agence|the agency|agency|(?:die )?agentur)\s+(?=\p{Lu})/u, '');
  return AGENCY_END.test(s) ||
    LEGAL_FORM_END.test(s) ||
    (s !== t.trim() && /^\p{Lu}/u.test(s) && s.split(/\s+/).length <= 4)
    ? orgName(s)
    : '';
}

type Kind = 'name' | 'email' | 'phone' | 'label' | 'title' | 'org' | 'address' | 'web' | 'other';

function kindOf(l: string): Kind {
  if (CONTACT_LABEL.test(l)) return 'label';
  if (l.includes('@') && findPlainEmails(l).length)
    return /^[^@]{4,50}(?:\s[–—|·-]\s|,\s)/.test(l) && nameLine(l) ? 'name' : 'email';
  // "M.Sc. Lieke Berg · Partnerin · +49 351 …": a card's name and title before its number
  const nl = nameLine(l);
  if (nl?.rest && isTitleLike(nl.rest)) return 'name';
  if (
    l.length < 90 &&
    findPhones(l).length &&
    (PHONE_LABEL.test(' ' + l) || l.replace(/[\d\s+().\/–-]/g, '').length < 4)
  )
    return 'phone';
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(l)) return 'web';
  if (nl) return 'name';
  if (l.length <= 90 && ADDRESS_LINE.test(l) && /\d/.test(l)) return 'address';
  if (l.length <= 90 && isTitleLike(l) && (!isOrgLine(l) || splitTitleCompany(l)[1])) return 'title';
  if (isOrgLine(l)) return 'org';
  return 'other';
}

const HEADINGISH = 'h1, h2, h3, h4, h5, h6, strong, b, dt, th, figcaption, cite';

/** A line set in bold: its block is bold, or a <strong>/<b> inside it holds its whole text. */
function boldLine(l: Line): boolean {
  const t = l.text.trim();
  return !!l.el.closest('strong, b') || qsa(l.el, 'strong, b').some((x) => clean(x.textContent ?? '') === t);
}

/** A short line of capitalised words set in bold or as a heading, that names no person, desk nor label. */
function headingFirm(l: Line): boolean {
  const t = l.text.trim();
  const words = t.split(/\s+/);
  return (
    t.length <= 50 &&
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^(?:\p{Lu}[\p{L}\p{M}\d'’.+-]*|&|and|und|et|de|des|du|of)$/u.test(w)) &&
    !/[:\d@]/.test(t) &&
    boldLine(l) &&
    !personName(t) &&
    !DEPT_LINE.test(t) &&
    !CONTACT_LABEL.test(t) &&
    !isTitleLike(t)
  );
}

// a card's link set as a word ("E-Mail", "E-Mail schreiben", "LinkedIn", "vCard"): no firm nor title
const LINK_WORD =
  /^(?:e-?mail|mail|courriel|linkedin|xing|vcard|profil|profile|bio|website|webseite|site web)(?:\s(?:schreiben|senden|me|envoyer|anzeigen))?$/i;

/** A line's bit that is only a link's word; a mailto link behind it gives the person's address. */
function linkBit(l: Line, bit: string, p: DetectedPerson): boolean {
  if (!LINK_WORD.test(bit.trim())) return false;
  const a = qsa(l.el, 'a[href^="mailto:" i]').find((x) => clean(x.textContent ?? '') === bit.trim());
  const email = a && findPlainEmails(a.getAttribute('href')!.slice(7).split('?')[0]!)[0];
  if (email && !p.email) p.email = normalizeAddress(email);
  return true;
}

/**
 * A site menu's entry: an item of a list of four or more items that are each one page link and nothing else ("FAQ PME",
 * "Réseau TPE" over "Achats en région" in a mega-footer's column): no person's name nor title.
 */
export function menuItem(el: Element): boolean {
  const items = el.closest('li')?.parentElement?.children ?? [];
  return (
    items.length > 3 &&
    [...items].every((li) => {
      const a = li.firstElementChild;
      return (
        li.childElementCount === 1 &&
        a?.matches('a[href]:not([href^="mailto:" i]):not([href^="tel:" i])') &&
        a.textContent === li.textContent
      );
    })
  );
}

/**
 * Contact blocks: each name line with the organisation, title, email and phone lines next to it.
 * A person needs an email or a phone from the block, or a title right under a heading-like name.
 */
export function contactBlocks(all: readonly Line[], max = 300): DetectedPerson[] {
  // "Votre contact : Julie Bernard, chargée de recrutement", "Media contact: Tom Reed, Brightline PR, tom@…":
  // the label and the name on one line read as the label's block
  const labelled = new Set<number>();
  const firmOf = new Map<number, string>();
  const titleOf = new Map<number, string>();
  const lines = all.map((l0, i) => {
    // "yard (at) x (dot) com", "service at x.com": the address a visitor reads
    // (an agency's line with its client in brackets is the agency's: "Tessellate PR (for Pennine Oat Co.)")
    const u =
      l0.text.length < 300 && /\sat\s|[[({<]\s{0,3}at/i.test(l0.text)
        ? unobfuscate(l0.text)
        : l0.text.replace(
            /^(.{2,60}?)\s\((?:for|pour|für|on behalf of|au nom de|im Auftrag von)\s[^()]{2,50}\)$/i,
            '$1',
          );
    const l = u === l0.text ? l0 : { ...l0, text: u };
    // "Ask for Marcus Bell, Service Manager": the name's line under a lead-in
    const ask =
      l.text.length < 120
        ? /^(?:[Aa]sk for|[Ss]peak (?:to|with)|[Tt]alk to|[Dd]emandez|[Ff]ragen Sie nach)\s+(\p{Lu}.+)$/u.exec(l.text)
        : null;
    if (ask && nameLine(ask[1]!)) {
      labelled.add(i);
      return { ...l, text: ask[1]! };
    }
    // "Hydrelia – Maud Kerjean, responsable communication" over "maud.kerjean@… · 06 …": a press contact's
    // firm first, then the name, the address or the number on the next line
    const firmFirst = l.text.length < 150 ? /^([^–—|:@]{2,60}?)\s[–—|]\s(\p{Lu}[^–—|]+)$/u.exec(l.text) : null;
    const below = all[i + 1]?.text ?? '';
    if (
      firmFirst &&
      // (or on the line itself: "Groupe X – Anna Roe, directrice de la communication, 04 …, presse@…")
      ((below.length < 120 && (findPlainEmails(below).length || findPhones(below).length)) ||
        (findPlainEmails(firmFirst[2]!).length &&
          strongTitle((nameLine(firmFirst[2]!)?.rest ?? '').replace(/^[\s,]+/, '').split(/,\s|\s[–—]\s/)[0]!))) &&
      !nameLine(firmFirst[1]!) &&
      !/\d/.test(firmFirst[1]!) &&
      nameLine(firmFirst[2]!)
    ) {
      const head = firmFirst[1]!.trim();
      if (isTitleLike(head) && !isOrgLine(head)) titleOf.set(i, head);
      else firmOf.set(i, orgName(head));
      return { ...l, text: firmFirst[2]! };
    }
    const m = l.text.length < 200 ? /^([^:：]{4,60}?)\s*[:：]\s*(\p{Lu}.+)$/u.exec(l.text) : null;
    if (
      !m ||
      !(
        CONTACT_LABEL.test(m[1]!.replace(/^(?:ihre?|unsere?|deine?|your|our|notre|nos)\s+/i, '')) ||
        // (a job offer's "Manager : Name, CTO", "N+1 : …", "Vorgesetzte: …": the hiring manager)
        /^(?:manager|managère|n\s?\+\s?1|vorgesetzte[rn]?|reports? to|rattachement)$/i.test(m[1]!.trim())
      ) ||
      !nameLine(m[2]!)
    )
      return l;
    labelled.add(i);
    // ("Speaker relations: Anna Roe – …", "Relations presse : …": a desk the person holds)
    if (/relations/i.test(m[1]!)) titleOf.set(i, m[1]!.trim());
    return { ...l, text: m[2]! };
  });
  const kinds = lines.map((l) => (l.text.length > 200 ? 'other' : kindOf(l.text)));
  const out: DetectedPerson[] = [];
  // "<strong>Orrin Pharma</strong>" over "Samuel Achebe": a bold pair of words the page names elsewhere too
  // ("About Orrin Pharma") heads its contact as their firm
  const named = (j: number) => {
    const t = lines[j]!.text.trim();
    if (!boldLine(lines[j]!) || t.length > 40) return false;
    let n = 0;
    for (let x = 0; x < lines.length && n < 2; x++) if (x !== j && lines[x]!.text.includes(t)) n++;
    return n >= 2;
  };
  // a team list: several names each followed by a title line
  let pairs = 0;
  for (let i = 0; i + 1 < lines.length; i++)
    if (kinds[i] === 'name' && kinds[i + 1] === 'title' && strongTitle(lines[i + 1]!.text)) pairs++;
  const teamList = pairs >= 3;
  let last: { company: string; end: number } | undefined;
  for (let i = 0; i < lines.length && out.length < max; i++) {
    // (a card's own <header> inside a section or an aside is no page banner)
    const h = lines[i]!.el.closest('header');
    if (
      kinds[i] !== 'name' ||
      lines[i]!.el.closest('nav, [role=navigation], [role=banner], form') ||
      menuItem(lines[i]!.el) ||
      (h && !h.parentElement?.closest('article, aside, section'))
    )
      continue;
    // "ZA de la Borie / 12500 Espalion", "Maison des Entreprises / 12 avenue… / 01400 …": a name right above
    // the street or the postcode and town is a place or a building
    const next = lines[i + 1]?.text ?? '';
    if (
      !nameLine(lines[i]!.text)!.rest &&
      (POSTCODE_LINE.test(next) || (kinds[i + 1] === 'address' && POSTCODE_LINE.test(lines[i + 2]?.text ?? '')))
    )
      continue;
    const nl = nameLine(lines[i]!.text)!;
    if (PLACE.test(nl.name) && ADDRESS_LINE.test(nl.rest + ' ' + next)) continue;
    // ("Dr. Anna Roe (Vorsitzende), Bernd Roe, …": a board's list of names, each read with their role elsewhere)
    const list = /^[^()]{2,40}\),\s*([^,]{4,60})/.exec(nl.rest);
    if (list && personName(list[1]!.trim())) continue;
    // ("L'Usine Connectée · Robotique Magazine" under "Partenaires médias": a run of names, no one's card)
    if (/\s·\s/.test(lines[i]!.text) && nameLine(nl.rest)?.rest === '') continue;
    const p: DetectedPerson = { name: nl.name };
    const phones: string[] = [];
    if (nl.rest) {
      // "Manon Giraud – manon.giraud@agence.fr – 06 48 27 91 35": the name's own address and phone
      // "Nadia Ferrand, présidente : nadia.ferrand [at] exemple [dot] fr": the role before the colon
      // (a bracketed at/dot read here: the full obfuscation reader stays out of this bundle)
      const email = findPlainEmails(
        nl.rest.replace(/\s*\[\s*at\s*\]\s*/gi, '@').replace(/\s*\[\s*dot\s*\]\s*/gi, '.'),
      )[0];
      let rest = nl.rest;
      if (email) {
        p.email = normalizeAddress(email);
        if (!rest.includes('@') || /[:：]\s*[^\s@]+@\S+\s*$/.test(rest))
          rest = rest.split(/\s*[:：]\s/)[0]!.replace(/\s*\([^)]*\)/g, '');
      }
      const bits = rest
        .split(email ? /\s[–—|·-]\s|,\s/ : /\s[–—|·-]\s/)
        .filter(
          (x) => !x.includes('@') && !(findPhones(x).length && findPhones(x, phones)) && !linkBit(lines[i]!, x, p),
        );
      // "Tom Reed, Brightline PR, tom@…", "Camille Favre, agence Rivage Conseil – …": the agency alone
      const org = bits.length === 1 ? agencyName(bits[0]!) : '';
      const [t, c] = org ? [] : splitTitleCompany(bits.join(', '));
      if (t) p.title = t;
      if (c ?? org) p.company = c ?? org;
      else if (bits.length === 1 && !t && strongTitle(bits[0]!)) p.title = bits[0]!;
    }
    if (!p.company && firmOf.has(i)) p.company = firmOf.get(i);
    if (!p.title && titleOf.has(i)) p.title = titleOf.get(i);
    let inSection = false,
      fromOrg = false;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const k = kinds[j];
      if (k === 'org' && !p.company) {
        p.company = orgName(lines[j]!.text);
        fromOrg = true;
        continue;
      }
      // ("<tr><th>Wissenschaftliche Mitarbeiterin</th><td>Name<br>Raum …": a row's header is the title of its person)
      if (
        strongTitle(lines[j]!.text) &&
        j === i - 1 &&
        !p.title &&
        lines[j]!.el.closest('th')?.parentElement === lines[i]!.el.closest('tr')
      )
        p.title = lines[j]!.text;
      else if (k === 'label') inSection = true;
      // "<strong>Orrin Pharma</strong>" heading a contact: a firm's name in capitalised words, no desk
      else if (
        !p.company &&
        j === i - 1 &&
        ((k === 'other' && headingFirm(lines[j]!)) || (k === 'name' && !nameLine(lines[j]!.text)!.rest && named(j)))
      ) {
        p.company = lines[j]!.text.trim();
        fromOrg = true;
      }
      break;
    }
    // the next person of the same block ("Agence X / Anna A – … / Bernd B – …") shares its organisation
    if (!p.company && last && last.end === i - 1) {
      p.company = last.company;
      fromOrg = true;
    }
    if (kinds[i - 1] === 'label' || kinds[i - 2] === 'label' || labelled.has(i)) inSection = true;
    let end = i;
    // (a heading of the page's footer is no part of the block: "Solutions", its first column's, is no firm of the contact)
    const foot = (x: Line) => !!x.el.closest('footer, [role=contentinfo]') && !!x.el.closest('h1, h2, h3, h4, h5, h6');
    for (let j = i + 1; j < Math.min(lines.length, i + 8); j++) {
      const k = kinds[j]!,
        t = lines[j]!.text;
      // ("Leiterin: Maryam Roth" under a department's name: that person's own line; "Büro: Name, …" another's)
      const lab = /^[^:：@]{2,30}[:：]\s*(\p{Lu}[^,–—|]+)/u.exec(t);
      if (k === 'name' || k === 'label' || ROLE_LABEL.test(t) || (lab && personName(lab[1]!.trim()))) break;
      // (a heading below a name that is none starts the next section: "<h2>Innendienst</h2>" under a contact's <p>)
      if (lines[j]!.el.closest('h1, h2, h3, h4, h5, h6') && !lines[i]!.el.closest('h1, h2, h3, h4, h5, h6')) break;
      if (k === 'email') {
        if (!p.email) p.email = normalizeAddress(findPlainEmails(t)[0]!);
        // "Ligne directe : 04 50 … · f.mollard@…": the number beside the address
        // ("maud.kerjean@hydrelia.fr · 06 39 98 21 47": the number as the address's neighbour)
        if (PHONE_LABEL.test(' ' + t) || (t.length < 90 && /\s[·|]\s/.test(t)))
          findPhones(t.replace(/\S+@\S+/g, ''), phones);
      } else if (k === 'phone') findPhones(t, phones);
      else if (k === 'title' && !p.title && j <= i + 2) {
        // ("Consultante recrutement · Ressource Ouest": a middle dot the page writes, not one between two fields)
        const dot = /^(.{2,80}?)\s·\s(\p{Lu}[^·]{1,60})$/u.exec(t);
        const [tt, c] =
          dot && lines[j]!.el.textContent?.includes('·') && strongTitle(dot[1]!) && !isTitleLike(dot[2]!)
            ? splitTitleCompany(`${dot[1]} | ${dot[2]}`)
            : splitTitleCompany(t);
        p.title = tt ?? t;
        if (c && !p.company) p.company = c;
      } else if (k === 'org' && !p.company && j <= i + 3 && foot(lines[j]!) === foot(lines[i]!)) p.company = orgName(t);
      // "Ansprechpartnerin / Birgit Hollmann / Veranstaltungsmanagement / Telefon …": a desk's word under a
      // labelled contact's name is their function
      else if (k === 'other' && j === i + 1 && !p.title && inSection && /^\p{Lu}[\p{L}&\s-]{3,40}$/u.test(t))
        p.title = t;
      // (a second title line; a field's label alone, its value on the next line: "Telefon:")
      else if (
        k === 'address' ||
        k === 'web' ||
        k === 'title' ||
        // (a room: "Raum LT 2.27", "Room B104", "Bureau 312")
        /^(?:raum|room|zimmer|büro|bureau|salle|office)\s+[\p{L}\d.\s-]{1,12}$/iu.test(t) ||
        (t.length < 16 && (/[:：]$/.test(t) || FIELD_ALONE.test(t)))
      ) {
        /* part of the block */
      } else break;
      end = j;
    }
    if (phones.length) p.phones = phones;
    // (an offer's firm over the next offer's title: "Filatures du Layon · Cholet" / "Responsable ADV H/F")
    if (p.title && OFFER.test(p.title)) continue;
    const headingName = !!lines[i]!.el.closest(HEADINGISH) || lines[i]!.el.matches?.(HEADINGISH);
    // (a quote's signature, "Name, title, cabinet Firm" under a blockquote, is one with its firm)
    const titled =
      !!p.title && !!nl.rest && lines[i]!.text.length <= 70 && (!p.company || !!lines[i]!.el.closest('blockquote'));
    if (!p.email && !p.phones) {
      if (!(p.title && (headingName || inSection || titled || teamList)) && !(inSection && p.company)) continue;
      if (!inSection && (!strongTitle(p.title ?? '') || looksLikeJobTitle(p.name))) continue;
    }
    const li = linkedinOf(lines, i, end);
    if (li) p.linkedinUrl = li;
    out.push(p);
    last = fromOrg && p.company ? { company: p.company, end } : undefined;
    i = end;
  }
  return out;
}

function linkedinOf(lines: readonly Line[], from: number, to: number): string {
  const found = new Set<string>();
  const els = new Set<Element>();
  for (let j = from; j <= to; j++) els.add(lines[j]!.el);
  for (const el of els) {
    for (const a of qsa(el, 'a[href*="linkedin.com/in/"]')) {
      const u = normalizeLinkedinUrl(a.getAttribute('href') ?? '');
      if (u) found.add(u);
    }
  }
  return found.size === 1 ? [...found][0]! : '';
}

export const DEPARTMENT = new RegExp(
  `^(?:${DEPT_WORDS})\\b|^the\\s(?:${DEPT_WORDS})(?:\\s+(?:team|department|division|unit|group))?$`,
  'i',
);

// "CEO of Bank of Harrowby", "gérante de la Biscuiterie du Quercy", "CTO d'Armorik Data": a title, a joining word, a firm
const TITLE_OF_FIRM =
  /^(.{2,80}?)\s+(?:(?:of|at|@|chez|bei|der|des|von|de la|du|de|at the|of the|for)\s+|(?<!,.*)d['’]\s*)(?:the\s+|la\s+|l['’])?(\p{Lu}[\p{L}\p{M}\d&'’.+-]*(?:\s+(?:(?:&|du|des|de la|de|der|of)\s+)?[\p{Lu}\d][\p{L}\p{M}\d&'’.+-]*){0,5})$/u;
const TITLE_OF_FIRM_LAST =
  /^(.{2,80})\s+(?:(?:of|at|@|chez|bei|der|des|von|de la|du|de|at the|of the|for)\s+|(?<!,.*)d['’]\s*)(?:the\s+|la\s+|l['’])?(\p{Lu}[\p{L}\p{M}\d&'’.+-]*(?:\s+(?:(?:&|du|des|de la|de|der|of)\s+)?[\p{Lu}\d][\p{L}\p{M}\d&'’.+-]*){0,5})$/u;

/** "CEO and co-founder of Segment" / "Directrice commerciale chez Batiroc" / "Gérant, Batiroc SARL". */
/** A title's tail after its comma that opens a firm's name, no title ("…, Fromagerie"; not "…, Partner"). */
function firmAfterComma(title: string): boolean {
  const seg = /,\s+(\p{Lu}[^,]*)$/u.exec(title)?.[1];
  return !!seg && !looksLikeJobTitle(seg) && !isTitleLike(seg);
}

// a firm's name, then a verb and a count: "Vellane emploie 40 personnes", "Corrin Ltd employs over 200 staff"
const CLAUSE =
  /^(\p{Lu}\S*(?:\s\p{Lu}\S*){0,3})\s(?!(?:des|les|aux|sur|sous|lès|and|the|for|von|der|den|dem|und|van)\s)\p{Ll}{3,}\s(?:\p{Ll}+\s){0,2}\d/u;
export function splitTitleCompany(s: string): [string | undefined, string | undefined] {
  const got = splitTitleFirm(s);
  // ("présidente du CA", "Vorsitzender des AR", "Chair of the BoD": a board's initials are the body's, no firm)
  return got[1] && BOARD_INITIALS.test(got[1]) ? [s.trim().replace(/[.;:]$/, ''), undefined] : got;
}
// the initials of a body's board or meeting: conseil d'administration, comité social, Aufsichtsrat, Board of Directors
const BOARD_INITIALS = /^(?:CA|CS|CE|CSE|CVS|AG|AGO|AGE|CODIR|COMEX|AR|VR|BoD|BoT)$/;
function splitTitleFirm(s: string): [string | undefined, string | undefined] {
  const t = s.trim().replace(/[.;:]$/, '');
  // "Geschäftsführerin | Zimmerei Walzbichler GmbH | Bamberg": a member line's town after the firm is no part of it
  const pipes = t.split(/\s\|\s/);
  if (
    pipes.length >= 3 &&
    TOWN.test(pipes[pipes.length - 1]!) &&
    !LEGAL_FORM_END.test(pipes[pipes.length - 1]!) &&
    !isTitleLike(pipes[pipes.length - 1]!)
  )
    return splitTitleCompany(pipes.slice(0, -1).join(' | '));
  // "Expert-comptable associé – Gaubert & Associés, Voiron": a town after the firm is no firm of its own
  const town =
    /^(.{2,80}?)\s[–—-]\s(\p{Lu}[^–—,]{1,60}),\s+(\p{Lu}[^,\s]{2,30}(?:\s(?:sur|sous|en|upon|am|an|im)\s\p{Lu}\S+)?)$/u.exec(
      t,
    );
  if (
    town &&
    TOWN.test(town[3]!) &&
    isTitleLike(town[1]!) &&
    !isTitleLike(town[2]!) &&
    !DEPARTMENT.test(town[2]!) &&
    !DEPT_LINE.test(town[2]!)
  )
    return [town[1]!.trim(), orgName(town[2]!)];
  // "avocat au barreau de Nantes", "solicitor at the Bar of Wales": a bar is a town's, no firm (nor a register's:
  // "agent commercial inscrit au RSAC d'Avignon")
  if (
    /\b(?:au\s+barreau|(?:at|of|to)\s+the\s+bar|bei\s+der\s+rechtsanwaltskammer|au\s+(?:RSAC|RCS|RM|RNE|registre\s+du\s+commerce))\s+(?:de|d['’]|of|in)\s*\p{Lu}/iu.test(
      t,
    )
  )
    return [t, undefined];
  // "président de l'Union des industries textiles de la Loire": a body named by its kind, lower-case words and all
  const body = NAMED_BODY.exec(t);
  if (body && looksLikeJobTitle(body[1]!)) return [body[1]!.trim(), body[2]!.trim()];
  // (the first joining word, or the last one where the first leaves a bare "Head": "Head of Sales of Kestrel")
  let m = TITLE_OF_FIRM.exec(t);
  if (m && /(?:^|\s)head$/i.test(m[1]!)) m = TITLE_OF_FIRM_LAST.exec(t) ?? m;
  // "Lantern Street Communications for Corvane": an agency working for a client is the company
  if (m && / for /.test(t) && isOrgLine(m[1]!)) return [undefined, orgName(m[1]!)];
  // "Head of Customer Success" is a title; "CEO of Segment" is a title and a company
  // ("Head of Grid Partnerships": a head leads a part of the firm, not another firm)
  // ("directeur des opérations, Fromagerie des Aravis": the joining word inside the firm after the comma is not the
  // title's: the comma splits them)
  if (
    m &&
    looksLikeJobTitle(m[1]!) &&
    !firmAfterComma(m[1]!) &&
    !looksLikeJobTitle(m[2]!) &&
    !DEPARTMENT.test(m[2]!) &&
    !DEPT_LINE.test(m[2]!) &&
    !/(?:^|\s)head$/i.test(m[1]!)
  )
    return [m[1]!.trim(), orgName(m[2]!)];
  // "Directrice commerciale | Maison Orvelle": a LinkedIn headline copied into a directory
  const p = /^(.{2,80}?)\s\|\s(\p{Lu}[^|]{1,60})$/u.exec(t);
  if (
    p &&
    isTitleLike(p[1]!) &&
    (!isTitleLike(p[2]!) || /\s(?:&|und|et|and)\s+Partner$/.test(p[2]!)) &&
    !DEPARTMENT.test(p[2]!) &&
    !/speaker|author|coach|mentor|investor|advisor/i.test(p[2]!)
  )
    return [p[1]!.trim(), orgName(p[2]!)];
  // ("avocate fiscaliste, cabinet Roy & Morel": a firm's kind in lower case before its name is no part of it)
  const c =
    /^(.{2,80}),\s+(?:(?:cabinet|agence|studio|atelier|bureau|étude|fiduciaire|société)\s+(?=\p{Lu}))?([^,]{2,60})$/u.exec(
      t,
    );
  // "Engineering Manager, Platform": a team after the comma is part of the title
  // ("…, petite-fille du fondateur, Billo emploie 85 personnes": the firm is the subject of the clause after the title)
  if (c) c[2] = CLAUSE.exec(c[2]!)?.[1] ?? c[2]!;
  if (
    c &&
    (looksLikeJobTitle(c[1]!) || (isTitleLike(c[1]!) && isOrgLine(c[2]!))) &&
    !looksLikeJobTitle(c[2]!) &&
    /^\p{Lu}/u.test(c[2]!) &&
    !DEPARTMENT.test(c[2]!) &&
    !DEPT_LINE.test(c[2]!.trim())
  )
    return [c[1]!.trim(), orgName(c[2]!)];
  if (looksLikeJobTitle(t) && t.length <= 90) return [t, undefined];
  return [undefined, undefined];
}

/** A job title as people write one: a few words, not a sentence nor a list of menu items. */

export function isTitleLike(t: string): boolean {
  return looksLikeJobTitle(t) || TITLE_EXTRA.test(t);
}

export function strongTitle(t: string): boolean {
  const words = t.split(/\s+/);
  if (!isTitleLike(t) || words.length > 7 || /[.!?]$/.test(t) || OFFER.test(t)) return false;
  // "Live Support", "Screenshot Support": a feature's name, not a role
  return !(
    words.length <= 2 && /^(?:support|success|updates?|marketing|product|operations)$/i.test(words[words.length - 1]!)
  );
}

// ---- role labels (legal notices, imprint, press) ----

const ROLE_BY = String.raw`(?:(?:vertreten\s+durch|represented\s+by|représentée?\s+par)\s+(?:(?:den|die|the|its|son|sa|le|la|ses|seine|ihre)\s+)?)?`;
const ROLE_LABEL = /* @__PURE__ */ new RegExp(
  String.raw`(?:^|[.;]\s|\s[–—|·•]\s)${ROLE_BY}(?:(?:externe[rn]?|interne[rn]?|betriebliche[rn]?|stellvertretende[rn]?|external|internal|deputy|our|unser(?:e[rn]?)?)\s+)?(${ROLES}|ceo|chief executive officer|cfo|coo|cto)(?:\s+(?:der|des|of the|of|de la|du|de l['’])\s*[^:：.;,]{2,40}?)?\s*[:：]\s*(.{0,200})$`,
  'i',
);
// the roles that are a holder's title ("Gérant", "Zaakvoerder"), not a label's word ("Verantwortlich für den Inhalt")
const ROLE_TITLE = /* @__PURE__ */ new RegExp(
  `^(?:${INTL_ROLE_TITLES}|g[eé]rant|associ[ée]e?s?[- ]g[ée]rant|geschäftsführ|inhaber|owner|managing|président|direct(?:eur|rice)(?:\\s+g[ée]n[ée]ral(?:e)?)?$|fondat|dirige|vorstand|prokur|(?:programme|program|project|sales|marketing|technical|finance|operations|commercial|studio)\\s+directors?$|[a-zäöüß]{0,20}leit|directors?$|datenschutz|data protection|délégué|vice|trésor|secrétaire|administrat|schatzmeister|kassenwart|beisitzer|vorsitz|chair|treasurer|secretary|chefredakt|art director|chef vom dienst|commissaire|c[efot]o$|chief executive)`,
  'i',
);
// a heading or a label line alone ("Vertreten durch die Geschäftsführer", "Gérants :"), the names below it
// ("Geschäftsführer der Komplementär-GmbH": the body they lead after the role, as a label writes it)
const ROLE_HEAD = /* @__PURE__ */ new RegExp(
  String.raw`^${ROLE_BY}(${ROLES})(?:\s+(?:der|des|of the|of)\s+[^:：.;,]{2,40}?)?\s*[:：]?$`,
  'i',
);
// a partnership's representatives ("Vertreten durch die Partner", "Represented by the partners"): each name, then their
// profession on its own line ("Rechtsanwältin, Fachanwältin für Arbeitsrecht")
const PARTNERS_HEAD =
  /^(?:vertreten\s+durch|represented\s+by|représentée?\s+par)\s+(?:die|den|the|ses|les)\s+(?:partner(?:innen)?(?:\s+und\s+partner)?|gesellschafter(?:innen)?|partners|members|associés)\s*[:：]?$/i;
// the professions a partnership's partners hold, the first word of their line
const PARTNER_PROFESSION =
  /^(?:(?:rechts|fach|patent)anw[aä]lt(?:in)?|steuerberater(?:in)?|wirtschaftsprüfer(?:in)?|notar(?:in)?|architekt(?:in)?|solicitor|barrister|attorney|avocate?|notaire|expert-comptable)\b/i;

// a board member's standing after their name ("(non-executive)", "(nicht geschäftsführend)", "(Vorsitz)")
const ROLE_QUALIFIER =
  /^(?:(?:non|nicht)?[ -]?(?:executive|ex[ée]cuti(?:f|ve)|geschäftsführend)|chair(?:man|woman)?|vice[ -]chair|vorsitz(?:ender|ende)?|interim|honorary|président(?:e)?)$/i;
// "Dipl.-Ing. (FH) Carola Wendt", "Jane Roe (Chair)": a parenthesis is no part of the name
export const unparen = (t: string) => t.replace(/\s*\([^)]*\)?/g, ' ').trim();
// ("Pieter Van Damme en Els De Smet", "Ana Gil y Luis Mora", "Lia Russo e Marco Berti")
export const splitNames = (t: string) =>
  t.split(/\s*(?:,|;|\bund\b|\bet\b|\band\b|&|\/)\s*|\s+(?:en|e|y)\s+(?=\p{Lu})/u);

/**
 * "Geschäftsführer: Max Muster, Erika Beispiel" -> two people with that role as their title
 * ("Geschäftsführer der Verwaltungs-GmbH: …": the body they lead named between the role and the colon).
 */
export function roleLines(lines: readonly Line[]): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  // "Administradora: D.ª Ana Gil. Gerente: D. Luis Mora.": a second label in the same line read after the first
  let again = '';
  for (let i = 0; i < lines.length && out.length < 50; i++) {
    // ("3. Délégué à la protection des données": a legal notice's numbered section heading)
    const l = again || lines[i]!.text.replace(/^\d{1,2}[.)]\s+(?=\p{Lu})/u, '');
    again = '';
    if (l.length > 400) continue;
    const m = /[:：]/.test(l) ? ROLE_LABEL.exec(l) : null;
    if (m && ROLE_LABEL.test(m[2]!)) {
      again = m[2]!;
      i--;
    }
    const partners = !m && PARTNERS_HEAD.test(l);
    const head = m || partners ? null : l.length < 90 ? ROLE_HEAD.exec(l) : null;
    if (!m && !head && !partners) continue;
    const role = partners ? '' : (m ?? head)![1]!.replace(/\s+/g, ' ').trim();
    // "Vertretungsberechtigte Geschäftsführer" -> "Geschäftsführer"
    const title = role.replace(/\s*(?:nach|gem).*$/i, '').replace(/^vertretungsberechtigte[r]?\s+/i, '');
    // the label's sentence only ("Managing Director: Jane Doe. Contact: …"), initials and "Dr." kept
    const rest = m
      ? m[2]!
          .split(/\s[·•|]\s/)[0]!
          .trim()
          .replace(LABEL_SENTENCE_END, '')
      : '';
    const parts: string[] = [];
    // (each partner's own profession, the line under their name)
    const professions = new Map<string, string>();
    let next = '';
    // "Trésorier : Loïc Van Hove — tresorerie@…": the name, then their address after a dash
    const dashed = /^(.{4,60}?)\s[–—-]\s(\S+@\S+?)\.?$/.exec(rest);
    // ("Gérant : Jean Roy – Roy Plomberie EURL au capital de … – SIRET …": a legal line's next items after a dash)
    const cut = rest.split(/\s[–—]\s/);
    if (dashed) parts.push(dashed[1]!);
    else if (cut.length > 1 && personName(unparen(cut[0]!)) && !personName(unparen(rest)))
      parts.push(cut[0]!, cut.slice(1).join(' – '));
    else if (rest) parts.push(...splitNames(rest));
    else {
      // the names on the next lines, one or several per line, until a line that is no name
      for (let j = i + 1; j < Math.min(lines.length, i + 7); j++) {
        const all = splitNames(lines[j]!.text);
        const ns = all.filter((x) => personName(unparen(x)));
        // ("Brakel Uhren & Schmuck, Am Sande 12": a line of a firm and its street names no one)
        const t = lines[j]!.text;
        const profession = t.length <= 90 && !/\d/.test(t) && (strongTitle(t) || PARTNER_PROFESSION.test(t));
        if (partners && !ns.length && parts.length && !professions.has(parts.at(-1)!) && profession && !isOrgLine(t)) {
          professions.set(parts.at(-1)!, t);
          continue;
        }
        // ("Maître Jean Roy, avocat au barreau de Lyon, joignable à …": the one holder, named first in a sentence)
        if (!parts.length && ns.length === 1 && ns[0] === all[0] && all.length > 2 && t.length <= 200) {
          parts.push(ns[0]!);
          break;
        }
        if (!ns.length || ns.length * 2 < all.length) {
          next = t;
          break;
        }
        parts.push(...ns);
        // ("Owner" / "Siân Maddox-Reyes, founder": the name's own title after it, on its line)
        const after = all[1]?.trim() ?? '';
        if (all.length === 2 && ns.length === 1 && ns[0] === all[0] && after.length <= 60 && strongTitle(after))
          professions.set(ns[0]!, after);
      }
    }
    for (let k = 0; k < parts.length && k < 6; k++) {
      const n = personName(unparen(parts[k]!));
      // ("Direction : Name, Directrice Générale Déléguée": the holder's title after the name, no second person)
      if (!n || (k && strongTitle(parts[k]!.trim().split(/\s+/)[0]!))) continue;
      const p: DetectedPerson = { name: n };
      if (ROLE_TITLE.test(title)) p.title = title;
      // "Directrice de la publication : Mme Jeanne Roy, Présidente": the title after the name
      // ("Leiterin: Corinne Roth, Treuhänderin mit eidg. Fachausweis — …": an office's head, her own profession after)
      const own = (parts[k + 1]?.trim() ?? '').split(/\s[–—]\s/)[0]!;
      const head = /^(?:leiter(?:in)?|leitung|head|office head|responsable)$/i.test(title);
      if (
        (!p.title || head) &&
        own &&
        (!personName(unparen(own)) || (!/[:：]/.test(own) && strongTitle(own.split(/\s+/)[0]!))) &&
        (looksLikeJobTitle(own) || (head && !isOrgLine(own) && !/[@\d(]/.test(own))) &&
        own.length <= 60
      )
        p.title = own;
      // "Datenschutzbeauftragter: Kai Ohlsen, DSB Nord GmbH, …, datenschutz(at)dsb-nord.de": their firm and address
      if (own && !personName(unparen(own)) && LEGAL_FORM_END.test(own) && own.length <= 60) p.company = orgName(own);
      if (parts.length > 1 && rest && p.company) {
        const emails = findPlainEmails(unobfuscate(rest));
        if (emails.length === 1) p.email = normalizeAddress(emails[0]!);
      }
      if (dashed && parts.length === 1) p.email = normalizeAddress(dashed[2]!);
      // "commissaire du salon : Jane Roe, jroe@…, 03 …": the one holder's address and number after the name
      if (
        !k &&
        !dashed &&
        parts.length > 1 &&
        parts.slice(1).every((x) => /@|^[+(\d][\d\s().+-]{7,}\.?$/.test(x.trim()))
      ) {
        const e = findPlainEmails(rest);
        const ph = findPhones(rest);
        if (e.length === 1) p.email = normalizeAddress(e[0]!);
        if (ph.length === 1) p.phones = ph;
      }
      // one person under the label, their job on the next line ("Lena Brückner" / "Leiterin Marketing")
      if (parts.length === 1 && strongTitle(next) && !isOrgLine(next)) p.title = next;
      if (professions.has(parts[k]!)) p.title = professions.get(parts[k]!);
      // ("Directors: A, B and Dame C DBE (non-executive)": the holder's own standing in brackets)
      const q = /\(([^()]{3,30})\)/.exec(parts[k]!)?.[1]?.trim() ?? '';
      if (ROLE_QUALIFIER.test(q)) p.title = p.title ? `${p.title} (${q})` : q;
      out.push(p);
    }
  }
  return out;
}

// ---- programmes: the speakers of a talk's block ----

// "Animée par", "Modération :", "Moderated by", "Moderation:", "Speaker:", "Referent:", "Intervenants :",
// "Panelists:", "Auf dem Podium:", "In conversation with", "Avec", "Guest:": what follows (or the lines below a
// label alone) names the talk's people, each with their title and their own firm
const TALK_LABEL =
  /^(?:(?:anim[ée]e?s?|mod[ée]r[ée]e?s?|pr[ée]sent[ée]e?s?)\s+par|mod[ée]ration|mod[ée]rat(?:eur|rice)s?|moderated by|moderators?|moderation|moderiert von|hosted by|hosts?|speakers?|panell?ists?|on the panel|intervenant(?:e)?s?|orat(?:eur|rice)s?|conférenci(?:er|ère)s?|referent(?:in|en|innen)?|sprecher(?:in|innen)?|redner(?:in|innen)?|(?:auf dem )?podium|(?:in conversation|en conversation|im gespräch) (?:with|avec|mit)|avec|with|mit|keynote(?: speaker)?|guests?|invitée?s?|gäste|gast|sur scène|on stage)\s*[:：]?\s+(?=\p{Lu})|^(?:intervenant(?:e)?s|speakers|panell?ists|(?:auf dem )?podium|referenten|mod[ée]ration|moderation|with|avec|mit)\s*[:：]?$/iu;

const COUNTRY =
  /^(?:deutschland|germany|france|frankreich|österreich|austria|schweiz|suisse|switzerland|niederlande|netherlands|pays-bas|belgique|belgien|belgium|ital(?:ia|y|ien|ie)|españa|espagne|spain|spanien|uk|united kingdom|royaume-uni|usa|united states|luxembourg|luxemburg|danmark|denmark|sverige|sweden|polska|poland)$/i;

// a role in a programme: a known title or a trade noun ("Journalistin", "freie Moderatorin")
// ("Ferroviaire du Sud-Est" ends like a trade: a firm's capitalised words are no trade noun)
const roleish = (x: string) => {
  const w = x.trim().split(/\s+/);
  return (
    (isTitleLike(x) ||
      (w.length === 1 && professionWord(w[0]!)) ||
      (/^\p{Ll}/u.test(x) && w.length <= 3 && w.some(professionWord))) &&
    !isOrgLine(x)
  );
};

// a board's plain seat ("Mitglied", "Mitglied des Kuratoriums", "Member", "Board member", "Membre du conseil")
const BOARD_MEMBER =
  /^(?:(?:ordentliches|stellvertretendes|beratendes|board|committee|council|non-executive)\s+)?(?:mitglied|member|membre|beisitzer(?:in)?|trustee)(?:\s+(?:des|der|of the|of|du|de la|de l['’])\s+\p{L}[\p{L}'’ -]{2,40})?$/iu;

const MEMBERS_ARE =
  /\b(?:administrat(?:eurs|rices)|membres|members|trustees|directors|mitglieder|beisitzer(?:innen)?|conseill(?:ers|ères))\s+(?:sont|are|sind)\s*:?\s+(\p{Lu}[^.;:!?]{5,300}?)(?:\.(?:\s|$)|$)/u;
const NAMED_LAST =
  /\s(?:is|est|ist)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}),\s+(\p{Lu}[^,.;()]{2,40})\.(?:\s|$)/u;
const ROLE_IS =
  /\b(?:Le|La|The|Der|Die)\s+(\p{Ll}[\p{L}'’-]{2,30}(?:\s\p{Ll}[\p{L}'’-]{2,30})?)(?:\s+(?:de|du|des|of|von|der)\s+[^.,;]{2,40}?)?\s+(?:est|is|ist)\s+((?:M\.|Mme|Mr|Mrs|Ms|Dr|Herr|Frau)\.?\s+\p{Lu}[^.,;()]{2,40}?)(?=[.,;(]|$)/u;
const WITH_NAME =
  /(?:^|\s)(?:avec|with|mit|report(?:s|ing)? to|rendrez compte à|rattach[ée]+(?:\(e\))?\s(?:à|au)|sous la (?:responsabilit[ée]|direction) de|berichten an|interview with|conversation with|im gespräch mit|(?:anim|présent|men|emmen|assist|accompagn|dirig)ée?s?\s+(?:par|de)|(?:hosted|presented|moderated|led|joined|assisted|supervised|overseen|coordinated|managed|headed)\s+by|(?:moderiert|geleitet|präsentiert|begleitet|betreut|koordiniert)\s+von|(?:supervis|pilot|coordonn)ée?s?\s+par|pour|selon|d['’]après|according to|laut)\s+(?=(?:(?:M|Mme|Mr|Mrs|Ms|Dr|Prof|Frau|Herr)\.?\s+)?\p{Lu}\p{Ll})/giu;
const TALK_HEAD =
  /^(?:podiumsdiskussion|podiumsgespräch|panel(?: discussion)?|table ronde|débat|keynote|fireside chat|impulsvortrag|vortrag|plénière|plenary)\b.{0,120}$/i;

// a firm's name, not a role ("Ingenieurbüro Kühnlein & Partner" holds a title word)
const firmLike = (f: string) =>
  isOrgLine(f) || /\s(?:&|und|et|and)\s+(?:Partners?|Associ(?:[ée]s|ates)|S(?:ons|öhne)|Fils)$/.test(f) || !roleish(f);

/** "Name, title, Firm", "Name (Firm), title", "Name – title, Firm", "Name, journaliste à Firm": one speaker. */
export function speakerEntry(raw: string, loose = true): DetectedPerson | null {
  const s = raw.trim().replace(/[.;]$/, '');
  let name = '',
    rest = '',
    firm = '';
  const paren = /^([^()]{4,60}?)\s*\(([^()]{2,60})\)\s*(?:[,–—-]\s*(.{2,80}))?$/.exec(s);
  if (paren && personName(paren[1]!)) {
    name = personName(paren[1]!);
    // "(Stadtwerke Lindenau GmbH)": a firm; "(Chair)": a role
    // "(Kämmerin, Stadt Homberg)": the title and the firm
    if (paren[2]!.includes(', ') && !paren[3]) rest = paren[2]!;
    else if (roleish(paren[2]!)) rest = paren[2]!;
    // "(archivist at Gwynant Library)": a trade at a firm
    else if (
      /^(.{2,40}?)\s+(?:at|chez|bei|à)\s+\p{Lu}/u.test(paren[2]!) &&
      roleish(/^(.{2,40}?)\s+(?:at|chez|bei|à)\s/u.exec(paren[2]!)![1]!)
    )
      rest = paren[2]!;
    else firm = paren[2]!;
    if (paren[3]) rest = paren[3];
  } else {
    const nl = nameLine(s);
    if (!nl) return null;
    name = nl.name;
    rest = nl.rest;
  }
  if (!name || looksLikeJobTitle(name)) return null;
  const p: DetectedPerson = { name };
  // ("…, a 30-person design agency in Bristol": an apposition describing the firm is no part of it)
  const parts = rest
    ? rest.split(/\s*,\s+|\s+[–—|·@-]\s+/).filter((x, k) => x && !(k && /^(?:an?|une?|ein(?:e)?)\s/i.test(x)))
    : [];
  // "Name | Geschäftsführerin | Zimmerei Walzbichler GmbH | Bamberg": a town after the firm is no part of it
  if (parts.length >= 3 && /^(?:\d{4,5}\s+)?\p{Lu}[\p{Ll}-]+$/u.test(parts[parts.length - 1]!)) {
    const town = parts[parts.length - 1]!;
    if (!roleish(town) && !LEGAL_FORM_END.test(town) && firmLike(parts[parts.length - 2]!)) parts.pop();
  }
  // ("…, directrice de la Boulangerie Roy, à Auxerre": the firm's town after it is no firm)
  if (parts.length >= 2 && /^(?:à|in|bei|en)\s+\p{Lu}[\p{L}'’ -]{1,30}$/u.test(parts[parts.length - 1]!)) parts.pop();
  if (parts.length >= 2 && !firm) {
    // (the subject of a clause after the title: "…, petite-fille du fondateur, Billo emploie 85 personnes")
    const last = CLAUSE.exec(parts[parts.length - 1]!)?.[1] ?? parts[parts.length - 1]!;
    const head = parts.slice(0, -1).join(', ');
    if (roleish(last)) p.title = rest;
    // ("directeur général, entouré d'un comité de direction": a clause after the title names no firm)
    else if (!loose && /^\p{Ll}/u.test(last) && roleish(head)) p.title = head;
    else {
      p.title = head;
      firm = last;
    }
  } else if (parts.length === 1) {
    const one = parts[0]!;
    const at =
      /^(.{2,60}?)\s+(?:à|au|aux|at|chez|bei|of|de|du|d['’]|der|des|von|for|with)\s*(?:la\s+|le\s+|l['’]|the\s+)?(?:(fédération|association|société|agence|cabinet|bureau|atelier|studio|start-up|startup|fonds|federation|agency|fund|charity|firm|verband|verein|firma|agentur)\s+)?(\p{Lu}.{1,60})$/u.exec(
        one,
      );
    // ("Head of Port Partnerships", "Head of Data Science": a head leads a part of the firm, not another firm)
    // ("fondatrice du cabinet Achats & Sens Conseil": after a firm's kind, a name of any words)
    if (
      at &&
      roleish(at[1]!) &&
      (at[2] || (!isTitleLike(at[3]!) && !DEPARTMENT.test(at[3]!))) &&
      !/^head$/i.test(at[1]!)
    ) {
      p.title = at[1]!;
      if (!firm) firm = at[3]!;
    } else if (roleish(one)) p.title = one;
    // "céramiste et fondatrice de l’atelier": a title over a place the page names no firm by
    else if (/^(.{2,60}?)\s+(?:de|du|d['’]|of|at)\s+(?:la\s+|le\s+|l['’]|the\s+)?\p{Ll}[\p{L}'’ -]{0,40}$/u.exec(one)) {
      const head = /^(.{2,60}?)\s+(?:de|du|d['’]|of|at)\s/u.exec(one)![1]!;
      if (roleish(head)) p.title = head;
    } else if (loose && !firm && /^\p{Lu}/u.test(one) && one.split(/\s+/).length <= 6) firm = one;
  }
  // ("Name – Mitglied – Firm", "Name – Member – Firm": a board's plain member, their firm after the seat)
  if (p.title && !roleish(p.title.split(', ')[0]!) && !(firm && BOARD_MEMBER.test(p.title))) delete p.title;
  // (a country or a team is no firm: "Referentin Energiepolitik, Deutschland", "Lead Engineer, Platform")
  if (firm && !COUNTRY.test(firm) && !DEPARTMENT.test(firm) && !DEPT_LINE.test(firm)) p.company = orgName(firm);
  return p;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();
// "Hosted by Priya Castellane, founder of … Say hello: priya@workbenchpod.co.uk or 07700 900512": the paragraph's
// one address, when its local part is the person's name, and then its one number, are theirs
function ownContact(p: DetectedPerson, t: string): DetectedPerson {
  const emails = findPlainEmails(t);
  if (emails.length !== 1) return p;
  const local = fold(emails[0]!.split('@')[0]!);
  if (!p.name.split(/[\s-]+/).some((w) => w.length >= 3 && local.includes(fold(w)))) return p;
  p.email = normalizeAddress(emails[0]!);
  const phones = findPhones(t);
  if (phones.length === 1) p.phones = phones;
  return p;
}

// "Permanence de la CCI Lyon Nord le mardi avec Name, conseiller", "Sprechstunde der Handwerkskammer X mit Herrn Y,
// Berater", "Initiative Brest tient une permanence … avec Name", "Acme Bank holds a drop-in with Name": the body that
// holds the session is the firm of the adviser it names
const HOST_ORG = String.raw`(\p{Lu}[\p{L}\p{M}\d&'’-]*(?:\s(?:(?:de|du|des|d['’]|für|of)\s)?\p{Lu}[\p{L}\p{M}\d&'’-]*){0,4})`;
const HOSTED = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:[Pp]ermanences?|[Ss]prechstunden?|[Ss]prechtage?|[Dd]rop-in|[Aa]dvice (?:clinic|session)s?|[Ss]urgery)\s(?:de la|de l['’]|du|des|de|der|des|of(?: the)?|by(?: the)?)\s?${HOST_ORG}|${HOST_ORG}\s(?:tient|assure|organise|propose|hält|bietet|holds|runs|offers)\s(?:une?|des|ses|sa|eine?|a|an|its)\s(?:\p{Ll}+\s)?(?:permanences?|sprechstunden?|sprechtage?|drop-in|advice|surgery)`,
  'u',
);
function hostedBy(p: DetectedPerson, before: string): DetectedPerson {
  const m = HOSTED.exec(before.split(/[.!?]\s/).pop()!);
  const f = (m?.[1] ?? m?.[2] ?? '').replace(/^(?:La|Le|Les|L['’]|The|Die|Der|Das)\s?(?=\p{Lu})|\s\p{Ll}+$/gu, '');
  // (an elected member's own: "Permanence de Mme Roy")
  return f && !p.company && !/^(?:M|Mme|Mr|Mrs|Ms|Herr|Frau|Dr)\b/.test(f) ? { ...p, company: orgName(f) } : p;
}

/** The people a programme's talk blocks name: speakers, panelists, moderators, hosts. */
const SLOT_TIME = /^\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm))?(?:\s*[–—-]\s*\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm))?)?$/i;

// "Armelle Castagnède | Présidente | Castagnède Transports | La Seyne-sur-Mer": a member line, name first
const PIPE = /\s+[|｜]\s+/;
const TOWN =
  /^(?:\d{4,5}\s+)?\p{Lu}[\p{Ll}'’]+(?:[\s-](?:(?:sur|sous|en|le|la|les|lès|de|du|am|an|im|upon|on)[\s-])?\p{Lu}[\p{Ll}'’]+){0,3}$/u;
function pipeEntry(text: string): DetectedPerson | null {
  if (text.length > 200) return null;
  const bits = text.split(PIPE);
  const name = bits.length >= 3 && bits.length <= 6 ? personName(bits[0]!) : '';
  if (!name) return null;
  const rest = bits.slice(1);
  // (a town last, after the firm: no part of the entry's firm)
  if (rest.length >= 3 && TOWN.test(rest[rest.length - 1]!) && !LEGAL_FORM_END.test(rest[rest.length - 1]!)) rest.pop();
  const [title, firm] = rest;
  if (!title || !(roleish(title) || isTitleLike(title))) return null;
  const p: DetectedPerson = { name, title };
  // "Banque Méridia, agence de Toulon-Mayol": the firm, not its branch
  const f = firm?.split(/,\s/)[0]!.trim();
  if (f && /\p{L}/u.test(f) && firmLike(f) && !COUNTRY.test(f)) p.company = orgName(f);
  return p;
}

/** Member lines of one shape read by `entry`, two or more on the page: their people, once each. */
export function pipedPeople(lines: readonly Line[], entry: (t: string) => DetectedPerson | null): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  const piped = lines.length < 5000 ? lines.map((l) => (l.text.includes('|') ? entry(l.text) : null)) : [];
  if (piped.filter(Boolean).length >= 2)
    for (const p of piped) if (p && !out.some((q) => q.name === p.name)) out.push(p);
  return out;
}

export function talkPeople(lines: readonly Line[]): DetectedPerson[] {
  const out = pipedPeople(lines, pipeEntry);
  const metNames: string[] = [];
  const take = (t: string, strict: boolean): boolean => {
    // "Ysaline Poitevin (Entrepôts Marval) et Loïc Brunetière (Datacolis)", "A; B": a piece that names no one
    // belongs to the one before ("Rail & Territoires", "(Stadtwerke Lindenau GmbH), Bereichsleiter Wärme")
    const bits = t.split(/(\s*;\s*|\s+(?:et|and|und|&)\s+(?=\p{Lu})|(?<=\))\s*,\s*)/u);
    const segs: string[] = [];
    for (let k = 0; k < bits.length; k += 2) {
      const x = bits[k]!;
      if (segs.length && !speakerEntry(x)) segs[segs.length - 1] += bits[k - 1]! + x;
      else segs.push(x);
    }
    const got = segs.map((x) => speakerEntry(x));
    if (!got.length || got.some((p) => !p) || (strict && got.some((p) => !p!.title && !p!.company))) return false;
    for (const p of got) if (!out.some((q) => q.name === p!.name)) out.push(p!);
    return true;
  };
  for (let i = 0; i < lines.length && out.length < 100; i++) {
    const t = lines[i]!.text;
    // "Appel de 30 min avec Laure Maillet, Talent Acquisition", "you will report to Name, Head of Data, who …",
    // "rencontre avec Name, cofondatrice de Firm": the person a sentence meets, with their title
    if (t.length < 400)
      for (const w of t.matchAll(WITH_NAME)) {
        const sentence = t
          .slice(w.index + w[0].length)
          // ("animé par A, céramiste, assistée de B, potier": B is the next match's)
          .split(
            /[.;!?»«"“”](?:\s|$)|(?<=\))\s+(?:and|und|et)\s|,\s(?:who|qui|der|die|das|which|dont|vous|you|Sie|nous|we|wir|(?:assist|accompagn|aid|soutenu|joined|supported|unterstützt|begleitet)\p{L}*|(?:an?|une?|ein(?:e)?)\s)\b|\s[–—]\s/u,
          )[0]!
          .replace(/[\s,]+$/, '');
        // ("avec A et B, président": the title is B's, A a name alone)
        const pair = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})\s(?:et|and|und)\s(\p{Lu}.+)$/u.exec(sentence);
        const p =
          sentence.length > 120
            ? null
            : (speakerEntry(sentence, false) ?? (pair && personName(pair[1]!) ? speakerEntry(pair[2]!, false) : null));
        // ("led by X, previously engineering director at …": a past post is not their title)
        if (
          p?.title &&
          !/^(?:an?|the|une?|l[ae]|les|ein(?:e|en)?|der|die|das|our|notre|unser\w*|previously|formerly|currently|now|former|ancien(?:ne)?|anciennement|ex|ehemalige?r?|zuvor|bisher)[\s-]/i.test(
            p.title,
          )
        )
          if (!out.some((q) => q.name === p.name)) out.push(ownContact(hostedBy(p, t.slice(0, w.index)), t));
      }
    // "Interview mit Dr. Friederike Albrecht-Sommer", "Entretien avec Name", "Ansprechpartnerin Svenja Lind-Hoffmann":
    // the person a headline or a contact label names, title or not
    const met =
      t.length < 200
        ? /(?:^|[\s:–—|])(?:interview (?:with|mit)|entretien avec|rencontre avec|in conversation with|im gespräch mit|ansprechpartner(?:in)?|kontaktperson|interlocut(?:eur|rice))\s+((?:(?:Dr|Prof|Mr|Mrs|Ms|Mme|M|Frau|Herr)\.?\s+)*\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|de|van|von|le|la)){1,3})\s*(?:$|[|–—:,(])/iu.exec(
            t,
          )
        : null;
    // (a related article's link "Interview mit X" in a list names no one of this page)
    const related =
      !!met && !/ansprech|kontakt|interlocut/i.test(met[0]) && !!lines[i]!.el.closest('a, li, aside, nav, footer');
    const metName = met && !related ? personName(met[1]!) : '';
    // (after the readers that give them a title: "Im Gespräch mit A, Energieberater bei Firm, und B, …")
    if (metName) metNames.push(metName);
    if (t.length < 600) {
      // "About the author: I’m Rosalind Achebe-Whyte.", "Je suis Name, …": a bio in the first person
      const me =
        /(?:^|[.!?:]\s+|\s{2})(?:I['’]m|I am|Je suis|Ich bin)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s*[,.;]|\s*$)/u.exec(
          t,
        );
      const mine = me ? personName(me[1]!) : '';
      if (mine && !out.some((q) => q.name === mine)) out.push({ name: mine });
      // "Les autres administrateurs sont A, B, C et D.", "Our trustees are A, B and C."
      const ms = MEMBERS_ARE.exec(t);
      const names = ms ? splitNames(ms[1]!).map((x) => personName(unparen(x))) : [];
      if (names.length >= 2 && names.every(Boolean))
        for (const name of names) if (!out.some((q) => q.name === name)) out.push({ name });
      // "Le préfet de Lot-et-Garonne est M. Olivier Mercadier."
      // "The person responsible for … is Martin Okoye, Company Secretary.": a sentence naming its person last
      const last = NAMED_LAST.exec(t);
      const lastName = last && strongTitle(last[2]!) ? personName(last[1]!) : '';
      if (lastName && !out.some((q) => q.name === lastName)) out.push({ name: lastName, title: last![2]! });
      const is = ROLE_IS.exec(t);
      const who = is ? personName(is[2]!) : '';
      if (who && roleish(is![1]!) && !out.some((q) => q.name === who)) out.push({ name: who, title: is![1]! });
    }
    // a programme's slot: "09:20" / talk title / "Name" + "title, Firm" (or "Name, title, Firm") in the same row
    if (SLOT_TIME.test(t)) {
      const slot = lines[i]!.el.closest('tr, li, article') ?? lines[i]!.el.parentElement;
      for (let j = i + 1; j < Math.min(lines.length, i + 5) && slot?.contains(lines[j]!.el); j++) {
        const x = lines[j]!.text;
        if (SLOT_TIME.test(x)) break;
        const p = speakerEntry(x, false);
        if (!p || out.some((q) => q.name === p.name)) continue;
        if (!p.title && !p.company) {
          const y = lines[j + 1]?.text ?? '';
          const c = /^(.{3,60}),\s+([^,]{3,60})$/.exec(y);
          const [tt, cc] = splitTitleCompany(y);
          if (tt && cc) [p.title, p.company] = [tt, cc];
          else if (c && isOrgLine(c[2]!)) [p.title, p.company] = [c[1]!, orgName(c[2]!)];
          else continue;
        }
        out.push(p);
      }
    }
    if (t.length > 240) continue;
    const m = TALK_LABEL.exec(t);
    // a panel's or a talk's own heading ("Podiumsdiskussion: Wer bezahlt…?", "Table ronde : …"): its speakers below
    const heading = !m && TALK_HEAD.test(t);
    if (!m && !heading) continue;
    const rest = m ? t.slice(m[0].length).trim() : '';
    if (rest && !take(rest, false)) continue;
    // the lines below: the label's list, or the talk's other speakers ("Modération : X" then "Y – Président, Firm")
    for (let j = i + 1; j < Math.min(lines.length, i + 13); j++) {
      const l = lines[j]!;
      if (l.el.closest('h1, h2, h3, h4, h5, h6') || l.text.length > 200 || TALK_LABEL.test(l.text)) break;
      if (!take(l.text, !!rest || heading)) break;
      i = j;
    }
  }
  for (const name of metNames) if (!out.some((q) => q.name === name)) out.push({ name });
  return out;
}

// ---- mastheads: a <dl> of roles or desks, each naming its people ----

// inside a form a visitor fills in; a form around the page's headings is a page builder's wrapper (ASP.NET's
// <form id="mainform"> holds the whole page)
export const inForm = (el: Element): boolean => {
  const f = el.closest('form');
  return !!f && !f.querySelector('h1, h2');
};

// ---- "Title: Name" lines ----

/**
 * "Chief Executive: Rachel Penrose — rachel@…", "Head of Programmes: Ben Adeyinka", "Volunteer Coordinator: Name,
 * 07700 …": a job title as the label, one person's name after it, with their own address and number.
 */
export function titledLines(lines: readonly Line[]): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length > 200 || out.length >= 50) continue;
    // ("Juriste – Lucas Morin, Toulouse": a title, a dash, the name, on a team page's line of its own; under a
    // name, "Directrice achats – Brioches Morin, Cholet" is that person's title and firm)
    const m =
      /^([^:：@]{3,50}?)\s*[:：]\s*(\p{Lu}.+)$/u.exec(text) ??
      (i > 0 && personName(lines[i - 1]!.text) ? null : TITLE_DASH_NAME.exec(text));
    // ("Secteur Nord (Marmande) : M. Franck Oudot — 05 …": a courtesy title shows a person after any label)
    const courtesy = !!m && /^(?:M\.|Mme|Mlle|Mr|Mrs|Ms|Dr|Herr|Frau)\.?\s/.test(m[2]!);
    // "Contact presse Tissages Morin : Léa Roy – presse@… – 04 …": a firm's press contact, the firm in the label
    const press = m ? PRESS_FOR.exec(m[1]!) : null;
    // ("Büro: Name, Büroleitung, 030 …": a desk, then its holder's own title)
    const deskOwn = !!m && DESK.test(m[1]!.trim()) && strongTitle(m[2]!.split(', ')[1] ?? '');
    if (
      !m ||
      !(strongTitle(m[1]!) || courtesy || press || deskOwn) ||
      (press && !/[@\d]/.test(m[2]!)) ||
      CONTACT_LABEL.test(m[1]!) ||
      ROLE_LABEL.test(text) ||
      TALK_LABEL.test(text)
    )
      continue;
    const [head, ...tail] = m[2]!.split(/\s[–—|·]\s|\s-\s|,\s/);
    const name = personName(unparen(head!));
    if (!name) continue;
    if (deskOwn) tail.shift();
    const after = tail.join(' · ');
    // ("Assistante juridique : Léa Morin, Montauban": the town of their office after the name)
    const town = tail.length === 1 && TOWN.test(after) && !isOrgLine(after) && !isTitleLike(after);
    if (after && !town && !findPlainEmails(after).length && !findPhones(after).length) continue;
    const p: DetectedPerson = press
      ? { name, title: press[1]!, company: orgName(press[2]!) }
      : strongTitle(m[1]!) || deskOwn
        ? { name, title: deskOwn ? m[2]!.split(', ')[1]! : m[1]!.trim() }
        : { name };
    const email = findPlainEmails(after)[0];
    if (email) p.email = normalizeAddress(email);
    const phones = findPhones(after);
    if (phones.length) p.phones = phones;
    out.push(p);
  }
  return out;
}

// ---- lists of people: "<li>Me Quentin Morvan, avocat collaborateur (droit social)</li>" ----

/**
 * "<li><span>Branwen Iorwerth</span> <span>Data Lead at Tidemark</span></li>": an item of a name and its role in their own
 * elements, nothing between them but spaces, read as "Name, role"; undefined for any other item (a number, an icon).
 */
function spannedItem(li: Element): string | undefined {
  const parts = Array.from(li.children);
  if (parts.length !== 2) return undefined;
  if (Array.from(li.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim())) return undefined;
  const [who, role] = parts.map((e) => clean(e.textContent ?? ''));
  return who && personName(who) === who && role && !/[\d@]/.test(role) && isTitleLike(role)
    ? `${who}, ${role}`
    : undefined;
}

const nameAndFirm = (t: string): DetectedPerson | null => {
  const m = /^([^,]{4,60}),\s+(\p{Lu}[^,()@:;]{2,70})$/u.exec(t);
  const name = m ? personName(m[1]!) : '';
  const firm = m?.[2]!.trim() ?? '';
  // (a firm that reads like a name is one named after its person: "Severin Olbrich, Olbrich Lichtplanung")
  const own = firm.split(' ').some((w) => w.length > 2 && name.split(' ').includes(w));
  return name && !isTitleLike(firm) && !professionWord(firm.split(' ')[0]!) && (!personName(firm) || own)
    ? { name, company: orgName(firm) }
    : null;
};
// a committee's offices before a member's name ("Chair: Name (Firm)", "Présidente : …", "Vorsitzender: …")
const BOARD_OFFICE =
  /^(?:(?:co-?|vice-?)?(?:chair(?:man|woman|person)?|pr[ée]sidente?|president|vorsitzende[r]?)|tr[ée]sori(?:er|ère)|treasurer|schatzmeister(?:in)?|secr[ée]taire|secretary|schriftf[üu]hrer(?:in)?)$/i;
const DESK =
  /^(?:secr[ée]tariat|accueil|r[ée]ception|comptabilit[ée]|facturation|sekretariat|empfang|buchhaltung|b[üu]ro|bureau|reception|front desk|office|accounts|bookkeeping)$/i;

/** A list whose items are mostly "Name, title[, Firm]" or "Name (title, Firm)" names those people. */
export function listPeople(root: ParentNode): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  for (const list of qsa(root, 'ul, ol').slice(0, 200)) {
    if (list.closest('nav, header, footer, [role=navigation]') || inForm(list) || isHiddenElement(list)) continue;
    const items = Array.from(list.children).filter((c) => c.tagName === 'LI');
    if (items.length < 2 || items.length > 60) continue;
    // (a committee's "Chair: Name (Firm)", "Name (Firm)": each item a person and their firm, when all items are)
    let bare = 0,
      offices = 0;
    const got = items.map((li) => {
      // (an address in brackets after the item, "Name – secrétariat (secretariat@…)", read elsewhere)
      // ("Name – Title – Firm – name@firm.org": the address last, the item's person's)
      const box = /\s[–—|-]\s([\w.+-]{1,40}@[\w-]+(?:\.[\w-]+)+)$/.exec(clean(li.textContent ?? ''))?.[1];
      const t = (spannedItem(li) ?? clean(li.textContent ?? ''))
        .replace(/\s*\([^()@]{1,60}@[^()\s]{3,60}\)$/, '')
        .replace(/\s[–—|-]\s[\w.+-]{1,40}@[\w-]+(?:\.[\w-]+)+$/, '');
      // (an office before the name, "Chair: Name (Firm)", is left to the office readers, and counts for no item)
      const office = /^([^:()]{2,30}?)\s*:\s+(.+)$/.exec(t);
      if (office && BOARD_OFFICE.test(office[1]!)) {
        offices++;
        return null;
      }
      // (a firm only where the item names it after a title: "Name, Buchhändler" is no firm's name)
      const p =
        t.length < 150 && !/[@:]/.test(t)
          ? speakerEntry(t.replace(/\s+(?:linkedin|twitter|xing|e-?mail)$/i, ''), false)
          : null;
      // ("Audioprothésiste : Name (le jeudi)": a day, no firm; "Name — Ostéopathe — 01 …": a number, no firm)
      if (p?.company && (!/^[\p{Lu}\d]/u.test(p.company) || !/\p{L}/u.test(p.company))) delete p.company;
      // ("Name – secrétariat", "Name – Empfang": a desk held, their title, in a list of staff)
      const desk = p && !p.title && !p.company ? /\s[–—-]\s(\p{L}+(?:\s\p{L}+)?)$/u.exec(t)?.[1] : undefined;
      if (desk && DESK.test(desk)) p!.title = desk;
      if (p?.company && !p.title && /\s/.test(p.company) && /^[^()]+\([^()]+\)$/.test(t) && !professionWord(p.company))
        bare++;
      // (a firm with its legal form is no trade: "Greenloop Procurement GmbH")
      else if (
        p?.company &&
        (!p.title || /[()]/.test(p.company) || (professionWord(p.company) && !LEGAL_FORM_END.test(p.company)))
      )
        return null;
      if (p && box && (p.title || p.company)) p.email = box;
      return p && (p.title || p.company) ? p : null;
    });
    // "Ulf Brekenfeld, Brekenfeld Planungsgesellschaft mbH": a board's members by name and firm alone, where most
    // of those firms read as firms (not "Name, Hamburg", "Name, Bäcker")
    const byName = items.map((li, i) => got[i] ?? nameAndFirm(clean(li.textContent ?? '')));
    const firms = byName.filter((p, i) => p && !got[i]);
    if (firms.length >= 2 && firms.filter((p) => isOrgLine(p!.company!)).length >= firms.length / 2)
      got.splice(0, got.length, ...byName);
    const n = got.filter(Boolean).length;
    if (bare && n < items.length - offices) continue;
    if ((n >= 2 || (bare && offices)) && n >= (items.length - offices) * 0.6)
      for (const p of got) if (p && !out.some((q) => q.name === p.name)) out.push(p);
  }
  // a table of people by its "Name" column ("Name | Project | Co-supervisor"): each row's name is a person
  for (const table of qsa(root, 'table').slice(0, 50)) {
    const head = qsa(table, 'tr')[0];
    const heads = head ? qsa(head, 'th, td').map((c) => clean(c.textContent ?? '')) : [];
    const col = heads.findIndex((h) => NAME_HEAD.test(h));
    // (a column of titles, firms or numbers: the structures' table reader reads that table with its fields)
    if (col < 0 || heads.some((h) => FIELD_HEAD.test(h)) || table.closest('nav, form') || isHiddenElement(table))
      continue;
    const rows = qsa(table, 'tr').slice(1);
    const names = rows.map((r) => personName(clean(qsa(r, 'td, th')[col]?.textContent ?? '')));
    if (names.filter(Boolean).length >= Math.max(2, rows.length * 0.6))
      for (const name of names) if (name && !out.some((q) => q.name === name)) out.push({ name });
  }
  return out;
}
const FIELD_HEAD =
  /^(?:fun[ck]tion|fonction|position|poste|rolle?|rôle|titel|title|firma|company|organi[sz]ation|entreprise|société|unternehmen|employer|t[ée]l|telefon|téléphone|phone|e-?mail|courriel)\.?$/i;
const NAME_HEAD =
  /^(?:name|nom|nom et prénom|prénom et nom|name, vorname|vorname name|student|doctorant(?:e)?s?|doktorand(?:in)?)$/i;
