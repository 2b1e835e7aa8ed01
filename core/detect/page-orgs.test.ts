import { describe, expect, it } from 'vitest';
import { openDocument } from '../../tests/dom';
import { done } from './dom';
import { headedFirms, labelledFirms, ownerLine, readOrgsSteps } from './page-orgs';
import { personName } from './page-people';
import { founders } from './page-prose';
import { spellsDomain } from './spelling';
import type { Found } from './page-structures';

describe('spellsDomain', () => {
  it.each([
    ['Quarry Labs', 'quarrylabs.com', true],
    ['Crédit Maritime Bretagne', 'credit-maritime-bzh.fr', true],
    ['Lantern Security', 'lanternsec.com', true],
    ['Lärchenhof Sägewerk', 'laerchenhof-saegewerk.de', true],
    ['Mécaprécis Auvergne', 'mecaprecis.fr', true],
    ['Bristol Rustaceans', 'meetup.com', false],
    ['Les Jardins', 'example.fr', false],
  ])('%s / %s: %s', (name, host, want) => expect(spellsDomain(name, host)).toBe(want));
});

const read = (body: string, url = 'https://www.salon.example/exposants'): Found => {
  const { doc, close } = openDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);
  const out: Found = { people: [], companies: [] };
  done(readOrgsSteps(doc.body, out, url));
  close();
  return out;
};

describe('founders', () => {
  it.each([
    [
      'Bioplastiques. Co-fondée par Clémence Le Gall et Rubén Castell, ingénieurs.',
      [{ name: 'Clémence Le Gall' }, { name: 'Rubén Castell' }],
    ],
    [
      'Co-fondée par Inès Karambé (CEO) et le Dr Paul-Marie Jaffré, kiné.',
      [{ name: 'Inès Karambé', title: 'CEO' }, { name: 'Paul-Marie Jaffré' }],
    ],
    ["Fondée par l'architecte Delphine Morlaix.", [{ name: 'Delphine Morlaix' }]],
    ['Fondée en 2023 par Arthur Mével, ancien ingénieur.', [{ name: 'Arthur Mével' }]],
    [
      'Cofondée par Marwa Zerrouki, Guillaume Priol et Ewen Quéré.',
      [{ name: 'Marwa Zerrouki' }, { name: 'Guillaume Priol' }, { name: 'Ewen Quéré' }],
    ],
    [
      'Créée par Sofiane Belhadj, rejoint en 2024 par Hanna Lindberg comme CTO.',
      [{ name: 'Sofiane Belhadj' }, { name: 'Hanna Lindberg', title: 'CTO' }],
    ],
    ['Founded in 2021 by Tom Reidy and Ama Owusu.', [{ name: 'Tom Reidy' }, { name: 'Ama Owusu' }]],
    ['2019 gegründet von Jonas Albers und Mia Krüger.', [{ name: 'Jonas Albers' }, { name: 'Mia Krüger' }]],
    // (a year and a town between the verb and its founders)
    [
      'Fondée en 1991 à Mayenne par Gilles Tourneux et son associé Hervé Lucas, la société fabrique des meubles.',
      [{ name: 'Gilles Tourneux' }, { name: 'Hervé Lucas' }],
    ],
    ['Founded in Leeds in 1998 by Martin Crowe and Ellen Pike.', [{ name: 'Martin Crowe' }, { name: 'Ellen Pike' }]],
    ['1995 in Kiel gegründet von Jonas Albers.', [{ name: 'Jonas Albers' }]],
    // brothers by their first names, a firm that founded another: no one
    ['Une aventure lancée par les frères Thomas et Victor Hamel.', []],
    ['Fondée par Bpifrance et la Région.', []],
  ])('%s', (text, want) => expect(founders(text, { personName })).toEqual(want));
});

describe('ownerLine', () => {
  it.each([
    [['Maçonnerie, rénovation', 'Gérant : Damien Carral', 'Tél. : 05 99 00 11 12'], 'Damien Carral', 'Gérant', []],
    [['Boucherie, traiteur', 'Justin Valmy – 05 99 00 11 09'], 'Justin Valmy', undefined, ['05 99 00 11 09']],
    [['Inhaberin: Svenja Kroll'], 'Svenja Kroll', 'Inhaberin', []],
    [['Owner: Gareth Pryce, 01632 960 123'], 'Gareth Pryce', 'Owner', ['01632 960 123']],
    // a pair of names, a name-shaped place without a phone, a label of no person
    [['Contact : Florent et Maëlle Sorbier', 'Tél. : 05 99 00 11 27'], null, undefined, []],
    [['Brook Lane Industrial Estate', 'Leeds LS1 4AP'], null, undefined, []],
    [['Commune : Cavaillon'], null, undefined, []],
  ])('%j -> %s', (lines, name, title, phones) => {
    const r = ownerLine(lines);
    if (!name) return expect(r).toBeNull();
    expect(r).toEqual({ name, title, phones });
  });
});

