import { describe, expect, it } from 'vitest';
import { textOf } from './dom';
import { skipCode } from './page-emails';
import { invertedName, isDetailLabel, readEntries, titleAndFirm, type Found } from './page-structures';
import { readTables } from './page-tables';

const body = (html: string): HTMLElement => new DOMParser().parseFromString(html, 'text/html').body;

function entries(html: string): Found {
  const out: Found = { people: [], companies: [] };
  readEntries(body(html), out);
  return out;
}

const card = (firm: string, activity: string, person: string, title: string, tel: string, mail: string) =>
  `<article><h3>${firm}</h3><p>${activity}</p><p><span>${person.split(' ')[0]}</span> <strong>${person
    .split(' ')
    .slice(1)
    .join(
      ' ',
    )}</strong><br><em>${title}</em></p><ul><li><a href="tel:${tel}">${tel}</a></li><li><a href="mailto:${mail}">${mail}</a></li></ul></article>`;

describe('readEntries: a directory of member firms, each headed by its name with its contact below', () => {
  it('reads the heading as the firm and the civility line as the person, even when the firm looks like a name', () => {
    const got = entries(
      `<div>${card('Tissages Berthon', 'Tissage et linge de maison', 'Mme Odile Berthon', 'Tisserande', '0475016629', 'odile@tissages-berthon.fr')}${card(
        'Ébénisterie Faure & Fils',
        'Restauration de meubles',
        'M. Régis Faure',
        'Artisan ébéniste',
        '0475624013',
        'contact@ebenisterie-faure.fr',
      )}${card('Les Forges du Vercors', "Ferronnerie d'art", 'M. Yann Gerbaud', 'Ferronnier, fondateur', '0612487305', 'yann@forges-vercors.fr')}</div>`,
    );
    expect(got.people.map((p) => [p.name, p.company])).toEqual([
      ['Odile Berthon', 'Tissages Berthon'],
      ['Régis Faure', 'Ébénisterie Faure & Fils'],
      ['Yann Gerbaud', 'Les Forges du Vercors'],
    ]);
  });

  it('pairs a label with the value on the next line (<dt>Contact</dt><dd>Name, Title</dd>)', () => {
    const listing = (firm: string, who: string, mail: string) =>
      `<div><h2><a href="/m/x">${firm}</a></h2><div>Tamworth · Flexible Packaging</div><dl><dt>Contact</dt><dd>${who}</dd><dt>Email</dt><dd><a href="mailto:${mail}">${mail}</a></dd></dl></div>`;
    const got = entries(
      `<div>${listing('Brindley Flexibles', 'Nathan Okafor, Technical Manager', 'n.okafor@brindleyflex.co.uk')}${listing(
        'Kenilworth Cartons',
        'Sophie Adeyinka, Business Development Manager',
        'sophie@kenilworthcartons.co.uk',
      )}${listing('Fosse Way Packaging Systems', 'Eleanor Whitby, Head of Service', 'eleanor@fossewaysystems.co.uk')}</div>`,
    );
    expect(got.people.map((p) => [p.name, p.title, p.company, p.email])).toEqual([
      ['Nathan Okafor', 'Technical Manager', 'Brindley Flexibles', 'n.okafor@brindleyflex.co.uk'],
      ['Sophie Adeyinka', 'Business Development Manager', 'Kenilworth Cartons', 'sophie@kenilworthcartons.co.uk'],
      ['Eleanor Whitby', 'Head of Service', 'Fosse Way Packaging Systems', 'eleanor@fossewaysystems.co.uk'],
    ]);
  });

  it('does not take a section heading above several people for their firm', () => {
    const got = entries(
      `<main><section><h2>Leadership</h2><div><h3>Imogen Thackeray</h3><p>Chief Executive</p></div><div><h3>Dev Raman</h3><p>CTO</p></div></section>
      <section><h2>Advisors</h2><div><h3>Rosalind Achebe</h3><p>Partner, Foxglove Ventures</p></div></section>
      <section><h2>Customer Success</h2><div><h3>Gregor Muir</h3><p>Head of Customer Success</p></div></section></main>`,
    );
    expect(got.companies.map((c) => c.name)).not.toContain('Leadership');
    expect(got.people.map((p) => p.company)).not.toContain('Leadership');
  });
});

describe('readEntries: a page of sections, each holding several people', () => {
  it('reads the cards inside the sections, each with its own links, not each section as one person', () => {
    const lead = (n: string, slug: string) =>
      `<div><h3>${n}</h3><p>Director</p><a href="https://www.linkedin.com/in/${slug}/" aria-label="LinkedIn"></a><a href="mailto:${slug}@larkspur.example" aria-label="Email"></a></div>`;
    const got = entries(
      `<main><section><h2>Leadership</h2><div>${lead('Imogen Thackeray', 'imogen')}${lead('Dev Raman', 'dev')}${lead('Ffion Pritchard', 'ffion')}</div></section>
      <section><h2>Engineering</h2><ul><li>Callum Reid — Head of Data Science <a href="https://www.linkedin.com/in/callum/">LinkedIn</a></li><li>Agnieszka Wróbel — Senior Engineer <a href="https://www.linkedin.com/in/agnieszka/">LinkedIn</a></li><li>Hattie Lowe — Engineering Manager, Platform <a href="https://www.linkedin.com/in/hattie/">LinkedIn</a></li></ul></section>
      <section><h2>Advisors</h2><p>Rosalind Achebe, Partner, Foxglove Ventures</p></section><section><h2>Join us</h2><p>We are hiring.</p></section></main>`,
    );
    expect(got.people.map((p) => [p.name, p.title, p.email, p.linkedinUrl?.split('/')[4]])).toEqual([
      ['Imogen Thackeray', 'Director', 'imogen@larkspur.example', 'imogen'],
      ['Dev Raman', 'Director', 'dev@larkspur.example', 'dev'],
      ['Ffion Pritchard', 'Director', 'ffion@larkspur.example', 'ffion'],
      ['Callum Reid', 'Head of Data Science', undefined, 'callum'],
      ['Agnieszka Wróbel', 'Senior Engineer', undefined, 'agnieszka'],
      ['Hattie Lowe', 'Engineering Manager, Platform', undefined, 'hattie'],
    ]);
  });
});

describe('readEntries: sections whose list items each open with a person (issue 7)', () => {
  // three sections side by side: read as entries, the first name of each would take another's address or phone
  const section = (h: string, items: string) => `<section><h2>${h}</h2><ul>${items}</ul></section>`;
  const li = (name: string, title: string, extra = '') => `<li><strong>${name}</strong> – ${title}${extra}</li>`;
  const mail = (a: string) => ` – <a href="mailto:${a}">${a}</a>`;
  it.each([
    [
      'fr',
      section('Bureau', li('Solène Marchetti', 'Présidente') + li('Yannick Obertin', 'Trésorier')) +
        section(
          'Bénévoles',
          li('Léon Ravaud', 'Référent Alsace') +
            li('Inès Boukhari', 'Référente Savoie', mail('ines.boukhari@exemple-asso.fr')),
        ) +
        section(
          'Équipe',
          li('Paul Terrasse', 'Chargé de mission') + li('Nadia Colombet', 'Comptable', ' – 01 99 00 12 34'),
        ),
    ],
    [
      'en',
      section('Board', li('Harriet Pemberton', 'Chair') + li('Oliver Dunmore', 'Treasurer')) +
        section(
          'Volunteers',
          li('Rufus Hale', 'Lead, North') + li('Mabel Crane', 'Lead, South', mail('mabel.crane@example-charity.org')),
        ) +
        section('Staff', li('Edwin Stroud', 'Officer') + li('Clara Venn', 'Accountant', ' – 020 7946 0123')),
    ],
    [
      'de',
      section('Vorstand', li('Annegret Vollmer', 'Vorsitzende') + li('Jörg Brandstetter', 'Kassenwart')) +
        section(
          'Ehrenamt',
          li('Lukas Fenner', 'Betreuer Nord') +
            li('Greta Moll', 'Betreuerin Süd', mail('greta.moll@beispiel-verein.de')),
        ) +
        section('Team', li('Timo Kessler', 'Referent') + li('Wiebke Sander', 'Buchhaltung', ' – 030 1234567')),
    ],
  ])("%s: no first name of a section is given another item's address or phone", (_, html) => {
    const got = entries(`<main>${html}</main>`);
    const first = new Set(
      [...body(`<main>${html}</main>`).querySelectorAll('section')].map((s) => textOf(s.querySelector('strong')!)),
    );
    for (const p of got.people)
      if (first.has(p.name)) expect([p.name, p.email, p.phones]).toEqual([p.name, undefined, undefined]);
  });
});

describe('readEntries: "Name, Title" lines', () => {
  it('keeps a German compound title after the name', () => {
    const li = (firm: string, who: string, mail: string) =>
      `<li><div><span>${firm}</span></div><div>${who}</div><div><a href="mailto:${mail}">${mail}</a></div></li>`;
    const got = entries(
      `<ul>${li('Adler Druckerei GmbH', 'Oskar Mertens, Personalleiter', 'o.mertens@adler-druckerei.de')}${li(
        'Arslan Bau GmbH',
        'Ulrike Adler, Vertriebsleiterin',
        'u.adler@arslan-bau.de',
      )}${li('Quast Hotel GmbH', 'Emine Vogt, Einkaufsleiterin', 'e.vogt@quast-hotel.de')}</ul>`,
    );
    expect(got.people.map((p) => [p.name, p.title])).toEqual([
      ['Oskar Mertens', 'Personalleiter'],
      ['Ulrike Adler', 'Vertriebsleiterin'],
      ['Emine Vogt', 'Einkaufsleiterin'],
    ]);
  });
});

describe('readTables: a dealers table grouped by region (issue 7)', () => {
  it.each([
    ['Revendeur', 'Ville', 'Bretagne', 'Motoculture Kerlann', 'Pontivy'],
    ['Dealer', 'Town', 'North West', 'Hollins Garden Machinery', 'Kendal'],
    ['Händler', 'Ort', 'Bayern', 'Landtechnik Sommer', 'Passau'],
  ])('skips the row of one cell heading a group (%s)', (firmHead, townHead, region, firm, town) => {
    const out: Found = { people: [], companies: [] };
    readTables(
      body(`<table><thead><tr><th>${firmHead}</th><th>${townHead}</th><th>Tel</th></tr></thead><tbody>
      <tr class="region"><th colspan="3">${region}</th></tr>
      <tr><td>${firm}</td><td>${town}</td><td><a href="tel:+33199001203">01 99 00 12 03</a></td></tr></tbody></table>`),
      out,
    );
    expect(out.companies.map((c) => c.name)).toEqual([firm]);
  });
});

describe("readEntries: a case study's fact sheet (issue 7)", () => {
  it.each([
    [
      '<dt>Client</dt><dd>Laiterie des Combes</dd><dt>Secteur</dt><dd>Agroalimentaire</dd><dt>Solution</dt><dd>Stockwise, édité par Quarto Logiciels</dd><dt>Durée</dt><dd>5 mois</dd>',
    ],
    ['<dt>Kunde</dt><dd>Mühle Brandt</dd><dt>Branche</dt><dd>Lebensmittel</dd><dt>Dauer</dt><dd>8 Monate</dd>'],
    ['<dt>Client</dt><dd>Hollins Foods</dd><dt>Industry</dt><dd>Food</dd><dt>Duration</dt><dd>6 months</dd>'],
  ])('reads no label as a firm: %s', (dl) => {
    const got = entries(`<section><dl>${dl}</dl></section>`);
    const labels = /^(?:Client|Secteur|Solution|Durée|Kunde|Branche|Dauer|Industry|Duration)$/;
    expect(got.companies.filter((c) => labels.test(c.name))).toEqual([]);
    expect(got.people).toEqual([]);
  });
});

describe('readTables: a member table', () => {
  it('reads a "Firma / Ort" column as the firm, and a phone as its tel: link says', () => {
    const out: Found = { people: [], companies: [] };
    readTables(
      body(`<table><tr><th>Firma / Ort</th><th>Ansprechpartner</th><th>Funktion</th><th>Telefon</th></tr>
      <tr><td><strong>Holzwerkstatt Kiefer</strong><br>95100 Selb</td><td>Ömer Kaya</td><td>Schreinermeister</td><td><a href="tel:0928744019">09287 44 01 9</a></td></tr>
      <tr><td><strong>Bauer Holzhaus GmbH</strong><br>96215 Lichtenfels</td><td>Dipl.-Ing. (FH) Carina Bauer</td><td>Technische Leitung</td><td><a href="tel:0957160442">09571 60 44 2</a></td></tr></table>`),
      out,
    );
    expect(out.people.map((p) => [p.name, p.company, p.phones])).toEqual([
      ['Ömer Kaya', 'Holzwerkstatt Kiefer', ['09287 44 01 9']],
      ['Carina Bauer', 'Bauer Holzhaus GmbH', ['09571 60 44 2']],
    ]);
  });
});

describe('readTables: a staff directory headed "NOM Prénom" and "Statut" (issue 7)', () => {
  it('reads the surname-first names, their status as title and their numbers, wrapped cells or not', () => {
    const row = (n: string, s: string, t: string, wrap: boolean) =>
      `<tr><td>${wrap ? `<div><a href="#">${n}</a></div>` : `<a href="#">${n}</a>`}</td><td>${s}</td><td>A${t.slice(-2)}</td><td>${t}</td></tr>`;
    for (const wrap of [false, true]) {
      const out: Found = { people: [], companies: [] };
      readTables(
        body(`<table><thead><tr><th>NOM Prénom</th><th>Statut</th><th>Bureau</th><th>Téléphone</th></tr></thead><tbody>
        ${row('GARREAU-DUPRÉ Maud', 'Professeure', '01 99 00 70 11', wrap)}
        ${row('ABADIE Yann', 'Maître de conférences', '01 99 00 70 12', false)}</tbody></table>`),
        out,
      );
      expect(out.people.map((p) => [p.name, p.title, p.phones])).toEqual([
        ['Maud Garreau-Dupré', 'Professeure', ['01 99 00 70 11']],
        ['Yann Abadie', 'Maître de conférences', ['01 99 00 70 12']],
      ]);
    }
  });
});

