import { describe, expect, it } from 'vitest';
import { dlPeople } from './page-dl';
import {
  contactBlocks,
  isOrgLine,
  isTitleLike,
  orgName,
  personName,
  roleLines,
  speakerEntry,
  splitTitleCompany,
  talkPeople,
  titledLines,
} from './page-people';
import { prosePeople } from './people-prose';
import { quotedPeople as quotedWith, rolePeople, signedQuotes } from './page-prose';
import { occupationFirms } from './page-members';
import { pageReaders } from './page-readers';
import { factBoxes } from './page-subject';
import type { Line } from './dom';
import { cleanPersonName } from './person-name';

const quotedPeople = (l: Line[]) => quotedWith(l, pageReaders);

describe('splitTitleCompany', () => {
  it.each([
    ['CEO of Segment', 'CEO', 'Segment'],
    ['Directrice commerciale chez Batiroc', 'Directrice commerciale', 'Batiroc'],
    // a department after "of" is part of the title, never a company
    ['Head of Transport', 'Head of Transport', undefined],
    ['Director of Automation', 'Director of Automation', undefined],
    ['Head of Customs & Trade Compliance', 'Head of Customs & Trade Compliance', undefined],
    ['Head of Operations', 'Head of Operations', undefined],
    ['Leiter Einkauf', undefined, undefined],
    // a team after the comma is part of the title
    ['Engineering Manager, Platform', 'Engineering Manager, Platform', undefined],
    ['Director, Customer Success', 'Director, Customer Success', undefined],
    // LinkedIn-style headlines copied into directories: "Title | Company" (a dash often joins a trade and a firm
    // under another role: "Trésorier" / "Expert-comptable – Cabinet X")
    ['Directrice commerciale | Maison Orvelle', 'Directrice commerciale', 'Maison Orvelle'],
    ['Head of Procurement | Bramblecote Bakeries', 'Head of Procurement', 'Bramblecote Bakeries'],
    ['Einkaufsleiter | Brauerei Hollfeld GmbH', 'Einkaufsleiter', 'Brauerei Hollfeld GmbH'],
    // a register's town is no firm; trades of the shops' and hotels' pages (issue 7)
    ['agent commercial inscrit au RSAC d’Avignon', 'agent commercial inscrit au RSAC d’Avignon', undefined],
    ['mandataire immatriculée au RCS de Tours', 'mandataire immatriculée au RCS de Tours', undefined],
    ['Négociateur immobilier', 'Négociateur immobilier', undefined],
    ['Gouvernante générale', 'Gouvernante générale', undefined],
    ['Sales Director – Lyon', undefined, undefined],
    ['Founder | Speaker', undefined, undefined],
    ['Engineering Manager – Platform', undefined, undefined],
    // an agency working for a client: the agency is the company, the client is not
    ['Lantern Street Communications for Corvane', undefined, 'Lantern Street Communications'],
    ['Havelock PR for Brightwell', undefined, 'Havelock PR'],
    ['Account Director for Brightwell', 'Account Director', 'Brightwell'],
    // a town after the firm in a signature is no firm ("Title – Firm, Town")
    ['Expert-comptable associé – Gaubert & Associés, Voiron', 'Expert-comptable associé', 'Gaubert & Associés'],
    ['Gérante – Atelier Brodeur, Landerneau', 'Gérante', 'Atelier Brodeur'],
    ['Geschäftsführer – Holzbau Kruse, Oldesloe', 'Geschäftsführer', 'Holzbau Kruse'],
    // an elided "de" before the firm, and the joining words inside its name (issue 7)
    ['PDG d’Aciéries Vernon', 'PDG', 'Aciéries Vernon'],
    ["directeur général d'Hydrelia", 'directeur général', 'Hydrelia'],
    ['gérant de Brasserie du Quai', 'gérant', 'Brasserie du Quai'],
    ['directrice régionale de la Caisse des Dépôts Nord', 'directrice régionale', 'Caisse des Dépôts Nord'],
    ['CEO of Bank of Harrowby', 'CEO', 'Bank of Harrowby'],
    // (an elided "de" inside a firm's name after a comma is no split: "…, Boulangeries Fournil d'Or")
    ["responsable achats, Boulangeries Fournil d'Or", 'responsable achats', "Boulangeries Fournil d'Or"],
    // (a joining word inside the firm after the comma is not the title's: "…, Fromagerie des X") (issue 7)
    ['directeur des opérations, Laiterie des Combes', 'directeur des opérations', 'Laiterie des Combes'],
    ['Head of Logistics, Bank of Harrowby', 'Head of Logistics', 'Bank of Harrowby'],
    ['Leiter der Produktion, Brauerei zum Löwen', 'Leiter der Produktion', 'Brauerei zum Löwen'],
  ])('%s', (s, title, company) => {
    const [t, c] = splitTitleCompany(s);
    expect(c).toBe(company);
    if (title !== undefined) expect(t).toBe(title);
  });
});

describe('prosePeople', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: null as unknown as Element }));
  it.each([
    [
      'Margaret Ellison – Chair of Trustees. Margaret joined the board in 2019 and became Chair in 2022.',
      [{ name: 'Margaret Ellison', title: 'Chair of Trustees' }],
    ],
    [
      "Rev. Samuel Adebayo – Vice-Chair. Samuel is vicar of St Mark's, Deptford.",
      [{ name: 'Samuel Adebayo', title: 'Vice-Chair' }],
    ],
    [
      'Owen Pritchard is a trustee and our safeguarding lead. He was a head teacher for twelve years.',
      [{ name: 'Owen Pritchard', title: 'trustee' }],
    ],
    [
      'Tariq Mahmood, Warehouse & Logistics Manager, runs our Charlton depot and the van fleet.',
      [{ name: 'Tariq Mahmood', title: 'Warehouse & Logistics Manager' }],
    ],
    // the role a release says a person keeps or takes
    [
      'Its products are sold in 3,100 stores. Callum Fenwick will remain head of production at the Skipton site.',
      [{ name: 'Callum Fenwick', title: 'head of production' }],
    ],
    [
      'Le rachat sera finalisé en juin. Léa Morvan restera directrice générale après la fusion.',
      [{ name: 'Léa Morvan', title: 'directrice générale' }],
    ],
    [
      'Die Übernahme gilt ab Juli. Anna Rothmund bleibt Geschäftsführerin bis 2028.',
      [{ name: 'Anna Rothmund', title: 'Geschäftsführerin' }],
    ],
    ['Mia Ruiz will become available in May.', []],
    // a title ending on a capitalised word was cut in a name: no firm (issue 7)
    [
      'Tout commence en 2020. Jeanne Morel, designer, et Hugo Lemaire, ébéniste formé aux Compagnons du Devoir, fondent l’atelier.',
      [
        { name: 'Jeanne Morel', title: 'designer' },
        { name: 'Hugo Lemaire', title: 'ébéniste formé aux Compagnons du Devoir' },
      ],
    ],
    [
      'On Tuesday we welcome Ruth Ainsley, buyer at Corvane Foods, to the panel.',
      [{ name: 'Ruth Ainsley', title: 'buyer', company: 'Corvane Foods' }],
    ],
    // a relative, named: "Sa fille Manon Ribaud, directrice d’exploitation, pilote…"
    [
      'Fondée en 1971, la maison compte 30 salariés. Sa fille Aurore Vidalenc, directrice commerciale, pilote le nouveau site.',
      [{ name: 'Aurore Vidalenc', title: 'directrice commerciale' }],
    ],
    [
      'The bakery opened in 1988. His son Callum Bracewell, head baker, runs the night shift.',
      [{ name: 'Callum Bracewell', title: 'head baker' }],
    ],
    [
      'Der Betrieb besteht seit 1962. Seine Tochter Hanna Lindqvist, Betriebsleiterin, führt heute die Werkstatt.',
      [{ name: 'Hanna Lindqvist', title: 'Betriebsleiterin' }],
    ],
    [
      'Our trustees are Jane Roe (Chair), John Poe (Treasurer) and Ann Doe (Secretary).',
      [
        { name: 'Jane Roe', title: 'Chair' },
        { name: 'John Poe', title: 'Treasurer' },
        { name: 'Ann Doe', title: 'Secretary' },
      ],
    ],
    [
      'Camille Arnaud est la fondatrice de Maison Arnaud et dirige l’atelier depuis 2015.',
      [{ name: 'Camille Arnaud', title: 'fondatrice', company: 'Maison Arnaud' }],
    ],
    [
      'Jonas Weber ist Geschäftsführer der Weber Haustechnik GmbH und leitet den Vertrieb.',
      [{ name: 'Jonas Weber', title: 'Geschäftsführer', company: 'Weber Haustechnik GmbH' }],
    ],
    [
      'Agathe Morin, PDG de Tissages Morin (Roanne), détaille le plan d’investissement.',
      [{ name: 'Agathe Morin', title: 'PDG', company: 'Tissages Morin' }],
    ],
    // a first name for the full name given before, an adverb of time, two titles joined (issue 7, blind-15 kind)
    [
      'Yvonne Le Goff a ouvert l’atelier en 2016. Yvonne est désormais notre gérante et responsable de production ; Paul, notre chef d’atelier.',
      [{ name: 'Yvonne Le Goff', title: 'gérante et responsable de production' }],
    ],
    [
      'Priya Sandhu started the shop in a garage. Today Priya is now our managing director and head buyer.',
      [{ name: 'Priya Sandhu', title: 'managing director and head buyer' }],
    ],
    // a former role, then the role the sentence gives now
    [
      'Henrik Aalto, former sales director of a ferry operator, joined us as our third partner in 2022.',
      [{ name: 'Henrik Aalto', title: 'partner' }],
    ],
    // no role: no person
    ['Marco Bellini is a wonderful cook and a friend of ours.', []],
    ['Greenfield Supermarkets, Thameside Bakeries and others fund our core costs.', []],
    ['Paris Office – Sales. Open from 9 to 5.', []],
    // a surname of several particles (issue 7)
    [
      "Anne-Laure de La Roche du Mont, directrice générale des Tissages du Lignon, dans l'atelier.",
      [{ name: 'Anne-Laure de La Roche du Mont', title: 'directrice générale', company: 'Tissages du Lignon' }],
    ],
  ])('%s', (text, people) => {
    expect(prosePeople(lines(text))).toEqual(people);
  });
});

describe('quotedPeople', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: null as unknown as Element }));
  it.each([
    [
      '“Her research changed our roadmap in a fortnight.” — Owen Brightman, Head of Product, Kitebird Health',
      [{ name: 'Owen Brightman', title: 'Head of Product', company: 'Kitebird Health' }],
    ],
    [
      '« Un partenaire fiable. » – Claire Morel, directrice des achats chez Fromentin',
      [{ name: 'Claire Morel', title: 'directrice des achats', company: 'Fromentin' }],
    ],
    ['“Great food.” — Marco Bellini', []],
    // a press release's "said Name, Title, Department, Firm", a quote after a sentence's lead, a body's long name
    [
      '"Demand doubled in a year," said Priya Nandakumar, Vice President, Supply Chain, Orland Dairies.',
      [{ name: 'Priya Nandakumar', title: 'Vice President, Supply Chain', company: 'Orland Dairies' }],
    ],
    [
      'Côté distributeurs, Hélène Varin, directrice commerciale de Maison Orsel, confirme : « Les délais ont fondu. »',
      [{ name: 'Hélène Varin', title: 'directrice commerciale', company: 'Maison Orsel' }],
    ],
    [
      '« Un signal fort », estime Marc Tessier, président de la Fédération des industries papetières du Rhône.',
      [{ name: 'Marc Tessier', title: 'président', company: 'Fédération des industries papetières du Rhône' }],
    ],
    // a surname of several particles (issue 7)
    [
      '« Un cap franchi », souligne Anne-Laure de La Roche du Mont, directrice générale des Tissages du Lignon.',
      [{ name: 'Anne-Laure de La Roche du Mont', title: 'directrice générale', company: 'Tissages du Lignon' }],
    ],
    // a German engineer's degree before the quoted name (issue 7)
    [
      '"A perfect fit," said Dipl.-Ing. Konrad Wehrmeister, Managing Director of Wehrmeister Drehtechnik.',
      [{ name: 'Konrad Wehrmeister', title: 'Managing Director', company: 'Wehrmeister Drehtechnik' }],
    ],
    [
      '„Ein starkes Signal“, sagt Dipl.-Kfm. Jonas Brandhuber, Geschäftsführer der Brandhuber Logistik.',
      [{ name: 'Jonas Brandhuber', title: 'Geschäftsführer', company: 'Brandhuber Logistik' }],
    ],
    // a German board's chair, a doctor's subject in the degree (issue 7)
    [
      '„Ein guter Tag“, sagt Dr. Anselm Krüger, Vorstandsvorsitzender der Weserwerke Armaturen AG.',
      [{ name: 'Anselm Krüger', title: 'Vorstandsvorsitzender', company: 'Weserwerke Armaturen AG' }],
    ],
    [
      '„Wir wachsen“, erklärt Dr. rer. pol. Maren Oltmann, Aufsichtsratsvorsitzende der Elbtal Pumpen AG.',
      [{ name: 'Maren Oltmann', title: 'Aufsichtsratsvorsitzende', company: 'Elbtal Pumpen AG' }],
    ],
  ])('%s', (text, people) => {
    expect(quotedPeople(lines(text))).toEqual(people);
  });
});