describe('readOrgsSteps', () => {
  it('reads exhibitors whose names a person could bear when every entry gives a stand', () => {
    const li = (n: string, s: string) =>
      `<li><a href="/x/${s}"><h3>${n}</h3><p>Outillage</p><span>Stand ${s}</span></a></li>`;
    const out = read(
      `<main><h1>Les exposants 2026</h1><h2>C</h2><ul>${li('Cap Vendange', 'A01')}${li('Carmin Barriques', 'A02')}</ul>` +
        `<h2>J</h2><ul>${li('Jardel Tonnellerie', 'B04')}</ul><h2>M</h2><ul>${li('Marchal Vitiscopie', 'D03')}</ul></main>`,
    );
    expect(out.companies.map((c) => c.name)).toEqual([
      'Cap Vendange',
      'Carmin Barriques',
      'Jardel Tonnellerie',
      'Marchal Vitiscopie',
    ]);
  });

  it("reads a village's businesses with their owners", () => {
    const p = (firm: string, ...lines: string[]) => `<p><strong>${firm}</strong><br>${lines.join('<br>')}</p>`;
    const out = read(
      `<main><h1>Artisans et commerçants</h1><div>` +
        p('SARL Carral Maçonnerie', 'Maçonnerie', 'Gérant : Damien Carral', 'Tél. : 05 99 00 11 12') +
        p('Boucherie Valmy', 'Boucherie, charcuterie', 'Justin Valmy – 05 99 00 11 09') +
        p('Coiffure Maëva', 'Maëva Lestrade – 05 99 00 11 50 – sur rendez-vous') +
        `</div></main>`,
      'https://www.village.example/vie-economique',
    );
    expect(out.companies.map((c) => c.name)).toEqual(['SARL Carral Maçonnerie', 'Boucherie Valmy', 'Coiffure Maëva']);
    expect(out.people).toEqual([
      // (the firm's number, given once, stays the firm's)
      { name: 'Damien Carral', title: 'Gérant', company: 'SARL Carral Maçonnerie' },
      { name: 'Justin Valmy', company: 'Boucherie Valmy', phones: ['05 99 00 11 09'] },
      { name: 'Maëva Lestrade', company: 'Coiffure Maëva', phones: ['05 99 00 11 50'] },
    ]);
  });

  it('reads an A–Z exhibitor list pooled over its letters, stands and countries apart', () => {
    const li = (n: string, s: string) =>
      `<li><a href="/x/${s}">${n}</a><span>Stand ${s}</span><span>France</span></li>`;
    const out = read(
      `<main><h1>Exhibitors A–Z</h1><h2>A</h2><ul>${li('Anchorline Rigging Ltd', 'B12')}${li('AquaViva Pumps', 'C40')}</ul>` +
        `<h2>B</h2><ul>${li('Bowsprit Boatyard', 'D07')}</ul><h2>S</h2><ul>${li('Seacrest Coatings GmbH', 'C02')}</ul></main>`,
    );
    expect(out.companies.map((c) => c.name)).toEqual([
      'Anchorline Rigging Ltd',
      'AquaViva Pumps',
      'Bowsprit Boatyard',
      'Seacrest Coatings GmbH',
    ]);
  });

  it('reads a logo wall: alts and the sites they link to, not the platforms', () => {
    const a = (href: string, alt: string) => `<a href="${href}"><img src="data:," alt="${alt}"></a>`;
    const out = read(
      `<main><h2>Nos partenaires</h2><div>${a('https://www.brasserie-lanvaux.fr/', 'Logo Brasserie de Lanvaux')}` +
        `${a('https://cobaltgrid.io/?utm_source=x', 'CobaltGrid logo')}${a('https://quarrylabs.com/', 'Quarry Labs')}</div>` +
        `<ul><li><a href="https://www.facebook.com/x">Facebook</a></li><li><a href="https://twitter.com/x">Twitter</a></li>` +
        `<li><a href="https://www.instagram.com/x">Instagram</a></li></ul></main>`,
      'https://www.festival.example/partenaires',
    );
    expect(out.companies).toEqual([
      { name: 'Brasserie de Lanvaux', domain: 'brasserie-lanvaux.fr', website: 'https://www.brasserie-lanvaux.fr/' },
      { name: 'CobaltGrid', domain: 'cobaltgrid.io', website: 'https://cobaltgrid.io/?utm_source=x' },
      { name: 'Quarry Labs', domain: 'quarrylabs.com', website: 'https://quarrylabs.com/' },
    ]);
  });

  it('reads no firm in product, article or review lists', () => {
    const out = read(
      `<main><h2>Popular products</h2><ul><li><a href="/p/1">Indian Sandstone Patio Pack</a></li>` +
        `<li><a href="/p/2">Cotswold Buff Walling Stone</a></li><li><a href="/p/3">Eco Design Wood Burner 5kW</a></li></ul>` +
        `<h2>Avis</h2><ul><li>Christophe D. ★★★★★ 14/10/2026 Achat vérifié</li><li>Marie-Laure ★★★★☆ 28/09/2026</li>` +
        `<li>Sébastien P. ★★★★★ 03/08/2026</li></ul></main>`,
    );
    expect(out.companies).toEqual([]);
  });
});