describe('readTables: a craft directory whose firm and title columns use other words (issue 7)', () => {
  it('reads "Enseigne" / "Spécialité" (FR), "Trade" (EN), "Werkstatt" / "Tätigkeit" (DE) as firm and title', () => {
    const read = (html: string): Found => {
      const out: Found = { people: [], companies: [] };
      readTables(body(html), out);
      return out;
    };
    const fr =
      read(`<table><thead><tr><th>Nom</th><th>Enseigne</th><th>Spécialité</th><th>Ville</th><th>Courriel</th></tr></thead><tbody>
      <tr><td>Odile MARCOUX</td><td>Vitraux Marcoux</td><td>Maître verrier</td><td>Autun</td><td><a href="mailto:odile@vitraux-marcoux.fr">odile@vitraux-marcoux.fr</a></td></tr>
      <tr><td>Kofi D'ALMEIDA</td><td>Sellerie du Bocage</td><td>Sellier-harnacheur</td><td>Vire</td><td><a href="mailto:kofi@sellerie-bocage.fr">kofi@sellerie-bocage.fr</a></td></tr></tbody></table>`);
    expect(fr.people.map((p) => [p.name, p.company, p.title])).toEqual([
      ['Odile MARCOUX', 'Vitraux Marcoux', 'Maître verrier'],
      ["Kofi D'ALMEIDA", 'Sellerie du Bocage', 'Sellier-harnacheur'],
    ]);
    expect(fr.companies.map((c) => c.name)).toEqual(['Vitraux Marcoux', 'Sellerie du Bocage']);
    const en = read(`<table><tr><th>Name</th><th>Workshop</th><th>Trade</th><th>Phone</th></tr>
      <tr><td>Ciaran O'Brien</td><td>Bramble Forge</td><td>Blacksmith</td><td>01632 960 412</td></tr>
      <tr><td>Hattie Penrose</td><td>Penrose Bindery</td><td>Bookbinder</td><td>01632 960 733</td></tr></table>`);
    expect(en.people.map((p) => [p.name, p.company, p.title])).toEqual([
      ["Ciaran O'Brien", 'Bramble Forge', 'Blacksmith'],
      ['Hattie Penrose', 'Penrose Bindery', 'Bookbinder'],
    ]);
    const de = read(`<table><tr><th>Name</th><th>Werkstatt</th><th>Tätigkeit</th></tr>
      <tr><td>Jörg Lindqvist</td><td>Drechslerei Lindqvist</td><td>Drechslermeister</td></tr>
      <tr><td>Mira Okonkwo</td><td>Okonkwo Goldschmiede</td><td>Goldschmiedin</td></tr></table>`);
    expect(de.people.map((p) => [p.name, p.company, p.title])).toEqual([
      ['Jörg Lindqvist', 'Drechslerei Lindqvist', 'Drechslermeister'],
      ['Mira Okonkwo', 'Okonkwo Goldschmiede', 'Goldschmiedin'],
    ]);
  });
});

describe('readTables: a board whose title column says where the office is held (issue 7)', () => {
  const read = (html: string): Found => {
    const out: Found = { people: [], companies: [] };
    readTables(body(html), out);
    return out;
  };
  it.each([
    ['Nom', 'Fonction au conseil', "Poste dans l'entreprise", 'Présidente', 'Soudeuse', 'Trésorier', 'Magasinier'],
    ['Name', 'Role on the board', 'Job in the firm', 'Chair', 'Welder', 'Treasurer', 'Storekeeper'],
    ['Name', 'Funktion im Vorstand', 'Tätigkeit im Betrieb', 'Vorsitzende', 'Schweißerin', 'Kassenwart', 'Lagerist'],
  ])('reads "%s | %s | %s": the first title column holds the title', (n, t1, t2, a1, a2, b1, b2) => {
    const got = read(`<table><thead><tr><th>${n}</th><th>${t1}</th><th>${t2}</th></tr></thead><tbody>
      <tr><td>Odile Marcoux-Benali</td><td>${a1}</td><td>${a2}</td></tr>
      <tr><td>Kofi Lindqvist</td><td>${b1}</td><td>${b2}</td></tr></tbody></table>`);
    expect(got.people.map((p) => [p.name, p.title])).toEqual([
      ['Odile Marcoux-Benali', a1],
      ['Kofi Lindqvist', b1],
    ]);
  });
});

describe('readEntries on hostile DOMs (issue 10)', () => {
  it('deep nesting is read in linear time (no ancestor lookup per lone-child parent)', () => {
    const doc = document.implementation.createHTMLDocument('deep');
    let node: Element = doc.body;
    for (let i = 0; i < 1_000; i++) node = node.appendChild(doc.createElement(i % 2 ? 'span' : 'div'));
    node.textContent = 'bas@profond-bench.fr';
    // every nested element is a parent with one child: none may cost a walk up its ancestors (1,000 here: happy-dom's selectors overflow deeper)
    let climbs = 0;
    const closest = Element.prototype.closest;
    Element.prototype.closest = function (this: Element, s: string) {
      climbs++;
      return closest.call(this, s);
    } as typeof closest;
    try {
      readEntries(doc.body, { people: [], companies: [] });
    } finally {
      Element.prototype.closest = closest;
    }
    expect(climbs).toBeLessThan(100);
  });
});

describe('readEntries: one-word titles under the name', () => {
  it('reads a trade written as one word right under the card’s name, not the town on the next line', () => {
    const c = (firm: string, person: string, title: string, town: string, mail: string) =>
      `<article><h3>${firm}</h3><p>${person.startsWith('Martin') ? 'M.' : 'Mme'} <strong>${person}</strong><br><em>${title}</em></p><ul><li>${town}</li><li><a href="mailto:${mail}">${mail}</a></li></ul></article>`;
    const got = entries(
      `<div>${c('Tissages Marnay', 'Odette Marnay', 'Tisserande', 'Nyons', 'odette@tissages-marnay.fr')}${c(
        'Lutherie Vasseur',
        'Martin Vasseur',
        'Luthier',
        'Valence',
        'martin@lutherie-vasseur.fr',
      )}${c('Cabinet Ollier', 'Sonia Ollier', 'Avocate', 'Lyon', 'contact@ollier-avocats.fr')}${c(
        'Brennerei Hofstetter',
        'Anja Hofstetter',
        'Geschäftsführerin',
        'Bamberg',
        'anja@brennerei-hofstetter.de',
      )}${c('Savonnerie du Ventoux', 'Pauline Rey', 'Savonnière', 'Carpentras', 'pauline@savonnerie-ventoux.fr')}</div>`,
    );
    expect(got.people.map((p) => [p.name, p.title])).toEqual([
      ['Odette Marnay', 'Tisserande'],
      ['Martin Vasseur', 'Luthier'],
      ['Sonia Ollier', 'Avocate'],
      ['Anja Hofstetter', 'Geschäftsführerin'],
      ['Pauline Rey', 'Savonnière'],
    ]);
  });

  it('does not take the town under a name for a title', () => {
    const c = (person: string, town: string, tel: string) =>
      `<li><h3>Atelier ${person.split(' ')[1]}</h3><p>Mme <strong>${person}</strong><br>${town}</p><p><a href="tel:${tel}">${tel}</a></p></li>`;
    const got = entries(
      `<ul>${c('Odette Marnay', 'Angers', '0241875512')}${c('Martin Vasseur', 'Poitiers', '0549331207')}${c('Sonia Ollier', 'Montpellier', '0467221980')}</ul>`,
    );
    expect(got.people.map((p) => p.title)).toEqual([undefined, undefined, undefined]);
  });
});

describe('readEntries: labelled contacts', () => {
  it('keeps a German compound title after a labelled name ("Ansprechpartner: Kemal Aydın, Vertriebsleiter")', () => {
    const dl = (firm: string, who: string, mail: string) =>
      `<dt><strong>${firm}</strong></dt><dd>Ansprechpartner: ${who}</dd><dd><a href="mailto:${mail}">${mail}</a></dd>`;
    const got = entries(
      `<dl>${dl('Druckhaus Aurach GmbH', 'Kemal Aydın, Vertriebsleiter', 'k.aydin@druckhaus-aurach.de')}${dl(
        'Sägewerk Lang',
        'Bernd Lang, Betriebsleiter',
        'lang@saegewerk-lang.de',
      )}</dl>`,
    );
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Kemal Aydın', 'Vertriebsleiter', 'Druckhaus Aurach GmbH'],
      ['Bernd Lang', 'Betriebsleiter', 'Sägewerk Lang'],
    ]);
  });
});

describe('readEntries: two contacts under a heading, each a title, a name and an address (issue 7)', () => {
  const person = (title: string, name: string, mail: string) =>
    `<div class="p"><span class="l">${title}</span><span class="v">${name}</span><span class="v"><a href="mailto:${mail}">${mail}</a></span></div>`;
  it.each([
    [
      'Ihre Ansprechpersonen',
      'Mandatsleiterin',
      'lic. iur. Seraina Caduff',
      'Seraina Caduff',
      'Leiter Lohnbuchhaltung',
    ],
    ['Vos interlocuteurs', 'Chargée de clientèle', 'Mme Ombeline Ferrat', 'Ombeline Ferrat', 'Responsable paie'],
    ['Your contacts', 'Client Manager', 'Ms Tamsin Oakhurst', 'Tamsin Oakhurst', 'Payroll Lead'],
  ])('%s', (heading, title, raw, name, title2) => {
    const got = entries(
      `<section><h2>${heading}</h2>${person(title, raw, 'a.one@firm.example')}${person(title2, 'Casimir Vandelle', 'c.two@firm.example')}</section>`,
    );
    expect(got.people.map((p) => [p.name, p.title, p.email])).toEqual([
      [name, title, 'a.one@firm.example'],
      ['Casimir Vandelle', title2, 'c.two@firm.example'],
    ]);
  });

  it('keeps the name over a title whose object reads like a name ("Responsable Grands Comptes")', () => {
    const card = (name: string, title: string, mail: string) =>
      `<div class="c"><div class="t">${name}</div><div class="e"><p>${title}</p><p><a href="mailto:${mail}">Envoyer un e-mail</a></p></div></div>`;
    const got = entries(
      `<div>${card('Ysaline Morvan', 'Directrice associée', 'ysaline@firm.example')}${card(
        'Théo Van den Broeck',
        'Responsable Grands Comptes',
        'theo@firm.example',
      )}${card('Nour Benali', "Chargée d'affaires", 'nour@firm.example')}</div>`,
    );
    expect(got.people.map((p) => [p.name, p.title])).toEqual([
      ['Ysaline Morvan', 'Directrice associée'],
      ['Théo Van den Broeck', 'Responsable Grands Comptes'],
      ['Nour Benali', "Chargée d'affaires"],
    ]);
  });
});

describe('readEntries: a card grid', () => {
  it('reads a one-word title in its own paragraph and the brand its email names', () => {
    const c = (n: string, t: string, brand: string, town: string, mail: string) =>
      `<div><h3>${n}</h3><p>${t}</p><p>${brand}</p><p>${town}</p><a href="mailto:${mail}" aria-label="Écrire"></a></div>`;
    const got = entries(
      `<section>${c('Nadège Wurtz', 'Tisserande', 'Tissages du Ried', 'Erstein', 'nadege@tissages-ried.fr')}${c(
        'Yannick Roth',
        'Relieur',
        'Reliure Roth',
        'Obernai',
        'yannick@reliure-roth.fr',
      )}${c('Élodie Ferrat', 'Céramiste', 'Atelier Terre de Rhin', 'Strasbourg', 'elodie@terre-de-rhin.fr')}</section>`,
    );
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Nadège Wurtz', 'Tisserande', 'Tissages du Ried'],
      ['Yannick Roth', 'Relieur', 'Reliure Roth'],
      ['Élodie Ferrat', 'Céramiste', 'Atelier Terre de Rhin'],
    ]);
  });
});

describe('readEntries: offices written as <dt>, the person as <dd> (issue 7)', () => {
  it('takes the term for the title, an obfuscated address for the email, no office for a firm', () => {
    const got = entries(`<dl>
<dt>Président</dt><dd>Yves Le Floch</dd><dd>Librairie Le Floch, 7 place des Lices</dd><dd>president arobase vitrines-de-vannes point fr</dd>
<dt>Vice-présidente</dt><dd>Gwenaëlle Tanguy</dd><dd>Opticienne – Tanguy Optique</dd><dd>Tél. 02 97 47 21 86</dd>
<dt>Trésorier</dt><dd>Patrick Guéguen</dd><dd>tresorier (at) vitrines-de-vannes (dot) fr</dd>
<dt>Schriftführerin (ehrenamtlich)</dt><dd>Dr. Karin Vossberg</dd><dd>06 31 84 52 70 – <a href="mailto:k.vossberg@example-verein.de">k.vossberg@example-verein.de</a></dd>
</dl>`);
    expect(got.people.map((p) => [p.name, p.title, p.email, p.phones?.[0]])).toEqual([
      ['Yves Le Floch', 'Président', 'president@vitrines-de-vannes.fr', undefined],
      ['Gwenaëlle Tanguy', 'Vice-présidente', undefined, '02 97 47 21 86'],
      ['Patrick Guéguen', 'Trésorier', 'tresorier@vitrines-de-vannes.fr', undefined],
      ['Karin Vossberg', 'Schriftführerin', 'k.vossberg@example-verein.de', '06 31 84 52 70'],
    ]);
    expect(got.companies.map((c) => c.name)).not.toContain('Président');
  });
});

describe('readEntries: a board with each member’s firm in brackets (issue 7)', () => {
  it.each([
    [
      'FR: one bracket names a firm by its words, so each bracket is a firm',
      `<dl><dt>Président</dt><dd>Loïc Tanguy <span>(Biscuiterie Tanguy)</span></dd><dt>Vice-présidente</dt><dd>Annaïg Le Du <span>(Maravelle)</span></dd><dt>Trésorier</dt><dd>Didier Morvan <span>(Morvan &amp; Fils)</span></dd></dl>`,
      [
        ['Loïc Tanguy', 'Président', 'Biscuiterie Tanguy'],
        ['Annaïg Le Du', 'Vice-présidente', 'Maravelle'],
        ['Didier Morvan', 'Trésorier', 'Morvan & Fils'],
      ],
    ],
    [
      'DE: Vorstand with firms',
      `<dl><dt>Vorsitzender</dt><dd>Jörg Hellmann (Hellmann Maschinenbau GmbH)</dd><dt>Kassenwartin</dt><dd>Ute Brandl (Kornwerk)</dd></dl>`,
      [
        ['Jörg Hellmann', 'Vorsitzender', 'Hellmann Maschinenbau GmbH'],
        ['Ute Brandl', 'Kassenwartin', 'Kornwerk'],
      ],
    ],
    [
      'EN: brackets that hold no firm by its words name none',
      `<dl><dt>Chair</dt><dd>Jane Roe (Leeds)</dd><dt>Treasurer</dt><dd>John Poe (Harrogate)</dd></dl>`,
      [
        ['Jane Roe', 'Chair', undefined],
        ['John Poe', 'Treasurer', undefined],
      ],
    ],
  ])('%s', (_, html, people) => {
    expect(entries(html).people.map((p) => [p.name, p.title, p.company])).toEqual(people);
  });
});

describe("readEntries: an Austrian Impressum's facts as a <dl> (issue 7)", () => {
  it('reads the managers with the firm the list names, and no term as a firm', () => {
    const got = entries(`<dl><dt>Firmenwortlaut</dt><dd>Almbach &amp; Reiter Metallbau GmbH</dd>
<dt>Anschrift</dt><dd>Lindenweg 3, 8020 Graz</dd><dt>Unternehmensgegenstand</dt><dd>Metallbau, Stahlbau</dd>
<dt>UID-Nummer</dt><dd>ATU00000000</dd><dt>Firmenbuchnummer</dt><dd>FN 000000 a</dd>
<dt>Firmenbuchgericht</dt><dd>Landesgericht Graz</dd><dt>Firmensitz</dt><dd>Graz</dd>
<dt>Geschäftsführung</dt><dd>Mag. Theresa Almbach, Ing. Lukas Reiter</dd><dt>Mitglied bei</dt><dd>WKO</dd>
<dt>Aufsichtsbehörde</dt><dd>Bezirkshauptmannschaft Graz-Umgebung</dd></dl>`);
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Theresa Almbach', 'Geschäftsführung', 'Almbach & Reiter Metallbau GmbH'],
      ['Lukas Reiter', 'Geschäftsführung', 'Almbach & Reiter Metallbau GmbH'],
    ]);
    expect([...new Set(got.companies.map((c) => c.name))]).toEqual(['Almbach & Reiter Metallbau GmbH']);
  });
});

