/**
 * The word lists of the people readers (core/detect/page-people.ts): titles, roles, departments, organisation
 * words, words that start no name. A module of their own so that, in the extension, they ship in the on-demand
 * names layer (wxt.config.ts, ONDEMAND_NAMES) and the people layer keeps room under the 15 KB budget.
 */
import { INTL_ROLES, INTL_TRADES } from './intl-words';

// Capitalised words that start headings, buttons and captions, never a person's name (nor a spa town's "Bad", nor a
// title's object: "Responsable Grands Comptes", "Head of Key Accounts").
export const NOT_A_FIRST_NAME =
  /^(?:for|pour|für|images?|photos?|fotos?|bild(?:er)?|cr[ée]dits?|source|quelle|copyright|logo|icon|vid[ée]o|zum|zur|zu|über|mehr|alle|jetzt|neu|neue|unsere?|ihre?|deine?|your|votre|vos|ton|chaque|every|each|jeden?|lesen|weiter|read|learn|get|try|start|book|download|discover|découvrir|voir|lire|en|nos|notre|plus|all|view|free|high|fully|live|embed|cloud|data|request|colou?r|zentrale|standort|weitere|events?|members?|news|blog|shop|partners|termine|veranstaltungen|actualités|événements|e-?mail|mail|newsletter|subscribe|abonnieren|niederlassung|filiale|siège|agence|headquarters|office|bureau|produ(?:kt|ct|it)|services?|proje(?:kt|ct|t)|kategorie|category|catégorie|solutions?|lösungen|offre|angebot|mentions|impressum|menu|leadership|join|backed|frequently|jobs|careers|privacy|terms|cookies?|z(?:a[ce]?|i|one)|parc|gewerbe(?:gebiet|park)|industriegebiet|foyer|salle|saal|raum|room|stage|bühne|lunch|networking|coffee|pause|break|breakout|accueil|déjeuner|keynote|panel|workshop|session|plenary|plénière|auditorium|main|avec|with|mit|stellv|barreau|ansprechpartner(?:in)?|kontaktperson|anim[ée]e?|moderated|r[ée]gion|region|laut|selon|gemäß|according|san|los|las|new|fort|today|aujourd['’]hui|heute|département|landkreis|vorstand|vorsitzende[rn]?|aufsichtsrat|stellvertretende[rn]?|contactez|contacter|kontaktieren|call|appelez|rencontrez|meet|bad|grand(?:e)?s|comptes|key accounts?|gro(?:ß|ss)kunden)\b/i;

export const ORG_WORD =
  /(?:\b(?:group|groupe|institute|university|universität|school|college|collège|lycée|hochschule|agency|agentur|agence|association|verein|stiftung|foundation|fondation|banque|kanzlei|cabinet|partners|consulting|conseil|labs?|studio|solutions|technologies|systems|services|ministry|ministère|ministerium|council|chambre|chamber|commune|mairie|fiduciaire|treuhand|club|cooperative|coopérative|société|company|corporation|librairie|boulangerie|pharmacie|garage|hôtel|hotel|restaurant|ateliers?|weingut|druckerei|schreinerei|bäckerei|brasserie|brewery|practice|clinic|clinique|praxis|optique|immobilier|assurances?|transports?|traitements? (?:de surface|thermiques?)|usinage|d[ée]colletage|t[ôo]lerie|chaudronnerie|plasturgie|fonderies?|m[ée]canique|outillages?|emboutissage|soudage|tissages?)\b|(?:zentrum|institut|verband|gesellschaft|gruppe|werke|\bbank|(?:volks|spar|landes|raiffeisen|hypo|commerz|kredit|förder)bank)\b|^\p{L}{3,}(?<!val)(?:erie|erei)\b|(?<!\p{L})(?:[ée]cole|université)(?!\p{L}))/iu;

// "Data", "Data Science", "the Finance team" are parts of a firm; "The Data Ledger" is a title: after "the", a
// department word must end the line or be followed by team/department
export const DEPT_WORDS =
  'finance|engineering|analytics|communications?|it|legal|research|design|data|growth|partnerships|business development|people|human resources|customer (?:success|care|service|experience)|technology|strategy|innovation|digital|compliance|risk|security|quality|logistics|supply chain|administration|services?|support|maintenance|production|training|platform|infrastructure|mobile|frontend|backend|comptabilité|ressources humaines|communication|technik|entwicklung|forschung|personal|recht|kommunikation|transport|automation|customs|operations|sales|marketing|product|procurement|purchasing|sustainability|facilities|ventes|achats|vertrieb|einkauf|wholesale|export|events|e-commerce|großhandel|négoce';

// German compounds and feminine forms the shared title words miss ("Architektin", "Vertriebsleiterin").
export const TITLE_EXTRA = /* @__PURE__ */ new RegExp(
  String.raw`(?:leiter(?:in)?|führer(?:in)?|mitarbeiter(?:in)?|\p{L}*anw(?:alt|ältin)|notar(?:in)?|solicitor|barrister|ingenieur(?:in)?|referent(?:in)?|berater(?:in)?|assistent(?:in)?|architekt(?:in)?|meister(?:in)?|kauffrau|kaufmann|beauftragte[r]?|partnerin|inhaber(?:in)?|\p{L}*(?:arzt|ärztin)|\p{L}*therapeut(?:in)?|apotheker(?:in)?|commissaire (?:générale?|du|de la)|webmaster|gründerin|direktorin|managerin|vorständin|vorstand|entwicklerin|designerin|sachbearbeiter(?:in)?|kinésithérapeute|${INTL_TRADES}|ostéopathe|gérante?|chargée?|attachée?|directrice|fondatrice|associée?|foreman|forewoman|bookkeeper|planner|surveyor|buchhalter(?:in)?|datenschutzbeauftragte[r]?|délégu[ée]e?|journaliste|vorsitzende[rn]?|vertreter(?:in)?|trésori(?:er|ère)|auszubildende[r]?|fachangestellte[r]?|\p{L}*leitung|redakteur(?:in)?|lecturer|\p{L}*planer(?:in)?|werkstudent(?:in)?|praktikant(?:in)?|pr[ée]f[eè]te?|céramiste|pot(?:ier|ière)|ébéniste|pharmacienne?|artisane?|luth(?:ier|ière)|ceramicist|potter|(?:research\s+)?fellow|doctorante?|doktorand(?:in)?|verri(?:er|ère)|(?<!\p{L})(?:DAF|DRH|DSI|PDG|RSSI))(?![\p{L}\p{N}])`,
  'iu',
);

export const ROLES = String.raw`(?:(?:co-?)?direct(?:eur|rice)|responsable)s?\s+(?:de\s+)?(?:la\s+)?(?:publication|rédaction)|(?:co-?)?gérante?s?|associ[ée]e?s?[- ]g[ée]rante?s?|direct(?:eur|rice)(?:\s+g[ée]n[ée]ral(?:e)?)?|présidente?|fondat(?:eur|rice)s?|dirigeante?s?|représentée?\s+par|représentant légal|inhaber(?:in)?|geschäftsführer(?:in)?(?:nen)?|geschäftsführung|vorstand|vorstandsvorsitzender?|vertreten\s+durch|vertretungsberechtigter?\s+(?:geschäftsführer(?:in)?|gesellschafter(?:in)?|person(?:en)?)?|verantwortlich(?:er?)?(?:\s+für\s+(?:den\s+)?inhalt)?(?:\s+(?:nach|gem(?:äß|\.)|i\.\s?s\.\s?d\.)\s+§\s*[\d\s\w.()]{1,30})?|prokur(?:ist(?:in)?|a)|[a-zäöüß]{0,20}leit(?:er(?:in)?|ung)|vice-?\s?pr[ée]sident(?:e)?|trésori(?:er|ère)|secrétaire(?:\s+général(?:e)?)?(?:\s+adjoint(?:e)?)?|administrat(?:eur|rice)s?|schatzmeister(?:in)?|kassenwart(?:in)?|beisitzer(?:in)?|vorsitzende[r]?|chair(?:man|woman|person)?|vice[- ]chair|treasurer|(?:honorary\s+)?secretary|${INTL_ROLES}|commissaire(?:\s+générale?)?(?:\s+d(?:u|es|e\s+la)\s+[^\s:：.;,]{3,20})?|art director|chef vom dienst|redaktion(?:ell verantwortlich)?|chefredakt(?:eur|ion)(?:in)?|herausgeber(?:in)?|owner|managing directors?|(?:programme|program|project|sales|marketing|technical|finance|operations|commercial|studio)\s+directors?|directors?|direction(?:\s+g[ée]n[ée]rale)?|publisher|editor(?:-in-chief)?|company secretary|registered manager|data protection officer|délégué à la protection des données|datenschutzbeauftragter?`;

/** A firm's department alone ("Wholesale", "Vertrieb", "Achats"): no firm's name. */
export const DEPARTMENT_ALONE = /* @__PURE__ */ new RegExp(`^(?:${DEPT_WORDS})$`, 'i');

// a unit or a specialty after a title, not a firm ("Lean Office", "Back Office", "Stratégie industrielle & Hoshin
// Kanri": a capitalised word, then a lower-case adjective right after it, no particle between)
const UNIT = /^(?:lean|back|front|middle|project|programme|program|transformation|design)\s+office$/i;
const FIELD =
  /^\p{Lu}\p{Ll}+\s(?!(?:de|du|des|la|le|les|et|en|sur|of|and|the|für|und|der|die|das|pour|for|zur|zum|au|aux)\s)\p{Ll}{4,}(?:\s|$)/u;
/** "Lean Office", "Stratégie industrielle & Hoshin Kanri": what a card writes after its title, no firm's name. */
// ("Coopérative laitière de l'Aulne", "Crédit agricole du Finistère": a place after a particle names a firm)
export const unitOrField = (t: string): boolean =>
  UNIT.test(t.trim()) || (FIELD.test(t.trim()) && !/\s(?:de|du|des|d['’])\s?(?:la\s|l['’])?\p{Lu}/u.test(t));