describe('headedFirms: an article reviewing one firm per section, its site linked under its name (issue 7)', () => {
  const section = (rank: number, name: string, host: string, verb: string) =>
    `<h2>${rank}. ${name}</h2><p>${verb} <a href="https://www.${host}/?ref=test">${name}</a> …</p><table><tr><th>Note</th><td>4/5</td></tr></table>`;
  it.each([
    [
      'fr',
      [
        ['Cartonnerie Vialard', 'cartonnerie-vialard.fr'],
        ['Sachets Morvan', 'sachets-morvan.fr'],
        ['Étuis du Quercy (EDQ)', 'edq-etuis.fr'],
      ],
      'Basé à Cahors,',
      3,
    ],
    [
      'en',
      [
        ['Harrowby Crates', 'harrowbycrates.co.uk'],
        ['Pellingham Paper', 'pellingham.co.uk'],
        ['Tidewell Packaging', 'tidewell-pack.com'],
      ],
      'Based in Hull,',
      3,
    ],
    [
      'de: two sections are no list',
      [
        ['Kartonagen Wendt', 'kartonagen-wendt.de'],
        ['Folien Brückner', 'folien-brueckner.de'],
      ],
      'Aus Kassel:',
      0,
    ],
  ])('%s', async (_, firms, verb, n) => {
    const html = `<article><h1>Comparatif</h1>${firms.map(([f, h], i) => section(i + 1, f!, h!, verb)).join('')}<h2>Notre verdict</h2><p>…</p></article>`;
    const { doc, close } = openDocument(
      `<!DOCTYPE html><html><body>${html}</body></html>`,
      'https://www.mag.example/comparatif/',
    );
    const got = headedFirms(doc.body, 'https://www.mag.example/comparatif/');
    await close();
    expect(got.map((c) => c.name)).toEqual(n ? firms.map((f) => f[0]) : []);
    if (n) expect(got[0]!.domain).toBe(firms[0]![1]);
  });
});

describe('readOrgsSteps: an agency’s case studies, each headed by its client and what was done (issue 7)', () => {
  const cases = (h1: string, heads: string[]) =>
    `<h1>${h1}</h1><section class="cases">${heads.map((h) => `<article><h2>${h}</h2><p>Texte du projet.</p></article>`).join('')}</section>`;
  it.each([
    [
      'fr',
      'Nos clients',
      [
        'Fromagerie Lescure – refonte du packaging',
        'Transports Véran – site et marque employeur',
        'Laboratoires Orvane et Groupe Tessier',
      ],
      ['Fromagerie Lescure', 'Transports Véran', 'Laboratoires Orvane', 'Groupe Tessier'],
    ],
    [
      'en',
      'Our clients',
      [
        'Hollybank Foods Ltd – new packaging range',
        'Carrow Logistics Ltd – employer brand',
        'Pellmore Analytics Ltd and Tarrant Group plc',
      ],
      ['Hollybank Foods Ltd', 'Carrow Logistics Ltd', 'Pellmore Analytics Ltd', 'Tarrant Group plc'],
    ],
  ])('%s', (_, h1, heads, want) => {
    expect(read(cases(h1, heads), 'https://www.studio.example/clients/').companies.map((c) => c.name)).toEqual(want);
  });
});