describe("readEntries: an Impressum's managers, each with their own title in brackets (issue 7)", () => {
  it.each([
    [
      'Geschäftsführung',
      'Ing. Marlene Oberhuber-Sattler, MBA (Geschäftsführerin)',
      'DI Jonas Auerbach (Geschäftsführer)',
      'Geschäftsführerin',
      'Geschäftsführer',
    ],
    [
      'Directors',
      'Nadia Prowse, MBA (Managing Director)',
      'Owen Talbot (Finance Director)',
      'Managing Director',
      'Finance Director',
    ],
    [
      'Direction',
      'Claire Vasseur-Nadal (Présidente)',
      'Hugo Ferrandi (Directeur général)',
      'Présidente',
      'Directeur général',
    ],
  ])('<dt>%s</dt>: the bracketed titles win over the label', (label, a, b, ta, tb) => {
    const got = entries(`<dl><dt>Firmenname</dt><dd>Auerbach &amp; Oberhuber Metallbau GmbH</dd>
<dt>UID-Nummer</dt><dd>ATU00000000</dd><dt>${label}</dt><dd>${a}<br>${b}</dd><dt>Telefon</dt><dd>+43 732 000 000</dd></dl>`);
    expect(got.people.map((p) => [p.name, p.title])).toEqual([
      [a.replace(/^(?:Ing\. )?(.*?)(?:, MBA)? \(.*$/, '$1'), ta],
      [b.replace(/^(?:DI )?(.*?) \(.*$/, '$1'), tb],
    ]);
  });
});

describe('readEntries: the title line of a member list (issue 7)', () => {
  const entry = (firm: string, who: string, mail: string) =>
    `<li><div><span>${firm}</span></div><div><span>${who}</span></div><div><a href="mailto:${mail}">${mail}</a></div></li>`;
  it('a word the title list lacks is a title where the other entries hold titles', () => {
    const got = entries(
      `<ul>${entry('Adler Metallbau GmbH', 'Doris Vogt, Assistenz der Geschäftsführung', 'd.vogt@adler-metallbau.de')}${entry(
        'Arslan Bau GmbH',
        'Ulrike Adler, Vertriebsleiterin',
        'u.adler@arslan-bau.de',
      )}${entry('Arslan Druckerei KG', 'Georg Nowak, Bevollmächtigter', 'g.nowak@arslan-druckerei.de')}${entry(
        'Conrad Logistik GmbH',
        'Lena Ott, Geschäftsführerin',
        'l.ott@conrad-logistik.de',
      )}${entry('Ott Hotel GmbH', 'Max Kessler, Technischer Leiter', 'm.kessler@ott-hotel.de')}</ul>`,
    );
    expect(got.people.map((p) => p.title)).toEqual([
      'Assistenz der Geschäftsführung',
      'Vertriebsleiterin',
      'Bevollmächtigter',
      'Geschäftsführerin',
      'Technischer Leiter',
    ]);
  });
  it('a town after the name is no title when the other entries hold none', () => {
    const got = entries(
      `<ul>${entry('Adler Metallbau GmbH', 'Doris Vogt, Bad Kreuznach', 'd.vogt@adler-metallbau.de')}${entry(
        'Arslan Bau GmbH',
        'Ulrike Adler, Mainz',
        'u.adler@arslan-bau.de',
      )}${entry('Arslan Druckerei KG', 'Georg Nowak, Bingen', 'g.nowak@arslan-druckerei.de')}</ul>`,
    );
    expect(got.people.map((p) => p.title)).toEqual([undefined, undefined, undefined]);
  });
});

describe('readEntries: offices no word list knows, by the shape of the list', () => {
  it('terms that are neither names nor firms, each over one person, are titles; the firm below is no second person', () => {
    const got = entries(`<dl>
<dt>Vorsitzender</dt><dd>Henning Brakel</dd><dd>Brakel Uhren &amp; Schmuck</dd><dd>vorsitz (at) altstadt-lueneburg (dot) de</dd>
<dt>Stellvertretende Vorsitzende</dt><dd>Dr. Wiebke Sanders</dd><dd>Apotheke am Stint</dd>
<dt>Kassenwartin</dt><dd>Maren Oltmanns</dd><dd>kasse (at) altstadt-lueneburg (dot) de</dd>
<dt>Beisitzer</dt><dd>Jannik Hartwig</dd><dd>Buchhandlung Hartwig</dd>
</dl>`);
    expect(got.people.map((p) => [p.name, p.title, p.email])).toEqual([
      ['Henning Brakel', 'Vorsitzender', 'vorsitz@altstadt-lueneburg.de'],
      ['Wiebke Sanders', 'Stellvertretende Vorsitzende', undefined],
      ['Maren Oltmanns', 'Kassenwartin', 'kasse@altstadt-lueneburg.de'],
      ['Jannik Hartwig', 'Beisitzer', undefined],
    ]);
    expect(got.companies.map((c) => c.name)).not.toContain('Vorsitzender');
  });
});

describe('readEntries: member cards that start with the firm, the contact below (issue 7, blind pages)', () => {
  const wcard = (firm: string, person: string, title: string, tel: string, mail: string) =>
    `<div role="listitem"><div><h4><span>${firm}</span></h4></div><div><p><span>${person}</span></p><p><span>${title}</span></p></div>
    <div><p><span>T: ${tel}</span></p><p><span>E: <a href="mailto:${mail}">${mail}</a></span></p></div></div>`;
  it('a first line the card’s address names is the firm, even when it reads like a name', () => {
    const got = entries(
      `<div role="list">${wcard('Harlow Meadow Nurseries', 'Joan Pettifer', 'Nursery Manager', '01632 960 114', 'joan@harlowmeadow.co.uk')}${wcard(
        'Quenby Lettings',
        'Dr Owain Rees',
        'Owner',
        '01632 960 227',
        'info@quenbylettings.co.uk',
      )}${wcard('Thornbury Glass Works', 'Fiona Fairbank', 'Operations Director', '01632 960 391', 'f.fairbank@thornburyglass.co.uk')}</div>`,
    );
    expect(got.people.map((p) => [p.name, p.company, p.title])).toEqual([
      ['Joan Pettifer', 'Harlow Meadow Nurseries', 'Nursery Manager'],
      ['Owain Rees', 'Quenby Lettings', 'Owner'],
      ['Fiona Fairbank', 'Thornbury Glass Works', 'Operations Director'],
    ]);
    // the number listed on a member's card is its firm's too
    expect(got.companies.find((c) => c.name === 'Quenby Lettings')?.phones).toEqual(['01632 960 227']);
  });

  it('an office card: the contact below “Standortleitung” keeps their own line and address, not the office’s', () => {
    const office = (city: string, tel: string, mail: string, name: string, dial: string, own: string) =>
      `<div class="col"><h2>${city}</h2><p>Hauptstraße 1<br>12345 ${city}</p><ul><li>Tel. ${tel}</li><li><a href="mailto:${mail}">${mail}</a></li></ul>
      <h3>Standortleitung</h3><p><strong>${name}</strong><br>Steuerberaterin<br>Durchwahl ${dial}<br><a href="mailto:${own}">${own}</a></p></div>`;
    const got = entries(
      `<div class="row">${office('Passau', '0851 4471 0', 'passau@kanzlei-ebner.example', 'Dipl.-Kfm. Lukas Ebner', '0851 4471 12', 'l.ebner@kanzlei-ebner.example')}${office(
        'Landshut',
        '0871 9930 0',
        'landshut@kanzlei-ebner.example',
        'Sabine Wirth',
        '0871 9930 21',
        's.wirth@kanzlei-ebner.example',
      )}${office('Deggendorf', '0991 2280 0', 'deggendorf@kanzlei-ebner.example', 'Jonas Pfeffer', '0991 2280 14', 'j.pfeffer@kanzlei-ebner.example')}</div>`,
    );
    expect(got.people.map((p) => [p.name, p.email, p.phones])).toEqual([
      ['Lukas Ebner', 'l.ebner@kanzlei-ebner.example', ['0851 4471 12']],
      ['Sabine Wirth', 's.wirth@kanzlei-ebner.example', ['0871 9930 21']],
      ['Jonas Pfeffer', 'j.pfeffer@kanzlei-ebner.example', ['0991 2280 14']],
    ]);
  });
});

describe('readTables: a second name column ("Contact") holds a number or an address', () => {
  it('reads it as the person’s phone or email', () => {
    const out: Found = { people: [], companies: [] };
    readTables(
      body(`<table><thead><tr><th>Fonction</th><th>Nom</th><th>Contact</th></tr></thead><tbody>
      <tr><td>Présidente</td><td>Annick Morvan</td><td>02 98 44 10 27</td></tr>
      <tr><td>Trésorier</td><td>Loïc Garrec</td><td><a href="mailto:tresorier@ucl-example.fr">tresorier@ucl-example.fr</a></td></tr></tbody></table>`),
      out,
    );
    expect(out.people).toEqual([
      { name: 'Annick Morvan', title: 'Présidente', phones: ['02 98 44 10 27'] },
      { name: 'Loïc Garrec', title: 'Trésorier', email: 'tresorier@ucl-example.fr' },
    ]);
  });
  it('reads both when the cell gives a number and a mailto link behind a label (issue 7)', () => {
    const out: Found = { people: [], companies: [] };
    readTables(
      body(`<table><thead><tr><th>Gebiet</th><th>Name</th><th>Funktion</th><th>Kontakt</th></tr></thead><tbody>
      <tr><td>PLZ 0–3</td><td>Henrike Bolsinger</td><td>Gebietsleiterin</td><td>Tel. +49 30 5550 1111<br><a href="mailto:h.bolsinger@beispiel-raum.de">E-Mail schreiben</a></td></tr>
      <tr><td>PLZ 4–5</td><td>Tjark Osterloh</td><td>Gebietsleiter</td><td><a href="mailto:t.osterloh@beispiel-raum.de">E-Mail</a></td></tr></tbody></table>`),
      out,
    );
    expect(out.people).toEqual([
      {
        name: 'Henrike Bolsinger',
        title: 'Gebietsleiterin',
        email: 'h.bolsinger@beispiel-raum.de',
        phones: ['+49 30 5550 1111'],
      },
      { name: 'Tjark Osterloh', title: 'Gebietsleiter', email: 't.osterloh@beispiel-raum.de' },
    ]);
  });
});

describe('invertedName: a directory name written surname first', () => {
  it.each([
    ['Müller, Anna', 'Anna Müller'],
    ['Dr. Weber, Klaus', 'Klaus Weber'],
    ['Schäfer-Lind, Tobias', 'Tobias Schäfer-Lind'],
    ['DUPONT Jeanne', 'Jeanne Dupont'],
    ['FAVRE-MOREL Bastien', 'Bastien Favre-Morel'],
    ['VAN DAELE Annelies', 'Annelies Van Daele'],
    ['Me Claire Martin', ''],
    ['Jeanne Dupont', ''],
    ['Acme, Inc.', ''],
    ['Lyon, France', ''],
    // a register and its town (BE, FR, DE): no person written surname first
    ['RPM Bruxelles', ''],
    ['RPR Antwerpen', ''],
    ['RCS Nantes', ''],
    ['HRB Kassel', ''],
  ])('%s -> %s', (raw, want) => expect(invertedName(raw)).toBe(want));
});

describe('titleAndFirm: a title and the firm a list writes after it', () => {
  it.each([
    ['Head of Sales, Ostwind Logistik GmbH', ['Head of Sales', 'Ostwind Logistik GmbH']],
    ['Chief Operating Officer — Brightwell Foods', ['Chief Operating Officer', 'Brightwell Foods']],
    ['Geschäftsführerin | Voss Ingenieure GmbH', ['Geschäftsführerin', 'Voss Ingenieure GmbH']],
    ['Projektleiter bei Küstenwind Service GmbH', ['Projektleiter', 'Küstenwind Service GmbH']],
    ['Leiterin Forschung, Nordwind Energie AG', ['Leiterin Forschung', 'Nordwind Energie AG']],
    ['Senior Consultant, Windpark Advies B.V. (Niederlande)', ['Senior Consultant', 'Windpark Advies B.V.']],
    // a country, a status or a duty after the title is no firm
    ['Referentin Energiepolitik, Deutschland', ['Referentin Energiepolitik', undefined]],
    ['Retail Analyst — Independent', ['Retail Analyst', undefined]],
    ['Architekt, Projektleitung Schulbau', [undefined, undefined]],
    ['Engineering Manager, Platform', ['Engineering Manager, Platform', undefined]],
    // the firm's town after it (speakers' lines), a school, a lawyer's practice area
    ['Directrice achats – Biscuits Morvan, Quimper', ['Directrice achats', 'Biscuits Morvan']],
    ['Head of Risk, Hallam Freight Ltd — Bristol', ['Head of Risk', 'Hallam Freight Ltd']],
    ['Chercheuse en logistique, École des Mines de Douai', ['Chercheuse en logistique', 'École des Mines de Douai']],
    ['Avocat associé – Droit fiscal', ['Avocat associé – Droit fiscal', undefined]],
    // a unit or a field after the title, a capitalised word then a lower-case one: no firm (issue 7)
    ['Process Engineer – Lean Office', ['Process Engineer – Lean Office', undefined]],
    [
      'Associée – Stratégie industrielle & Supply Chain',
      ['Associée – Stratégie industrielle & Supply Chain', undefined],
    ],
    ['Consultant – Operational excellence', ['Consultant – Operational excellence', undefined]],
    ['Gérante – Fromagerie Orsel', ['Gérante', 'Fromagerie Orsel']],
    ['Directrice – Conserverie artisanale SAS', ['Directrice', 'Conserverie artisanale SAS']],
    // (a firm named "… de …" after a dash: the title ends at the dash)
    ['Trésorier – Banque Mutuelle de Crédit', ['Trésorier', 'Banque Mutuelle de Crédit']],
    ['Treasurer – Bank of Northfield', ['Treasurer', 'Bank of Northfield']],
    ['Schatzmeister – Sparkasse von Oberfeld', ['Schatzmeister', 'Sparkasse von Oberfeld']],
  ])('%s', (raw, want) => expect(titleAndFirm(raw)).toEqual(want));
});

describe('isDetailLabel: the terms of a company-details list', () => {
  it.each([
    ['Registered office', true],
    ['Company number', true],
    ['Directors', true],
    ['Siège social', true],
    ['Gérants :', true],
    ['Registergericht', true],
    // an Impressum's terms: the provider, the register entry, the VAT id with its statute, contact lines
    ['Anbieter', true],
    ['Registereintrag', true],
    ['Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG', true],
    ['Telefon', true],
    ['Telefax', true],
    ['E-Mail', true],
    ['Éditeur', true],
    // an Austrian Impressum's terms, a share's facts (issue 7)
    ['Firmenbuchnummer', true],
    ['Firmenbuchgericht', true],
    ['Firmensitz', true],
    ['UID-Nummer', true],
    ['Unternehmensgegenstand', true],
    ['Aufsichtsbehörde', true],
    ['Mitglied bei', true],
    ['Firmenwortlaut', true],
    ['ISIN', true],
    ['Designated Sponsor', true],
    ['Paying agent', true],
    ['Auditor', true],
    ['Abschlussprüfer', true],
    // a case's or a project's fact sheet (issue 7)
    ['Client', true],
    ['Secteur :', true],
    ['Durée', true],
    ['Branche', true],
    ['Auftraggeber', true],
    ['Industry', true],
    ['Firmengruppe Aufsberg', false],
    ['Amtsgericht Kiel', false],
    ['Telefon Müller GmbH', false],
    ['Hebden Loom Textiles Ltd', false],
    ['Whitfield & Lowe Surveyors', false],
  ])('%s -> %s', (label, want) => expect(isDetailLabel(label)).toBe(want));
});

describe('readEntries: company details as a <dl>', () => {
  it('gives the values under Directors and Company secretary as people, the labels as nothing', () => {
    const got = entries(
      `<section><dl><dt>Registered name</dt><dd>Harlowmere Joinery Ltd</dd><dt>Registered office</dt><dd>Unit 4, Calder Mill, Hebden Bridge HX7 6DL, United Kingdom</dd><dt>Company number</dt><dd>07731945</dd><dt>Directors</dt><dd>Rachel Sutcliffe</dd><dd>Daniel Sutcliffe</dd><dt>Company secretary</dt><dd>Mohammed Iqbal</dd></dl></section>`,
    );
    expect(got.people.map((p) => [p.name, p.title])).toEqual([
      ['Rachel Sutcliffe', 'Director'],
      ['Daniel Sutcliffe', 'Director'],
      ['Mohammed Iqbal', 'Company secretary'],
    ]);
    expect(got.companies).toEqual([]);
  });

  it("reads an Impressum's <dl>: the managers (a chair's note in brackets dropped), no label as a firm", () => {
    const got = entries(
      `<section><dl><dt>Anbieter</dt><dd>Kornfeld Anlagenbau GmbH<br>Hafenweg 3<br>24103 Kiel</dd><dt>Geschäftsführer</dt><dd>Ole Brandt (Vorsitzender)<br>Dr. Hanna Petersen</dd><dt>Registereintrag</dt><dd>Amtsgericht Kiel, HRB 11223 KI</dd><dt>Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG</dt><dd>DE123456789</dd><dt>Telefon</dt><dd>+49 431 555 10 00</dd><dt>Telefax</dt><dd>+49 431 555 10 99</dd></dl></section>`,
    );
    expect(got.people.map((p) => [p.name, p.title])).toEqual([
      ['Ole Brandt', 'Geschäftsführer'],
      ['Hanna Petersen', 'Geschäftsführer'],
    ]);
    expect(got.companies.map((c) => c.name)).not.toContain('Registereintrag');
    expect(got.companies.map((c) => c.name)).not.toContain('Telefax');
  });

  it('reads a member card of Société / Gérante / Siège social: the manager of that firm', () => {
    const c = (firm: string, role: string, who: string, tel: string) =>
      `<div><h2>${firm.split(' ').slice(1).join(' ')}</h2><dl><dt>Société</dt><dd>${firm}</dd><dt>${role}</dt><dd>${who}</dd><dt>Siège social</dt><dd>Le Bourg, 69620 Oingt</dd><dt>Téléphone</dt><dd>${tel}</dd></dl></div>`;
    const got = entries(
      `<div>${c('SCEA Domaine des Pierres Dorées', 'Gérante', 'Mme Hélène Giraud-Perrin', '04 74 71 20 95')}${c('SAS Transports Dumas', 'Dirigeant', 'Thierry Dumas', '04 74 66 08 71')}${c('SARL Atelier Brunet', 'Gérant', 'Luc Brunet', '04 74 69 12 38')}</div>`,
    );
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Hélène Giraud-Perrin', 'Gérante', 'SCEA Domaine des Pierres Dorées'],
      ['Thierry Dumas', 'Dirigeant', 'SAS Transports Dumas'],
      ['Luc Brunet', 'Gérant', 'SARL Atelier Brunet'],
    ]);
  });
});