describe('rolePeople: bold names in a sentence, each with its title set off by commas (issue 7)', () => {
  it.each([
    [
      'Leurs enfants ont pris le relais : <strong>Alix Morvan</strong>, Œnologue, export, et <strong>Hugo Morvan</strong>, Chef de culture.',
      [
        ['Alix Morvan', 'Œnologue, export'],
        ['Hugo Morvan', 'Chef de culture'],
      ],
    ],
    [
      'The farm is now run by <b>Jane Pike</b>, Farm Manager, and <b>Tom Pike</b>, Head Cheesemaker.',
      [
        ['Jane Pike', 'Farm Manager'],
        ['Tom Pike', 'Head Cheesemaker'],
      ],
    ],
    [
      'Heute führen <strong>Lena Haas</strong>, Geschäftsführerin, und <strong>Jonas Haas</strong>, Werkstattleiter. den Betrieb',
      [
        ['Lena Haas', 'Geschäftsführerin'],
        ['Jonas Haas', 'Werkstattleiter'],
      ],
    ],
    ['Nos cuvées <strong>Clos Marie</strong>, Mercurey, et <strong>Vieilles Vignes</strong>, Bourgogne.', []],
    // a doctor's subject between the degree and the name (issue 7)
    [
      'Muster Messtechnik GmbH, vertreten durch die Geschäftsführerin Dr. rer. nat. Ilse Brandauer-Kühn',
      [['Ilse Brandauer-Kühn', 'Geschäftsführerin']],
    ],
  ])('%s', (html, want) => {
    const p = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').querySelector('p')!;
    const got = rolePeople([{ text: p.textContent ?? '', el: p }], pageReaders);
    expect(got.map((x) => [x.name, x.title])).toEqual(want);
  });
});

describe('signedQuotes: a testimonial’s signature on its own line in the quote’s box (issue 7)', () => {
  const box = (sig: string) => {
    const doc = new DOMParser().parseFromString(
      `<blockquote class="testimonial"><p>« Travail soigné. »</p><cite>${sig}</cite></blockquote>`,
      'text/html',
    );
    return [{ text: sig, el: doc.querySelector('cite')! }];
  };
  it.each([
    ['— Odile Ferrand', [{ name: 'Odile Ferrand' }]],
    ['— Gaël Tanneur, Boucherie Tanneur & Fils', [{ name: 'Gaël Tanneur', company: 'Boucherie Tanneur & Fils' }]],
    ['– Hélène Marchal, Cave Marchal, Lille', [{ name: 'Hélène Marchal', company: 'Cave Marchal' }]],
    [
      '— Jane Whitcombe, Office Manager, Larkfield Dental',
      [{ name: 'Jane Whitcombe', title: 'Office Manager', company: 'Larkfield Dental' }],
    ],
    ['— Jonas Becker, Bäckerei Becker', [{ name: 'Jonas Becker', company: 'Bäckerei Becker' }]],
    ['— Livraison offerte dès 50 €', []],
  ])('%s', (sig, people) => {
    expect(signedQuotes(box(sig), { personName, orgName })).toEqual(people);
  });
  it('not outside a quote’s box', () => {
    const doc = new DOMParser().parseFromString('<p>— Odile Ferrand</p>', 'text/html');
    expect(signedQuotes([{ text: '— Odile Ferrand', el: doc.querySelector('p')! }], { personName, orgName })).toEqual(
      [],
    );
  });
});

describe('quotedPeople: the page’s own body named by its kind is no company', () => {
  it('— Gilles Parmentier, président du Club', () => {
    const l = [
      { text: '« Complétez votre fiche ! » — Gilles Parmentier, président du Club', el: null as unknown as Element },
    ];
    expect(quotedPeople(l)).toEqual([]);
  });
});

describe('running text of legal notices, boards, press contacts (issue 7)', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  it('roleLines: legal notices of BE, IT, ES and CH (their roles, civilities, two labels in one line)', () => {
    expect(
      roleLines(
        lines(
          'Zaakvoerders: Joris Peeters en An Claes',
          'Amministratore unico: Dott.ssa Chiara Bellini',
          'Responsabile produzione: Agr. Marco Riva',
          'Administrador único: D. Íñigo Larrea. Gerente de obra: D.ª Nerea Alonso.',
          'RPR Antwerpen, afdeling Antwerpen',
        ),
      ).map((p) => [p.name, p.title]),
    ).toEqual([
      ['Joris Peeters', 'Zaakvoerders'],
      ['An Claes', 'Zaakvoerders'],
      ['Chiara Bellini', 'Amministratore unico'],
      ['Marco Riva', 'Responsabile produzione'],
      ['Íñigo Larrea', 'Administrador único'],
      ['Nerea Alonso', 'Gerente de obra'],
    ]);
    expect(personName('Präsident des Verwaltungsrates')).toBe('');
    expect(personName('RPR Antwerpen')).toBe('');
  });
  it('titledLines: a team page\'s "Title – Name, Town" and "Title : Name, Town" lines', () => {
    expect(
      titledLines(
        lines(
          'Juriste – Hugo Ferrand, Albi',
          'Assistante juridique : Inès Carrel, Castres',
          'Contact presse Tissages Morin : Léa Roy – presse@tissages-morin.fr – 04 99 00 12 34',
        ),
      ),
    ).toEqual([
      { name: 'Hugo Ferrand', title: 'Juriste' },
      { name: 'Inès Carrel', title: 'Assistante juridique' },
      {
        name: 'Léa Roy',
        title: 'Contact presse',
        company: 'Tissages Morin',
        email: 'presse@tissages-morin.fr',
        phones: ['04 99 00 12 34'],
      },
    ]);
  });
  it.each([
    ['Gérant : Lucas Ferrand – Ferrand Plomberie EURL au capital de 5 000 € – SIRET 123', 'Lucas Ferrand', 'Gérant'],
    ['Inhaber: Jonas Becker – Bäckerei Becker – USt-IdNr. DE123', 'Jonas Becker', 'Inhaber'],
    ['Owner: Jane Whitcombe – Whitcombe Plumbing – Company No. 0123', 'Jane Whitcombe', 'Owner'],
  ])('roleLines: a legal line going on after a dash: %s', (text, name, title) => {
    expect(roleLines(lines(text))).toEqual([{ name, title }]);
  });
  it.each([
    ['Legal · UID CHE-000.000.000 · CEO: Mirjam Oberholzer-Keel', 'Mirjam Oberholzer-Keel', 'CEO'],
    ['Helios Werkzeug AG · CFO: Tobias Ammann', 'Tobias Ammann', 'CFO'],
    ['Mentions légales. CTO : Inès Berthoud', 'Inès Berthoud', 'CTO'],
  ])("roleLines: a chief's acronym as a legal line's label (issue 7): %s", (text, name, title) => {
    expect(roleLines(lines(text))).toEqual([{ name, title }]);
  });
  it.each([
    [
      'Büro: Jasmin Kaya, Büroleitung, +49 30 5550 1234, buero@tischlerei-beispiel.de',
      {
        name: 'Jasmin Kaya',
        title: 'Büroleitung',
        email: 'buero@tischlerei-beispiel.de',
        phones: ['+49 30 5550 1234'],
      },
    ],
    [
      'Secrétariat : Inès Morel, Assistante de direction, 01 99 00 12 34',
      { name: 'Inès Morel', title: 'Assistante de direction', phones: ['01 99 00 12 34'] },
    ],
    [
      'Office: Jane Pike, Office Manager, jane@pike-joinery.example',
      { name: 'Jane Pike', title: 'Office Manager', email: 'jane@pike-joinery.example' },
    ],
  ])('titledLines: a desk, then its holder with their own title (%s, issue 7)', (text, person) => {
    expect(titledLines(lines(text))).toEqual([person]);
  });
  it('contactBlocks: a desk’s line naming another person ends the block above (issue 7)', () => {
    const got = contactBlocks(
      lines(
        'Inhaber: Jonas Becker, Tischlermeister',
        'Telefon: +49 30 5550 1200',
        'Büro: Jasmin Kaya, Büroleitung, +49 30 5550 1234, buero@tischlerei-beispiel.de',
      ),
    );
    expect(got.find((p) => p.name === 'Jonas Becker')?.email).toBeUndefined();
  });
  it.each([
    ['Vorstand: Dr. Anna Reinholt (Vorsitzende), Bernd Quast, Carla Imbusch', 'Anna Reinholt'],
    ['Bureau : Paul Verneuil (président), Léa Castagnac (trésorière)', 'Paul Verneuil'],
    ['Board: Jane Harrowby (Chair), Tom Ellersby, Ruth Okonjo', 'Jane Harrowby'],
  ])('contactBlocks: a board’s list of names is no one’s card, the next name no firm (%s)', (text, name) => {
    const got = contactBlocks(lines(text, 'Tél. 01 99 00 12 12'));
    const p = got.find((q) => q.name === name);
    expect(p?.company).toBeUndefined();
    expect(p?.title ?? '').not.toContain(')');
  });
  it('contactBlocks: a name, a role in brackets and a firm stays a card', () => {
    const got = contactBlocks(lines('Jane Harrowby (Chair), Harrowby Freight Ltd', 'jane@harrowby-freight.example'));
    expect(got.find((q) => q.name === 'Jane Harrowby')).toBeDefined();
  });
  it('roleLines: degrees in parentheses, representation and Prokura', () => {
    const got = roleLines(
      lines(
        'Vertretungsberechtigte Geschäftsführer: Matthias Brenneisen, Dipl.-Ing. (FH) Carola Wendt',
        'Prokurist: Stefan Maier',
      ),
    );
    expect(got).toEqual([
      { name: 'Matthias Brenneisen', title: 'Geschäftsführer' },
      { name: 'Carola Wendt', title: 'Geschäftsführer' },
      { name: 'Stefan Maier', title: 'Prokurist' },
    ]);
  });
  it.each([
    ['Vorsitzender des Aufsichtsrats: Prof. Dr. Dr. h.c. Gerhard Plettenberg', ['Gerhard Plettenberg']],
    ['Geschäftsführer: Horst Brenner, Dipl.-Kfm. Karl-Heinz Sundberg', ['Horst Brenner', 'Karl-Heinz Sundberg']],
    ['Geschäftsführerin: Dr. rer. nat. Ilse Brandauer-Kühn', ['Ilse Brandauer-Kühn']],
    ['Gérant : Dr. Paul Morel. Contact : accueil@exemple.fr', ['Paul Morel']],
  ])("roleLines: a degree's dots are no sentence's end ('%s', issue 7)", (text, names) => {
    expect(roleLines(lines(text)).map((p) => p.name)).toEqual(names);
  });
  it.each([
    [['Prokura: Mag. Sabine Lechner-Wolf'], [['Sabine Lechner-Wolf', 'Prokura']]],
    [
      ['Geschäftsführer der Komplementär-GmbH', 'Horst Brenner, Dipl.-Kfm. Karl-Heinz Sundberg'],
      [
        ['Horst Brenner', 'Geschäftsführer'],
        ['Karl-Heinz Sundberg', 'Geschäftsführer'],
      ],
    ],
    [
      ['Vorstand des Vereins', 'Dr. Lea Brandt und Jonas Hering'],
      [
        ['Lea Brandt', 'Vorstand'],
        ['Jonas Hering', 'Vorstand'],
      ],
    ],
    [['Directors of the Company', 'Jane Roe'], [['Jane Roe', 'Directors']]],
  ])("roleLines: Prokura, and a role's heading naming the body they lead (%j, issue 7)", (ls, want) => {
    expect(roleLines(lines(...ls)).map((p) => [p.name, p.title])).toEqual(want);
  });
  it('roleLines: the title written after the name ("Directrice de la publication : Mme X, Présidente")', () => {
    expect(
      roleLines(
        lines('Directrice de la publication : Mme Armelle Quéré, Présidente.', 'Publisher: Dominic Haverford, Editor'),
      ),
    ).toEqual([
      { name: 'Armelle Quéré', title: 'Présidente' },
      { name: 'Dominic Haverford', title: 'Editor' },
    ]);
  });
  it('prosePeople: a person introduced mid-paragraph, a founder in a relative clause', () => {
    expect(
      prosePeople(
        lines(
          'Le bureau compte neuf membres. Josiane Marchal, vice-présidente, coordonne les ateliers depuis 2019.',
          'Ian Strachan, who founded the cider maker Orchard Lane in 2011, now runs his own store.',
        ),
      ),
    ).toEqual([
      { name: 'Josiane Marchal', title: 'vice-présidente' },
      { name: 'Ian Strachan', title: 'founder', company: 'Orchard Lane' },
    ]);
  });
  it('contactBlocks: an obfuscated address after name and role; agencies of media contacts', () => {
    expect(contactBlocks(lines('Nadia Ferrand, présidente : nadia.ferrand [at] jardins-du-ruisseau [dot] fr'))).toEqual(
      [{ name: 'Nadia Ferrand', title: 'présidente', email: 'nadia.ferrand@jardins-du-ruisseau.fr' }],
    );
    const got = contactBlocks(
      lines('For Calderwood Energy Storage:', 'Brightline PR', 'Natalie Okafor, Account Director', '+44 20 7946 0512'),
    );
    expect(got.map((p) => [p.name, p.company])).toEqual([['Natalie Okafor', 'Brightline PR']]);
  });
});

describe('contactBlocks: a heading below a contact starts the next section (issue 7)', () => {
  const at = (tag: string, text: string) => {
    const el = document.createElement(tag);
    el.textContent = text;
    return { text, el };
  };
  it.each([
    ['Innendienst', 'Auftragsannahme: auftrag@beispiel-raum.de · Tel. +49 7121 5550 400'],
    ['Customer service', 'Orders: orders@kestrel-floor.example · Tel. +44 20 7946 0400'],
    ['Service client', 'Commandes : commandes@atelier-vidal.example · Tél. 01 99 00 10 00'],
  ])('a contact <p> stops at <h2>%s</h2>', (head, line) => {
    const got = contactBlocks([
      at('strong', 'Leonore Brandis'),
      at('p', 'Key Account Managerin Gesundheitswesen'),
      at('p', 'Tel. +49 7121 5550 420'),
      at('p', 'l.brandis@beispiel-raum.de'),
      at('h2', head),
      at('p', line),
    ]);
    expect(got.map((p) => [p.name, p.phones])).toEqual([['Leonore Brandis', ['+49 7121 5550 420']]]);
  });
  it("a heading's name keeps its card's heading lines ('<h3>Name</h3><h4>Title</h4>')", () => {
    const got = contactBlocks([
      at('h3', 'Osric Pennyfeather'),
      at('h4', 'Chief Financial Officer'),
      at('p', 'Tel. +44 20 7946 0123'),
    ]);
    expect(got.map((p) => [p.name, p.title, p.phones])).toEqual([
      ['Osric Pennyfeather', 'Chief Financial Officer', ['+44 20 7946 0123']],
    ]);
  });
});

