import { describe, expect, test } from 'vitest';
import { newsArticle, notFirmSite } from './page-kind';

/** A page with a title, a first heading, an og:type and JSON-LD objects. */
function page(o: { title?: string; h1?: string; og?: string; ld?: readonly object[] }): Document {
  const doc = document.implementation.createHTMLDocument('');
  const t = doc.createElement('title');
  t.textContent = o.title ?? '';
  doc.head.append(t);
  if (o.og) {
    const m = doc.createElement('meta');
    m.setAttribute('property', 'og:type');
    m.setAttribute('content', o.og);
    doc.head.append(m);
  }
  for (const x of o.ld ?? []) {
    const s = doc.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = JSON.stringify(x);
    doc.head.append(s);
  }
  if (o.h1) {
    const h = doc.createElement('h1');
    h.textContent = o.h1;
    doc.body.append(h);
  }
  return doc;
}

describe('notFirmSite: what a web page is when it is no firm’s own site', () => {
  test.each([
    // a public body's or a school's pages, by host
    ['a prefecture’s directory', 'https://www.haute-vallee.gouv.fr/Annuaire-DDT', {}, false, 'public'],
    ['a council’s suppliers', 'https://www.ashworth-bc.gov.uk/business/suppliers', {}, false, 'public'],
    ['an Austrian office', 'https://www.bh-eichtal.gv.at/kontakt', {}, false, 'public'],
    ['a Swiss office', 'https://www.bafu.admin.ch/team', {}, false, 'public'],
    ['a university lab’s people', 'https://www.kelmouth.ac.uk/research/lab/people', {}, false, 'public'],
    ['a collège of an académie', 'https://clg-rabelais-vienne.ac-poitiers.fr/equipe', {}, false, 'public'],
    ['a university’s sub-site', 'https://lab-hydro.univ-mervent.fr/membres/', {}, false, 'public'],
    ['an IHK’s directory', 'https://www.suedbaar.ihk.de/firmen', {}, false, 'public'],
    ['a CCI’s directory', 'https://www.cci-val-dargent.fr/annuaire', {}, false, 'public'],
    // by name
    [
      'a town’s shops',
      'https://www.saint-orban.fr/annuaire',
      { title: 'Commerces – Ville de Saint-Orban' },
      false,
      'public',
    ],
    ['a mairie', 'https://www.lavoute.fr/equipe', { h1: 'Mairie de La Voûte : vos élus' }, false, 'public'],
    ['a German Kammer', 'https://www.kammer-ems.de/', { title: 'Handwerkskammer Emsland – Betriebe' }, false, 'public'],
    [
      'a French university',
      'https://www.mervent-sciences.fr/',
      { title: 'Laboratoire Eaux – Université de Mervent' },
      false,
      'public',
    ],
    ['a Hochschule', 'https://www.hs-eichtal.de/iwf/team', { title: 'Team – Hochschule Eichtal' }, false, 'public'],
    ['an English council', 'https://www.wrenfield.org.uk/', { title: 'Wrenfield Town Council' }, false, 'public'],
    // by JSON-LD
    [
      'a school’s JSON-LD',
      'https://www.lycee-ardoise.fr/',
      { ld: [{ '@type': 'HighSchool', name: 'Lycée X' }] },
      false,
      'public',
    ],
    [
      'a public body’s JSON-LD',
      'https://www.agence-eau.fr/',
      { ld: [{ '@type': 'GovernmentOrganization' }] },
      false,
      'public',
    ],
    // a podcast's episode, whoever it names
    [
      'an episode (JSON-LD)',
      'https://pod.quillfeather.io/ep-12/',
      { ld: [{ '@type': 'PodcastEpisode' }] },
      false,
      'podcast',
    ],
    [
      'an episode (title)',
      'https://www.lesbatisseurs.fm/12',
      { title: 'Ép. 12 – Reprendre une scierie' },
      false,
      'podcast',
    ],
    [
      'an episode (EN title)',
      'https://www.shopfloor.fm/e/9',
      { title: 'Episode 9: Pricing, with Ada Rook' },
      false,
      'podcast',
    ],
    ['a Folge', 'https://www.werkbank-podcast.de/folge-3', { h1: 'Folge 3 – Nachfolge im Handwerk' }, false, 'podcast'],
    [
      'a numbered episode',
      'https://www.podcast-indes.fr/57/',
      { title: '#57 – Lou Marchal : vendre sans prospecter' },
      false,
      'podcast',
    ],
    // a newsletter's issue, an interview, a paper's article
    ['an issue', 'https://www.cargoletter.news/issue-12/', { title: 'Issue #12 — Port fees' }, true, 'newsletter'],
    ['a German issue', 'https://www.lagerbrief.de/ausgabe-40', { h1: 'Ausgabe 40: Regale' }, true, 'newsletter'],
    [
      'an interview (quote first, an article)',
      'https://www.mag-metiers.fr/portraits/x/',
      { title: '« Le bois a une mémoire » : rencontre avec Iris Vautrin', og: 'article' },
      true,
      'interview',
    ],
    [
      'an interview (German quotes, its path)',
      'https://www.foerderwelt.de/interviews/x',
      { title: '„Wir bauen Durchsatz“ – Foerderwelt' },
      true,
      'interview',
    ],
    [
      'an interview (its words)',
      'https://www.trade-weekly.co.uk/x',
      { title: 'In conversation with Ada Rook' },
      true,
      'interview',
    ],
    [
      'a paper’s article',
      'https://www.echo-vallee.fr/eco/x',
      {
        og: 'article',
        ld: [{ '@type': 'NewsArticle', publisher: { '@type': 'NewsMediaOrganization', name: 'L’Écho' } }],
      },
      false,
      'media',
    ],
    // a firm's own pages
    ['a firm’s team', 'https://www.brandl-partner.de/team', { title: 'Team – Brandl Partner' }, false, ''],
    ['a firm’s home', 'https://www.tidebook.io/', { ld: [{ '@type': 'Organization', name: 'Tidebook' }] }, false, ''],
    [
      'a firm’s blog post',
      'https://www.sorel-conseil.fr/blog/x',
      { title: 'Clôture : 5 pièges', og: 'article' },
      true,
      '',
    ],
    [
      'a firm’s blog post quoting a client in its title, about its own people',
      'https://www.sorel-conseil.fr/blog/y',
      { title: '« On a gagné deux jours » : retour d’expérience', og: 'article' },
      false,
      '',
    ],
    [
      'a firm’s numbered post about itself',
      'https://www.halden.io/news/3',
      { title: 'Issue 3 of our changelog' },
      false,
      '',
    ],
    [
      'a paper’s own legal notice',
      'https://www.echo-vallee.fr/impressum',
      { ld: [{ '@type': 'NewsMediaOrganization', name: 'L’Écho' }] },
      false,
      '',
    ],
    [
      'a firm named after a town’s street',
      'https://www.garage-ville.fr/',
      { title: 'Garage de la Ville – Réparations' },
      false,
      '',
    ],
    [
      'a stadtwerk (a firm)',
      'https://www.stadtwerke-lindau.de/ansprechpartner',
      { title: 'Stadtwerke Lindau GmbH' },
      false,
      '',
    ],
  ] as const)('%s', (_, url, o, aboutOthers, want) => {
    expect(notFirmSite(page(o), new URL(url), aboutOthers)).toBe(want);
  });
});