const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
describe('readOrgsSteps: a strip of bare client logos names no firm of the page (issue 7)', () => {
  const strip = (head: string, alts: string[]) =>
    `<main><h1>Notre équipe</h1><section><h3>${head}</h3><div class="logos">${alts.map((a) => `<img src="${GIF}" alt="${a}">`).join('')}</div></section></main>`;
  it.each([
    [
      'fr clients',
      'Ils nous font confiance',
      ['Fromagerie Vautel', 'Groupe Hexaline', 'Laboratoires Pradet', 'Transports Delvaux'],
      [],
    ],
    ['en clients', 'Trusted by', ['Harlow Freight Ltd', 'Pinecrest Foods', 'Oakline Logistics'], []],
    ['de clients', 'Unsere Kunden', ['Brückner Logistik GmbH', 'Wendt Bau AG', 'Albers Druckerei'], []],
    // a sponsors' strip still names its sponsors
    [
      'sponsors',
      'Thanks to our sponsors',
      ['Harlow Freight', 'Pinecrest Foods', 'Oakline Brewing'],
      ['Harlow Freight', 'Pinecrest Foods', 'Oakline Brewing'],
    ],
  ])('%s', (_, head, alts, want) => {
    const out = read(strip(head, alts), 'https://www.agence.example/equipe');
    expect(out.companies.map((c) => c.name)).toEqual(want);
  });

  it('reads them on a references page, its title their heading', () => {
    const out = read(
      `<main><h1>Ils nous font confiance</h1><div>${['Fromagerie Vautel', 'Groupe Hexaline', 'Laboratoires Pradet', 'Transports Delvaux'].map((a) => `<img src="${GIF}" alt="${a}">`).join('')}</div></main>`,
      'https://www.agence.example/references',
    );
    expect(out.companies.map((c) => c.name)).toEqual([
      'Fromagerie Vautel',
      'Groupe Hexaline',
      'Laboratoires Pradet',
      'Transports Delvaux',
    ]);
  });
});

describe('readOrgsSteps: a buyer’s list of suppliers, names and towns only (issue 7, blind lists)', () => {
  const li = (n: string, town: string, badge = '') =>
    `<li><span>${n}</span> <span>(${town})</span>${badge ? ` <span>${badge}</span>` : ''}</li>`;
  it.each([
    [
      'fr',
      'Nos fournisseurs référencés',
      'Emballages',
      ['Verrerie Aubrac', 'Forge Lanvin', 'Quéméner Cartonnages', 'Tissages Berthon'],
      'Fournisseur de l’année',
    ],
    [
      'en',
      'Our approved suppliers',
      'Packaging',
      ['Quaylink Freight', 'Tarnmoor Haulage', 'Bramble Cargo', 'Coldharbour Mills'],
      'Supplier of the year',
    ],
    [
      'de',
      'Unsere Lieferanten',
      'Verpackung',
      ['Brauhaus Hollerbeck', 'Nordmole Spedition', 'Weserguss Formtechnik', 'Elbwerk Fördertechnik'],
      'Lieferant des Jahres',
    ],
  ])('%s: each entry is a firm, its town and badge no part of its name', (_, h1, h2, names, badge) => {
    const got = read(
      `<main><h1>${h1}</h1><h3>${h2}</h3><ul>${names.map((n, i) => li(n, ['Brest', 'Tours', 'Caen', 'Rodez'][i]!, i === 1 ? badge : '')).join('')}</ul></main>`,
      'https://www.groupe-exemple.example/achats/fournisseurs',
    );
    expect(got.companies.map((c) => c.name)).toEqual(names);
  });

  it('a list of services under a page about firms is no list of firms', () => {
    const got = read(
      `<main><h1>Accompagnement des entreprises</h1><ul><li><a href="/formation">Formation</a></li><li><a href="/conseil">Conseil juridique</a></li><li><a href="/export">Export</a></li><li><a href="/financement">Financement</a></li></ul></main>`,
      'https://www.cci-exemple.example/services',
    );
    expect(got.companies).toEqual([]);
  });

  it('a hidden menu’s entries are no exhibitors', () => {
    const ex = (n: string, s: string) => `<li><a href="/exposants/${s}">${n}</a><span>Stand ${s}</span></li>`;
    const got = read(
      `<div hidden><ul><li><a href="/a/qui">Qui sommes-nous</a><p>Qui sommes-nous : nos conseils</p></li><li><a href="/a/gouv">Gouvernance</a><p>Gouvernance : nos conseils</p></li><li><a href="/a/car">Carrières</a><p>Carrières : nos conseils</p></li></ul></div>
      <main><h1>Liste des exposants</h1><ul>${ex('Verrerie Aubrac', 'A12')}${ex('Forge Lanvin', 'B04')}${ex('Tissages Berthon', 'C33')}</ul></main>`,
    );
    expect(got.companies.map((c) => c.name)).toEqual(['Verrerie Aubrac', 'Forge Lanvin', 'Tissages Berthon']);
  });
});