describe("contactBlocks: a chair's team as a table of rows, the title in each row's header (issue 7)", () => {
  it.each([
    ['Wissenschaftliche Mitarbeiterin', 'Raum LT 2.21'],
    ['Research Associate', 'Room B104'],
    ['Doctorante', 'Bureau 312'],
  ])('<th>%s</th> titles the person of its row, past "%s"', (title, room) => {
    const doc = new DOMParser().parseFromString(
      `<table><tr><th>${title}</th><td><a href="/p/x">Dipl.-Ing. Ilka Brönnle</a><br>${room}<br>Tel.: +49 421 5550 4413<br>E-Mail: ilka.broennle(at)hs-beispiel.de</td></tr></table>`,
      'text/html',
    );
    const th = doc.querySelector('th')!;
    const a = doc.querySelector('a')!;
    const td = doc.querySelector('td')!;
    const got = contactBlocks([
      { text: title, el: th },
      { text: 'Dipl.-Ing. Ilka Brönnle', el: a },
      { text: room, el: td },
      { text: 'Tel.: +49 421 5550 4413', el: td },
      { text: 'E-Mail: ilka.broennle(at)hs-beispiel.de', el: td },
    ]);
    expect(got).toEqual([
      { name: 'Ilka Brönnle', title, email: 'ilka.broennle@hs-beispiel.de', phones: ['+49 421 5550 4413'] },
    ]);
  });
});

describe('contactBlocks: postcode lines', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  it('a postcode and town line is part of a person’s block', () => {
    const got = contactBlocks(
      lines(
        'Pressekontakt:',
        'Miriam Schwarz',
        'Leiterin Unternehmenskommunikation',
        'Lange Straße 28',
        '96047 Bamberg',
        'Tel.: +49 951 965 20-140',
      ),
    );
    expect(got[0]?.phones).toEqual(['+49 951 965 20-140']);
  });
  it('a bare name right above a postcode line is a place', () => {
    expect(contactBlocks(lines('ZA de la Borie', '12500 Espalion', 'Tél. : 05 65 48 12 30'))).toEqual([]);
  });
});

describe('contactBlocks: a building or site named in an address is no person', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  it.each([
    ['Dean Clough Mills, Halifax HX3 5AX', 'Tel 01422 300 800'],
    ['Brindley House, 14 Canal Street', '0121 496 0311'],
    ['Immeuble Le Florilège, 4 rue Sainte-Anne', 'Tél. 04 72 10 33 20'],
    ['Parc Marcel Dassault, 12 allée des Pins', '01 45 67 89 10'],
    ['Lindner Hof, Mühlgasse 3', 'Tel. 0761 288 49 70'],
    ['Kestrel Court, Ashford TN23 1FB', '01233 555 014'],
  ])('%s', (a, b) => {
    expect(contactBlocks(lines('Calder Valley Chamber of Commerce', a, b))).toEqual([]);
  });
  it('a surname that is a place word stays a name without an address', () => {
    expect(contactBlocks(lines('Grace Park, Head of Sales', 'Tel 01422 300 811')).map((p) => p.name)).toEqual([
      'Grace Park',
    ]);
  });
});

describe("orgName: a release's boilerplate heading, an agency speaking for its client (issue 7)", () => {
  it.each([
    ['About Wehrmeister Drehtechnik GmbH', 'Wehrmeister Drehtechnik GmbH'],
    ['À propos de Fromagerie Orsel SAS', 'Fromagerie Orsel SAS'],
    ['Über die Brandhuber Logistik AG', 'Brandhuber Logistik AG'],
    ['Agence Littoral RP for Fromagerie Orsel', 'Agence Littoral RP'],
    ['Brightmoor PR on behalf of Kitebird Health', 'Brightmoor PR'],
    ['Nordlicht Kommunikation für Brandhuber Logistik', 'Nordlicht Kommunikation'],
  ])('%s -> %s', (raw, want) => expect(orgName(raw)).toBe(want));
});

describe("factBoxes: a release's boilerplate heading names the firm after its 'About' (issue 7)", () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  it.each([
    [
      'About Wehrmeister Drehtechnik GmbH',
      'Founded in 1961, Wehrmeister employs 300 people. www.wehrmeister-dreh.de',
      'Wehrmeister Drehtechnik GmbH',
    ],
    [
      'Über die Brandhuber Logistik AG',
      'Die Brandhuber Logistik AG beschäftigt 80 Personen. www.brandhuber-logistik.de',
      'Brandhuber Logistik AG',
    ],
    ['À propos de Fromagerie Orsel SAS', 'Fondée en 1952. www.fromagerie-orsel.fr', 'Fromagerie Orsel SAS'],
  ])('%s', (head, body, want) =>
    expect(factBoxes(lines(head, body), 'wire.example', '').map((c) => c.name)).toEqual([want]),
  );
});

describe('orgName: "für"/"for" inside one organisation’s name', () => {
  it.each(['Max-Planck-Institut für Meteorologie', 'Institute for Fiscal Studies', 'Verband für Wärmelieferung'])(
    '%s',
    (n) => expect(orgName(n)).toBe(n),
  );
});

describe('page people of held-out pages (issue 7, blind pages)', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  it('quotedPeople: a degree between the name and the title', () => {
    expect(
      quotedPeople(
        lines(
          '"We start Phase 3 this year," said Ingrid Sollum, Ph.D., Chief Executive Officer of Norvale Biosciences. "It is on plan."',
        ),
      ),
    ).toEqual([{ name: 'Ingrid Sollum', title: 'Chief Executive Officer', company: 'Norvale Biosciences' }]);
  });
  it('roleLines: the sentence’s full stop is no part of the last name; directors are directors', () => {
    expect(roleLines(lines('Directors: Amrit Gill (Lead Architect) and Tom Ashworth.'))).toEqual([
      { name: 'Amrit Gill', title: 'Directors' },
      { name: 'Tom Ashworth', title: 'Directors' },
    ]);
  });
  it('roleLines: one person under a role heading, their job on the next line', () => {
    expect(
      roleLines(
        lines(
          'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV',
          'Jana Seidel',
          'Leiterin Unternehmenskommunikation',
        ),
      ),
    ).toEqual([{ name: 'Jana Seidel', title: 'Leiterin Unternehmenskommunikation' }]);
  });
  it('roleLines: a partnership represented by its partners, each name over their profession', () => {
    expect(
      roleLines(
        lines(
          'Vertreten durch die Partner',
          'Dr. Henrike Sandvoss',
          'Steuerberaterin, Fachberaterin für Erbschaftsteuer',
          'Malte Quirinius',
          'Wirtschaftsprüfer',
          'Registergericht: Amtsgericht Kiel, PR 118',
        ),
      ),
    ).toEqual([
      { name: 'Henrike Sandvoss', title: 'Steuerberaterin, Fachberaterin für Erbschaftsteuer' },
      { name: 'Malte Quirinius', title: 'Wirtschaftsprüfer' },
    ]);
    expect(
      roleLines(lines('Represented by the partners:', 'Alys Penhaligon', 'Solicitor', 'Rhodri Vaughan-Lewis')),
    ).toEqual([{ name: 'Alys Penhaligon', title: 'Solicitor' }, { name: 'Rhodri Vaughan-Lewis' }]);
  });
  it('roleLines: a numbered section heading, its one holder named first in a sentence; a board member’s standing', () => {
    expect(
      roleLines(
        lines(
          '4. Délégué à la protection des données',
          'Maître Ysaline Carrec, avocate au barreau de Rennes, joignable à dpo [at] exemple-studio [dot] fr.',
        ),
      ),
    ).toEqual([{ name: 'Ysaline Carrec', title: 'Délégué à la protection des données' }]);
    expect(roleLines(lines('Directors: Ewart Colley, and Dame Rosalind Pexton DBE (non-executive).'))).toEqual([
      { name: 'Ewart Colley', title: 'Directors' },
      { name: 'Rosalind Pexton', title: 'Directors (non-executive)' },
    ]);
  });
  it('splitTitleCompany: a bar is no firm', () => {
    expect(splitTitleCompany('avocate au barreau de Rennes')).toEqual(['avocate au barreau de Rennes', undefined]);
  });
  it('roleLines: the holder’s own title after their name under a role heading', () => {
    expect(roleLines(lines('Owner', 'Siân Maddox-Reyes, founder', 'Member since 2019'))).toEqual([
      { name: 'Siân Maddox-Reyes', title: 'founder' },
    ]);
  });
  it.each([
    ['Wiebke Thorsen, LL.M. (Edinburgh)', 'Wiebke Thorsen'],
    ['Dr. Anselm Graupner, M.Sc. (ETH)', 'Anselm Graupner'],
    ['Corentin Le Goff, MBA (INSEAD)', 'Corentin Le Goff'],
    ['Wiebke Thorsen (Edinburgh)', ''],
  ])("personName: a degree with its school in brackets after the name ('%s', issue 7)", (raw, want) =>
    expect(personName(raw)).toBe(want),
  );
  it.each([
    ['Rechtsanwältin, Fachanwältin für Arbeitsrecht', true],
    ['Rechtsanwalt', true],
    ['Patentanwältin', true],
    ['Notarin', true],
    ['Solicitor (England & Wales)', true],
    ['Wissenschaftlicher Mitarbeiter', true],
    ['Vertriebsmitarbeiterin', true],
    ['Anwaltskammer Hamm', false],
  ])("isTitleLike: a lawyer's and a research assistant's titles ('%s', issue 7)", (t, want) =>
    expect(pageReaders.strongTitle(t)).toBe(want),
  );
  it.each([
    ['Sigma Master Black Belt', ''],
    ['Lean Green Belt', ''],
    ['La CCI', ''],
    ['Die IHK', ''],
    ['Le CETIM', ''],
    ['Górski Traitement de Surface', ''],
    ['Ferrand Décolletage', ''],
    ['Nowak Chaudronnerie', ''],
    ['Maxime-Olivier Brzeski.', 'Maxime-Olivier Brzeski'],
    ['Anne Le Goff', 'Anne Le Goff'],
    ['Marie-Claire de La Roche du Mont', 'Marie-Claire de La Roche du Mont'],
    ['Jan van der Berg van Dijk', 'Jan van der Berg van Dijk'],
    ['Alpha Beta Gamma Delta Epsilon Zeta', ''],
    ['La Gazette des Vins de Loire', ''],
    ['Les Nuits de Fourvière-Basse', ''],
    ['Les Dennison', 'Les Dennison'],
    ['Linh Le', 'Linh Le'],
  ])("personName: a grade, an article and an acronym, a firm's trade, a full stop ('%s', issue 7)", (raw, want) =>
    expect(personName(raw)).toBe(want),
  );
  it.each([
    ['DI Jonas Auerbach', 'Jonas Auerbach'],
    ['DI (FH) Eva Brandstetter-Lind', 'Eva Brandstetter-Lind'],
    ['MMag. Karl Wirthensohn', 'Karl Wirthensohn'],
    ['Mag.a Lena Hubmayr', 'Lena Hubmayr'],
    ['Ing. DI Theo Sallmann', 'Theo Sallmann'],
    ['Di Stefano Marco', 'Di Stefano Marco'],
  ])("personName: an Austrian degree before the name ('%s', issue 7)", (raw, want) =>
    expect(personName(raw)).toBe(want),
  );
  it('personName: a German degree with its subject, a surname ending in -bank', () => {
    expect(personName('Dipl.-Kfm. Anton Weiß')).toBe('Anton Weiß');
    expect(personName('Moira Fairbank')).toBe('Moira Fairbank');
    expect(personName('Volksbank Mittelhessen')).toBe('');
  });
  it('personName: Swiss academic titles before a name; a title and its object are no name (issue 7)', () => {
    expect(personName('lic. iur. Seraina Caduff')).toBe('Seraina Caduff');
    expect(personName('lic. phil. Mattia Rezzonico')).toBe('Mattia Rezzonico');
    expect(personName('Dr. iur. Gian Andri Tscharner')).toBe('Gian Andri Tscharner');
    expect(personName('Responsable Grands Comptes')).toBe('');
    expect(personName('Grands Comptes')).toBe('');
    expect(personName('Head of Key Accounts')).toBe('');
    expect(personName('Großkunden Nord')).toBe('');
    expect(personName('Grant Whitlow')).toBe('Grant Whitlow');
  });
  it("personName: an owner's signed reply to a review names the owner, not the reply", () => {
    expect(personName('Réponse de Maëlle Quéré')).toBe('Maëlle Quéré');
    expect(personName('Reply from Owen Pritchard')).toBe('Owen Pritchard');
    expect(personName('Antwort von Lotte Behrendt')).toBe('Lotte Behrendt');
    expect(personName('Réponse du professionnel')).toBe('');
  });
  it('prosePeople: “our <role>, <Name>,” with the number and address of that sentence', () => {
    expect(
      prosePeople(
        lines(
          'Membership starts at £80 a year. Contact our events coordinator, Priya Lal, on 01632 960 455 or events@wyre-chamber.example. Our office is open daily.',
        ),
      ),
    ).toEqual([
      {
        name: 'Priya Lal',
        title: 'events coordinator',
        email: 'events@wyre-chamber.example',
        phones: ['01632 960 455'],
      },
    ]);
  });
  it.each([
    ["Association pour l'achat public responsable", true],
    ['Syndicat national des agents territoriaux', true],
    ['Fédération régionale des maisons de santé', true],
    ['Union des commerçants du Vieux-Lyon', true],
    ['Chargée de mission', false],
    ['Juriste marchés publics', false],
  ])('isOrgLine: a body by its kind, then its purpose: %s', (l, want) => expect(isOrgLine(l)).toBe(want));

  it.each([
    'Chirurgien orthopédiste',
    'Chirurgienne de la main',
    'Cardiologue',
    'Anesthésiste',
    'Pédiatre',
    'Radiologist',
    'Surgeon',
  ])('isTitleLike: a doctor’s specialty is a title: %s', (t) => expect(isTitleLike(t)).toBe(true));

  it.each([
    'Stade Francis-Rongiéras',
    'Bâtiment Marie-Curie',
    'Salle Louis-Aragon',
    'Stadion Ernst-Abbe',
    'Building Ada-Lovelace',
    'CH du Val de Loing',
    'Section Aubrac',
  ])('personName: a place named after someone is no person: %s', (t) => expect(personName(t)).toBe(''));

  it("isOrgLine: a lawyer's field after the title, a quotation, name no firm", () => {
    expect(isOrgLine('Avocat associé – Droit des sociétés, fusions-acquisitions')).toBe(false);
    expect(isOrgLine('“Booking rooms without a spreadsheet has changed the whole office.”')).toBe(false);
    expect(isOrgLine('Fenwick & Rowe Hardware Ltd')).toBe(true);
    // a French firm's legal form first ("SARL Primeurs …", "GAEC Les …"), no person's name
    for (const firm of [
      'SARL Primeurs Luberon',
      "EARL du Mas de l'Aiguier",
      'GAEC Les Trois Frênes',
      'SCEA Domaine Véran',
    ])
      expect([isOrgLine(firm), personName(firm)]).toEqual([true, '']);
    // (a workshop's plural name: "Ateliers du Steir" is a firm, as "Atelier du Steir" is)
    expect(isOrgLine('Ateliers du Steir')).toBe(true);
    expect(isOrgLine('Atelier du Steir')).toBe(true);
  });
  it('splitTitleCompany: "The Data Ledger" is a firm, "the Data team" a department', () => {
    expect(splitTitleCompany('Editor, The Data Ledger')).toEqual(['Editor', 'The Data Ledger']);
    expect(splitTitleCompany('Analyst, the Data team')[1]).toBeUndefined();
  });
  it('splitTitleCompany: a head of something heads a part of the firm', () => {
    expect(splitTitleCompany('Head of Field Partnerships')).toEqual(['Head of Field Partnerships', undefined]);
  });
  it('contactBlocks: the direct line beside the address', () => {
    expect(
      contactBlocks(
        lines('Hélène Vautrin, Géomètre-expert associée', 'Ligne directe : 04 79 33 21 18 · h.vautrin@geo-example.fr'),
      ),
    ).toEqual([
      {
        name: 'Hélène Vautrin',
        title: 'Géomètre-expert associée',
        email: 'h.vautrin@geo-example.fr',
        phones: ['04 79 33 21 18'],
      },
    ]);
  });
});