describe('readTables: names surname first, a status column', () => {
  it('turns "Müller, Anna" into Anna Müller and reads no firm from the status column', () => {
    const out: Found = { people: [], companies: [] };
    readTables(
      body(
        `<table><tr><th>Name</th><th>Funktion</th><th>Firma</th><th>Status</th></tr><tr><td>Müller, Anna</td><td>Geschäftsführerin</td><td>Pixelhafen GmbH</td><td>Mitglied seit 2019</td></tr><tr><td>DUPONT Jeanne</td><td>Directrice</td><td>freelance</td><td>angestellt</td></tr></table>`,
      ),
      out,
    );
    expect(out.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Anna Müller', 'Geschäftsführerin', 'Pixelhafen GmbH'],
      ['Jeanne Dupont', 'Directrice', undefined],
    ]);
    expect(out.companies.map((c) => c.name)).toEqual(['Pixelhafen GmbH']);
  });
});

describe('skipCode: an anti-spam span hidden from screen readers inside an address', () => {
  it.each([
    ['k.benali<span aria-hidden="true">.invalid</span>@avocat-benali.fr', 'k.benali@avocat-benali.fr'],
    ['anna@<span aria-hidden="true">nospam.</span>firma.de', 'anna@firma.de'],
    // an icon beside an address is no part of it, and stays read where it has text of its own
    ['<span aria-hidden="true">✉</span> anna@firma.de', '✉ anna@firma.de'],
  ])('%s', (html, want) => expect(textOf(body(`<p>${html}</p>`).firstElementChild, skipCode)).toBe(want));
});

describe('readEntries: a speaker grid whose cards give each speaker their own firm', () => {
  const spk = (name: string, role: string, firm: string, country: string) =>
    `<div><h3>${name}</h3><div>${role}</div>${firm ? `<div>${firm}</div>` : ''}<div>${country}</div></div>`;
  it('reads the line under the title as the firm, not a repeated tag, a country nor "Independent"', () => {
    const got = entries(
      `<div>${spk('Harriet Colbeck', 'Head of Sales, Ostwind Logistik GmbH', '', 'Germany')}${spk('Tomasz Wierzbicki', 'Chief Operating Officer — Brightwell Foods', '', 'United Kingdom')}${spk('Lucie Marchand', 'Directrice e-commerce', 'Maison Vautrin', 'France')}${spk('Owen Gallagher', 'Retail Analyst', 'Independent', 'United Kingdom')}${spk('Priya Raman', 'Partner', '', 'United Kingdom')}</div>`,
    );
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Harriet Colbeck', 'Head of Sales', 'Ostwind Logistik GmbH'],
      ['Tomasz Wierzbicki', 'Chief Operating Officer', 'Brightwell Foods'],
      ['Lucie Marchand', 'Directrice e-commerce', 'Maison Vautrin'],
      ['Owen Gallagher', 'Retail Analyst', undefined],
      ['Priya Raman', 'Partner', undefined],
    ]);
  });
});

describe('readEntries: <br>-separated contact blocks', () => {
  it('reads the duty under the name as the title, the spelled-out address as the email, never as the firm', () => {
    const block = (who: string, duty: string, tel: string, mail: string) =>
      `<div><p><strong>${who}</strong><br>${duty}<br>Tel. ${tel}<br>${mail}</p></div>`;
    const got = entries(
      `<div>${block('Anna Weber', 'Leiterin Einkauf', '+49 7121 94 38-12', 'anna.weber [at] kessler-verpackung.de')}${block('Dipl.-Ing. Jürgen Roth', 'Technische Leitung', '+49 7121 94 38-20', 'j.roth(at)kessler-verpackung.de')}${block('Prof. Dr. Heike Lorenz', 'Qualitätsmanagement', '+49 7121 94 38-25', 'h.lorenz [at] kessler-verpackung [dot] de')}</div>`,
    );
    expect(got.people.map((p) => [p.name, p.title, p.email, p.company])).toEqual([
      ['Anna Weber', 'Leiterin Einkauf', 'anna.weber@kessler-verpackung.de', undefined],
      ['Jürgen Roth', 'Technische Leitung', 'j.roth@kessler-verpackung.de', undefined],
      ['Heike Lorenz', 'Qualitätsmanagement', 'h.lorenz@kessler-verpackung.de', undefined],
    ]);
  });
});

// ---- lists of the third set (pages-web-lists3): each case a kind of list, the people it must give ----
type Row = [name: string, title?: string, company?: string, email?: string, phone?: string];
const kinds: { kind: string; html: string; want: Row[]; found?: Found }[] = [
  {
    kind: 'speaker cards: an officer in capitals ("CIO") is a title, the line under it the firm',
    html: `<div>${[
      ['Dennis Okoro', 'Head of Network Planning', 'Mainport Cargo GmbH'],
      ['Vanessa Krüger-Pohl', 'CIO', 'Brückner Pharma Distribution SE'],
      ['Tom Fairbairn', 'Head of Transport', 'Caledon Foods'],
    ]
      .map(
        ([n, t, c]) =>
          `<article><h3>${n}</h3><p>${t}</p><p>${c}</p><p><span>Vortrag:</span> Lieferketten</p></article>`,
      )
      .join('')}</div>`,
    want: [
      ['Dennis Okoro', 'Head of Network Planning', 'Mainport Cargo GmbH'],
      ['Vanessa Krüger-Pohl', 'CIO', 'Brückner Pharma Distribution SE'],
      ['Tom Fairbairn', 'Head of Transport', 'Caledon Foods'],
    ],
  },
  {
    kind: 'an event’s performers given by its data (names only) take their cards’ firms, not the organiser',
    html: `<div>${[
      ['Ingrid Maaß', 'Professorin für Logistikmanagement', 'Hochschule Darmstadt'],
      ['Sarah Lindemann', 'Geschäftsführerin', 'Lindemann Kontraktlogistik GmbH & Co. KG'],
      ['Mustafa Demir', 'Leiter Fuhrpark', 'Rhein-Main Getränkevertrieb AG'],
    ]
      .map(([n, t, c]) => `<article><h3>${n}</h3><p>${t}</p><p>${c}</p></article>`)
      .join('')}</div>`,
    found: { people: [{ name: 'Ingrid Maaß' }, { name: 'Mustafa Demir' }], companies: [] },
    want: [
      ['Ingrid Maaß', 'Professorin für Logistikmanagement', 'Hochschule Darmstadt'],
      ['Mustafa Demir', 'Leiter Fuhrpark', 'Rhein-Main Getränkevertrieb AG'],
      ['Ingrid Maaß', 'Professorin für Logistikmanagement', 'Hochschule Darmstadt'],
      ['Sarah Lindemann', 'Geschäftsführerin', 'Lindemann Kontraktlogistik GmbH & Co. KG'],
      ['Mustafa Demir', 'Leiter Fuhrpark', 'Rhein-Main Getränkevertrieb AG'],
    ],
  },
  {
    kind: 'desks of one firm: "Ask for" a name, a bare "at" address, a title under the name, no desk as firm',
    html: `<div class="row">
      <div class="col"><div class="card"><h2>Service &amp; repairs</h2><p>Ask for Marcus Bell, Service Manager<br>Direct: (619) 555-0143<br>service at pelicanbaymarine.com</p></div></div>
      <div class="col"><div class="card"><h2>Parts counter</h2><p>Dana Whitfield, Parts Coordinator<br>(619) 555-0187<br><a href="mailto:parts@pelicanbaymarine.com">parts@pelicanbaymarine.com</a></p></div></div>
      <div class="col"><div class="card"><h2>Haul-out scheduling</h2><p>Luis Ortega<br>Yard Foreman<br>yard (at) pelicanbaymarine (dot) com</p></div></div></div>`,
    want: [
      ['Marcus Bell', 'Service Manager', undefined, 'service@pelicanbaymarine.com', '(619) 555-0143'],
      ['Dana Whitfield', 'Parts Coordinator', undefined, 'parts@pelicanbaymarine.com', '(619) 555-0187'],
      ['Luis Ortega', 'Yard Foreman', undefined, 'yard@pelicanbaymarine.com'],
    ],
  },
  {
    kind: 'inline name · title · phone parts of one line, no email',
    html: `<ul>${[
      ['Julien Ravel', 'Expert-comptable associé', '04 78 62 11 20'],
      ['Karim Benali', 'Responsable paie', '04 78 62 11 24'],
      ['Lucie Perrin-Dumas', 'Assistante comptable', '04 78 62 11 27'],
    ]
      .map(([n, t, p]) => `<li><strong>${n}</strong><span>${t}</span><span>Tél. ${p}</span></li>`)
      .join('')}</ul>`,
    want: [
      ['Julien Ravel', 'Expert-comptable associé', undefined, undefined, '04 78 62 11 20'],
      ['Karim Benali', 'Responsable paie', undefined, undefined, '04 78 62 11 24'],
      ['Lucie Perrin-Dumas', 'Assistante comptable', undefined, undefined, '04 78 62 11 27'],
    ],
  },
  {
    kind: 'member cards whose firm bears the member’s surname: the mailbox spells the person',
    html: `<div>${[
      ['Pauline Garnier', 'Garnier Paysage', 'pauline@garnier-paysage.fr'],
      ['Samir Haddad', 'Haddad Menuiseries', 'samir.haddad@haddad-menuiseries.fr'],
      ['Gwenola Riou', 'Atelier Riou Céramique', 'gwenola@riou-ceramique.fr'],
    ]
      .map(
        ([n, c, e]) =>
          `<div><p><b>${n}</b></p><p>${c}</p><p>Rennes</p><p>06 12 48 90 33</p><p><a href="mailto:${e}">${e}</a></p></div>`,
      )
      .join('')}</div>`,
    want: [
      ['Pauline Garnier', undefined, 'Garnier Paysage', 'pauline@garnier-paysage.fr', '06 12 48 90 33'],
      ['Samir Haddad', undefined, 'Haddad Menuiseries', 'samir.haddad@haddad-menuiseries.fr', '06 12 48 90 33'],
      ['Gwenola Riou', undefined, 'Atelier Riou Céramique', 'gwenola@riou-ceramique.fr', '06 12 48 90 33'],
    ],
  },
  {
    kind: 'practitioner cards headed by a name, some with no way to reach them: the line under the name is the title',
    html: `<ul>${[
      [
        'Julie Pasquier',
        'Masseur-kinésithérapeute D.E.',
        '<p><a href="mailto:julie@kine-tilleuls.fr">julie@kine-tilleuls.fr</a></p>',
      ],
      ['Damien Ferrand', 'Ostéopathe D.O.', '<p><a href="https://rdv.example/ferrand">Prendre rendez-vous</a></p>'],
      [
        'Thibaut Cornu',
        'Masseur-kinésithérapeute D.E.',
        '<p><a href="https://rdv.example/cornu">Prendre rendez-vous</a></p>',
      ],
    ]
      .map(([n, t, x]) => `<li><img alt=""><h3>${n}</h3><p>${t}</p><p>Rachis, gériatrie</p>${x}</li>`)
      .join('')}</ul>`,
    want: [
      ['Julie Pasquier', 'Masseur-kinésithérapeute D.E.', undefined, 'julie@kine-tilleuls.fr'],
      ['Damien Ferrand', 'Ostéopathe D.O.'],
      ['Thibaut Cornu', 'Masseur-kinésithérapeute D.E.'],
    ],
  },
  {
    kind: 'member cards whose mail button and site link share a line ("E-Mail engel-schreinerei.de"): the head is the firm',
    html: `<ul>${[
      ['Engel Schreinerei GmbH', 'Christian Conrad', 'Kaufmännischer Leiter', 'info@engel-schreinerei.de'],
      ['Frey Druckerei GmbH', 'Julia Engel', 'Technische Leiterin', 'j.engel@frey-druckerei.de'],
      ['Weingut Nowak', 'Volker Dörr', 'Inhaber', 'v.doerr@weingut-nowak.de'],
    ]
      .map(
        ([f, n, t, e]) =>
          `<li><div><span>${f}</span> <span>Holz</span> <span>Mitglied seit 2007</span></div><div>Hauptstraße 26, 67547 Worms</div><div><span>${n}</span>, <span>${t}</span></div><div> <a href="mailto:${e}">E-Mail</a> <a href="https://www.${e!.split('@')[1]}/">${e!.split('@')[1]}</a></div></li>`,
      )
      .join('')}</ul>`,
    want: [
      ['Christian Conrad', 'Kaufmännischer Leiter', 'Engel Schreinerei GmbH', 'info@engel-schreinerei.de'],
      ['Julia Engel', 'Technische Leiterin', 'Frey Druckerei GmbH', 'j.engel@frey-druckerei.de'],
      ['Volker Dörr', 'Inhaber', 'Weingut Nowak', 'v.doerr@weingut-nowak.de'],
    ],
  },
  {
    kind: 'offices headed by towns that read like names ("Le Mans"): the town is the one after the postcode',
    html: `<section>${[
      ['La Rochelle', '17000', 'Élodie Garnaud', 'Responsable d’agence', 'larochelle@atlantique-interim.fr'],
      ['Le Mans', '72000', 'Bastien Hervé', 'Chargé de recrutement', 'lemans@atlantique-interim.fr'],
      ['Bad Homburg', '61348', 'Jens Hofmann', 'Niederlassungsleiter', 'bad-homburg@atlantique-interim.fr'],
    ]
      .map(
        ([t, z, n, ti, e]) =>
          `<article><h3>${t}</h3><address>3 place de la République<br>${z} ${t}</address><p><strong>${n}</strong><br>${ti}</p><p><a href="mailto:${e}">${e}</a></p></article>`,
      )
      .join('')}</section>`,
    want: [
      ['Élodie Garnaud', 'Responsable d’agence', undefined, 'larochelle@atlantique-interim.fr'],
      ['Bastien Hervé', 'Chargé de recrutement', undefined, 'lemans@atlantique-interim.fr'],
      ['Jens Hofmann', 'Niederlassungsleiter', undefined, 'bad-homburg@atlantique-interim.fr'],
    ],
  },
  {
    kind: 'a sectioned team page: a row of two cards shaped like the row of three above is read too',
    html: `<main>${[
      [
        'Associés',
        ['Philippe Verdier', 'Expert-comptable associé'],
        ['Anne-Sophie Guérin', 'Expert-comptable associée'],
        ['Loïc Le Bihan', 'Commissaire aux comptes associé'],
      ],
      [
        'Pôle social & paie',
        ['Corinne Maillard', 'Responsable du pôle social'],
        ['Sarah Nguyen-Thanh', 'Gestionnaire de paie'],
      ],
    ]
      .map(
        ([h, ...cards]) =>
          `<section><h2>${h as string}</h2><div class="row">${(cards as string[][])
            .map(
              ([n, t]) =>
                `<div class="col"><div class="wrap"><div><img alt=""></div><div><h3>${n}</h3></div><div><p>${t}</p></div></div></div>`,
            )
            .join('')}</div></section>`,
      )
      .join('')}</main>`,
    want: [
      ['Philippe Verdier', 'Expert-comptable associé'],
      ['Anne-Sophie Guérin', 'Expert-comptable associée'],
      ['Loïc Le Bihan', 'Commissaire aux comptes associé'],
      ['Corinne Maillard', 'Responsable du pôle social'],
      ['Sarah Nguyen-Thanh', 'Gestionnaire de paie'],
    ],
  },
  {
    kind: 'a section of headings and towns is no list of people',
    html: `<div><section><h2>Équipe</h2><p>Lyon</p></section><section><h2>Vorstand</h2><p>Würzburg</p></section><section><h2>Our team</h2><p>Leeds</p></section></div>`,
    want: [],
  },
];