describe('newsArticle: an article’s headline, byline and text, whatever its class names', () => {
  const article = (inner: string): Document =>
    new DOMParser().parseFromString(
      `<body><nav>Par ici la sortie</nav><article>${inner}</article></body>`,
      'text/html',
    );
  test.each([
    [
      'FR: a byline by its class',
      '<h1>La conserverie Kervalen recrute</h1><p class="art-byline">Par Gaëlle Nédélec · Publié le 3 mars</p><p>Texte.</p>',
      'Gaëlle Nédélec',
    ],
    [
      'FR: a byline by its words only (hashed classes)',
      '<h1>La conserverie Kervalen recrute</h1><div class="x8f2k"><span class="q1">Par Gaëlle Nédélec</span> · <time>3 mars</time></div><p>Texte.</p>',
      'Gaëlle Nédélec',
    ],
    [
      'EN: microdata author',
      '<h1>Kelbrook Joinery hires</h1><p><span itemprop="author">Tom Reedley</span></p><p>Text.</p>',
      'Tom Reedley',
    ],
    [
      'DE: a byline by its words',
      '<h1>Sternwald Metallbau eröffnet zweiten Standort</h1><p>Von Jana Hollbach, 4. Mai</p><p>Text.</p>',
      'Jana Hollbach',
    ],
  ])('%s', (_, html, byline) => {
    expect(newsArticle(article(html))?.byline).toBe(byline);
  });
  test.each([
    [
      'no byline',
      '<h1>Les prix du lait reculent</h1><p>Von Anfang an war klar, dass …</p><p>By Monday the council met.</p>',
    ],
    ['no headline', '<p>Par Gaëlle Nédélec</p>'],
  ])('%s: none', (_, html) => {
    expect(newsArticle(article(html))).toBeUndefined();
  });
});