describe('people in running text of job posts, releases and about pages (issue 7, unseen kinds)', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  it.each([
    [
      'Founded by Lucas Ferreira and Hannah Brooks in 2012, Fernbrook started in Leeds.',
      [
        { name: 'Lucas Ferreira', title: 'Founder' },
        { name: 'Hannah Brooks', title: 'Founder' },
      ],
    ],
    [
      'Lumio a été fondée par Marc Lefort et Inès Garnier en 2009 à Grenoble.',
      [{ name: 'Marc Lefort' }, { name: 'Inès Garnier' }],
    ],
    [
      'Tarnwell Analytics appoints Priya Raman as Chief Financial Officer',
      [{ name: 'Priya Raman', title: 'Chief Financial Officer', company: 'Tarnwell Analytics' }],
    ],
    [
      'Today it announced that it has appointed Priya Raman as Chief Financial Officer, effective January 4.',
      [{ name: 'Priya Raman', title: 'Chief Financial Officer' }],
    ],
    [
      'Sophie Marchand rejoint Verdalis en tant que directrice commerciale',
      [{ name: 'Sophie Marchand', title: 'directrice commerciale', company: 'Verdalis' }],
    ],
    [
      'Brenner Maschinenbau beruft Dr. Katrin Vogel zur Finanzvorständin',
      [{ name: 'Katrin Vogel', title: 'Finanzvorständin', company: 'Brenner Maschinenbau' }],
    ],
    [
      'You will report to our Head of Finance, Dr. Marc Keller, and work with Sales.',
      [{ name: 'Marc Keller', title: 'Head of Finance' }],
    ],
    [
      'Die Vektor GmbH ernennt Markus Lang zum Geschäftsführer.',
      [{ name: 'Markus Lang', title: 'Geschäftsführer', company: 'Vektor GmbH' }],
    ],
    [
      'The company was co-founded by Ana Silva, Tom Berg and Li Wei in 2015.',
      [
        { name: 'Ana Silva', title: 'Founder' },
        { name: 'Tom Berg', title: 'Founder' },
        { name: 'Li Wei', title: 'Founder' },
      ],
    ],
    // a firm's head named in a sentence about the firm (issue 7: a local paper's article, a store locator)
    [
      "Installée depuis 2015 à Lorient, l'entreprise dirigée par Maëlle Kerhervé compte 20 salariés.",
      [{ name: 'Maëlle Kerhervé' }],
    ],
    ['La Cave du Ruisseau est une coopérative présidée par Jean-Paul Maréchal.', [{ name: 'Jean-Paul Maréchal' }]],
    ['The bakery is run by Tomasz Nowak since 2014.', [{ name: 'Tomasz Nowak' }]],
    ['Die Kanzlei wird seit 2010 geleitet von Sabine Wollner.', [{ name: 'Sabine Wollner' }]],
    ['La chorale, dirigée par Anna Roy, responsable culturelle, chante.', []],
    // two people sharing one plural role in brackets
    [
      'Elle encadre Soizic Le Gall et Bastien Moreau (conseillers numériques France Services).',
      [{ name: 'Soizic Le Gall' }, { name: 'Bastien Moreau' }],
    ],
    // (a role the bracket's reader takes as it is goes to the name right before it)
    [
      'The team: Jane Holt and Owen Price (project managers).',
      [{ name: 'Owen Price', title: 'project managers' }, { name: 'Jane Holt' }],
    ],
    [
      'Es beraten Ute Brandl und Jan Roth (Projektleiter).',
      [{ name: 'Jan Roth', title: 'Projektleiter' }, { name: 'Ute Brandl' }],
    ],
    ['Entre Lyon Part-Dieu et Villeurbanne Centre (trajets quotidiens).', []],
    ['Northwind appoints Deloitte as auditor.', []],
    ['Acme names Product Manager of the Year.', []],
    // a product, a month, a job title: no person
    ['Founded by accident in 2012, Fernbrook Route plans deliveries.', []],
    ['Chaque Juin, nous présentons nos nouveautés au salon Light+Building.', []],
  ] as const)('%s', (text, people) => {
    expect(prosePeople(lines(text))).toEqual(people);
  });

  it.each([
    ['“Priya knows how to scale a finance team,” CEO Oliver Grant said.', [{ name: 'Oliver Grant', title: 'CEO' }]],
    [
      '« Sophie connaît nos clients », a déclaré le directeur général Paul Roux.',
      [{ name: 'Paul Roux', title: 'directeur général' }],
    ],
    [
      '„Eine erfahrene Finanzexpertin“, sagte Vorstandsvorsitzender Thomas Albrecht.',
      [{ name: 'Thomas Albrecht', title: 'Vorstandsvorsitzender' }],
    ],
    ['Président Jean Martin a déclaré : « Nous sommes ravis. »', [{ name: 'Jean Martin', title: 'Président' }]],
    [
      '— Hélène Roussel, responsable achats, Boulangeries Fournil d’Or',
      [{ name: 'Hélène Roussel', title: 'responsable achats', company: 'Boulangeries Fournil d’Or' }],
    ],
  ] as const)('quoted: %s', (text, people) => {
    expect(quotedPeople(lines(text))).toEqual(people);
  });

  it.each([
    [
      'Ihre Ansprechpartnerin: Frau Dr. Lena Hoffmann, HR Business Partner',
      'Telefon: +49 421 69 30 15-42',
      {
        name: 'Lena Hoffmann',
        title: 'HR Business Partner',
        phones: ['+49 421 69 30 15-42'],
      },
    ],
    [
      'Votre contact : Julie Bernard, chargée de recrutement — recrutement@atelier-garance.fr',
      '',
      {
        name: 'Julie Bernard',
        title: 'chargée de recrutement',
        email: 'recrutement@atelier-garance.fr',
      },
    ],
    [
      'Media contact: Tom Reed, Brightline PR, tom@brightline-pr.com, +1 312 555 0177',
      '',
      {
        name: 'Tom Reed',
        company: 'Brightline PR',
        email: 'tom@brightline-pr.com',
        phones: ['+1 312 555 0177'],
      },
    ],
    [
      'Contact presse : Camille Favre, agence Rivage Conseil – camille.favre@rivage-conseil.fr',
      '',
      {
        name: 'Camille Favre',
        company: 'Rivage Conseil',
        email: 'camille.favre@rivage-conseil.fr',
      },
    ],
  ] as const)('contact label and name on one line: %s', (a, b, person) => {
    expect(contactBlocks(lines(a, ...(b ? [b] : [])))).toEqual([person]);
  });

  it('personName: a date is no name', () => {
    expect(personName('Chaque Juin')).toBe('');
    expect(personName('Anfang Dezember')).toBe('');
    expect(personName('April Adams')).toBe('April Adams');
  });
});

describe('running text: a role then the name, appointments, trades before names (prose3)', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  // the readers' prose and the on-demand side's sentences with a role (page-prose.ts), as company-site.ts merges them
  const both = (l: Line[]) => {
    const a = prosePeople(l);
    for (const p of rolePeople(l, pageReaders)) if (!a.some((q) => q.name === p.name)) a.push(p);
    return a;
  };
  it.each([
    [
      'Complaints are handled by our practice manager, Rosie Atwell (rosie@harrowandfinch.co.uk), who will reply.',
      [{ name: 'Rosie Atwell', title: 'practice manager', email: 'rosie@harrowandfinch.co.uk' }],
    ],
    [
      'If you are unhappy, please contact our office manager Jane Threlfall on 0117 496 0732.',
      [{ name: 'Jane Threlfall', title: 'office manager', phones: ['0117 496 0732'] }],
    ],
    [
      'Sie planen eine Bepflanzung? Ihre Ansprechpartnerin ist Frau Dr. Almut Reinecke, Leiterin Vertrieb, erreichbar unter 0511 7634 2210.',
      [{ name: 'Almut Reinecke', title: 'Leiterin Vertrieb', phones: ['0511 7634 2210'] }],
    ],
    [
      'Pour toute demande, votre interlocutrice, Mme Solène Guillou, chargée de clientèle, vous répond au 02 97 46 18 22.',
      [{ name: 'Solène Guillou', title: 'chargée de clientèle', phones: ['02 97 46 18 22'] }],
    ],
    [
      'Billing questions go to our bookkeeper, Grace Nakamura: billing [AT] pelicanbaymarine [DOT] com',
      [{ name: 'Grace Nakamura', title: 'bookkeeper', email: 'billing@pelicanbaymarine.com' }],
    ],
    [
      'Envoyez CV et lettre de motivation à Maëlle Kerhervé, responsable des ressources humaines : recrutement@fromagerie-arree.bzh.',
      [
        {
          name: 'Maëlle Kerhervé',
          title: 'responsable des ressources humaines',
          email: 'recrutement@fromagerie-arree.bzh',
        },
      ],
    ],
    [
      'Halden Robotics names Tomasz Wierzbicki Chief Technology Officer',
      [{ name: 'Tomasz Wierzbicki', title: 'Chief Technology Officer', company: 'Halden Robotics' }],
    ],
    [
      'Questions sur le poste ? Gwenaël Le Bihan, responsable maintenance, répond au 02 98 68 11 52.',
      [{ name: 'Gwenaël Le Bihan', title: 'responsable maintenance', phones: ['02 98 68 11 52'] }],
    ],
    [
      'Durch den Tag führt die Wirtschaftsjournalistin Katrin Vollmer (hr-iNFO).',
      [{ name: 'Katrin Vollmer', title: 'Wirtschaftsjournalistin' }],
    ],
    // a comma sets the name apart: the role's capitalised words stay the role's
    [
      'You will report to our Head of Finance, Dr. Marc Keller, and work with the team.',
      [{ name: 'Marc Keller', title: 'Head of Finance' }],
    ],
    [
      "Halvard's Lyon office will be led by Aurélien Fournier, previously engineering director at a supplier, who joins as VP Engineering Europe.",
      [{ name: 'Aurélien Fournier', title: 'VP Engineering Europe' }],
    ],
    [
      'Founded in 2019 by Ingrid Solberg and Kwame Mensah, the company employs 85 people.',
      [
        { name: 'Ingrid Solberg', title: 'Founder' },
        { name: 'Kwame Mensah', title: 'Founder' },
      ],
    ],
    [
      "L'équipe compte neuf personnes. Kévin Moulin, notre responsable commercial, accueille les revendeurs : écrivez-lui à kevin.moulin@maison-gaspard.fr ou appelez le 04 42 32 18 60.",
      [{ name: 'Kévin Moulin', title: 'responsable commercial', phones: ['04 42 32 18 60'] }],
    ],
    // no role at the firm, or no name
    ['We thank our customers, Jane Roe and friends, for their support.', []],
    // a trade noun before a firm's name, its legal form after it
    ['Wir arbeiten mit dem Systemhaus Bodensee Netzwerk GmbH und der Hochschule zusammen.', []],
    ['Montage durch den Fachbetrieb Allgäu Dach AG.', []],
    ['Our Product Manager Spotlight series returns in May.', []],
  ])('%s', (text, people) => {
    expect(both(lines(text))).toEqual(people);
  });

  it.each([
    ['Wirtschaftsjournalistin Katrin Vollmer', 'Katrin Vollmer'],
    ['Fotografin Lina Marx', 'Lina Marx'],
    ['Martin Valentin', 'Martin Valentin'],
    ['Kristin Albers', 'Kristin Albers'],
    ['Open Data Expertin', ''],
    ['Yard Foreman', ''],
  ])('personName(%s)', (raw, name) => {
    expect(personName(raw)).toBe(name);
  });

  it.each([
    ['Director, Corporate Communications', 'Director, Corporate Communications', undefined],
    ['Leiterin, Presse- und Öffentlichkeitsarbeit', undefined, undefined],
    ['Chief Business Officer at Orrin Pharma', 'Chief Business Officer', 'Orrin Pharma'],
  ])('splitTitleCompany(%s): a department is no company', (s, title, company) => {
    const [t, c] = splitTitleCompany(s);
    expect(c).toBe(company);
    if (title !== undefined) expect(t).toBe(title);
  });

  it('quotedPeople: a hyphenated surname with a capital after the hyphen', () => {
    expect(
      quotedPeople(
        lines(
          '“It is one of the most promising mechanisms we have seen,” added Maya Okonjo-Reid, Chief Business Officer at Orrin Pharma.',
        ),
      ),
    ).toEqual([{ name: 'Maya Okonjo-Reid', title: 'Chief Business Officer', company: 'Orrin Pharma' }]);
  });

  it('roleLines: an adjective before the role, the officer’s own firm and (at) address', () => {
    expect(
      roleLines(
        lines(
          'Externer Datenschutzbeauftragter: Kai Ohlsen, DSB Nord GmbH, Holstenstraße 40, 24103 Kiel, datenschutz(at)dsb-nord.de',
        ),
      ),
    ).toEqual([
      {
        name: 'Kai Ohlsen',
        title: 'Datenschutzbeauftragter',
        company: 'DSB Nord GmbH',
        email: 'datenschutz@dsb-nord.de',
      },
    ]);
  });

  it('contactBlocks: "Ask for Name, Title" and addresses written with at/dot', () => {
    expect(
      contactBlocks(
        lines('Ask for Marcus Bell, Service Manager', 'Direct: (619) 555-0143', 'service at pelicanbaymarine.com'),
      ),
    ).toEqual([
      {
        name: 'Marcus Bell',
        title: 'Service Manager',
        email: 'service@pelicanbaymarine.com',
        phones: ['(619) 555-0143'],
      },
    ]);
  });
});