describe('readEntries: lists of the third set (speaker cards, desks, cards without email)', () => {
  it.each(kinds)('$kind', ({ html, want, found }) => {
    const out: Found = found ?? { people: [], companies: [] };
    readEntries(body(html), out);
    expect(out.people.map((p) => [p.name, p.title, p.company, p.email, p.phones?.[0]].slice(0, 5))).toEqual(
      want.map((r) => [r[0], r[1], r[2], r[3], r[4]]),
    );
  });
});

describe('readTables: a firm cell linked to its site gives the firm’s domain', () => {
  it('takes the link of the firm column, not a profile', () => {
    const out: Found = { people: [], companies: [] };
    readTables(
      body(
        `<table><tr><th>Entreprise</th><th>Contact</th><th>Fonction</th><th>Téléphone</th></tr>
        <tr><td><a href="https://www.dronevigne.fr/">Drone Vigne Services</a></td><td>Théo Castanier</td><td>Gérant</td><td>06 74 20 18 66</td></tr>
        <tr><td><a href="https://www.linkedin.com/company/agrisens/">Agrisens</a></td><td>Lucas Montel</td><td>Président</td><td>04 67 12 80 45</td></tr></table>`,
      ),
      out,
    );
    expect(out.companies.map((c) => [c.name, c.domain])).toEqual([
      ['Drone Vigne Services', 'https://www.dronevigne.fr/'],
      ['Agrisens', undefined],
    ]);
  });
});

describe('readTables: a programme whose speaker column says so', () => {
  it.each([
    ['Intervenant', 'Fonction', 'Structure'],
    ['Speaker', 'Title', 'Organisation'],
    ['Referent', 'Funktion', 'Unternehmen'],
  ])('reads %s / %s / %s as name, title and firm', (n, t, c) => {
    const out: Found = { people: [], companies: [] };
    readTables(
      body(
        `<table><tr><th>Horaire</th><th>${n}</th><th>${t}</th><th>${c}</th></tr><tr><td>9 h 30</td><td><strong>Grégoire Lamy</strong></td><td>Responsable logistique</td><td>Cycles Lamy &amp; Fils</td></tr><tr><td>10 h 45</td><td>Nadia Cherkaoui</td><td>Chargée de mission</td><td>CCI Bourgogne-Franche-Comté</td></tr></table>`,
      ),
      out,
    );
    expect(out.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Grégoire Lamy', 'Responsable logistique', 'Cycles Lamy & Fils'],
      ['Nadia Cherkaoui', 'Chargée de mission', 'CCI Bourgogne-Franche-Comté'],
    ]);
  });
});

describe('readEntries: label/value pairs written as sibling spans', () => {
  const firm = (name: string, pairs: [string, string][]) =>
    `<li><h3><a href="/f">${name}</a></h3><div class="meta">${pairs
      .map(([k, v]) => `<span>${k}</span><span>${v}</span>`)
      .join('')}</div></li>`;
  it('reads the office holder as the person, the capitalised heading as the firm, the SIRET as its own', () => {
    const got = entries(
      `<ul>${firm('OUEST FERMETURES', [
        ['Forme juridique', 'EURL'],
        ['Dirigeant', 'Erwan Le Moal'],
        ['Téléphone', '06 39 98 52 07'],
        ['SIRET', '502 468 135 00178'],
      ])}${firm("L'ÉTABLI VITRÉEN", [
        ['Forme juridique', 'Entrepreneur individuel'],
        ['Dirigeante', 'Jeanne Préault, présidente'],
        ['Téléphone', '02 99 55 31 86'],
      ])}${firm('MENUISERIE GUILLARD ET FILS', [
        ['Forme juridique', 'SARL'],
        ['Dirigeant', 'M. Yannick Guillard, gérant'],
        ['Téléphone', '02 99 55 74 10'],
      ])}</ul>`,
    );
    expect(got.people.map((p) => [p.name, p.company])).toEqual([
      ['Erwan Le Moal', 'OUEST FERMETURES'],
      ['Jeanne Préault', "L'ÉTABLI VITRÉEN"],
      ['Yannick Guillard', 'MENUISERIE GUILLARD ET FILS'],
    ]);
    expect(got.people[1]!.title).toBe('présidente');
    expect(got.companies[0]).toMatchObject({ name: 'OUEST FERMETURES', siret: '50246813500178', siren: '502468135' });
    expect(got.companies.map((c) => c.name)).not.toContain('EURL');
  });
  it('strips academic degrees before and after a name in a table', () => {
    const out: Found = { people: [], companies: [] };
    readTables(
      body(
        `<table><tr><th>Name</th><th>Funktion</th></tr><tr><td>Prof. Dr. rer. nat. Henrik Sørensen</td><td>Institutsleiter</td></tr><tr><td>M.Sc. Leonie Aydın</td><td>Wissenschaftliche Mitarbeiterin</td></tr><tr><td>Jan-Erik Scholz, B.Eng.</td><td>Doktorand</td></tr></table>`,
      ),
      out,
    );
    expect(out.people.map((p) => p.name)).toEqual(['Henrik Sørensen', 'Leonie Aydın', 'Jan-Erik Scholz']);
  });
});

describe('titleAndFirm: a rank over one field is one title', () => {
  it('keeps "Head of Employment" whole, still splits a firm after "of" or a comma', () => {
    expect(titleAndFirm('Director of Architecture')).toEqual(['Director of Architecture', undefined]);
    expect(titleAndFirm('Partner, Head of Employment')).toEqual(['Partner, Head of Employment', undefined]);
    expect(titleAndFirm('Head of Sales, Brightline Ltd')).toEqual(['Head of Sales', 'Brightline Ltd']);
  });
});

describe('readEntries: team cards with a button’s words beside the number, a long title line', () => {
  it('reads the number after "Lui écrire ·" and the title before the dash of a long line', () => {
    const c = (name: string, title: string, extra = '') =>
      `<div class="item"><h2><span>${name}</span></h2><p>${title}</p>${extra}</div>`;
    const got = entries(
      `<div>${c('Anne-Sophie Bretaudeau', 'Expert-comptable associée', '<p><a href="mailto:as@cabinet-lemaire.fr">Lui écrire</a><span>02 53 35 41 12</span></p>')}${c(
        'Nadia Ferhat',
        'Chargée de mission senior',
      )}${c('Lucas Morin', 'Chargé de mission – alternant DSCG en deuxième année')}</div>`,
    );
    expect(got.people.find((p) => p.name === 'Anne-Sophie Bretaudeau')?.phones).toEqual(['02 53 35 41 12']);
    expect(got.people.find((p) => p.name === 'Lucas Morin')?.title).toBe('Chargé de mission');
  });
});

describe('readEntries: a label span and a value span on one line', () => {
  it('reads "<span>Responsable d\'agence</span> <span>Name</span>" as the agency\'s manager', () => {
    const agency = (town: string, who: string, tel: string, mail: string) =>
      `<li><div><span>Maisons Ardoin</span> <h3>${town}</h3></div><p><span class="label">Responsable d'agence</span> <span class="value">${who}</span></p><p><a href="tel:${tel}">${tel}</a></p><p><a href="mailto:${mail}">Envoyer un e-mail</a></p></li>`;
    const got = entries(
      `<ul>${agency('Lorient Centre', 'Gwenaëlle Tanguy', '01 99 00 21 10', 'lorient@maisons-ardoin.fr')}${agency('Vannes', 'Mathis Le Bihan', '01 99 00 21 24', 'vannes@maisons-ardoin.fr')}${agency('Quimper', 'Soizic Riou', '01 99 00 21 38', 'quimper@maisons-ardoin.fr')}</ul>`,
    );
    expect(got.people.map((p) => p.name)).toEqual(['Gwenaëlle Tanguy', 'Mathis Le Bihan', 'Soizic Riou']);
  });
});

describe('readEntries: a contact card headed by its team', () => {
  it('does not take "Export" over "Export Manager …" as the person\'s firm', () => {
    const c = (team: string, who: string, title: string, tel: string, mail: string) =>
      `<div class="col"><div class="card"><div class="card-body"><h3>${team}</h3><p><strong>${who}</strong></p><p>${title}</p><p><a href="tel:${tel}">${tel}</a><br><a href="mailto:${mail}">E-Mail schreiben</a></p></div></div></div>`;
    const got = entries(
      `<div>${c('Export', 'Annika Tessmer', 'Export Manager Skandinavien', '+49 711 555 10120', 'a.tessmer@brenzwerk.de')}${c('Logistik', 'Ole Brandhorst', 'Logistikleiter', '+49 711 555 10135', 'o.brandhorst@brenzwerk.de')}${c('Akustik', 'Pia Sandvoss', 'Akustik Ingenieurin', '+49 711 555 10150', 'p.sandvoss@brenzwerk.de')}</div>`,
    );
    expect(got.people.find((p) => p.name === 'Annika Tessmer')?.company).not.toBe('Export');
    expect(got.people.find((p) => p.name === 'Pia Sandvoss')?.company).not.toBe('Akustik');
  });
});

describe('a directory of firms: a name with a department’s word, its own site spelling it', () => {
  it('reads "Canopée RH" and "Atelier Compta Nord" beside the other firms', () => {
    const item = (name: string, site: string, blurb: string) =>
      `<div class="item"><div class="thumb"><img alt="" src="data:,"></div><div class="content"><div class="title"><a href="https://${site}/">${name}</a></div><div class="excerpt"><p>${blurb}</p></div></div></div>`;
    const found = entries(
      `<div class="list">${item('Pollen Data', 'pollendata.example', 'Analyse de données.')}${item('Canopée RH', 'canopee-rh.example', 'Recrutement.')}${item('Studio Escale', 'studio-escale.example', 'Design.')}${item('Atelier Compta Nord', 'atelier-compta-nord.example', 'Tenue de comptes.')}</div>`,
    );
    expect(found.companies.map((c) => c.name)).toEqual([
      'Pollen Data',
      'Canopée RH',
      'Studio Escale',
      'Atelier Compta Nord',
    ]);
  });
});

describe('readEntries: a page of sections is no list (issue 7, blind-15 kind)', () => {
  it('reads the team grid inside the sections, each card a name and a role of up to six words', () => {
    const person = (n: string, r: string) => `<div class="member"><img alt=""><div>${n}</div><div>${r}</div></div>`;
    const got = entries(
      `<section><h1>Boats that last.</h1><p>We build wooden dinghies in Falmouth.</p></section>` +
        `<section><h2>Recent builds</h2><div><div>Porthleven Sailing Club — six club dinghies</div><div>Fleet</div></div></section>` +
        `<section><h2>The yard</h2><div class="grid">${person('Tamsin Rowe', 'Co-founder &amp; Head Boatbuilder')}${person(
          'Elias Penrose',
          'Co-founder &amp; Operations Director',
        )}${person('Morwenna Jory', 'Apprentice')}</div></section>` +
        `<section><h2>Newsletter</h2><p>Once a season.</p></section>`,
    );
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Tamsin Rowe', 'Co-founder & Head Boatbuilder', undefined],
      ['Elias Penrose', 'Co-founder & Operations Director', undefined],
      ['Morwenna Jory', 'Apprentice', undefined],
    ]);
    expect(got.companies).toEqual([]);
  });
});

