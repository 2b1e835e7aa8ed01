/**
 * Issue 7 (pages-blind-26's websites): what large noisy sites around their people look like, by kind: a mega-footer's
 * menu, an author box, an official's card in a list of terms, a speaker card's area, a press contact on one line.
 * Every person and firm here is invented.
 */
import { describe, expect, it } from 'vitest';
import { blockLines } from './dom';
import { contactBlocks, menuItem, roleLines, splitTitleCompany } from './page-people';
import { dlPeople } from './page-dl';
import { bylinePeople } from './people-prose';
import { rolePeople } from './page-prose';
import { pageReaders } from './page-readers';
import { readEntries, type Found } from './page-structures';
import { withOwnerFirst } from './interpret';

const body = (html: string): HTMLElement => {
  document.body.innerHTML = html;
  return document.body;
};
const menu = (items: string[]) => `<ul>${items.map((t, i) => `<li><a href="/p-${i}/">${t}</a></li>`).join('')}</ul>`;

describe('menuItem and contactBlocks: a site menu names nobody', () => {
  it.each([
    ['fr', ['Réseau TPE', 'Achats en région', 'Guides TPE', 'Support & conseils', 'Devis PME', 'Témoignages TPE']],
    ['en', ['Partner Hub', 'Sales Director', 'Press Room', 'Head of Marketing', 'Case Studies', 'Account Manager']],
    ['de', ['Service KMU', 'Vertriebsleiter Nord', 'Karriere KMU', 'Geschäftsführer', 'Presse KMU', 'Einkauf']],
  ])('a footer column of links (%s)', (_, items) => {
    const root = body(`<footer><div><h4>Ressources</h4>${menu(items)}</div></footer>`);
    expect(menuItem(root.querySelector('li a')!)).toBe(true);
    expect(contactBlocks(blockLines(root))).toEqual([]);
  });
  it.each([
    // a team list: each item a name and a title, no link alone
    [
      '<ul><li><a href="/a">Jeanne Roux</a>, Directrice</li><li><a href="/b">Paul Mercier</a>, Gérant</li><li><a href="/c">Anna Weiss</a>, Leiterin</li><li><a href="/d">Tom Hale</a>, Director</li></ul>',
    ],
    // a short list of three links
    [
      '<ul><li><a href="/a">Jeanne Roux</a></li><li><a href="/b">Paul Mercier</a></li><li><a href="/c">Anna Weiss</a></li></ul>',
    ],
    // mail links
    [
      '<ul><li><a href="mailto:a@x.fr">Jeanne Roux</a></li><li><a href="mailto:b@x.fr">Paul Mercier</a></li><li><a href="mailto:c@x.fr">Anna Weiss</a></li><li><a href="mailto:d@x.fr">Tom Hale</a></li></ul>',
    ],
  ])('no menu: %s', (html) => expect(menuItem(body(html).querySelector('li a')!)).toBe(false));
});

describe('bylinePeople: an author box', () => {
  it.each([
    [
      '<h4>About Ronan Keating-Moreau</h4><p>Ronan is an export sales trainer at Passerelle Nord, based in Lille. Reach him at ronan@passerelle-nord.example or on <a href="https://www.linkedin.com/in/ronan-km/">LinkedIn</a>.</p>',
      {
        name: 'Ronan Keating-Moreau',
        title: 'export sales trainer',
        company: 'Passerelle Nord',
        email: 'ronan@passerelle-nord.example',
        linkedinUrl: 'https://www.linkedin.com/in/ronan-km/',
      },
    ],
    [
      '<h4>À propos de Jeanne Castellan</h4><p>Elle est consultante export chez Atelier Rhône, à Lyon.</p>',
      { name: 'Jeanne Castellan', title: 'consultante export', company: 'Atelier Rhône' },
    ],
    [
      '<h4>Über Henrike Albers</h4><p>Henrike ist Beraterin bei Kontor Albers, in Bremen.</p>',
      { name: 'Henrike Albers', title: 'Beraterin', company: 'Kontor Albers' },
    ],
  ])('%s', (html, want) => {
    const root = body(`<article>${html}</article>`);
    expect(bylinePeople(document, blockLines(root))).toEqual([want]);
  });
  it('a heading "About" a firm, or a bio without a role, names nobody', () => {
    const root = body('<h4>About Passerelle Nord</h4><p>Passerelle Nord is a training firm at Lille.</p>');
    expect(bylinePeople(document, blockLines(root))).toEqual([]);
    const other = body('<h4>About Jeanne Castellan</h4><p>Jeanne loves the mountains.</p>');
    expect(bylinePeople(document, blockLines(other))).toEqual([]);
  });
});