describe('people cards and tables (issue 7, round 2)', () => {
  const box = (html: string) => {
    const d = document.createElement('div');
    d.append(document.createRange().createContextualFragment(html));
    return d;
  };
  it('contactBlocks: a card\'s "E-Mail" link is no firm, its mailto is the address; a name+title line keeps its phone', () => {
    const cap1 = box(
      '<figcaption><span>Dipl.-Ing. Jonas Weller</span> · <span>Partner, Geschäftsführer</span> · <a href="mailto:weller@example-buero.de">E-Mail</a></figcaption>',
    ).firstElementChild!;
    const cap2 = box(
      '<figcaption>M.Sc. Arch. Ilse van der Maar · Partnerin, Leitung Büro Halle · +49 345 555 0101</figcaption>',
    ).firstElementChild!;
    const got = contactBlocks([
      { text: 'Dipl.-Ing. Jonas Weller · Partner, Geschäftsführer · E-Mail', el: cap1 },
      { text: 'M.Sc. Arch. Ilse van der Maar · Partnerin, Leitung Büro Halle · +49 345 555 0101', el: cap2 },
    ]);
    expect(got).toEqual([
      { name: 'Jonas Weller', email: 'weller@example-buero.de', title: 'Partner, Geschäftsführer' },
      { name: 'Ilse van der Maar', title: 'Partnerin, Leitung Büro Halle', phones: ['+49 345 555 0101'] },
    ]);
  });
  it.each([
    [
      'DE',
      [
        'Prof. Dr.-Ing. Almut Quendt, Hochschule Emsland',
        'Till Brakhage, Brakhage Planungsgesellschaft mbH',
        'Jorina Vahl, Vahl Lichtplanung',
      ],
      [
        ['Almut Quendt', 'Hochschule Emsland'],
        ['Till Brakhage', 'Brakhage Planungsgesellschaft mbH'],
        ['Jorina Vahl', 'Vahl Lichtplanung'],
      ],
    ],
    [
      'EN',
      ['Dr Morwenna Tate, University of Kernow', 'Idris Fenwick, Fenwick Surveying Ltd', 'Cerys Hale, Hale Associates'],
      [
        ['Morwenna Tate', 'University of Kernow'],
        ['Idris Fenwick', 'Fenwick Surveying Ltd'],
        ['Cerys Hale', 'Hale Associates'],
      ],
    ],
    [
      'FR',
      [
        'Solène Kervella, Kervella Architectes SARL',
        'Gaëtan Morvan, Université de Bretagne-Sud',
        'Maëlle Tanguy, Tanguy Conseil',
      ],
      [
        ['Solène Kervella', 'Kervella Architectes SARL'],
        ['Gaëtan Morvan', 'Université de Bretagne-Sud'],
        ['Maëlle Tanguy', 'Tanguy Conseil'],
      ],
    ],
  ])("listPeople: a board's members as 'Name, Firm' alone (%s, issue 7)", (_, items, want) => {
    const got = pageReaders.listPeople(box(`<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`));
    expect(got.map((p) => [p.name, p.company])).toEqual(want);
  });
  it.each([
    [
      'FR',
      '<strong>Lucie Marchal</strong> — Kinésithérapeute D.E. — 01 99 00 12 34',
      'Lucie Marchal',
      'Kinésithérapeute D.E.',
    ],
    ['EN', '<strong>Owen Pryce</strong> — Head Physiotherapist — 020 7946 0123', 'Owen Pryce', 'Head Physiotherapist'],
    ['DE', '<strong>Lena Haas</strong> — Praxisleiterin — 030 5550 1234', 'Lena Haas', 'Praxisleiterin'],
  ])("listPeople: 'Name — title — number': a number is no firm (%s, issue 7)", (_, item, name, title) => {
    const got = pageReaders.listPeople(box(`<ul><li>${item}</li><li>${item.replace(name, 'Anna Roux')}</li></ul>`));
    expect(got.map((p) => [p.name, p.title, p.company])).toEqual([
      [name, title, undefined],
      ['Anna Roux', title, undefined],
    ]);
  });
  it("listPeople: 'Name, Town' and 'Name, trade' items are no firm's", () => {
    const towns = box(
      '<ul><li>Almut Quendt, Hamburg</li><li>Till Brakhage, Bremen</li><li>Jorina Vahl, Kiel</li></ul>',
    );
    expect(pageReaders.listPeople(towns)).toEqual([]);
  });
  it('listPeople: a table by its Name column, not one with title or phone columns', () => {
    const t = (cols: string) =>
      box(
        `<table><tr>${cols}</tr><tr><td>Rhiannon Tregear</td><td>Tidal flats</td></tr><tr><td>Ewan Pascoe</td><td>Dune grasses</td></tr></table>`,
      );
    expect(pageReaders.listPeople(t('<th>Name</th><th>Project</th>'))).toEqual([
      { name: 'Rhiannon Tregear' },
      { name: 'Ewan Pascoe' },
    ]);
    expect(pageReaders.listPeople(t('<th>Name</th><th>Function</th>'))).toEqual([]);
  });
  it.each([
    [
      'Hosted by Tamsyn Rowe · Guest: Elowen Marrack, Head of Export at Penhallow Lighting Ltd',
      'Elowen Marrack',
      'Head of Export',
      'Penhallow Lighting Ltd',
    ],
    [
      'Moderation: Jonas Thiel · Gast: Frauke Lüdemann, Geschäftsführerin bei Lüdemann Akustik',
      'Frauke Lüdemann',
      'Geschäftsführerin',
      'Lüdemann Akustik',
    ],
    [
      'Invitée : Maëlys Carré, Directrice commerciale chez Verrerie Carré',
      'Maëlys Carré',
      'Directrice commerciale',
      'Verrerie Carré',
    ],
  ])("prosePeople: a show's guest by its label ('%s', issue 7)", (text, name, title, company) => {
    const el = document.createElement('p');
    expect(prosePeople([{ text, el }])).toContainEqual({ name, title, company });
  });
  it.each([
    [
      'EN committee',
      [
        'Chair: Rowan Ashdown (Larchmont Design)',
        'Imogen Pryce (Larchmont Design)',
        'Tobias Wrenfield (Quayside Software)',
      ],
      [
        { name: 'Imogen Pryce', company: 'Larchmont Design' },
        { name: 'Tobias Wrenfield', company: 'Quayside Software' },
      ],
    ],
    [
      'FR jury',
      ['Présidente : Solène Dubreuil (Biscuiterie Marnay)', 'Gaëtan Morvilliers (Logiciels Arvor)'],
      [{ name: 'Gaëtan Morvilliers', company: 'Logiciels Arvor' }],
    ],
    [
      'DE Beirat',
      ['Vorsitzender: Lukas Brenninger (Holzwerk Kinzig)', 'Jana Obermaier (Brenninger Software)'],
      [{ name: 'Jana Obermaier', company: 'Brenninger Software' }],
    ],
    ['names with towns', ['Rowan Ashdown (Leeds)', 'Imogen Pryce (York)'], []],
    [
      'one item no person',
      ['Imogen Pryce (Larchmont Design)', 'Programme (PDF, 2 MB)', 'Rowan Ashdown (Quayside Software)'],
      [],
    ],
  ])('listPeople: "Name (Firm)" items, those led by an office left to the office readers (%s)', (_, items, want) => {
    expect(pageReaders.listPeople(box(`<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`))).toEqual(want);
  });
  it.each([
    [
      'Nomination : Gaëtan Morvilliers rejoint le comité de direction',
      'Ancien directeur d’Arvor Logiciels, il devient directeur des partenariats.',
      [{ name: 'Gaëtan Morvilliers', title: 'directeur des partenariats' }],
    ],
    [
      'Appointment: Imogen Pryce joins the leadership team',
      'Formerly at Quayside Software, she becomes Chief Revenue Officer.',
      [{ name: 'Imogen Pryce', title: 'Chief Revenue Officer' }],
    ],
    [
      'Personalie: Lukas von Brenninger verstärkt die Geschäftsleitung',
      'Der frühere Berater übernimmt, er wird Leiter Vertrieb.',
      [{ name: 'Lukas von Brenninger', title: 'Leiter Vertrieb' }],
    ],
    ['Gaëtan Morvilliers rejoint le comité de direction', 'La réunion aura lieu mardi.', []],
  ])('prosePeople: a news item naming who joins the leadership, their role below (%s)', (head, next, want) => {
    const el = document.createElement('p');
    expect(
      prosePeople([
        { text: head, el },
        { text: next, el },
      ]),
    ).toEqual(want);
  });
  it.each([
    [
      'FR',
      [
        'Amélie Durand – comptable',
        'Noé Lambert – assistant fiscal',
        'Séverine Havet – secrétariat (secretariat@cabinet-havet.example)',
      ],
      ['comptable', 'assistant fiscal', 'secrétariat'],
    ],
    ['DE', ['Jana Obermaier – Steuerfachangestellte', 'Mira Talhoff – Empfang'], ['Steuerfachangestellte', 'Empfang']],
    ['EN', ['Imogen Pryce – bookkeeper', 'Rowan Ashdown – reception'], ['bookkeeper', 'reception']],
  ])('listPeople: a staff list, a desk held as a title, an address in brackets (%s)', (_, items, titles) => {
    const got = pageReaders.listPeople(box(`<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`));
    expect(got.map((p) => p.title)).toEqual(titles);
  });
  it('prosePeople: guests as "Name (title, Firm)", a Mac- surname, a lecturer at a university', () => {
    const el = document.createElement('p');
    const text =
      'Issues are written by guests: Fergus MacAllister (tax partner, Glenbrae & Co Accountants) and Dr. Ama Osei (lecturer in accounting, University of Westmarch).';
    expect(prosePeople([{ text, el }])).toEqual([
      { name: 'Fergus MacAllister', title: 'tax partner', company: 'Glenbrae & Co Accountants' },
      { name: 'Ama Osei', title: 'lecturer in accounting', company: 'University of Westmarch' },
    ]);
  });
  it('talkPeople: a sentence that names its person last, "… is Name, Title."', () => {
    const el = document.createElement('p');
    const text = 'The person responsible for arranging its release is Tobias Wrenfield, Company Secretary.';
    expect(pageReaders.talkPeople([{ text, el }])).toEqual([{ name: 'Tobias Wrenfield', title: 'Company Secretary' }]);
  });
  it('talkPeople: a programme slot, time then title then the speaker with "title, Firm" below', () => {
    const tr = box('<table><tr><td>09:20</td><td><p>Talk</p><p>Speaker</p><p>Sub</p></td></tr></table>');
    const ps = qsaAll(tr, 'td, p');
    const ls = [
      { text: '09:20', el: ps[0]! },
      { text: 'Der Wärmeplan als Fahrplan', el: ps[2]! },
      { text: 'Prof. Dr.-Ing. Henrik von Almsfeld', el: ps[3]! },
      { text: 'Lehrstuhl für Netze, Hochschule Beispielstadt', el: ps[4]! },
    ];
    expect(pageReaders.talkPeople(ls)).toEqual([
      { name: 'Henrik von Almsfeld', title: 'Lehrstuhl für Netze', company: 'Hochschule Beispielstadt' },
    ]);
  });
});
const qsaAll = (root: Element, sel: string) => Array.from(root.querySelectorAll(sel));