describe('readEntries: a heading over two cards, each a name over a job title', () => {
  it('reads both makers; two cards without job titles are no team', () => {
    const card = (n: string, r: string) => `<div><img alt=""><p>${n}</p><p>${r}</p></div>`;
    const got = entries(
      `<section><h2>Meet the growers</h2>${card('Ailsa Brodie', 'Head grower &amp; co-founder')}${card('Fergus Lamont', 'Beekeeper')}</section>` +
        `<section><h2>Opening hours</h2>${card('Monday Friday', 'Nine to five')}${card('Saturday Market', 'Eight to one')}</section>`,
    );
    expect(got.people.map((p) => [p.name, p.title])).toEqual([
      ['Ailsa Brodie', 'Head grower & co-founder'],
      ['Fergus Lamont', 'Beekeeper'],
    ]);
  });
});

describe("readEntries: a cooperative's member grid, fields under labels of their own (blind pages 19)", () => {
  const col = (firm: string, town: string, who: string, tel: string) =>
    `<div><div><img src="data:," alt=""></div><div><span><a href="/membres/1">${firm}</a></span></div>` +
    `<div><span>Commune : </span><div>${town}</div></div><div><span>Productions : </span><div>Cerises</div></div>` +
    `<div><span>Responsable : </span><div>${who}</div></div><div><span>Tél. : </span><div><a href="tel:${tel}">${tel}</a></div></div></div>`;
  it.each([
    ['EARL du Clos Fabrègue', 'Cavaillon', 'Anselme Rouvier', '0639981111'],
    ['Vergers Rouvier', 'Monteux', 'Lucile Rouvier', '0499001122'],
    ['GAEC Les Deux Tilleuls', 'Mazan', 'Bastien Ollier', '0639983333'],
  ])(
    '%s: the linked title is the firm, the labelled "Responsable" its contact, no "Commune"',
    (firm, town, who, tel) => {
      const got = entries(
        `<div>${col(firm, town, who, tel)}${col('SCEA Domaine des Issarts', 'Bédoin', 'Firmin Aubanel', '0499004444')}` +
          `${col('Ferme du Grand Pré', 'Sarrians', 'Noémie Barjavel', '0639985555')}</div>`,
      );
      expect(got.people.find((p) => p.name === who)).toMatchObject({ name: who, title: 'Responsable', company: firm });
      expect(got.companies.map((c) => c.name)).not.toContain('Commune');
    },
  );
});

describe('readEntries: a network of franchised stores, each run by its own firm (blind pages 19)', () => {
  const store = (town: string, who: string, operator: string, tel: string) =>
    `<article><h3>Panier Bio ${town}</h3><p>3 rue Haute, 49100 ${town}</p><p><span>Franchisé :</span> ${who}</p>` +
    (operator ? `<p>${operator}</p>` : '') +
    `<p><a href="tel:${tel}">${tel}</a> · <a href="mailto:x@panier-bio.example">x@panier-bio.example</a></p></article>`;
  it.each([
    ['Magasin exploité par SAS Vrac Loire', 'SAS Vrac Loire'],
    ['Operated by Kestrel Retail Ltd', 'Kestrel Retail Ltd'],
    ['Betrieben von Lindqvist Handels GmbH', 'Lindqvist Handels GmbH'],
  ])('%s: the franchisee is the person, the operating firm their company', (line, firm) => {
    const got = entries(
      `<div>${store('Angers', 'Romane Delage', line, '0299004910')}${store('Brest', 'Gaëlle Le Tallec', '', '0299002920')}` +
        `${store('Pau', 'Itxaso Etxeberri', '', '0599006470')}</div>`,
    );
    expect(got.people.map((p) => p.name)).toEqual(['Romane Delage', 'Gaëlle Le Tallec', 'Itxaso Etxeberri']);
    expect(got.people[0]).toMatchObject({ title: 'Franchisé', company: firm });
    expect(got.companies.map((c) => c.name)).toContain(firm);
  });
});

describe("readTables: a name cell's profile link names the person where text runs into it (blind pages 19)", () => {
  it.each([
    ['None<a href="/user/1">OYELARAN Folasade</a>', 'Folasade Oyelaran'],
    ['Prof. <a href="/user/2">DELAGE Baptistin</a>', 'Baptistin Delage'],
    ['N/A<a href="/people/3">Kowalczyk, Irena</a>', 'Irena Kowalczyk'],
    ['<a href="/team/4">Moritz Albrecht</a>', 'Moritz Albrecht'],
  ])('%s -> %s', (cell, name) => {
    const out: Found = { people: [], companies: [] };
    readTables(
      body(`<table><tr><th>Nom</th><th>Fonction</th><th>Courriel</th></tr>
      <tr><td>${cell}</td><td>Maître de conférences</td><td>x.y (at) univ.example</td></tr>
      <tr><td>None<a href="/user/9">VASSEUR Lison</a></td><td>Technicienne</td><td>—</td></tr></table>`),
      out,
    );
    expect(out.people.map((p) => p.name)).toEqual([name, 'Lison Vasseur']);
  });
});

describe('readTables: a firms’ register number in a column of its own or under its name (issue 7)', () => {
  const tables = (html: string): Found => {
    const out: Found = { people: [], companies: [] };
    readTables(body(html), out);
    return out;
  };
  it.each([
    [
      'a "SIREN" column',
      '<table><tr><th>Raison sociale</th><th>Activité</th><th>SIREN</th></tr><tr><td><strong>Tonnellerie Barbazan</strong></td><td>Tonnellerie</td><td>579 275 348</td></tr><tr><td>Imprimerie Causse</td><td>Imprimerie</td><td>710 458 837</td></tr></table>',
      [
        ['Tonnellerie Barbazan', '579275348', undefined],
        ['Imprimerie Causse', '710458837', undefined],
      ],
    ],
    [
      'a tender’s "Titulaire" column, its SIRET under the firm',
      '<table><tr><th>Lot</th><th>Objet</th><th>Titulaire</th><th>Montant</th></tr><tr><td>Lot 1</td><td>Gros œuvre</td><td>Maçonnerie Ferrand<br><small>SIRET 69910508600010 – Millau</small></td><td>12 000 €</td></tr><tr><td>Lot 2</td><td>Toiture</td><td>Couverture Aldebert<br><small>SIRET 86515131000014 – Rodez</small></td><td>9 000 €</td></tr></table>',
      [
        ['Maçonnerie Ferrand', '699105086', '69910508600010'],
        ['Couverture Aldebert', '865151310', '86515131000014'],
      ],
    ],
    [
      'a firm named by its kind and a department’s word ("Agence … Communication")',
      '<table><tr><th>Raison sociale</th><th>Activité</th><th>SIREN</th></tr><tr><td>Agence Corail Communication</td><td>Communication</td><td>579 275 348</td></tr><tr><td>Cabinet Mercier Ressources Humaines</td><td>Conseil RH</td><td>710 458 837</td></tr></table>',
      [
        ['Agence Corail Communication', '579275348', undefined],
        ['Cabinet Mercier Ressources Humaines', '710458837', undefined],
      ],
    ],
    [
      'an English contractors’ table without numbers',
      '<table><tr><th>Contractor</th><th>Value</th></tr><tr><td>Hartwell Joinery Ltd</td><td>£12,000</td></tr><tr><td>Pembrey Roofing Ltd</td><td>£8,000</td></tr></table>',
      [
        ['Hartwell Joinery Ltd', undefined, undefined],
        ['Pembrey Roofing Ltd', undefined, undefined],
      ],
    ],
  ])('%s', (_, html, want) => {
    expect(tables(html).companies.map((c) => [c.name, c.siren, c.siret])).toEqual(want);
  });
});

describe('readEntries: a store card naming the firm that runs it, then its manager (issue 7)', () => {
  const store = (head: string, label: string, firm: string, office: string, person: string, tel: string) =>
    `<article class="store"><h3>${head}</h3><p>1 rue Haute, 56000 Vannes</p><p>Tél. <a href="tel:${tel}">${tel}</a></p><dl><dt>${label}</dt><dd>${firm}</dd><dt>${office}</dt><dd>${person}</dd></dl><a href="/x/">Voir</a></article>`;
  it.each([
    [
      'fr',
      [
        store(
          'Maison Tiphaine Vannes',
          'Exploitant',
          'SARL Blés de Vannes – RCS 827 199 753',
          'Gérant(e)',
          'Solène Kerhervé',
          '0639985020',
        ),
        store(
          'Maison Tiphaine Lorient',
          'Exploitant',
          'SARL Farines du Blavet – RCS 578 275 711',
          'Gérant(e)',
          'Loïc Tanguy',
          '0639985121',
        ),
        store(
          'Maison Tiphaine Auray',
          'Exploitant',
          'SARL Levain d’Auray – RCS 749 008 934',
          'Gérant(e)',
          'Anne Le Gall',
          '0639985222',
        ),
      ],
      [
        ['Solène Kerhervé', 'Gérant(e)', 'SARL Blés de Vannes'],
        ['Loïc Tanguy', 'Gérant(e)', 'SARL Farines du Blavet'],
        ['Anne Le Gall', 'Gérant(e)', 'SARL Levain d’Auray'],
      ],
      ['827199753', '578275711', '749008934'],
    ],
    [
      'de',
      [
        store(
          'Backstube Lindner Kassel',
          'Betreiber',
          'Kassel Backwaren GmbH',
          'Inhaber(in)',
          'Jörg Wendeler',
          '05615550101',
        ),
        store(
          'Backstube Lindner Fulda',
          'Betreiber',
          'Fuldaer Brot GmbH',
          'Inhaber(in)',
          'Anja Rothkegel',
          '06615550102',
        ),
      ],
      [
        ['Jörg Wendeler', 'Inhaber(in)', 'Kassel Backwaren GmbH'],
        ['Anja Rothkegel', 'Inhaber(in)', 'Fuldaer Brot GmbH'],
      ],
      [undefined, undefined],
    ],
  ])('%s', (_, cards, people, sirens) => {
    const got = entries(`<div class="grid">${cards.join('')}</div>`);
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual(people);
    expect(got.companies.filter((c) => people.some((p) => p[2] === c.name)).map((c) => c.siren)).toEqual(sirens);
  });
});

describe('readEntries: a group’s subsidiaries as cards, each with its legal entity and SIREN (issue 7)', () => {
  const sub = (name: string, legal: string, label: string, id: string, host: string) =>
    `<div class="card"><h3>${name}</h3><p>Activité – Ville</p><dl><dt>${label}</dt><dd>${legal}</dd><dt>SIREN</dt><dd>${id}</dd><dt>Site</dt><dd><a href="https://www.${host}">${host}</a></dd></dl></div>`;
  it.each([
    [
      'fr',
      [
        ['Vauclair Maintenance', 'Vauclair Maintenance SAS', '362 275 869', 'vauclair-maintenance.fr'],
        ['Ostrelle Nautique', 'Ostrelle Nautique SARL', '530 530 419', 'ostrelle.fr'],
        ['Paluel Transports', 'Paluel Transports SAS', '749 008 934', 'paluel-transports.fr'],
      ],
      'Entité juridique',
    ],
    [
      'en',
      [
        ['Vauclair Maintenance', 'Vauclair Maintenance SAS', '362 275 869', 'vauclair-maintenance.fr'],
        ['Ostrelle Nautique', 'Ostrelle Nautique SARL', '530 530 419', 'ostrelle.fr'],
        ['Paluel Transports', 'Paluel Transports SAS', '749 008 934', 'paluel-transports.fr'],
      ],
      'Legal entity',
    ],
  ])('%s', (_, subs, label) => {
    const got = entries(`<div class="grid">${subs.map(([n, l, id, h]) => sub(n!, l!, label, id!, h!)).join('')}</div>`);
    expect(got.companies.map((c) => [c.name, c.siren])).toEqual(subs.map(([n, , id]) => [n, id!.replace(/\s/g, '')]));
  });
});

describe('readEntries: an office right under a bare name is that person’s title, the firm below it theirs (issue 7)', () => {
  const card = (name: string, office: string, firm: string, town: string, mail: string) =>
    `<div class="c"><h3>${name}</h3><p>${office}</p><p>${firm}</p><p>${town}</p><a href="mailto:${mail}">Écrire</a></div>`;
  it('keeps the office as the title', () => {
    const got = entries(
      `<div>${card('Anja Körner', 'Geschäftsführerin', 'Holzwerk Lahr GmbH', 'Lahr (Allemagne)', 'a.koerner@holzwerk-lahr.de')}${card('Claire Oberlin', 'Gérante', 'Oberlin Reliure SARL', 'Colmar', 'claire@oberlin-reliure.fr')}${card('Yann Roesch', 'Inhaber', 'Roesch Drechslerei GmbH', 'Kehl', 'yann@roesch-drechslerei.de')}</div>`,
    );
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Anja Körner', 'Geschäftsführerin', 'Holzwerk Lahr GmbH'],
      ['Claire Oberlin', 'Gérante', 'Oberlin Reliure SARL'],
      ['Yann Roesch', 'Inhaber', 'Roesch Drechslerei GmbH'],
    ]);
  });
});

describe('readEntries: a directory of practices, the professional labelled under the firm’s heading (issue 7)', () => {
  const item = (firm: string, label: string, who: string, tel: string) =>
    `<li><h3>${firm}</h3><dl><dt>${label}</dt><dd>${who}</dd><dt>Tél.</dt><dd>${tel}</dd></dl></li>`;
  it.each([
    [
      'FR',
      'Professionnel',
      [
        ['Audit Vauban', 'Solène Marchetti-Brun – Commissaire aux comptes', '03 99 00 21 11'],
        ['RMK Expertise', 'Yanis Ould-Kaci – Expert-comptable', '03 99 00 21 12'],
        ['Bureau Comptable Neudorf', 'Lucie Hartmann – Expert-comptable', '03 99 00 21 13'],
      ],
      [
        ['Solène Marchetti-Brun', 'Commissaire aux comptes', 'Audit Vauban'],
        ['Yanis Ould-Kaci', 'Expert-comptable', 'RMK Expertise'],
        ['Lucie Hartmann', 'Expert-comptable', 'Bureau Comptable Neudorf'],
      ],
    ],
    [
      'EN',
      'Practitioner',
      [
        ['Harlow Audit', 'Imogen Pryce – Chartered Accountant', '01632 960 111'],
        ['Kestrel Accountancy', 'Tamsin Hale – Accountant', '01632 960 112'],
        ['Quayside Tax', 'Oliver Brandt – Tax Adviser', '01632 960 113'],
      ],
      [
        ['Imogen Pryce', 'Chartered Accountant', 'Harlow Audit'],
        ['Tamsin Hale', 'Accountant', 'Kestrel Accountancy'],
        ['Oliver Brandt', 'Tax Adviser', 'Quayside Tax'],
      ],
    ],
  ])('%s: the person and their title from the label, the heading their firm', (_, label, items, want) => {
    const got = entries(`<ul>${items.map(([f, w, t]) => item(f!, label, w!, t!)).join('')}</ul>`);
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual(want);
  });
});