describe('dlPeople: an office over its holder, then the holder details', () => {
  const card = (office: string, name: string, more: string) =>
    `<div><dl><dt>${office}</dt><dd>${name}</dd><dt>Attributions</dt><dd>Travaux, Mobilité</dd>${more}</dl></div>`;
  it.each([
    ['Échevine', 'Ludivine Marchal', '', { name: 'Ludivine Marchal', title: 'Échevine' }],
    [
      'Bourgmestre',
      'Pierre Van den Bosch',
      // (the office's own mailbox is not the holder's)
      '<dt>E-mail</dt><dd>bourgmestre@commune.example</dd>',
      { name: 'Pierre Van den Bosch', title: 'Bourgmestre' },
    ],
    [
      'Bürgermeisterin',
      'Anke Wedekind',
      '<dt>E-Mail</dt><dd>a.wedekind@gemeinde.example</dd>',
      { name: 'Anke Wedekind', title: 'Bürgermeisterin', email: 'a.wedekind@gemeinde.example' },
    ],
    [
      'Mayor',
      'Gwen Talbot',
      '<dt>Phone</dt><dd>01632 960555</dd>',
      { name: 'Gwen Talbot', title: 'Mayor', phones: ['01632 960555'] },
    ],
  ])('%s', (office, name, more, want) => expect(dlPeople(body(card(office, name, more)))).toEqual([want]));
  it("a firm's fact box naming its manager first is the firm's", () => {
    const html =
      '<dl><dt>Dirigeant</dt><dd>Kévin Lebreton</dd><dt>Raison sociale</dt><dd>Lebreton Transports SARL</dd><dt>Téléphone</dt><dd>02 99 00 11 22</dd></dl>';
    expect(dlPeople(body(html))).toEqual([]);
  });
});

describe('readEntries: speaker cards', () => {
  const speaker = (name: string, title: string, firm: string) =>
    `<div class="card"><h3>${name}</h3><p>${title}</p><p>${firm}</p></div>`;
  it('an area after a title is no name; a firm column word alone or repeated is the firm', () => {
    const out: Found = { people: [], companies: [] };
    readEntries(
      body(
        `<main><div>${[
          speaker('Aurora Lindahl', 'Head of Partnerships', 'Fjordvik Payments'),
          speaker('Chiara Bellandi', 'VP Sales Southern Europe', 'Tessano SpA'),
          speaker('Marius Okafor', 'Chief Revenue Officer', 'Kaplona'),
          speaker('Bastien Roumier', 'Directeur Europe', 'Kaplona'),
          speaker('Ilse Brandauer', 'Leiterin Vertrieb Nord', 'Molkerei Brandauer'),
        ].join('')}</div></main>`,
      ),
      out,
    );
    expect(out.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Aurora Lindahl', 'Head of Partnerships', 'Fjordvik Payments'],
      ['Chiara Bellandi', 'VP Sales Southern Europe', 'Tessano SpA'],
      ['Marius Okafor', 'Chief Revenue Officer', 'Kaplona'],
      ['Bastien Roumier', 'Directeur Europe', 'Kaplona'],
      ['Ilse Brandauer', 'Leiterin Vertrieb Nord', 'Molkerei Brandauer'],
    ]);
  });
});

describe('press contacts and prose', () => {
  it.each([
    [
      'Groupe Arvelle – Théo Marchand, directeur de la communication, 04 99 00 11 22, presse@arvelle.example',
      { name: 'Théo Marchand', title: 'directeur de la communication', company: 'Groupe Arvelle' },
    ],
    [
      'Kestrel Foods Ltd – Jane Whitcombe, Head of Communications, 01632 960123, press@kestrel.example',
      { name: 'Jane Whitcombe', title: 'Head of Communications', company: 'Kestrel Foods Ltd' },
    ],
  ])('a firm, then its contact on one line: %s', (text, want) => {
    const got = contactBlocks([{ text, el: document.createElement('p') }]);
    expect(got).toMatchObject([want]);
  });
  it("a firm's address line with its mailbox names nobody", () => {
    const text =
      'Association Alumni Nord — Université Lille-Flandres, bâtiment Ouest, 59000 Lille · contact@alumni.example';
    expect(contactBlocks([{ text, el: document.createElement('p') }])).toEqual([]);
  });
  it.each(['Solutions', 'Lösungen', 'Nos solutions'])(
    "the footer's first heading is no firm of the contact above it: %s",
    (h) => {
      const root = body(
        `<main><p>Quentin Marsal — 06 39 98 11 22 — quentin@marsal-conseil.example</p></main><footer><h4>${h}</h4></footer>`,
      );
      expect(contactBlocks(blockLines(root))[0]?.company).toBeUndefined();
    },
  );
  it('a "Speaker relations:" desk is the title of the person it labels', () => {
    const got = contactBlocks([
      { text: 'Speaker relations: Apolline Garnier – speakers@summit.example', el: document.createElement('p') },
    ]);
    expect(got).toMatchObject([{ name: 'Apolline Garnier', title: 'Speaker relations' }]);
  });
  it.each([
    [
      'Le fondateur de Biscuits Tarin, Léon Bochard, restera conseiller.',
      ['Léon Bochard', 'fondateur', 'Biscuits Tarin'],
    ],
    ['The founder of Kestrel Outdoor, Tom Reid, joins the board.', ['Tom Reid', 'founder', 'Kestrel Outdoor']],
    ['Die Gründerin von Mühle Albers, Greta Albers, bleibt Beraterin.', ['Greta Albers', 'Gründerin', 'Mühle Albers']],
  ])('a role at a firm, then the name between commas: %s', (text, [name, title, company]) => {
    const got = rolePeople([{ text, el: document.createElement('p') }], pageReaders as never);
    expect(got).toEqual([{ name, title, company }]);
  });
});