describe('people of interviews, podcasts, events and member lists (issue 7, people5)', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  it('talkPeople: hosts in one sentence, a quote introduced by "Pour", a fund led by its partner', () => {
    const got = talkPeople(
      lines(
        'L’atelier est animé par Margaux Roy, céramiste et fondatrice de l’atelier, assistée de Hugo Weiss, potier.',
        'Pour Yvonnick Le Duff, délégué régional de l’association Réemploi Bretagne-Loire, « la filière a besoin de sites ».',
        'This week I’m joined by Imani Okafor-Hale, co-founder and CEO of Mendwell Repairs, a 60-person repair network.',
        'Halvard’s Lyon office will be led by Aurélien Fournier, previously engineering director at a supplier.',
      ),
    );
    expect(got).toEqual([
      { name: 'Margaux Roy', title: 'céramiste et fondatrice' },
      { name: 'Hugo Weiss', title: 'potier' },
      { name: 'Yvonnick Le Duff', title: 'délégué régional', company: 'Réemploi Bretagne-Loire' },
      { name: 'Imani Okafor-Hale', title: 'co-founder and CEO', company: 'Mendwell Repairs' },
    ]);
  });
  it('talkPeople: a host’s own address and number in the paragraph naming them', () => {
    const [p] = talkPeople(
      lines(
        'Hosted by Priya Castellane, founder of Castellane Advisory. Say hello: priya@workbenchpod.co.uk or 07700 900512.',
      ),
    );
    expect(p).toMatchObject({ name: 'Priya Castellane', email: 'priya@workbenchpod.co.uk', phones: ['07700 900512'] });
  });
  // issue 7: the body that holds a permanence or a consultation day is the firm of the adviser it names
  it.each([
    [
      'Permanence de la CCI Val-de-Loire le 2e jeudi du mois avec Gaspard Tellier-Mbaye, conseiller transmission.',
      { name: 'Gaspard Tellier-Mbaye', title: 'conseiller transmission', company: 'CCI Val-de-Loire' },
    ],
    [
      'La BGE Armor tient une permanence en mairie, sur rendez-vous avec Solenn Kervella, chargée d’affaires.',
      { name: 'Solenn Kervella', title: 'chargée d’affaires', company: 'BGE Armor' },
    ],
    [
      'Sprechtag der Handwerkskammer Oberfranken jeden Dienstag mit Jonas Reißmann, Betriebsberater.',
      { name: 'Jonas Reißmann', title: 'Betriebsberater', company: 'Handwerkskammer Oberfranken' },
    ],
    [
      'Northbay Growth Hub holds a monthly drop-in with Kerry Ashworth, business adviser.',
      { name: 'Kerry Ashworth', title: 'business adviser', company: 'Northbay Growth Hub' },
    ],
    // (no body holds the session: the person alone)
    ['Sur rendez-vous avec Odile Prévost, chargée d’affaires.', { name: 'Odile Prévost', title: 'chargée d’affaires' }],
  ])('talkPeople: a permanence’s host body, %s', (text, person) => {
    expect(talkPeople(lines(text))).toEqual([person]);
  });
  it('talkPeople: " | " member lines, the town after the firm dropped', () => {
    const got = talkPeople(
      lines(
        'Armelle Castagnède | Présidente | Castagnède Transports | La Seyne-sur-Mer',
        'Véronique Pastor | Directrice d’agence | Banque Méridia, agence de Toulon-Mayol | Toulon',
        'Océane Mourier | Consultante indépendante | — | Fréjus',
      ),
    );
    expect(got).toEqual([
      { name: 'Armelle Castagnède', title: 'Présidente', company: 'Castagnède Transports' },
      { name: 'Véronique Pastor', title: 'Directrice d’agence', company: 'Banque Méridia' },
      { name: 'Océane Mourier', title: 'Consultante indépendante' },
    ]);
  });
  it('prosePeople: a firm’s possessive title, a partner, "unser Vertriebsleiter", an age in parentheses', () => {
    const got = prosePeople(
      lines(
        'Hiring the first ops person — shout-out to Gareth Penhaligon, Ferncastle’s COO',
        'Unser Vertriebsleiter Henrik Maas sitzt deshalb schon im ersten Termin am Tisch.',
        'Dr. Friederike Albrecht-Sommer (52) ist seit 2019 Geschäftsführerin der Brenntal Fördertechnik GmbH.',
      ),
    );
    expect(got).toEqual([
      { name: 'Gareth Penhaligon', title: 'COO', company: 'Ferncastle' },
      { name: 'Henrik Maas', title: 'Vertriebsleiter' },
      { name: 'Friederike Albrecht-Sommer', title: 'Geschäftsführerin', company: 'Brenntal Fördertechnik GmbH' },
    ]);
  });
  it('roleLines: a managing director inside a "·"-joined footer line', () => {
    const got = roleLines(
      lines(
        'Hartlieb Pumpen GmbH · Industriestraße 14 · 70565 Stuttgart · Geschäftsführer: Matthias Hartlieb · HRB 72841',
      ),
    );
    expect(got).toEqual([{ name: 'Matthias Hartlieb', title: 'Geschäftsführer' }]);
  });
  it('dlPeople: a member record under a heading in a page-wide form, with its firm, numbers and address', () => {
    document.body.innerHTML = `<form id="mainform"><div><h2>Dr Imogen Hartley-Reeve <abbr>FIAC</abbr></h2><dl>
      <dt>Organisation</dt><dd>Reeve Acoustics LLP</dd><dt>Position</dt><dd>Senior Partner</dd>
      <dt>Telephone</dt><dd>01632 960418</dd><dt>Email</dt><dd>imogen@reeveacoustics.co.uk</dd></dl></div>
      <div><h2>Ms Bethan Prydderch AIAC</h2><dl><dt>Organisation</dt><dd>Self-employed</dd>
      <dt>Telephone</dt><dd>07700 900217</dd></dl></div></form>`;
    expect(dlPeople(document.body)).toEqual([
      {
        name: 'Imogen Hartley-Reeve',
        title: 'Senior Partner',
        company: 'Reeve Acoustics LLP',
        phones: ['01632 960418'],
        email: 'imogen@reeveacoustics.co.uk',
      },
      { name: 'Bethan Prydderch', phones: ['07700 900217'] },
    ]);
  });
  it('personName and cleanPersonName: a member grade after the name, not a surname in capitals nor a legal form', () => {
    expect(personName('Prof. Alistair McCrone HonFIAC')).toBe('Alistair McCrone');
    expect(cleanPersonName('Imogen Hartley-Reeve FIAC')).toBe('Imogen Hartley-Reeve');
    expect(cleanPersonName('Anne-Sophie TRAN')).toBe('Anne-Sophie TRAN');
    expect(personName('Jean Dupont SARL')).toBe('');
  });
  it.each([
    ['DI Jonas Auerbach', 'Jonas Auerbach'],
    ['DI (FH) Eva Brandstetter', 'Eva Brandstetter'],
    ['Mag.a Lena Hubmayr', 'Lena Hubmayr'],
    ['Ing. DI Theo Sallmann', 'Theo Sallmann'],
    ['DDr. Karin Wallner', 'Karin Wallner'],
    ['Di Stefano Marco', 'Di Stefano Marco'],
  ])("cleanPersonName: an Austrian degree in capitals before a display name ('%s', issue 7)", (raw, want) => {
    expect(cleanPersonName(raw)).toBe(want);
  });
});

// people6 (issue 7): kinds of pages where people were missed
describe('people in contact sentences, member lines and press contacts', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  it.each([
    // a contact label inside running text, then "Name, title"
    [
      'Renseignements en mairie : urbanisme@ville-exemple.fr. Interlocutrice : Maëlys Corbin, chargée de l’urbanisme.',
      { name: 'Maëlys Corbin', title: 'chargée de l’urbanisme' },
    ],
    [
      'Ihr Ansprechpartner am Stand: Tobias Lindqvist, Leiter Vertrieb – t.lindqvist@beispiel-gmbh.de',
      { name: 'Tobias Lindqvist', title: 'Leiter Vertrieb', email: 't.lindqvist@beispiel-gmbh.de' },
    ],
    // any short label, a strong title, then an address
    [
      'Public sector buyers: Imogen Fairley, Head of Government Sales — imogen@fairley-example.co.uk',
      { name: 'Imogen Fairley', title: 'Head of Government Sales', email: 'imogen@fairley-example.co.uk' },
    ],
    // a person the sentence gives a number for
    ['For bookings, call Morwenna Pascoe on 01632 960455.', { name: 'Morwenna Pascoe', phones: ['01632 960455'] }],
    // "meet Name, Title," and a capitalised "Contactez"
    ['Come and meet Callum Reid, Sales Director, at stand C7.', { name: 'Callum Reid', title: 'Sales Director' }],
    [
      'Contactez Eliott Marchal, chargé des partenariats : 06 39 98 11 02',
      { name: 'Eliott Marchal', title: 'chargé des partenariats', phones: ['06 39 98 11 02'] },
    ],
    // "with Name, title:" before an address or a number
    [
      'Visites le mardi avec Armelle Quéré, responsable de l’accueil : accueil@atelier-partage.example · 02 99 00 18 22.',
      {
        name: 'Armelle Quéré',
        title: 'responsable de l’accueil',
        email: 'accueil@atelier-partage.example',
        phones: ['02 99 00 18 22'],
      },
    ],
    [
      'Book a tour with Rhys Penhale, Community Manager: 07700 900418',
      { name: 'Rhys Penhale', title: 'Community Manager', phones: ['07700 900418'] },
    ],
    // issue 7: a German office's contact label, a doctor's title before the name, "contact Name at …"
    // "Our Title Name is happy to …: number": a possessive role before the name, then its verb
    [
      'Questions about the role? Our Talent Partner Keziah Marlowe is happy to chat: 07700 900512.',
      { name: 'Keziah Marlowe', title: 'Talent Partner', phones: ['07700 900512'] },
    ],
    // (not a role's first word taken for the name before "is Name")
    ['Our Data Protection Officer is Keziah Arden.', { name: 'Keziah Arden', title: 'Data Protection Officer' }],
    [
      'Notre responsable commerciale Apolline Verdier est joignable au 02 99 00 63 63.',
      { name: 'Apolline Verdier', title: 'responsable commerciale', phones: ['02 99 00 63 63'] },
    ],
    [
      'Unser Vertriebsleiter Henrik Albers ist unter 0421 555 80 80 erreichbar.',
      { name: 'Henrik Albers', title: 'Vertriebsleiter', phones: ['0421 555 80 80'] },
    ],
    ['Kontaktstelle: Frau Wiebke Harmsen', { name: 'Wiebke Harmsen' }],
    [
      'Kontaktstelle für Gründerinnen: Frau Merle Ostendorf, Gründungsberaterin, Tel. 0421 555 30 30',
      { name: 'Merle Ostendorf', title: 'Gründungsberaterin', phones: ['0421 555 30 30'] },
    ],
    [
      'Ansprechpartnerin: Frau Dr. Sabine Kuhlmann, Tel. 0511 555 23 10',
      { name: 'Sabine Kuhlmann', phones: ['0511 555 23 10'] },
    ],
    [
      'Kontaktieren Sie Frau Dr. Ilse Brandhorst unter 0511 555 20 20.',
      { name: 'Ilse Brandhorst', phones: ['0511 555 20 20'] },
    ],
    [
      'For more information, contact Tom Ashcroft at tom@ashcroft-example.com or 01632 960123.',
      { name: 'Tom Ashcroft', email: 'tom@ashcroft-example.com', phones: ['01632 960123'] },
    ],
    [
      'Pour en savoir plus, contactez Maëlys Corbière au 02 99 00 41 41.',
      { name: 'Maëlys Corbière', phones: ['02 99 00 41 41'] },
    ],
    [
      'Contact: Jane Holloway, Sales Director, jane@brightwell-example.co.uk',
      { name: 'Jane Holloway', title: 'Sales Director', email: 'jane@brightwell-example.co.uk' },
    ],
  ])('contactPeople: %s', (text, person) => {
    const got = [...rolePeople(lines(text), pageReaders), ...pageReaders.contactPeople(lines(text))];
    expect(got).toEqual([person]);
  });
  // orgs3 and precision2 (issue 7): a desk's label before a name and an address alone, a reply signed at its end, a
  // speakers' list of a name and a role in their own elements
  it.each([
    [
      'Teiledienst: Jannik Börger, teile@autohaus-exemple.de',
      { name: 'Jannik Börger', email: 'teile@autohaus-exemple.de' },
    ],
    ['Vielen Dank für Ihr Vertrauen! – Greta Ulbrich, Inhaberin', { name: 'Greta Ulbrich', title: 'Inhaberin' }],
    // a label with what it is for and a bracket before its colon (issue 7)
    [
      'Ansprechpartnerin für Lieferantenaudits und Zertifikate (ISO 9001:2015, ISO 14001): Dr. Jana Oberleitner, Leiterin QM, qm@beispiel-antrieb.at, +43 732 000 0147.',
      { name: 'Jana Oberleitner', title: 'Leiterin QM', email: 'qm@beispiel-antrieb.at', phones: ['+43 732 000 0147'] },
    ],
    [
      'Interlocuteur pour les audits fournisseurs (IATF 16949) : Paul Guérin-Matta, Responsable Qualité, p.guerin@exemple-meca.fr.',
      { name: 'Paul Guérin-Matta', title: 'Responsable Qualité', email: 'p.guerin@exemple-meca.fr' },
    ],
  ])('contactPeople: %s', (text, person) => {
    expect(pageReaders.contactPeople(lines(text))).toEqual([person]);
  });
  it('listPeople: items of a name and a role in two spans', () => {
    const box = document.createElement('div');
    box.innerHTML =
      '<h2>Speakers</h2><ul><li><span>Branwen Iorwerth</span> <span>Data Lead at Tidemark</span></li>' +
      '<li><span>Osian Pugh</span> <span>Freelance developer</span></li></ul>';
    expect(pageReaders.listPeople(box)).toEqual([
      { name: 'Branwen Iorwerth', title: 'Data Lead', company: 'Tidemark' },
      { name: 'Osian Pugh', title: 'Freelance developer' },
    ]);
  });
  it('contactPeople: a card’s title linking its firm’s own site is its contact’s firm', () => {
    const card = document.createElement('div');
    card.innerHTML =
      '<div><a href="https://www.brume-atelier.example/">Brume Atelier</a></div><div><p>Céramique utilitaire. Contact : Solène Marec, fondatrice.</p></div>' +
      '<div><a href="https://www.linkedin.com/in/x">Yanis Roche</a></div><div><p>Contact : Odile Ferrand, gérante.</p></div>';
    const ps = [...card.querySelectorAll('p')].map((el) => ({ text: el.textContent!, el }));
    expect(pageReaders.contactPeople(ps)).toEqual([
      { name: 'Solène Marec', title: 'fondatrice', company: 'Brume Atelier' },
      { name: 'Odile Ferrand', title: 'gérante' },
    ]);
  });
  it('rolePeople: a possessive before a client or a friend is no role', () => {
    const got = rolePeople(
      lines('Our client Rowena Pike is delighted with the result.', 'Notre amie Léonie Garrec est venue nous voir.'),
      pageReaders,
    );
    expect(got).toEqual([]);
  });
  it('contactPeople: a desk or a service to contact is no person', () => {
    const got = pageReaders.contactPeople(
      lines(
        'For more information, contact Customer Service at 0800 555 0100.',
        'Please contact Sales Support at sales@acme-example.com.',
      ),
    );
    expect(got).toEqual([]);
  });
  it('personName: a contact verb or a spa town is no first name', () => {
    expect(personName('Contactez Eliott Marchal')).toBe('');
    expect(personName('Bad Hersfeld')).toBe('');
  });
  it('quotedPeople: an elided "d’" before the firm, an O’ surname, a mayor’s apposition', () => {
    expect(
      quotedPeople(
        lines(
          '« Nous livrons dès juin », précise Soizic Le Meur, directrice commerciale d’Armorail.',
          '“We are hiring,” said Ronan O’Donnell, Chief Executive Officer of Quaywise.',
          'Présente à la signature, Annick Roussel, maire de Saint-Yrieix, a salué « un beau projet ».',
        ),
      ),
    ).toEqual([
      { name: 'Soizic Le Meur', title: 'directrice commerciale', company: 'Armorail' },
      { name: 'Ronan O’Donnell', title: 'Chief Executive Officer', company: 'Quaywise' },
      { name: 'Annick Roussel', title: 'maire de Saint-Yrieix' },
    ]);
  });
  it('memberPeople: member lines with the firm first, makers "run by A (…) and B"', () => {
    const got = pageReaders.memberPeople(
      lines(
        'Brunnen Solar GmbH | Fulda | Ines Hartwig, Geschäftsführerin | Tel. 0661 555 20 11 | i.hartwig@brunnen-solar.de',
        'Rhönstrom eG | Gersfeld | Malte Pohl, Vorstand | Tel. 06654 555 30 12',
        'The reading circle is run by volunteers Aled Prys (archivist at Gwynant Library) and Nia Rowlands.',
      ),
    );
    expect(got).toEqual([
      {
        name: 'Ines Hartwig',
        title: 'Geschäftsführerin',
        company: 'Brunnen Solar GmbH',
        email: 'i.hartwig@brunnen-solar.de',
        phones: ['0661 555 20 11'],
      },
      { name: 'Malte Pohl', title: 'Vorstand', company: 'Rhönstrom eG', phones: ['06654 555 30 12'] },
      { name: 'Aled Prys', title: 'archivist', company: 'Gwynant Library' },
      { name: 'Nia Rowlands' },
    ]);
  });
  it('talkPeople: "rencontre avec Name, CEO."', () => {
    expect(talkPeople(lines('puis une rencontre avec Gaëtan Roux, CEO.'))).toEqual([
      { name: 'Gaëtan Roux', title: 'CEO' },
    ]);
  });
  it('contactBlocks: a press contact with the firm before the name, the address and number below', () => {
    expect(
      contactBlocks(
        lines(
          'Contacts presse',
          'Verano – Clotilde Aubanel, attachée de presse',
          'c.aubanel@verano.fr · 06 39 98 50 50',
        ),
      ),
    ).toEqual([
      {
        name: 'Clotilde Aubanel',
        title: 'attachée de presse',
        company: 'Verano',
        email: 'c.aubanel@verano.fr',
        phones: ['06 39 98 50 50'],
      },
    ]);
  });
  it('roleLines: the body an office leads, between the role and the colon', () => {
    expect(
      roleLines(lines('Geschäftsführer der Komplementär-GmbH: Ute Brandes, Jens Falk')).map((p) => p.name),
    ).toEqual(['Ute Brandes', 'Jens Falk']);
  });
  it('isOrgLine: an executive’s letters are no firm', () => {
    expect(isOrgLine('CEO')).toBe(false);
    expect(isOrgLine('PDG')).toBe(false);
  });
});