describe('readOrgsSteps: an exhibitor’s show contact inside its entry’s line (issue 7, blind lists)', () => {
  const ex = (n: string, s: string, contact = '') =>
    `<li><a href="/exposants/${s}">${n}</a> <span>Hall 2 – Stand ${s}</span>${contact ? ` <span>${contact}</span>` : ''}</li>`;
  it.each([
    [
      'fr',
      'Liste des exposants',
      'Contact salon : Odile Parmentier – <a href="mailto:o.parmentier@forge-lanvin.fr">o.parmentier@forge-lanvin.fr</a>',
      'Odile Parmentier',
      'o.parmentier@forge-lanvin.fr',
    ],
    [
      'en',
      'Exhibitors A–Z',
      'Show contact: Nigel Ashdown – <a href="mailto:nigel@forge-lanvin.co.uk">nigel@forge-lanvin.co.uk</a>',
      'Nigel Ashdown',
      'nigel@forge-lanvin.co.uk',
    ],
    [
      'de',
      'Ausstellerverzeichnis',
      'Ansprechpartner: Jonas Kiefer – <a href="mailto:j.kiefer@forge-lanvin.de">j.kiefer@forge-lanvin.de</a>',
      'Jonas Kiefer',
      'j.kiefer@forge-lanvin.de',
    ],
  ])('%s: the contact works for the entry’s firm', (_, h1, contact, name, email) => {
    const got = read(
      `<main><h1>${h1}</h1><ul>${ex('Verrerie Aubrac', 'A12')}${ex('Forge Lanvin', 'B04', contact)}${ex('Tissages Berthon', 'C33')}</ul></main>`,
    );
    expect(got.people).toEqual([{ name, company: 'Forge Lanvin', email }]);
  });
});

describe('readOrgsSteps: entries a redesign wraps in a bare div, a consent dialog around (issue 7, scrambled lists)', () => {
  const wrap = (i: number, inner: string) => (i % 2 ? `<li><div>${inner}</div></li>` : `<li>${inner}</li>`);
  it.each([
    [
      'fr',
      'Nos fournisseurs',
      ['Verrerie Aubrac', 'Forge Lanvin', 'Quéméner Cartonnages', 'Tissages Berthon'],
      'Gestion des cookies',
      'Tout accepter',
    ],
    [
      'en',
      'Our suppliers',
      ['Quaylink Freight', 'Tarnmoor Haulage', 'Bramble Cargo', 'Coldharbour Mills'],
      'Cookie consent',
      'Accept all',
    ],
    [
      'de',
      'Unsere Lieferanten',
      ['Nordmole Spedition', 'Weserguss Formtechnik', 'Elbwerk Fördertechnik', 'Brauhaus Hollerbeck'],
      'Cookie-Einstellungen',
      'Alle akzeptieren',
    ],
  ])('%s: every entry is read, wrapped or not, and no button of the dialog', (_, h1, names, label, button) => {
    const got = read(
      `<div role="dialog" aria-label="${label}"><p>Cookies…</p><button>${button}</button><button>Personnaliser</button><button>Refuser tout</button></div>` +
        `<main><h1>${h1}</h1><ul>${names.map((n, i) => wrap(i, `<span>${n}</span> <span>(Rodez)</span>`)).join('')}</ul></main>`,
      'https://www.groupe-exemple.example/fournisseurs',
    );
    expect(got.companies.map((c) => c.name)).toEqual(names);
  });

  it('reads an exhibitor whose link and stand sit in a wrapper as the others', () => {
    const names = ['Lumeral Conseil', 'Brisot Emballages', 'Cabinet Varlin Expertise', 'Gaumier Menuiserie'];
    const got = read(
      `<main><h1>Les exposants</h1><ul>${names.map((n, i) => wrap(i, `<a href="/exposants/${i}">${n}</a> <span>Hall 2 – Stand A${i}1</span>`)).join('')}</ul></main>`,
    );
    expect(got.companies.map((c) => c.name)).toEqual(names);
  });
});