describe("withOwnerFirst: a consultant's page names its clients first", () => {
  const base = { url: 'https://www.rivet-conseil.example/references', emails: [], companies: [] };
  const client = (name: string, company: string) => ({ name, title: 'Gérante', company });
  it.each([
    [
      'fr',
      [client('Ghislaine Marot', 'Cave de Tain'), client('Paul Aubert', 'Fromagerie Bleue')],
      { name: 'Hugo Rivet', company: 'Rivet Conseil', email: 'hugo@rivet-conseil.example' },
      'Hugo Rivet',
    ],
    [
      'de',
      [client('Greta Sommer', 'Mühle Sommer')],
      { name: 'Jonas Rivet', email: 'j.rivet@rivet-conseil.example' },
      'Jonas Rivet',
    ],
  ])('the owner comes first (%s)', (_, clients, owner, first) => {
    const d = { ...base, kind: 'company-site' as const, people: [...clients, owner] };
    expect(withOwnerFirst(d).people[0]!.name).toBe(first);
  });
  it.each([
    // a colleague of the same firm before them: a team page keeps its order
    [[{ name: 'Anna Roe', title: 'Partner', company: 'Rivet Conseil' }], 'Anna Roe'],
    // someone before them with an address of their own
    [[{ name: 'Tom Hale', company: 'Hale Ltd', email: 'tom@hale.example' }], 'Tom Hale'],
  ])('no reordering: %j', (before, first) => {
    const owner = { name: 'Hugo Rivet', company: 'Rivet Conseil', email: 'hugo@rivet-conseil.example' };
    const d = { ...base, kind: 'company-site' as const, people: [...before, owner] };
    expect(withOwnerFirst(d).people[0]!.name).toBe(first);
  });
  it('a shared mailbox (contact@) names no owner', () => {
    const d = {
      ...base,
      kind: 'company-site' as const,
      people: [
        client('Ghislaine Marot', 'Cave de Tain'),
        { name: 'Hugo Rivet', email: 'contact@rivet-conseil.example' },
      ],
    };
    expect(withOwnerFirst(d).people[0]!.name).toBe('Ghislaine Marot');
  });
});

describe('splitTitleCompany: a firm whose name holds a joining word', () => {
  it.each([
    ['gérante de la Biscuiterie du Quercy', 'gérante', 'Biscuiterie du Quercy'],
    ['président du Club des Entrepreneurs', 'président', 'Club des Entrepreneurs'],
    ['Geschäftsführer der Mühle der Brüder Albers', 'Geschäftsführer', 'Mühle der Brüder Albers'],
    ['Head of Sales of Kestrel', 'Head of Sales', 'Kestrel'],
  ])('%s', (t, title, company) => expect(splitTitleCompany(t)).toEqual([title, company]));
});

describe("roleLines: an office's head with their own profession after the name", () => {
  const p = (text: string) => [{ text, el: document.createElement('p') }];
  it.each([
    [
      'Leiterin: Corinne Roth, Treuhänderin mit eidg. Fachausweis — c.roth(at)fidu.example',
      'Treuhänderin mit eidg. Fachausweis',
    ],
    ['Leiter: Jonas Wyss, dipl. Steuerexperte', 'dipl. Steuerexperte'],
    // no profession after the name: the label stays
    ['Leiterin: Maryam Roth', 'Leiterin'],
  ])('%s', (text, title) => expect(roleLines(p(text))[0]?.title).toBe(title));
});