describe('contactBlocks: a job offer’s future manager (label, name, title)', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  it.each([
    ['Votre futur manager', 'Gaëlle Trividic', 'Responsable produit'],
    ['Ton futur manager', 'Maxence Ollivier', 'Head of Sales'],
    ['Your future manager', 'Priya Castellane', 'Engineering Manager'],
    ['Ihre zukünftige Vorgesetzte', 'Henrike Dambach', 'Leiterin Buchhaltung'],
    ['Hiring manager', 'Owen Tremlett', 'Head of Operations'],
  ])('%s / %s / %s', (label, name, title) => {
    expect(contactBlocks(lines(label, name, title, '« On livre plusieurs fois par jour. »'))).toEqual([
      { name, title },
    ]);
  });
});

describe('contactBlocks: a job offer’s manager on one labelled line (label : name, title)', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  it.each([
    ['Manager : Gaëlle Trividic, Responsable produit.', 'Gaëlle Trividic', 'Responsable produit'],
    ['N+1 : Maxence Ollivier, Directeur commercial', 'Maxence Ollivier', 'Directeur commercial'],
    ['Reports to: Priya Castellane, Head of Engineering', 'Priya Castellane', 'Head of Engineering'],
    ['Vorgesetzte: Henrike Dambach, Leiterin Buchhaltung', 'Henrike Dambach', 'Leiterin Buchhaltung'],
  ])('%s', (line, name, title) => {
    expect(contactBlocks(lines('Senior Backend Engineer', line))).toEqual([{ name, title }]);
  });
});

describe('isOrgLine: a rank, a trade, a sentence or a sentence-case heading names no firm', () => {
  it.each([
    ['Président du groupe', false],
    ['Associée fondatrice', false],
    ['Geschäftsführer der Gruppe', false],
    ['Conseil en organisation', false],
    ['Beratung für Stiftungen', false],
    ['Consulting for charities', false],
    ["Conseil en organisation, 20 ans dans l'industrie agroalimentaire.", false],
    ['Green coffee partners', false],
    ['Our research group', false],
    ['Cap Talents Conseil', true],
    ['Groupe Verdalis', true],
    ['Atelier de reliure', true],
    ['Beratung für Unternehmen GmbH', true],
    ['Harrowgate Partners', true],
    ['Commune de Rixensart, conseiller communal', true],
  ])('%s → %s', (l, org) => {
    expect(isOrgLine(l)).toBe(org);
  });
});

describe('talkPeople: a person a sentence says supervises, oversees, coordinates', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  it.each([
    ['The pilot at the Toledo plant was supervised by Marisol Kent, plant manager.', 'Marisol Kent', 'plant manager'],
    [
      'Le chantier est piloté par Yannick Le Floch, conducteur de travaux.',
      'Yannick Le Floch',
      'conducteur de travaux',
    ],
    ['Das Projekt wird koordiniert von Jana Wellbrock, Projektleiterin.', 'Jana Wellbrock', 'Projektleiterin'],
  ])('%s', (t, name, title) => {
    expect(talkPeople(lines(t))).toEqual([{ name, title }]);
  });
});

describe('occupationFirms: a board member’s main occupation names another firm', () => {
  it.each([
    ['Hauptberuf', 'Rechtsanwalt, Partner bei Kessler Vogt Rechtsanwälte', 'Kessler Vogt Rechtsanwälte'],
    ['Hauptberuf', 'Geschäftsführerin, Lindqvist Beteiligungs GmbH', 'Lindqvist Beteiligungs GmbH'],
    ['Main occupation', 'CFO, Harbourne Logistics Ltd', 'Harbourne Logistics Ltd'],
    ['Profession principale', 'Directrice financière de Verrerie Castagnol', 'Verrerie Castagnol'],
  ])('%s: %s', (term, value, firm) => {
    const root = document.createElement('div');
    root.innerHTML = `<details><summary>Dr. Ines Faltermeier</summary><dl><dt>Funktion</dt><dd>Mitglied</dd><dt>${term}</dt><dd>${value}</dd></dl></details>`;
    expect(occupationFirms(root).map((c) => c.name)).toEqual([firm]);
  });
  it('no firm without such a field', () => {
    const root = document.createElement('div');
    root.innerHTML = '<dl><dt>Funktion</dt><dd>Geschäftsführerin, Lindqvist Beteiligungs GmbH</dd></dl>';
    expect(occupationFirms(root)).toEqual([]);
  });
});

