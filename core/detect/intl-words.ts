import { LEGAL_FORM_END } from './text';

/**
 * Words of legal notices, team pages and press pages of other countries and trades (issue 7), in the first
 * on-demand layer (ondemand-shared.js has room; the people readers' script has none): page-people.ts builds its
 * patterns with them.
 */

// roles a legal notice labels in Dutch, Italian, Spanish and Swiss German ("Zaakvoerders:", "Amministratore unico:",
// "Administradora solidaria:", "Präsident des Verwaltungsrates")
export const INTL_ROLES = String.raw`zaakvoerders?|(?:gedelegeerd\s+)?bestuurders?|verantwoordelijke\s+uitgever|amministrator[ei](?:\s+(?:unico|delegato))?|(?:legale\s+)?rappresentante(?:\s+legale)?|titolare|responsabile(?:\s+[a-zàèéìòù]+){1,2}|administrador(?:a|es)?(?:\s+(?:únic[oa]|solidari[oa]s?|mancomunad[oa]s?))?|gerente(?:\s+de\s+[a-záéíóúñ]+)?|consejer[oa]\s+delegad[oa]|pr[äe]sident(?:in|e)?\s+(?:des|del)\s+(?:verwaltungsrate?s|consiglio(?:\s+di\s+amministrazione)?|consejo(?:\s+de\s+administración)?)|verwaltungsratspräsident(?:in)?`;
// those of them that are their holder's title
export const INTL_ROLE_TITLES =
  'zaakvoerder|bestuurder|verantwoordelijke|amministrat|rappresentante|legale|titolare|responsabile|administrador|gerente|consejer|pr[äe]sident|verwaltungsrat';
// trades and ranks as title words: health trades of a store's or a practice's team, other countries' officers
export const INTL_TRADES = String.raw`chercheuse|opticien(?:ne)?|optom[ée]triste|audioproth[ée]siste|orthoptiste|orthophoniste|podologue|ergoth[ée]rapeute|psychomotricien(?:ne)?|di[ée]t[ée]ticien(?:ne)?|pr[äa]sident(?:in)?|zaakvoerder|bestuurder|amministratore|administrador(?:a)?|gerente|titolare|soci[oa]|fondat(?:ore|rice)|avvocat[oa]`;
// Italian, Spanish and Dutch civilities before a name ("Dott.ssa", "Avv.", "Agr.", "D.ª", "Dña.", "ir.", "drs.")
export const INTL_HONORIFICS = String.raw`dott(?:\.?ssa)?|avv|agr|geom|rag|sig(?:\.?ra)?|d\.?ª|d|dña|doña|sra?|ir|drs`;

// "Contact presse Tissages Morin : …": a firm's press contact, the firm in the label
export const PRESS_FOR =
  /^((?:[Cc]ontacts?|[Rr]elations?) (?:presse|médias?)|(?:[Pp]ress|[Mm]edia) (?:[Cc]ontacts?|[Rr]elations)|(?:[Pp]resse|[Mm]edien)kontakt)(?: (?:for|de|pour|chez|bei|von|der))? (\p{Lu}[^:：@]{1,50})$/u;

