/**
 * A news article about a firm (a local paper's, a trade magazine's, a regional business site's), read in the background
 * from the parts the content script sends (`Detection.article`, ./page-kind.ts's newsArticle):
 * - the firm the article is about, from its headline ("La conserverie Ostraline recrute …", "Kelbrook Joinery hires
 *   …", "Die Hollmann GmbH aus Celle …") or, failing that, its text ("Kelbrook Joinery, the Leeds-based maker of …");
 * - the publisher (the site's own firm) is no firm of the people the article names: they are the subject firm's;
 * - a quoted person with a title ("…», précise Yann Morvan, directeur commercial.", "…," said Tom Reed, sales
 *   director of Bramwell Foods): the firm the sentence gives, else the article's subject firm.
 * The journalist (the byline) keeps what the page gave them. An article whose subject firm is not read stays as it was.
 */
import type { DetectedCompany, DetectedPerson, Detection } from './types';
import { normKey } from './result';
import { looksLikeJobTitle, looksLikePersonName } from './text';
import { hostOf, sameSiteHosts } from '../text/host';
import { lazy } from '../text/lazy';

// a firm's name: one to four capitalised words, inner joining words allowed ("Brasserie du Vieux Port")
const FIRM = String.raw`\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s(?:(?:de|du|des|la|le|d['’]|&|and|und)\s)?\p{Lu}[\p{L}\p{N}'’&.-]*){0,3}`;
const LEGAL = String.raw`(?:\s(?:GmbH(?:\s&\sCo\.\sKG)?|AG|KG|UG|SAS|SARL|SA|Ltd|Limited|LLC|Inc\.?))?`;
// a headline's verb after the firm: what firms do in the news
const VERB_FR = String.raw`(?:recrute|embauche|lance|investit|ouvre|inaugure|rach[eè]te|reprend|s['’]installe|s['’]agrandit|s['’]implante|d[ée]m[ée]nage|agrandit|double|triple|mise|parie|f[êe]te|signe|remporte|cr[ée]e|vise|d[ée]croche|se\s+d[ée]veloppe|se\s+lance|mod[eè]rnise|innove|exporte|cherche|quitte|passe(?:nt)?\s+(?:sous|aux|dans)|change(?:nt)?\s+de\s+mains)`;
const VERB_EN = String.raw`(?:hires|recruits|launches|opens|invests|expands|acquires|buys|wins|signs|unveils|moves|plans|creates|celebrates|doubles|bets|secures|lands|targets|to\s+(?:hire|open|create|expand|invest|move))`;
const VERB_DE = String.raw`(?:stellt|eröffnet|investiert|expandiert|baut|übernimmt|sucht|erweitert|feiert|gewinnt|startet|plant|schafft|verdoppelt|setzt|zieht)`;
// "La conserverie Ostraline recrute", "L'entreprise X investit": a common noun of a firm's trade before the name
const LEAD_FR = String.raw`(?:(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’])\s?(?:\p{Ll}[\p{Ll}-]+\s){1,2})?`;
// a place before the headline's sentence: "À Belley, la fromagerie X …", "In Leeds, X …", "In Celle: X …"
const PLACE = /^(?:[ÀA]|Au|En|In|Near|Bei)\s\p{Lu}[^,:]{1,40}[,:]\s/u;
const LEAD_DE = String.raw`(?:(?:Die|Der|Das)\s(?:\p{Ll}\S*\s)?)?`;
const HEADLINE = lazy(() => [
  new RegExp(String.raw`^${LEAD_FR}(${FIRM}${LEGAL})\s(?:${VERB_FR})\b`, 'u'),
  new RegExp(String.raw`^(${FIRM}${LEGAL})(?:,\s[^,]{3,80},)?\s(?:${VERB_EN})\b`, 'u'),
  new RegExp(String.raw`^${LEAD_DE}(${FIRM}${LEGAL})\s(?:${VERB_DE})(?![\p{L}])`, 'u'),
  new RegExp(String.raw`^${LEAD_DE}(${FIRM}${LEGAL})\s(?:aus|in)\s\p{Lu}`, 'u'),
]);
// the text: "Kelbrook Joinery, the Leeds-based maker of …", "Die Hollmann GmbH aus Celle …"
const TEXT = lazy(() => [
  new RegExp(String.raw`(?:^|[.!?]\s)(${FIRM}${LEGAL}),\s(?:the|a|an)\s[\p{L}-]+-based\s`, 'u'),
  new RegExp(
    String.raw`(?:^|[.!?]\s)(?:Die|Der|Das)\s(${FIRM}\s(?:GmbH(?:\s&\sCo\.\sKG)?|AG|KG|UG))\saus\s\p{Lu}`,
    'u',
  ),
]);
const LEAD_WORD = /^(?:La|Le|Les|L['’]|The|A|An|Die|Der|Das|Un|Une)$/u;

/** The firm a news article's headline names as its subject ("La conserverie Ostraline recrute …": "Ostraline"), or ''. */
export function headlineFirm(headline: string): string {
  for (const re of HEADLINE()) {
    const m = re.exec(headline.trim().replace(PLACE, ''));
    // ("Les Fonderies du Loir passent sous …": the firm's name without its article)
    const name = m?.[1]!.replace(/^(?:Les|La|Le|L['’])\s?(?=\p{Lu}\S*\s\p{L})/u, '');
    if (name && !LEAD_WORD.test(name)) return name;
  }
  return '';
}

// the lead's first sentence, when the headline names no firm (a trade paper's "Un nouveau four pour …"):
// - a trade's noun before the name: "Installée à Vitré, la menuiserie Gallais emploie …", "Die Bäckerei Huber …",
//   "Der Maschinenbauer Hollmann aus Celle …", "Leeds-based Kelbrook Joinery has …";
// - the name, then a firm's apposition: "Ostraline, la conserverie de Douarnenez, …", "Kelbrook, a family-run joinery
//   firm, …", "Hollmann, ein Familienunternehmen aus Celle, …"
const FIRM_NOUN_FR = String.raw`(?:soci[ée]t[ée]|entreprise|PME|ETI|start-?up|maison|manufacture|usine|coop[ée]rative|cabinet|agence|atelier|groupe|marque|fabricant|\p{Ll}+erie)`;
const FIRM_NOUN_DE = String.raw`\p{Lu}\p{Ll}*(?:unternehmen|bauer|hersteller|betrieb|händler|anbieter|spezialist|zulieferer|dienstleister|konzern|firma|erei|werk)`;
const FIRM_WORD_EN = String.raw`(?:firm|company|maker|manufacturer|producer|supplier|business|specialist|retailer|distributor|agency|consultancy|start-?up|group|brand|bakery|brewery|joinery|dairy|foundry|printer|printers)`;
const LEAD = lazy(() => [
  new RegExp(
    String.raw`(?:^|,\s|\s[–—]\s)(?:[Ll]a|[Ll]e|[Ll]['’]|[Cc]ette|[Cc]et)\s?(?:${FIRM_NOUN_FR})(?:\s(?!de\s|du\s|des\s)\p{Ll}+)?\s(${FIRM}${LEGAL})(?=\s\(|,|\s(?:a|est|vient|emploie|compte|fabrique|produit|annonce|va|${VERB_FR})\b)`,
    'u',
  ),
  new RegExp(
    String.raw`(?:^|,\s|\s)(?:[Dd]er|[Dd]ie|[Dd]as)\s${FIRM_NOUN_DE}\s(${FIRM}${LEGAL})(?=\s\(|,|\s(?:aus|in|hat|ist|will|wird|${VERB_DE})(?![\p{L}]))`,
    'u',
  ),
  new RegExp(
    String.raw`^[\p{L}-]+-(?:based|run|owned)\s(?:\p{Ll}+\s){0,2}(${FIRM}${LEGAL})\s(?:has|have|is|will|says|said|${VERB_EN})\b`,
    'u',
  ),
  new RegExp(
    String.raw`^(${FIRM}${LEGAL}),\s(?:la|le|l['’]|une?|cette|the|a|an|die|der|das|ein|eine)\s?[^,]{0,40}?(?:${FIRM_NOUN_FR}|${FIRM_WORD_EN}|${FIRM_NOUN_DE})\b[^,]{0,40},`,
    'u',
  ),
]);

/** The firm a news article's text presents ("X, the Leeds-based maker of …", "Die Y GmbH aus Z …"), or ''. */
export function textFirm(text: string): string {
  for (const re of TEXT()) {
    const m = re.exec(text);
    if (m) return m[1]!;
  }
  // (the lead's first sentence only: later ones name the firm's clients, suppliers and rivals)
  const lead = text.split(/(?<!\b(?:M|Mme|Dr|St|Co))[.!?]\s+(?=\p{Lu}|[«"„“])/u)[0]!.slice(0, 300);
  for (const re of LEAD()) {
    const m = re.exec(lead);
    if (m && !LEAD_WORD.test(m[1]!) && !looksLikeJobTitle(m[1]!)) return m[1]!;
  }
  return '';
}

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s(?:(?:de|du|von|van|le|la)\s)?\p{Lu}[\p{L}'’-]+){1,2}`;
const SAYS = String.raw`(?:pr[ée]cise|explique|indique|ajoute|souligne|confie|d[ée]taille|r[ée]sume|assure|raconte|poursuit|commente|affirme|note|insiste|rappelle|estime|glisse|reconna[iî]t|observe|conclut|t[ée]moigne|annonce|a\s(?:pr[ée]cis[ée]|expliqu[ée]|indiqu[ée]|ajout[ée]|soulign[ée]|confi[ée]|d[ée]taill[ée]|assur[ée]|comment[ée]|affirm[ée]|insist[ée]|rappel[ée]|estim[ée]|reconnu|observ[ée]|conclu|t[ée]moign[ée]|annonc[ée]|d[ée]clar[ée])|says|said|explains|explained|adds|added|notes|noted|insists|insisted|recalls|told|sagt|meint|berichtet|erl[äa]utert|erkl[äa]rt|betont|erg[äa]nzt|sagte|erkl[äa]rte|betonte|erg[äa]nzte|so)`;
// "…», précise Yann Morvan, directeur commercial." / "…," said Tom Reed, sales director of Bramwell Foods.
const QUOTE = lazy(
  () => new RegExp(String.raw`[»"”“]\s*,?\s*${SAYS}\s(${NAME}),\s([^.;:!?»"“”()]{3,90}?)(?=[.;!?]|$)`, 'gmu'),
);
// the firm of a title: "directeur commercial de Bramwell", "chez X", "at X", "of X", "bei der X", "der X GmbH"
const TITLE_FIRM =
  /^(.{2,60}?)\s(?:de\s(?:la\s|l['’])?|d['’]|du\s|chez\s|at\s|of\s|bei\s(?:der\s|dem\s)?|von\s|der\s)(\p{Lu}.{1,60})$/u;

// the group an article names ("le groupe Rhodanie Industries", "the Halvern group", "der Konzern X")
const GROUP = lazy(() => new RegExp(String.raw`(?:[Ll]e\sgroupe|[Dd]er\sKonzern|[Tt]he\sgroup)\s(${FIRM})`, 'u'));

export interface Quoted {
  name: string;
  title: string;
  company?: string;
}

/** The people a news article quotes with a title after the quote, and the firm the sentence gives them. */
export function quotedPeople(text: string): Quoted[] {
  const out: Quoted[] = [];
  for (const m of text.matchAll(QUOTE())) {
    const name = m[1]!,
      said = m[2]!.trim();
    if (!looksLikePersonName(name) || !(/^\p{Ll}/u.test(said) || looksLikeJobTitle(said))) continue;
    // ("directrice générale du groupe": the group the article names, "le groupe X")
    const group = /^(.{2,60}?)\s(?:du\sgroupe|of\sthe\sgroup|des\sKonzerns)$/u.exec(said);
    const firm = group && GROUP().exec(text);
    const t = TITLE_FIRM.exec(said);
    out.push(
      firm
        ? { name, title: group[1]!, company: firm[1]! }
        : t
          ? { name, title: t[1]!, company: t[2]! }
          : { name, title: said },
    );
  }
  return out;
}

/** A web page's detection read as a news article about a firm when its content script sent one (`article` removed). */
export function withNewsArticle<D extends Detection>(d: D): D {
  const art = d.article;
  if (!art) return d;
  d = { ...d };
  delete d.article;
  const subject = headlineFirm(art.headline) || textFirm(art.text);
  const host = hostOf(d.url) ?? '';
  const publisher = d.companies.find((c) => {
    const domain = c.domain ?? hostOf(c.website ?? '') ?? '';
    return !!domain && !!host && sameSiteHosts(domain, host);
  });
  // (a person the page names is no firm: "Marie Dupont recrute …")
  const person = (n: string) =>
    normKey(n) === normKey(art.byline) || d.people.some((p) => normKey(p.name) === normKey(n));
  if (!subject || !publisher || normKey(subject) === normKey(publisher.name) || person(subject)) return d;
  const pubKey = normKey(publisher.name);
  const key = normKey(subject);
  const byline = normKey(art.byline);
  // (the firm the page lists under that name, with what it knows of it)
  // ("Fromagerie Hamelin-Roux" for "la fromagerie Hamelin-Roux")
  const known =
    d.companies.find((c) => normKey(c.name) === key) ??
    d.companies.find((c) => c !== publisher && normKey(c.name).endsWith(' ' + key));
  const firm: DetectedCompany = known ?? { name: subject };
  // (a person the article's text names; the paper's own people, its byline and its masthead, stay its)
  const people: DetectedPerson[] = d.people.map((p) =>
    p.company && normKey(p.company) === pubKey && normKey(p.name) !== byline && art.text.includes(p.name)
      ? { ...p, company: firm.name }
      : p,
  );
  const added: DetectedCompany[] = [];
  for (const q of quotedPeople(art.text)) {
    if (normKey(q.name) === byline) continue;
    const company = q.company ?? firm.name;
    const at = people.findIndex((p) => normKey(p.name) === normKey(q.name));
    if (at < 0) people.push({ name: q.name, title: q.title, company });
    else people[at] = { ...people[at]!, title: people[at]!.title ?? q.title, company };
    if (q.company && normKey(q.company) !== key && !d.companies.some((c) => normKey(c.name) === normKey(q.company!)))
      added.push({ name: q.company });
  }
  // (the subject firm first: the article's primary)
  const companies = [firm, ...d.companies.filter((c) => c !== known), ...added];
  return { ...d, kind: 'other', people, companies };
}
