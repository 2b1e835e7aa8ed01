/**
 * What a web page is, beyond the people and firms it names (issue 7, the `kind` of a web page): one firm's own site
 * ('company-site': its home, contact, team, legal notice, job offers, newsroom, blog) or a page that is no firm's site
 * about itself ('other'). This module reads the kinds of page whose publisher is no firm or whose subject is someone
 * else's: a public body's or a school's pages, a podcast's episode, a newsletter's issue, a media's article or
 * interview. Cheap: the title, the first heading, the host and the JSON-LD types, no walk of the page.
 *
 * (The corpora disagree on directories of members or exhibitors, speaker lists and programmes, and wire releases:
 * most of them call these the organiser's or the wire's site, so they stay 'company-site' here.)
 */
import { jsonLd, ldTypes, list, metaContent, qs, qsa, textOf } from './dom';
import type { NewsArticle } from './types';

/** Why a web page is no firm's own site ('public', 'podcast', 'newsletter', 'media', 'interview'), or ''. */
export type NotFirmSite = '' | 'public' | 'podcast' | 'newsletter' | 'media' | 'interview';

// a public body's or a school's host: .gouv.fr, .gv.at, .admin.ch, .gov.uk, .edu, .ac.uk, an académie's (ac-lyon.fr)
const PUBLIC_HOST =
  /\.(?:gouv\.fr|gv\.at|admin\.ch|gov(?:\.[a-z]{2})?|edu(?:\.[a-z]{2})?|ac\.(?:uk|at|be|nz|za|jp|kr|il|in)|ac-[a-z-]+\.fr)$/;
// (or a label of it naming one: univ-alpilles.fr, cci-…, ihk-…, nordschwarzwald.ihk.de)
const PUBLIC_LABEL = /^(?:univ|universite|university|universitaet|ihk|cci|hwk)(?:-|$)/;
// a public body's or a school's name in the page's title or first heading ("Université": no \b after its é)
const PUBLIC_NAME =
  /\b(?:(?:Mairie|Ville|Commune|Communauté de communes|Communauté d['’]agglomération|Préfecture|Conseil départemental|Conseil régional) (?:de |d['’]|du |des )|Direction départementale|Industrie- und Handelskammer|Handwerkskammer|Chambre de (?:commerce|métiers)|(?:Borough|Town|City|County|District|Parish) Council\b|Landratsamt|Stadtverwaltung|Gemeindeverwaltung|Universit(?:y|é|ät)(?![a-z])|Hochschule|Coll[èe]ge [A-ZÉ]|Lycée |Gymnasium\b|School of )|(?:^|[\s–|-])(?:IHK|CCI|HWK)(?=[\s–|-]|$)/;
const PUBLIC_TYPES =
  /^(?:GovernmentOrganization|GovernmentOffice|EducationalOrganization|CollegeOrUniversity|School|HighSchool|MiddleSchool|ElementarySchool)$/;
// an episode's title: "Ep. 48 – …", "Épisode 12 : …", "Folge 7", "#57 – …"
const EPISODE = /^\s*(?:(?:ep(?:isode)?\.?|[ée]p(?:isode)?\.?|folge)\s*\d+\b|#\d+\s*[–—:-])/i;
// a newsletter's issue: "Issue #87 — …", "Ausgabe 12", "Numéro 40"
const ISSUE = /^\s*(?:issue|ausgabe|num[ée]ro|n°)\s*#?\s*\d+\b/i;
// an interview's title: a quote first ("« Le verre … » : rencontre avec …", "„Wir bauen …“ – Interview mit …")
const QUOTE_FIRST = /^\s*[«„“"]/;
const INTERVIEW_WORDS =
  /\b(?:interview (?:mit|with)|entretien avec|rencontre avec|im gespr[äa]ch mit|in conversation with)\b/i;
const INTERVIEW_PATH = /\/(?:interviews?|entretiens?|portraits?)[/-]|\/(?:interview|entretien)-/i;

/**
 * The kind of page this web page is when it is no firm's own site about itself, or ''. `aboutOthers`: the page's
 * people or firms are others than the site's (an interview's guest, a quoted firm), which an issue or an interview
 * needs to be no post of the firm's own blog.
 */
export function notFirmSite(doc: Document, url: URL, aboutOthers: boolean): NotFirmSite {
  const title = doc.title.slice(0, 300);
  const h1 = textOf(qs(doc, 'h1')).slice(0, 300);
  const objects = jsonLd(doc);
  const ld = objects.flatMap(ldTypes);
  // (an article's publisher: "publisher": {"@type": "NewsMediaOrganization", …})
  const publishers = objects
    .flatMap((o) => list(o['publisher']))
    .flatMap((o) => (o && typeof o === 'object' ? ldTypes(o as Record<string, unknown>) : []));
  const labels = url.hostname.toLowerCase().split('.');
  if (
    PUBLIC_HOST.test(url.hostname.toLowerCase()) ||
    labels.some((l) => PUBLIC_LABEL.test(l)) ||
    ld.some((t) => PUBLIC_TYPES.test(t)) ||
    PUBLIC_NAME.test(title) ||
    PUBLIC_NAME.test(h1)
  )
    return 'public';
  const article = /article/i.test(metaContent(doc, 'og:type')) || ld.some((t) => /^(?:News)?Article$/.test(t));
  // (a paper's article; its own legal notice is its site)
  if (article && [...ld, ...publishers].includes('NewsMediaOrganization')) return 'media';
  // (an episode's page is its podcast's, whoever publishes it)
  if (ld.includes('PodcastEpisode') || EPISODE.test(title) || EPISODE.test(h1)) return 'podcast';
  if (!aboutOthers) return '';
  if (ISSUE.test(title) || ISSUE.test(h1)) return 'newsletter';
  if (INTERVIEW_WORDS.test(title) || (QUOTE_FIRST.test(title || h1) && (article || INTERVIEW_PATH.test(url.pathname))))
    return 'interview';
  return '';
}

// a byline: "Par Gaëlle Nédélec · Publié le …", "By Tom Reed", "Von Anna Berg"
const BYLINE = /^(?:[Pp]ar|[Bb]y|[Vv]on)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})/u;

/**
 * A news article's parts (its headline, its byline's name, its paragraphs' text), which the background reads for the
 * firm the article is about and the people it quotes (./news-article.ts): an <article> with a headline and a byline.
 */
export function newsArticle(doc: Document): NewsArticle | undefined {
  const art = qs(doc, 'article');
  const h1 = art && qs(art, 'h1');
  if (!h1) return undefined;
  // (the byline's markup, else the first short line of the article that reads as one: class names change with every
  // deploy, "Par X · Publié le …" stays)
  const by =
    qs(art, '[rel~=author],[itemprop=author],[class*=byline]') ??
    qsa(art, 'p,span,div,address,li')
      .slice(0, 200)
      .find((e) => e.childElementCount < 4 && textOf(e).length < 120 && BYLINE.test(textOf(e)));
  const m = BYLINE.exec(textOf(by));
  if (!by || (!m && !/author/.test(`${by.getAttribute('rel')} ${by.getAttribute('itemprop')}`))) return undefined;
  const text = qsa(art, 'p')
    .map((p) => textOf(p))
    .join('\n')
    .slice(0, 6000);
  return { headline: textOf(h1).slice(0, 300), byline: (m?.[1] ?? textOf(by)).slice(0, 80), text };
}