describe('readOrgsSteps: an event’s sponsors by tier, logos captioned with the names only (issue 7)', () => {
  const tier = (h: string, names: string[]) =>
    `<section><h2>${h}</h2><ul>${names.map((n) => `<li><figure><img alt="" src="data:,"><figcaption>${n}</figcaption></figure></li>`).join('')}</ul></section>`;
  it.each([
    ['fr', 'Sponsor Platine', 'Sponsors Or', ['Vélocia Mécanique'], ['Ormelec', 'Brivane Systèmes', 'Tanargue']],
    ['en', 'Platinum Sponsor', 'Gold Sponsors', ['Harrowgate Dynamics'], ['Quillon', 'Marsh Lane Robotics', 'Tevlin']],
    ['de', 'Hauptsponsor', 'Sponsoren Gold', ['Auenwerk Antriebe'], ['Kessla', 'Lindrach Sensorik', 'Orbatec']],
  ])('%s: each tier’s captions are firms', (_, h1, h2, a, b) => {
    const got = read(
      `<main><h1>Salon 2027</h1>${tier(h1, a)}${tier(h2, b)}</main>`,
      'https://www.salon.example/sponsors',
    );
    expect(got.companies.map((c) => c.name)).toEqual([...a, ...b]);
  });

  it('a tier of people’s names under a heading of another kind is no list of firms', () => {
    const got = read(
      `<main><h1>Notre équipe</h1>${tier('Bénévoles', ['Camille Verdier', 'Hugo Lantier', 'Inès Bardet'])}</main>`,
      'https://www.asso.example/equipe',
    );
    expect(got.companies).toEqual([]);
  });
});

describe('labelledFirms: a label before its firms on one line (issue 7)', () => {
  const read = (html: string) => {
    const { doc, close } = openDocument(
      `<!DOCTYPE html><html><body>${html}</body></html>`,
      'https://www.musee.example/',
    );
    const names = labelledFirms(doc.body).map((c) => c.name);
    close();
    return names;
  };
  it.each([
    [
      'fr',
      '<ul><li><strong>Grand mécène</strong> : Groupe Morvel Habitat</li><li><strong>Mécènes</strong> : Tonnellerie Brissac SAS, Cabinet Auriol Notaires, Imprimerie des Causses</li></ul>',
      ['Groupe Morvel Habitat', 'Tonnellerie Brissac SAS', 'Cabinet Auriol Notaires', 'Imprimerie des Causses'],
    ],
    ['en', '<p>Sponsors: Harlow Freight Ltd · Bellcombe Bank</p>', ['Harlow Freight Ltd', 'Bellcombe Bank']],
    [
      'de',
      '<p>Förderer: Stadtwerke Lindau GmbH, Oberwälder Volksbank eG</p>',
      ['Stadtwerke Lindau GmbH', 'Oberwälder Volksbank eG'],
    ],
    ['people, no firms', '<p>Mécènes : Jeanne Morel, Paul Durand</p>', []],
    ['a sentence', '<p>Partenaires : nous remercions tous ceux qui nous soutiennent.</p>', []],
    ['in the footer', '<footer><p>Partners: Harlow Freight Ltd</p></footer>', []],
  ])('%s', (_, html, want) => expect(read(html)).toEqual(want));
});

describe('a clinic’s departments, each a section of doctors’ cards, are no firms (issue 7)', () => {
  it.each([
    ['fr', 'Radiologie', 'Dr Claire Fontanel', 'Radiologue', 'Dr Hugo Maréchal', 'Chirurgien viscéral'],
    ['en', 'Paediatrics', 'Dr Emily Hartwell', 'Consultant Paediatrician', 'Dr Owen Pryce', 'Surgeon'],
    ['de', 'Kardiologie', 'Dr. Lena Brauer', 'Oberärztin', 'Dr. Jonas Keil', 'Facharzt für Kardiologie'],
  ])('%s', (_, dept, a, at, b, bt) => {
    const card = (n: string, t: string) => `<article class="card"><h3>${n}</h3><p>${t}</p></article>`;
    const got = read(
      `<main><h1>Nos praticiens</h1>${[dept, 'Urgences', 'Maternité']
        .map((d) => `<section><h2>${d}</h2><div class="grid">${card(a, at)}${card(b, bt)}</div></section>`)
        .join('')}</main>`,
    );
    expect(got.companies.map((c) => c.name)).toEqual([]);
  });
});