// "président de l'Union des industries textiles de la Loire": a body named by its kind, lower-case words and all
export const NAMED_BODY =
  /^(.{2,60}?)\s+(?:of|de|du|des|der)\s+(?:the\s+|la\s+|le\s+|l['’])?((?:Union|Association|F[ée]d[ée]ration|Chambre|Syndicat|Conf[ée]d[ée]ration|Groupement|Comit[ée]|Ordre|Collectif|Verband|Bundesverband|Kammer)\s.{3,70})$/u;

// "RPR Gent", "RCS Lyon", "HRB 12345": a register and its town, no person
export const REGISTER_LEAD = /^(?:RPR|RPM|RCS|RM|HRA|HRB|REA|KBO|BCE|UID|CIF|NIF|BTW|TVA|VAT|PEC)\s/;

// "Juriste – Lucas Morin, Toulouse": a title, a dash, then a name (no street: "Local commercial – Rue Chaudrier")
export const TITLE_DASH_NAME =
  /^([^:：@–—,]{3,40}?)\s[–—]\s(?!(?:Rue|Avenue|Boulevard|Place|Chemin|All[ée]e|Impasse|Quai|Route|Street|Road|Lane)\s)(\p{Lu}[^–—:：]+)$/u;

// the end of a label's sentence: a dot after no initial nor civility ("Dr.", "Dott.", "D.ª"), and what follows it
export const LABEL_SENTENCE_END =
  /(?<!\b(?:\p{Lu}|Dr|Prof|Dipl|Ing|Mr|Mrs|Ms|Mme|Me|M|St|Dott|ssa|Avv|Agr|Geom|Rag|Arch|Dña|Sra?|Sig|ra|eidg|dipl|staatl|gepr|Kfm|Kff|rer|nat|pol|oec|med|phil|jur|iur|habil|Mag|MMag|DDr|Bakk|h\.\s?c))\.(?:\s+\p{Lu}.*)?$/u;

// a role the person held before ("Samuel Achour, ancien directeur commercial d’un éditeur, …"), and the one the same
// sentence gives them now ("… les a rejoints comme troisième cofondateur", "… joined us as our third co-founder")
export const PAST_ROLE = /^(?:ancien(?:ne)?|ex-|former|previously|ehemalige[rn]?|früher(?:e[rn]?)?|alors|then)\s/i;
export const ROLE_NOW =
  /\b(?:comme|en tant que|as|als)\s+(?:(?:son|sa|leur|notre|our|their|its|his|her|le|la|the|a|an|troisième|deuxième|quatrième|nouveau|nouvelle|second|third|fourth|new|dritte[rn]?|zweite[rn]?|vierte[rn]?|neue[rn]?|ihr(?:e[rn]?)?|unser(?:e[rn]?)?)\s+)*(\p{L}[^.,;:()]{1,40}?)(?=\s?[.,;:]|\s+(?:pour|to|um|and|et|und|in|à|au|chez|at|bei)\b|$)/u;

// a card's field label alone on its line, its value on the next ("E-mail", "Tél.": a dt without a colon)
export const FIELD_ALONE =
  /^(?:e-?mail|courriel|t[ée]l\.?|tel\.?|t[ée]l[ée]phone|phone|mobile?|portable|telefon|handy|fax)$/i;

// a job offer's title, not a person's ("Responsable ADV H/F", "Vertriebsleiter (m/w/d)")
export const OFFER = /(?<![\p{L}])(?:[hf]\s?\/\s?[hf]|[mwd]\s?\/\s?[mwd](?:\s?\/\s?[mwd])?)(?![\p{L}])/iu;

// a job offer's label over its future manager ("Votre futur manager", "Your future manager", "Hiring manager")
export const FUTURE_MANAGER = String.raw`(?:votre|ton|your|ihre?|deine?)\s+(?:futur(?:e)?|future|new|nouvel(?:le)?|künftige[rn]?|zukünftige[rn]?)\s+(?:manager|managère|responsable|cheff?e?|boss|team lead|vorgesetzte[rn]?|führungskraft|teamleiter(?:in)?)|hiring manager`;
// a relative before a name in prose ("Sa fille Manon Ribaud, directrice …", "His son Tom Hale, head brewer, …")
export const RELATIVE = String.raw`(?:Sa|Son|Leur|His|Her|Their|Seine?|Ihre?)\s+(?:fille|fils|frère|sœur|nièce|neveu|épouse|femme|mari|daughter|son|brother|sister|niece|nephew|wife|husband|Tochter|Sohn|Bruder|Schwester|Nichte|Neffe|Frau|Mann)`;
// after a name, the role a release says a person keeps or takes ("will remain head of production at …", "restera
// directrice générale", "bleibt Geschäftsführerin"): the role in the group
export const KEEPS_ROLE = String.raw`\s+(?:will\s+(?:remain|become|continue\s+as|serve\s+as|stay\s+on\s+as)|remains|becomes|restera|deviendra|reste|devient|bleibt|wird)\s+(?:the\s+|our\s+|its\s+|le\s+|la\s+|l['’]|als\s+)?([^.,;:()"“”„«»]{2,50}?)(?=\s+(?:at|in|for|on|à|au|chez|bei|im|am|when|after|until|once|lorsque|après|jusqu|nach|bis)\b|[.,;:]|$)`;

// the small words of a firm's name ("Maison des arts et métiers" keeps one word of its own)
const PARTICLE = /^(?:de|du|des|la|le|les|et|en|sur|sous|aux?|the|and|of|for|und|für|der|die|das|von|am|im|zum|zur)$/;

/**
 * A line that names no firm though it has a firm's word: a trade ("Conseil en organisation", "Beratung für
 * Stiftungen"; a firm is "Cabinet Roy Conseil"), a sentence ("Conseil en organisation, 20 ans dans l'industrie."), a
 * heading in sentence case ("Green coffee partners", "Our research group": two lower-case words that are no particles;
 * not "Commune de Rixensart, conseiller communal", a body then a role). A legal form makes it a firm's.
 */
export function tradeOrProse(l: string): boolean {
  if (LEGAL_FORM_END.test(l)) return false;
  if (
    /^(?:[Cc]onseil|[Ee]xpertise|[Ff]ormation|[Aa]ccompagnement)\s(?:en|de|du|des|d['’])\s?\p{Ll}/u.test(l) ||
    /^[Bb]eratung\s(?:für|in|zu[rm]?)\s/u.test(l) ||
    /^(?:[Cc]onsulting|[Aa]dvice)\s(?:in|for|on)\s\p{Ll}/u.test(l)
  )
    return true;
  if (/[.!?]$/.test(l) && /,\s(?:\d+\s)?\p{Ll}+\s\p{Ll}/u.test(l) && l.split(/\s+/).length >= 6) return true;
  const lower = l.split(/\s+/).filter((w) => /^\p{Ll}{3,}$/u.test(w) && !PARTICLE.test(w));
  return lower.length >= 2 && /^\p{Lu}[^,]*$/u.test(l);
}