describe('readEntries: press contacts as terms, the agency before its contact (issue 7)', () => {
  it.each([
    [
      'FR',
      'Lucien Ferrandou',
      'Directeur commercial – Soieries Belcour',
      'Agence Pentes RP – Inès Marchal-Diallo',
      'Attachée de presse',
      ['Inès Marchal-Diallo', 'Attachée de presse', 'Agence Pentes RP'],
    ],
    [
      'EN',
      'Harriet Wolstenholme',
      'Head of Communications – Tidewell Foods',
      'Harbourlight Agency | Oscar Penhallow',
      'Account Director',
      ['Oscar Penhallow', 'Account Director', 'Harbourlight Agency'],
    ],
    [
      'DE',
      'Jonas Brenninger',
      'Pressesprecher – Holzwerk Kinzig GmbH',
      'Agentur Rheinblick – Mira Talhoff',
      'Pressereferentin',
      ['Mira Talhoff', 'Pressereferentin', 'Agentur Rheinblick'],
    ],
  ])('%s: each contact with their own number and address', (_, own, ownTitle, agencyTerm, title, want) => {
    const got = entries(
      `<div><h2>Contacts</h2><dl><dt>${own}</dt><dd>${ownTitle}</dd><dd>06 39 98 73 02 · <a href="mailto:own@issuer.example">own@issuer.example</a></dd>
      <dt>${agencyTerm}</dt><dd>${title}</dd><dd>01 99 00 83 55 · <a href="mailto:contact@agency.example">contact@agency.example</a></dd></dl></div>`,
    );
    const p = got.people.find((x) => x.name === want[0]);
    expect([p?.name, p?.title, p?.company]).toEqual(want);
    expect(p?.email).toBe('contact@agency.example');
    expect(p?.phones).toEqual(['01 99 00 83 55']);
    expect(got.people.find((x) => x.name === own)?.phones).toEqual(['06 39 98 73 02']);
  });
});

describe('readEntries: client references, a field line above the quoted author (issue 7)', () => {
  it.each([
    ['Mission', 'Structuration du grand compte achats', 'Directeur des achats'],
    ['Scope', 'Procurement playbook for key accounts', 'Head of Procurement'],
    ['Projekt', 'Neuaufstellung des Einkaufs', 'Einkaufsleiter'],
  ])('"%s : …" is no title of the author', (label, what, title) => {
    const card = (firm: string, who: string) =>
      `<div><h3>${firm}</h3><p>${label} : ${what}</p><p><em>« Une méthode claire. »</em></p><p>— ${who}, ${title}</p></div>`;
    const got = entries(
      `<section>${card('Groupe Vellave', 'Gaspard Olivier-Mensah')}${card('Tissages Arvor', 'Yannick Le Floch')}${card('Brasserie Belcour', 'Ysaline Moreau')}</section>`,
    );
    expect(got.people.map((p) => [p.name, p.title])).toEqual([
      ['Gaspard Olivier-Mensah', title],
      ['Yannick Le Floch', title],
      ['Ysaline Moreau', title],
    ]);
  });
});

describe('readEntries: a portfolio’s firm cards link each firm’s LinkedIn page (issue 7)', () => {
  const card = (firm: string, host: string, person: string, title: string, slug: string) =>
    `<article class="card"><h3><a href="https://${host}">${firm}</a></h3><p>Tagline</p><p class="founder">${person}, ${title}</p><a href="https://www.linkedin.com/company/${slug}/" aria-label="${firm} on LinkedIn">in</a></article>`;
  it.each([
    [
      'en',
      [
        ['Tidemark Robotics', 'tidemark.io', 'Priya Raman', 'CEO', 'tidemark-robotics'],
        ['Corvane', 'corvane.com', 'Owen Pritchard', 'Co-founder', 'corvane'],
        ['Saltfern Labs', 'saltfern.co', 'Maeve Donnelly', 'Founder & CTO', 'saltfern-labs'],
      ],
    ],
    [
      'fr',
      [
        ['Brumaire Énergie', 'brumaire.fr', 'Clémence Aubry', 'Présidente', 'brumaire-energie'],
        ['Lisière', 'lisiere.eu', 'Hugo Perrault', 'Cofondateur', 'lisiere'],
        ['Pontoise Data', 'pontoise-data.fr', 'Salomé Régnier', 'Directrice générale', 'pontoise-data'],
      ],
    ],
  ])('%s', (_, cards) => {
    const got = entries(
      `<div class="grid">${cards.map((c) => card(c[0]!, c[1]!, c[2]!, c[3]!, c[4]!)).join('')}</div>`,
    );
    expect(got.companies.map((c) => [c.name, c.linkedinUrl])).toEqual(
      cards.map((c) => [c[0], `https://www.linkedin.com/company/${c[4]}/`]),
    );
  });
});

describe('readEntries: a member firm named after its labelled contact (issue 7)', () => {
  const member = (firm: string, label: string, person: string, host: string) =>
    `<div class="member"><h3>${firm}</h3><dl><dt>Ort</dt><dd>Cottbus</dd><dt>${label}</dt><dd>${person}</dd><dt>Web</dt><dd><a href="https://www.${host}">${host}</a></dd></dl></div>`;
  it.each([
    [
      'de',
      [
        ['Tischlerei Haberland GmbH', 'Ansprechpartner', 'Ole Haberland', 'tischlerei-haberland.de'],
        ['Malerbetrieb Enno Pietsch', 'Ansprechpartner', 'Enno Pietsch', 'maler-pietsch.de'],
        ['Elektro Wandke GmbH', 'Ansprechpartner', 'Doreen Wandke', 'elektro-wandke.de'],
      ],
    ],
    [
      'fr',
      [
        ['Menuiserie Castagnet SARL', 'Contact', 'Rémi Castagnet', 'menuiserie-castagnet.fr'],
        ['Peintures Aurélien Vidalenc', 'Contact', 'Aurélien Vidalenc', 'peintures-vidalenc.fr'],
        ['Plomberie Ortolan', 'Contact', 'Inès Ortolan', 'plomberie-ortolan.fr'],
      ],
    ],
  ])('%s', (_, members) => {
    const got = entries(`<div class="list">${members.map((m) => member(m[0]!, m[1]!, m[2]!, m[3]!)).join('')}</div>`);
    expect(got.people.map((p) => [p.name, p.company])).toEqual(members.map((m) => [m[2], m[0]]));
  });
});

describe('readEntries: a board’s cards, the office under the name, then their trade and firm (issue 7)', () => {
  const card = (name: string, office: string, line: string) =>
    `<div class="col"><h3>${name}</h3><p><strong>${office}</strong><br>${line}</p></div>`;
  it.each([
    [
      'FR',
      [
        ['Armelle Quéré-Nguyen', 'Présidente', 'Fondatrice, Atelier Mouette'],
        ['Jean-Marc Olivier-Diallo', 'Vice-président', 'Gérant, Olivier Menuiserie'],
        ['Fatou Kanté', 'Trésorière', 'Gérante, Cabinet Kanté Conseil'],
      ],
      ['Atelier Mouette', 'Olivier Menuiserie', 'Cabinet Kanté Conseil'],
    ],
    [
      'EN',
      [
        ['Imogen Pryce', 'Chair', 'Founder, Harbourlight Studio'],
        ['Tobias Wrenfield', 'Treasurer', 'Owner, Wrenfield Joinery'],
        ['Rowan Ashdown', 'Secretary', 'Managing Director, Quayside Software'],
      ],
      ['Harbourlight Studio', 'Wrenfield Joinery', 'Quayside Software'],
    ],
  ])('%s: the firm after the trade', (_, cards, firms) => {
    const got = entries(`<div class="cols">${cards.map(([n, o, l]) => card(n!, o!, l!)).join('')}</div>`);
    expect(got.people.map((p) => p.company)).toEqual(firms);
    expect(got.people.map((p) => p.title)).toEqual(cards.map((c) => c[1]));
  });
});

describe('readEntries: people as terms, their title, address and number as details (issue 7)', () => {
  it.each([
    [
      'fr',
      [
        ['Gwénaëlle Quéré', 'Responsable commerciale', 'g.quere@menuiserie-quere.example', '06 39 98 12 40'],
        ['Jean-Baptiste Le Meur', 'Gérant', 'jb.lemeur@menuiserie-quere.example', '01 99 00 12 41'],
      ],
    ],
    [
      'en',
      [
        ['Harriet Okonjo', 'Sales Manager', 'h.okonjo@fairhaven-joinery.example', '020 7946 0412'],
        ['Callum Reid', 'Managing Director', 'c.reid@fairhaven-joinery.example', '020 7946 0413'],
      ],
    ],
    [
      'de',
      [
        ['Friederike Lanz', 'Vertriebsleiterin', 'f.lanz@tischlerei-lanz.example', '0711 555 0140'],
        ['Ömer Aydemir', 'Geschäftsführer', 'o.aydemir@tischlerei-lanz.example', '0711 555 0141'],
      ],
    ],
  ])('%s: each term’s person with their details', (_l, rows) => {
    const got = entries(
      `<dl>${rows.map(([n, t, e, p]) => `<dt>${n}</dt><dd>${t}</dd><dd><a href="mailto:${e}">${e}</a></dd><dd>${p}</dd>`).join('')}</dl>`,
    );
    expect(got.people.map((p) => [p.name, p.title, p.email, p.phones?.length])).toEqual(
      rows.map(([n, t, e]) => [n, t, e, 1]),
    );
  });
});

describe('readEntries: a freelancer’s card with skill tags (issue 7)', () => {
  const card = (name: string, title: string, tags: string[]) =>
    `<article><h3><a href="/f/${name.length}">${name}</a></h3><p>${title}</p><p>Nantes · 450 €/jour</p><ul class="tags">${tags
      .map((t) => `<li>${t}</li>`)
      .join('')}</ul><a href="/f/${name.length}#contact">Contacter</a></article>`;
  it.each([
    ['Solène Marchetti', 'Consultante data', ['SEO', 'AWS', 'Figma']],
    ['Oliver Grant', 'Freelance developer', ['GDPR', 'AWS', 'React']],
    ['Lukas Brenner', 'Freiberuflicher Entwickler', ['SAP', 'DSGVO', 'Vue.js']],
  ])('%s: no tag is the firm', (name, title, tags) => {
    const got = entries(
      `<main>${card(name, title, tags)}${card('Inès Barbier', 'Graphiste', ['UX', 'UI', 'RGPD'])}${card(
        'Marc Vidal',
        'Chef de projet',
        ['CRM', 'ERP', 'BI'],
      )}</main>`,
    );
    expect(got.people.map((p) => p.company)).toEqual([undefined, undefined, undefined]);
  });
});

describe('readEntries: a staff list as a <dl>, each term a name, its description the title and contacts (issue 7)', () => {
  it.each([
    [
      '<dl><dt>Lena Morvan</dt><dd>Directrice générale · <a href="mailto:direction@hotel-exemple.fr">direction@hotel-exemple.fr</a></dd><dt>Hugo Tanguy</dt><dd>Chef de cuisine</dd><dt>Inès Roudaut</dt><dd>Responsable séminaires · Tél. 01 99 00 12 34</dd></dl>',
      [
        { name: 'Lena Morvan', title: 'Directrice générale', email: 'direction@hotel-exemple.fr' },
        { name: 'Hugo Tanguy', title: 'Chef de cuisine' },
        { name: 'Inès Roudaut', title: 'Responsable séminaires', phones: ['01 99 00 12 34'] },
      ],
    ],
    [
      '<dl><dt>Jane Holloway</dt><dd>Head Chef</dd><dt>Tom Barrow</dt><dd>Events Manager · <a href="mailto:events@inn.example">events@inn.example</a></dd></dl>',
      [
        { name: 'Jane Holloway', title: 'Head Chef' },
        { name: 'Tom Barrow', title: 'Events Manager', email: 'events@inn.example' },
      ],
    ],
    [
      '<dl><dt>Katrin Vogel</dt><dd>Empfangsleiterin · Tel. 030 5550 1234</dd><dt>Jonas Weber</dt><dd>Küchenleiter</dd></dl>',
      [
        { name: 'Katrin Vogel', title: 'Empfangsleiterin', phones: ['030 5550 1234'] },
        { name: 'Jonas Weber', title: 'Küchenleiter' },
      ],
    ],
  ])('%s', (html, people) => {
    const got = entries(html).people.map((p) => ({
      name: p.name,
      title: p.title,
      ...(p.email ? { email: p.email } : {}),
      ...(p.phones?.length ? { phones: p.phones } : {}),
    }));
    expect(got).toEqual(people);
  });
});