describe('rolePeople: a board in one sentence (blind pages 19)', () => {
  const read = (text: string) => rolePeople([{ text, el: document.body }], pageReaders).map((p) => [p.name, p.title]);
  it.each([
    [
      'Le nouveau bureau est ainsi composé : Bureau : Président Gaspard Monteil, Vice-présidente Noémie Ferrand-Roux, Trésorier adjoint Kylian Lagarde, Secrétaire Paule Grimal.',
      [
        ['Gaspard Monteil', 'Président'],
        ['Noémie Ferrand-Roux', 'Vice-présidente'],
        ['Kylian Lagarde', 'Trésorier adjoint'],
        ['Paule Grimal', 'Secrétaire'],
      ],
    ],
    [
      'Autres administrateurs : Awa Ndiaye, Pierre-Yves Rouquier et Gwenola Riou.',
      [
        ['Awa Ndiaye', undefined],
        ['Pierre-Yves Rouquier', undefined],
        ['Gwenola Riou', undefined],
      ],
    ],
    [
      'Vorstand: Vorsitzende Hanna Breuer, Schatzmeister Till Oberländer und Schriftführerin Ines Kaya.',
      [
        ['Hanna Breuer', 'Vorsitzende'],
        ['Till Oberländer', 'Schatzmeister'],
        ['Ines Kaya', 'Schriftführerin'],
      ],
    ],
    [
      'Board of trustees: Amelia Hurst, Tobias Wren and Nkechi Obi.',
      [
        ['Amelia Hurst', undefined],
        ['Tobias Wren', undefined],
        ['Nkechi Obi', undefined],
      ],
    ],
    // a role in brackets after a name: theirs, the bracket left out; none for a name without one
    [
      'Vorstand: Dr. Anna Reinholt (Vorsitzende), Bernd Quast, Carla Imbusch',
      [
        ['Anna Reinholt', 'Vorsitzende'],
        ['Bernd Quast', undefined],
        ['Carla Imbusch', undefined],
      ],
    ],
    [
      'Bureau : Paul Verneuil (président), Léa Castagnac (trésorière), Jean Morvezen',
      [
        ['Paul Verneuil', 'président'],
        ['Léa Castagnac', 'trésorière'],
        ['Jean Morvezen', undefined],
      ],
    ],
    [
      'Board: Jane Harrowby (Chair), Tom Ellersby (Treasurer)',
      [
        ['Jane Harrowby', 'Chair'],
        ['Tom Ellersby', 'Treasurer'],
      ],
    ],
    // (a bracket that is no role, a list under no word for people: no one)
    ['Bureau : Paul Verneuil (2019), Léa Castagnac', []],
    ['Nos clients : Paul Verneuil (président), Léa Castagnac', []],
    // names alone under no word for people, an item that is no name: no one
    ['Nos partenaires : Cap Vendange, Jardel Tonnellerie et Marchal Vitiscopie.', []],
    ['Horaires : Lundi, Mardi et Jeudi.', []],
    ['Bureau : Président Gaspard Monteil, la mairie et le département.', []],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('prosePeople: guests a host introduces mid-sentence with their title at their firm (blind pages 19)', () => {
  const read = (text: string) => pageReaders.prosePeople([{ text, el: document.body }]);
  it.each([
    [
      "Dans cet épisode, je reçois Solène Grandpierre, présidente de la Fonderie Valmont à Épinal, qu'elle a reprise en 2024, et Marc-Antoine Dassier, directeur d'investissement chez Vosges Transmission Capital, le fonds qui l'a accompagnée.",
      [
        { name: 'Solène Grandpierre', title: 'présidente', company: 'Fonderie Valmont' },
        { name: 'Marc-Antoine Dassier', title: "directeur d'investissement", company: 'Vosges Transmission Capital' },
      ],
    ],
    [
      'This week we welcome Priya Raman, head of logistics at Northwind Freight, to talk about cold chains.',
      [{ name: 'Priya Raman', title: 'head of logistics', company: 'Northwind Freight' }],
    ],
    // a name after a verb with no title at a firm: no one
    ['Nous recevons Pauline Girard, qui raconte son parcours.', []],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('roleLines: a director by the bare French word (blind pages 19)', () => {
  const read = (text: string) => pageReaders.roleLines([{ text, el: document.body }]);
  it.each([
    [
      "Directeur : Alban Espérandieu · Président du conseil d'administration : Rémi Tardieu",
      [
        { name: 'Alban Espérandieu', title: 'Directeur' },
        { name: 'Rémi Tardieu', title: 'Président' },
      ],
    ],
    ['Directrice générale : Hélène Vasseur-Roy', [{ name: 'Hélène Vasseur-Roy', title: 'Directrice générale' }]],
    // (a Swiss or French Sàrl's partner who manages it, issue 7)
    ['Associée gérante : Capucine Rossier', [{ name: 'Capucine Rossier', title: 'Associée gérante' }]],
    ['Associé-gérant : Mathis Zbinden', [{ name: 'Mathis Zbinden', title: 'Associé-gérant' }]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('rolePeople: founders in looser words (blind pages 19)', () => {
  const read = (text: string) => rolePeople([{ text, el: document.body }], pageReaders).map((p) => p.name);
  it.each([
    [
      "Ligne d'Azur a été fondée en 2012 par Judith et son ami d'enfance Anselme Quérel, designer produit.",
      ['Anselme Quérel'],
    ],
    ['En 2015, ils sont rejoints par Wassim Kheddar, qui prend en main la logistique.', ['Wassim Kheddar']],
    ['Une aventure lancée par les frères Thomas et Victor Hamel.', []],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('rolePeople: the manager a job post reports to (blind pages 19)', () => {
  it.each([
    [
      "You'll join our Data squad, reporting to Callum Rees, Engineering Manager, to rebuild the scheduler.",
      { name: 'Callum Rees', title: 'Engineering Manager' },
    ],
    [
      'Vous serez rattachée à Sophie Marchetti, directrice financière, et travaillerez avec la DSI.',
      { name: 'Sophie Marchetti', title: 'directrice financière' },
    ],
  ])('%s', (text, want) => expect(rolePeople([{ text, el: document.body }], pageReaders)).toEqual([want]));
});

describe('roleLines: an office labelled inside a paragraph, the holder’s own title after the name (issue 7)', () => {
  const read = (text: string) => pageReaders.roleLines([{ text, el: document.body }]);
  it.each([
    [
      'Le Groupe Varennes réunit quatre sociétés. Direction : Solenn Le Dantec, Directrice Générale Déléguée.',
      [{ name: 'Solenn Le Dantec', title: 'Directrice Générale Déléguée' }],
    ],
    [
      'Applications close on 31 January. Programme director: Imogen Falkner-Hale.',
      [{ name: 'Imogen Falkner-Hale', title: 'Programme director' }],
    ],
    [
      'Die Genossenschaft zählt 40 Betriebe. Vorstand: Jannik Oberländer, Vorsitzender Geschäftsführer.',
      [{ name: 'Jannik Oberländer', title: 'Vorstand' }],
    ],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('dlPeople: a board whose <dd> gives the holder, their firm, address and number (issue 7, blind lists)', () => {
  it.each([
    [
      'fr',
      `<dt>Présidente</dt><dd><span>Odile Parmentier</span>, Verrerie Aubrac – <a href="mailto:o.parmentier@verrerie-aubrac.fr">o.parmentier@verrerie-aubrac.fr</a> – 06 39 98 10 20</dd>
       <dt>Trésorier</dt><dd><span>Paul Morel</span>, Kerlan Dourdan</dd>
       <dt>Secrétaire</dt><dd><span>Claire Vidal</span>, Forge Lanvin – <a href="mailto:cvidal@forge-lanvin.fr">cvidal@forge-lanvin.fr</a></dd>
       <dt>Trésorier adjoint</dt><dd><em>Poste vacant</em> – appel à candidatures jusqu'au 31 janvier</dd>
       <dt>Administratrice</dt><dd><span>Odile Parmentier</span>, Verrerie Aubrac</dd>`,
      [
        {
          name: 'Odile Parmentier',
          title: 'Présidente',
          company: 'Verrerie Aubrac',
          email: 'o.parmentier@verrerie-aubrac.fr',
          phones: ['06 39 98 10 20'],
        },
        { name: 'Paul Morel', title: 'Trésorier', company: 'Kerlan Dourdan' },
        { name: 'Claire Vidal', title: 'Secrétaire', company: 'Forge Lanvin', email: 'cvidal@forge-lanvin.fr' },
      ],
    ],
    [
      'en',
      `<dt>Chair</dt><dd>Nigel Ashdown, Tarnmoor Haulage Ltd – nigel@tarnmoor.co.uk</dd><dt>Treasurer</dt><dd>Priya Holt, Bramble Cargo – 020 7946 0102</dd>`,
      [
        { name: 'Nigel Ashdown', title: 'Chair', company: 'Tarnmoor Haulage Ltd', email: 'nigel@tarnmoor.co.uk' },
        { name: 'Priya Holt', title: 'Treasurer', company: 'Bramble Cargo', phones: ['020 7946 0102'] },
      ],
    ],
    [
      'de',
      `<dt>Vorsitzender</dt><dd>Jonas Kiefer, Hollerbeck Brandt GmbH – j.kiefer@hollerbeck.de</dd><dt>Schatzmeisterin</dt><dd>Lena Vogt, Nordmole Spedition – lena.vogt@nordmole.de</dd>`,
      [
        {
          name: 'Jonas Kiefer',
          title: 'Vorsitzender',
          company: 'Hollerbeck Brandt GmbH',
          email: 'j.kiefer@hollerbeck.de',
        },
        { name: 'Lena Vogt', title: 'Schatzmeisterin', company: 'Nordmole Spedition', email: 'lena.vogt@nordmole.de' },
      ],
    ],
  ])('%s: each holder keeps their own firm and details, a second seat no second person', (_, dl, want) => {
    document.body.innerHTML = `<dl>${dl}</dl>`;
    expect(dlPeople(document.body)).toEqual(want);
  });

  it('two holders of one office are no person and a firm', () => {
    document.body.innerHTML = `<dl><dt>Co-présidents</dt><dd>Odile Parmentier, Paul Morel</dd><dt>Trésorière</dt><dd>Claire Vidal</dd></dl>`;
    expect(dlPeople(document.body).map((p) => p.company)).toEqual([undefined, undefined, undefined]);
  });
});

describe('a firm that is the subject of a clause after a title: its name only (issue 7, history pages)', () => {
  it.each([
    [
      'fr',
      'Lucie Marvaud, petite-fille du fondateur, Vellane emploie 85 personnes',
      'petite-fille du fondateur',
      'Vellane',
    ],
    ['en', 'Owen Tarrant, managing director, Corrin Foods employs over 200 staff', 'managing director', 'Corrin Foods'],
    [
      'de',
      'Jana Weyrich, Geschäftsführerin, Holtmann Metall beschäftigt rund 60 Mitarbeiter',
      'Geschäftsführerin',
      'Holtmann Metall',
    ],
  ])('%s: speakerEntry', (_, raw, title, company) => {
    expect(speakerEntry(raw)).toEqual({ name: raw.split(',')[0], title, company });
  });

  it.each([
    ['fr', 'directrice générale, Vellane emploie 85 personnes', 'directrice générale', 'Vellane'],
    ['en', 'Managing Director, Corrin Foods employs 200 people', 'Managing Director', 'Corrin Foods'],
    // (a firm's name with a number of its own stays whole)
    ['fr', 'directeur commercial, Garage des 3 Vallées', 'directeur commercial', 'Garage des 3 Vallées'],
  ])('%s: splitTitleCompany(%s)', (_, s, title, company) => {
    expect(splitTitleCompany(s)).toEqual([title, company]);
  });
});

describe('contactPeople: a contact label, a shared address, then the person and their number (issue 7, event pages)', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  it.each([
    ['Contact exposants : salon@expo-nordi.fr – Lise Kervella, 01 99 00 11 22', 'Lise Kervella', '01 99 00 11 22'],
    ['Press contact: press@harbourfair.co.uk – Tom Pengelly, 01632 960 412', 'Tom Pengelly', '01632 960 412'],
    [
      'Kontakt Aussteller: messe@nordmesse.de · Jana Brettschneider, 0511 99 00 12 34',
      'Jana Brettschneider',
      '0511 99 00 12 34',
    ],
  ])('%s', (text, name, phone) => {
    expect(pageReaders.contactPeople(lines(text))).toEqual([{ name, phones: [phone] }]);
  });

  it('a shared address then a desk is no one', () => {
    expect(pageReaders.contactPeople(lines('Contact : salon@expo-nordi.fr – Service Exposants'))).toEqual([]);
  });
});

describe('contactBlocks: a run of names set apart by middle dots is no one’s card (issue 7, event pages)', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  it.each([
    ['fr', 'Partenaires médias', "L'Atelier Numérique · Robotique Hebdo", 'partenaires@salon-exemple.fr'],
    ['en', 'Media partners', 'Harbour Weekly · Factory Review', 'partners@expo-example.co.uk'],
    ['de', 'Medienpartner', 'Werkstatt Heute · Technik Rundschau', 'partner@messe-beispiel.de'],
  ])('%s', (_, head, run, mail) => {
    expect(contactBlocks(lines(head, run, mail))).toEqual([]);
  });

  it('a name then their title set apart by a middle dot stays a card', () => {
    expect(contactBlocks(lines('Lise Kervella · Directrice commerciale', 'lise.kervella@kervella-bois.fr'))).toEqual([
      { name: 'Lise Kervella', title: 'Directrice commerciale', email: 'lise.kervella@kervella-bois.fr' },
    ]);
  });
});

describe('contactPeople: a firm, then the person, then their address or number (issue 7, press pages)', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  it.each([
    [
      'fr',
      'Agence Lumen Relations – Jeanne Kervella – jeanne@lumen-relations.fr – 06 39 98 11 22',
      {
        name: 'Jeanne Kervella',
        email: 'jeanne@lumen-relations.fr',
        phones: ['06 39 98 11 22'],
        company: 'Agence Lumen Relations',
      },
    ],
    [
      'en',
      'Brightwater PR | Tom Pengelly | tom@brightwater-pr.co.uk',
      { name: 'Tom Pengelly', email: 'tom@brightwater-pr.co.uk', company: 'Brightwater PR' },
    ],
    [
      'de',
      'Agentur Nordlicht – Jana Brettschneider – jana@nordlicht-pr.de',
      { name: 'Jana Brettschneider', email: 'jana@nordlicht-pr.de', company: 'Agentur Nordlicht' },
    ],
  ])('%s', (_, text, person) => {
    expect(pageReaders.contactPeople(lines(text))).toEqual([person]);
  });

  it('two people’s names then a number name no firm', () => {
    expect(pageReaders.contactPeople(lines('Jeanne Kervella – Paul Tanguy – 06 39 98 11 22'))).toEqual([]);
  });
});

describe('contactPeople: a firm, a name-like place, then a date is no contact line (issue 7)', () => {
  const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));
  it.each([
    ['de', 'Die Fachmesse für Holzbau · Messe Kempten · 21.–23. April 2027'],
    ['fr', 'Le salon des métiers du bois – Parc Expo Vannes – 12 mars 2027'],
    ['en', 'The timber trade fair | Harrowby Showground | 14 May 2027'],
  ])('%s: %s', (_, text) => {
    expect(pageReaders.contactPeople(lines(text))).toEqual([]);
  });
});

describe("listPeople: a board's plain members with their own firm, 'Name – Mitglied – Firm' (issue 7)", () => {
  const box = (html: string) => {
    const d = document.createElement('div');
    d.append(document.createRange().createContextualFragment(html));
    return d;
  };
  it.each([
    ['DE', 'Vorsitzender des Kuratoriums', 'Mitglied', 'Brandt Holzbau GmbH'],
    ['EN', 'Chair of the Board', 'Board member', 'Pellow Marine Ltd'],
    ['FR', 'Présidente du comité', 'Membre du comité', 'Atelier Sorel SARL'],
  ])('%s: the seat is the title, the firm their own', (_, chair, seat, firm) => {
    const got = pageReaders.listPeople(
      box(
        `<ul><li><strong>Ottilie Brandvogt</strong> – ${chair} – Kestner Bank AG</li>` +
          `<li><strong>Ferdinand Quast</strong> – ${seat} – ${firm}</li></ul>`,
      ),
    );
    expect(got.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Ottilie Brandvogt', chair, 'Kestner Bank AG'],
      ['Ferdinand Quast', seat, firm],
    ]);
  });
  it('a seat without a firm after it is no title of its own', () => {
    expect(speakerEntry('Ferdinand Quast – Mitglied', false)).toEqual({ name: 'Ferdinand Quast' });
  });
});

describe("rolePeople: 'Name, title (Body).': the body a member works for, in brackets (issue 7)", () => {
  const lines = (...html: string[]) =>
    html.map((h) => {
      const el = document.createElement('p');
      el.append(document.createRange().createContextualFragment(h));
      return { text: el.textContent ?? '', el };
    });
  it.each([
    ['FR', 'Directrice de recherche', 'Université de Pontarlier'],
    ['EN', 'Senior Lecturer', 'Harrowgate Institute of Science'],
    ['DE', 'Revisorin', 'Treuhand Quast & Partner AG'],
  ])('%s', (_, title, body) => {
    expect(rolePeople(lines(`<strong>Ottilie Brandvogt</strong>, ${title} (${body}).`), pageReaders)).toEqual([
      { name: 'Ottilie Brandvogt', title, company: body },
    ]);
  });
  it.each([
    ['a town', '<strong>Ottilie Brandvogt</strong>, Revisorin (Winterthur).'],
    ['a person', '<strong>Ottilie Brandvogt</strong>, Présidente (Jean Roy).'],
  ])('%s in brackets is no body', (_, html) => {
    expect(rolePeople(lines(html), pageReaders).map((p) => p.company)).not.toContain('Winterthur');
    expect(rolePeople(lines(html), pageReaders).map((p) => p.company)).not.toContain('Jean Roy');
  });
});

describe("splitTitleCompany: a board's initials after the seat are the body's, no firm (issue 7)", () => {
  it.each([
    ['FR', 'Proviseure, présidente du CA', ['Proviseure, présidente du CA', undefined]],
    ['FR', 'secrétaire du CSE', ['secrétaire du CSE', undefined]],
    ['EN', 'Chair of the BoD', ['Chair of the BoD', undefined]],
    ['FR', 'présidente du Groupe Vaudrel', ['présidente', 'Groupe Vaudrel']],
    ['EN', 'Director, Pellow Marine Ltd', ['Director', 'Pellow Marine Ltd']],
  ])('%s: %s', (_, s, want) => {
    expect(splitTitleCompany(s)).toEqual(want);
  });
});

describe("rolePeople: '<b>Name</b>, Major donor.': a supporter a charity thanks (issue 7)", () => {
  const lines = (h: string) => {
    const el = document.createElement('p');
    el.append(document.createRange().createContextualFragment(h));
    return [{ text: el.textContent ?? '', el }];
  };
  it.each([
    ['EN', 'Major donor'],
    ['FR', 'Grand mécène'],
    ['DE', 'Hauptspenderin'],
  ])('%s: %s', (_, title) => {
    expect(rolePeople(lines(`<strong>Ottilie Brandvogt</strong>, ${title}.`), pageReaders)).toEqual([
      { name: 'Ottilie Brandvogt', title },
    ]);
  });
  it('a standing of no supporter is no title', () => {
    expect(rolePeople(lines('<strong>Ottilie Brandvogt</strong>, Regular visitor.'), pageReaders)).toEqual([]);
  });
});