describe('readTables: a staff table whose names’ column is headed by their trade (issue 7)', () => {
  const table = (heads: string[], rows: string[][]) =>
    `<table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  it.each([
    [
      'fr: "Formateur", then a contact column of addresses',
      ['Formateur', 'Spécialité', 'Téléphone', 'Contact'],
      [
        [
          'Hélène Vaudrey',
          'Formatrice comptabilité',
          '—',
          '<a href="mailto:h.vaudrey@forma.example">h.vaudrey@forma.example</a>',
        ],
        ['Mathis Orcel', 'Formateur sécurité', '01 99 00 41 20', '—'],
      ],
      [
        ['Hélène Vaudrey', 'Formatrice comptabilité', 'h.vaudrey@forma.example', undefined],
        ['Mathis Orcel', 'Formateur sécurité', undefined, ['01 99 00 41 20']],
      ],
    ],
    [
      'en: "Trainer"',
      ['Trainer', 'Specialty', 'Email'],
      [
        ['Grace Whitlow', 'Leadership', 'grace@train.example'],
        ['Owen Pardoe', 'First aid', 'owen@train.example'],
      ],
      [
        ['Grace Whitlow', 'Leadership', 'grace@train.example', undefined],
        ['Owen Pardoe', 'First aid', 'owen@train.example', undefined],
      ],
    ],
    [
      'de: "Dozent"',
      ['Dozent', 'Fachgebiet', 'Telefon'],
      [
        ['Jonas Albrecht', 'Arbeitsrecht', '030 99 00 12 10'],
        ['Mia Kettler', 'Steuerrecht', '030 99 00 12 11'],
      ],
      [
        ['Jonas Albrecht', 'Arbeitsrecht', undefined, ['030 99 00 12 10']],
        ['Mia Kettler', 'Steuerrecht', undefined, ['030 99 00 12 11']],
      ],
    ],
  ])('%s', (_, heads, rows, want) => {
    const out: Found = { people: [], companies: [] };
    readTables(body(table(heads, rows)), out);
    expect(out.people.map((p) => [p.name, p.title, p.email, p.phones])).toEqual(want);
  });

  it('reads no one from a price table', () => {
    const out: Found = { people: [], companies: [] };
    readTables(
      body(
        table(
          ['Formation', 'Durée', 'Téléphone'],
          [
            ['Excel avancé', '2 jours', '—'],
            ['Paie', '3 jours', '—'],
          ],
        ),
      ),
      out,
    );
    expect(out.people).toEqual([]);
  });
});

describe("readTables: a column of the people who lead each row's team or class, headed by their trade (issue 7)", () => {
  it.each([
    [
      'Équipe',
      'Compétition',
      'Entraîneur',
      ['Seniors « Les Aigles »', 'Régionale 1', 'Loïc Berthomieu'],
      ['Cadettes', 'Coupe Lacaze-Morin', 'Ambre Tessonneau'],
      'Entraîneur',
    ],
    [
      'Team',
      'League',
      'Coach',
      ['Under 16s', 'County Cup', 'Gareth Penhallow'],
      ['Women', 'Division 2', 'Ellie Trebarwith'],
      'Coach',
    ],
    [
      'Mannschaft',
      'Liga',
      'Trainerin',
      ['U17 „Die Füchse“', 'Bezirksliga', 'Svenja Oberkirch'],
      ['Damen', 'Landesliga', 'Merle Haagen'],
      'Trainerin',
    ],
  ])('%s | %s | %s', (h1, h2, h3, row1, row2, title) => {
    const out: Found = { people: [], companies: [] };
    const tr = (r: string[]) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    readTables(
      body(`<table><thead><tr><th>${h1}</th><th>${h2}</th><th>${h3}</th></tr></thead><tbody>
      ${tr(row1)}${tr(row2)}${tr(['École', 'Challenge Benjamin-Dufour', '—'])}</tbody></table>`),
      out,
    );
    expect(out.people.map((p) => [p.name, p.title])).toEqual([
      [row1[2], title],
      [row2[2], title],
    ]);
    expect(out.companies).toEqual([]);
  });

  it('a column of places or trophies under such a head is no one', () => {
    const out: Found = { people: [], companies: [] };
    readTables(
      body(`<table><tr><th>Équipe</th><th>Entraîneur</th></tr>
      <tr><td>Seniors</td><td>voir le staff</td></tr><tr><td>Juniors</td><td>à désigner</td></tr><tr><td>Cadets</td><td>Stade Jean-Lacaze</td></tr></table>`),
      out,
    );
    expect(out.people).toEqual([]);
  });
});

describe("readEntries: a venue's or an event's practical details (issue 7)", () => {
  it.each([
    [
      '<dt>Tarif</dt><dd>12 € / réduit 8 €</dd><dt>Réservation groupes</dt><dd><a href="mailto:groupes@musee-brevanne.example">groupes@musee-brevanne.example</a> · 01 99 00 27 61</dd><dt>Presse</dt><dd>Agence Lunaire Communication</dd>',
    ],
    [
      '<dt>Eintritt</dt><dd>9 € / ermäßigt 6 €</dd><dt>Gruppenbuchung</dt><dd>+49 30 5550 1234</dd><dt>Anfahrt</dt><dd>U2 Stadtmitte</dd>',
    ],
    [
      '<dt>Admission</dt><dd>£8</dd><dt>Group bookings</dt><dd>020 7946 0312</dd><dt>Access</dt><dd>Step-free entrance</dd>',
    ],
  ])('reads no label as a firm: %s', (dl) => {
    const got = entries(`<section><dl>${dl}</dl></section>`);
    const labels =
      /^(?:Tarif|Réservation groupes|Presse|Eintritt|Gruppenbuchung|Anfahrt|Admission|Group bookings|Access)$/;
    expect(got.companies.filter((c) => labels.test(c.name))).toEqual([]);
    expect(got.people).toEqual([]);
  });
});

describe('readTables: the title under the name in the contact cell (issue 7, blind lists)', () => {
  it.each([
    [
      'fr',
      '<tr><th>Entreprise</th><th>Contact</th><th>Téléphone</th></tr>',
      '<tr><td>Menuiserie Gravel SRL</td><td>Odile Parmentier<br><small>Gérante</small></td><td>+32 2 555 01 02</td></tr>',
      ['Odile Parmentier', 'Gérante', 'Menuiserie Gravel SRL'],
    ],
    [
      'en',
      '<tr><th>Company</th><th>Contact</th><th>Phone</th></tr>',
      '<tr><td>Brightmoor Ltd</td><td>Nigel Ashdown<br><small>Managing Director</small></td><td>020 7946 0101</td></tr>',
      ['Nigel Ashdown', 'Managing Director', 'Brightmoor Ltd'],
    ],
    [
      'de',
      '<tr><th>Firma</th><th>Ansprechpartner</th><th>Telefon</th></tr>',
      '<tr><td>Kiefer Holzbau GmbH</td><td>Jonas Kiefer<br><span>Geschäftsführer</span></td><td>030 5550101</td></tr>',
      ['Jonas Kiefer', 'Geschäftsführer', 'Kiefer Holzbau GmbH'],
    ],
  ])('%s', (_, head, row, want) => {
    const out: Found = { people: [], companies: [] };
    readTables(body(`<table>${head}${row}${row.replace(/\d(?=<)/, '9')}</table>`), out);
    expect([out.people[0]?.name, out.people[0]?.title, out.people[0]?.company]).toEqual(want);
  });

  it('leaves a second line that is no title (a town) alone', () => {
    const out: Found = { people: [], companies: [] };
    readTables(
      body(`<table><tr><th>Entreprise</th><th>Contact</th></tr>
      <tr><td>Verrerie Aubrac</td><td>Claire Vidal<br>Rodez</td></tr><tr><td>Forge Lanvin</td><td>Paul Lanvin<br>Millau</td></tr></table>`),
      out,
    );
    expect(out.people.map((p) => p.title)).toEqual([undefined, undefined]);
  });
});

describe('readEntries: a team card whose role runs on into its numbers and address (issue 7, blind lists)', () => {
  const c = (n: string, t: string, tel: string, mail: string) =>
    `<div class="m"><h4>${n}</h4><span>${t}</span><a href="tel:${tel.replace(/\s/g, '')}">${tel}</a><a href="mailto:${mail}">${mail}</a></div>`;
  it.each([
    ['fr', ['Odile Parmentier', 'Fiscaliste'], ['Rémi Vasseur', 'Associé'], ['Aline Morel', 'Assistante de direction']],
    ['en', ['Nigel Ashdown', 'Tax Adviser'], ['Priya Holt', 'Partner'], ['Owen Marsh', 'Office Manager']],
    ['de', ['Jonas Kiefer', 'Steuerberater'], ['Lena Vogt', 'Partnerin'], ['Timo Brandt', 'Sachbearbeiter']],
  ])('%s', (_, ...people) => {
    const got = entries(
      `<section>${people.map(([n, t], i) => c(n!, t!, `+41 22 555 1${i} 4${i}`, `${n!.split(' ')[1]!.toLowerCase()}@fidu-exemple.ch`)).join('')}</section>`,
    );
    expect(got.people.map((p) => [p.name, p.title, p.email])).toEqual(
      people.map(([n, t]) => [n, t, `${n!.split(' ')[1]!.toLowerCase()}@fidu-exemple.ch`]),
    );
  });
});

describe('readEntries: member cards headed by a firm whose name reads like a person’s (issue 7, blind lists)', () => {
  const card = (firm: string, person: string, title: string, mail: string) =>
    `<article><img src="data:," alt="Logo ${firm}"><h3>${firm}</h3><p>Commerce</p><p>49 place de la République, 44000 Nantes</p><ul><li>${person} <span>– ${title}</span></li><li><a href="tel:0199001122">01 99 00 11 22</a></li><li><a href="mailto:${mail}">${mail}</a></li><li><a href="https://www.${mail.split('@')[1]}">www.${mail.split('@')[1]}</a></li></ul><p>SIRET : 703 707 869 00219</p><a href="/fiche/1">Voir la fiche</a></article>`;
  it.each([
    [
      'fr',
      [
        ['Céramiques Dourdan', 'Claire Vidal', 'Co-fondatrice', 'claire.vidal@ceramiques-dourdan.fr'],
        ['Kerlan Dourdan', 'Paul Morel', 'Gérant', 'p.morel@kerlan-dourdan.fr'],
        ['Tissages Berthon', 'Odile Faure', 'Directrice commerciale', 'odile.faure@tissages-berthon.fr'],
      ],
    ],
    [
      'en',
      [
        ['Ashby Whitcombe', 'Nigel Ashdown', 'Managing Director', 'nigel.ashdown@ashby-whitcombe.co.uk'],
        ['Bramble Cargo', 'Priya Holt', 'Head of Sales', 'priya.holt@bramble-cargo.co.uk'],
        ['Coldharbour Mills', 'Owen Marsh', 'Finance Director', 'owen.marsh@coldharbour-mills.co.uk'],
      ],
    ],
    [
      'de',
      [
        ['Hollerbeck Brandt', 'Jonas Kiefer', 'Geschäftsführer', 'j.kiefer@hollerbeck-brandt.de'],
        ['Nordmole Spedition', 'Lena Vogt', 'Leiterin Vertrieb', 'lena.vogt@nordmole-spedition.de'],
        ['Weserguss Formtechnik', 'Timo Brandt', 'Prokurist', 't.brandt@weserguss-formtechnik.de'],
      ],
    ],
  ])('%s: the heading is the firm, the name and title below are its contact', (_, cards) => {
    const got = entries(`<section>${cards.map((c) => card(c[0]!, c[1]!, c[2]!, c[3]!)).join('')}</section>`);
    expect(got.people.map((p) => [p.name, p.title, p.company, p.email])).toEqual(
      cards.map((c) => [c[1], c[2], c[0], c[3]]),
    );
  });
});

describe('readTables: a profession’s register gives each person the profession; a cell of two numbers both (issue 7, blind lists)', () => {
  it.each([
    ['fr', 'Annuaire des architectes inscrits au Tableau', ['Nom', 'Agence', 'Téléphone'], 'Architecte'],
    ['en', 'Directory of registered architects', ['Name', 'Practice', 'Phone'], 'Architect'],
    ['de', 'Verzeichnis der Designer', ['Name', 'Büro', 'Telefon'], 'Designer'],
  ])('%s', (_, h1, head, title) => {
    const out: Found = { people: [], companies: [] };
    readTables(
      body(`<h1>${h1}</h1><table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>
      <tr><td>Odile Parmentier</td><td>Atelier Parmentier</td><td><a href="tel:0199004644">01 99 00 46 44</a><br><a href="tel:0639987947">06 39 98 79 47</a></td></tr>
      <tr><td>Paul Morel</td><td>Morel Studio</td><td><a href="tel:0199002381">01 99 00 23 81</a></td></tr></table>`),
      out,
    );
    expect(out.people.map((p) => [p.name, p.title, p.phones])).toEqual([
      ['Odile Parmentier', title, ['01 99 00 46 44', '06 39 98 79 47']],
      ['Paul Morel', title, ['01 99 00 23 81']],
    ]);
  });

  it('a list that names no profession gives no title', () => {
    const out: Found = { people: [], companies: [] };
    readTables(
      body(`<h1>Liste des participants</h1><table><tr><th>Nom</th><th>Société</th></tr>
      <tr><td>Odile Parmentier</td><td>Atelier Parmentier</td></tr><tr><td>Paul Morel</td><td>Morel Studio</td></tr></table>`),
      out,
    );
    expect(out.people.map((p) => p.title)).toEqual([undefined, undefined]);
  });
});

describe('readEntries: an event page’s sections, each headed by a list’s title, are no people’s cards (issue 7)', () => {
  const sec = (h: string, lines: string[]) =>
    `<section><h2>${h}</h2><ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul></section>`;
  it.each([
    ['fr', ['Sponsor Platine', 'Sponsors Or', 'Liste des exposants', 'Partenaires médias'], 'Vélocia Mécanique'],
    ['en', ['Platinum Sponsor', 'Gold Sponsors', 'Exhibitors', 'Media partners'], 'Harrowgate Dynamics'],
    ['de', ['Hauptsponsor', 'Sponsoren Gold', 'Aussteller', 'Medienpartner'], 'Auenwerk Antriebe'],
  ])('%s: no tier title is a person nor a firm', (_, heads, firm) => {
    const got = entries(
      `<main>${heads.map((h, i) => sec(h, i === 2 ? ['A12', `${firm}`] : [`${firm} ${i}`, 'Ormelec'])).join('')}</main>`,
    );
    expect(got.people).toEqual([]);
    expect(got.companies.map((c) => c.name)).not.toContain(heads[0]);
  });

  it('a team’s cards, each headed by a name, stay people', () => {
    const got = entries(
      `<main>${['Camille Verdier', 'Hugo Lantier', 'Inès Bardet'].map((n) => `<section><h2>${n}</h2><p>Directrice des partenariats</p><p>01 99 00 12 34</p></section>`).join('')}</main>`,
    );
    expect(got.people.map((p) => p.name)).toEqual(['Camille Verdier', 'Hugo Lantier', 'Inès Bardet']);
  });
});

describe('readTables: a project’s work packages, their leaders and beneficiaries (issue 7)', () => {
  const read = (html: string): Found => {
    const out: Found = { people: [], companies: [] };
    readTables(body(html), out);
    return out;
  };
  it.each([
    [
      'en',
      '<th>WP leader</th><th>Work package</th><th>Beneficiary</th>',
      ['Hannah Lowry', 'WP2 Field trials', 'Northmoor Polytechnic'],
    ],
    [
      'fr',
      '<th>Nom</th><th>Lot de travail</th><th>Bénéficiaire</th>',
      ['Lucie Fabre', 'WP2 Field trials', 'Northmoor Polytechnic'],
    ],
    [
      'de',
      '<th>Leader</th><th>Arbeitspaket</th><th>Affiliation</th>',
      ['Jonas Brandt', 'WP2 Field trials', 'Northmoor Polytechnic'],
    ],
  ])('%s', (_, head, [name, wp, firm]) => {
    const got = read(
      `<table><thead><tr>${head}</tr></thead><tbody><tr><td>${name}</td><td>${wp}</td><td>${firm}</td></tr>
      <tr><td>Petra Quist</td><td>WP3 Outreach</td><td>Fundación Marvento</td></tr></tbody></table>`,
    );
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual([
      [name, wp, firm],
      ['Petra Quist', 'WP3 Outreach', 'Fundación Marvento'],
    ]);
    expect(got.companies.map((c) => c.name)).toEqual([firm, 'Fundación Marvento']);
  });
});

describe("readTables: a board's table, the seat under 'Mandat' before the member's standing (issue 7)", () => {
  it.each([
    ['FR', 'Nom', 'Mandat', 'Qualité', 'Présidente', 'Représentante des usagers'],
    ['DE', 'Name', 'Mandat', 'Funktion', 'Kassier', 'Delegierter der Gemeinde'],
  ])('%s: the seat is the title', (_, nameHead, seatHead, otherHead, seat, other) => {
    const out: Found = { people: [], companies: [] };
    readTables(
      body(`<table><tr><th>${nameHead}</th><th>${seatHead}</th><th>${otherHead}</th></tr>
      <tr><td>Ottilie Brandvogt</td><td>${seat}</td><td>${other}</td></tr>
      <tr><td>Ferdinand Quast</td><td>${seat}</td><td>${other}</td></tr></table>`),
      out,
    );
    expect(out.people.map((p) => [p.name, p.title])).toEqual([
      ['Ottilie Brandvogt', seat],
      ['Ferdinand Quast', seat],
    ]);
  });
});
