import { describe, expect, it } from 'vitest';
import { notAPerson, withoutNonNames, namedPlace } from './web-names';
import type { Detection } from './types';

describe('notAPerson', () => {
  it.each([
    // streets, a shop named after its street
    ['Allée des Tilleuls', true],
    ['Rue Vauban', true],
    ['Harbour Road', true],
    ['Riehler Straße', true],
    ['Kestrel Road Hardware', true],
    // a rural address's first words (issue 7): a locality, a hamlet, an estate
    ['Lieu-dit Les Grandes Vignes', true],
    ['Hameau du Moulin', true],
    ['Résidence Les Tilleuls', true],
    ['Lotissement Bellevue', true],
    // firms and funds by their last word, public bodies and registers, a legal notice's headings
    ['Harrowgate Growth Capital', true],
    ['Fenwick Ventures Management', true],
    ['Companies House', true],
    ['Rechtsanwaltskammer Köln', true],
    ['Amtsgericht Essen', true],
    ['Webwerkstatt Rheinblick', true],
    ['Berufsrechtliche Angaben', true],
    ['Zuständige Aufsichtsbehörde', true],
    ['Geschäftsführender Gesellschafter', true],
    ['Stellvertretende Vorsitzende', true],
    // a content system's default account as an article's author
    ['Super User', true],
    ['Site Administrator', true],
    // a contact list's heading, a title's object read as a name (issue 7: pages never seen)
    ['Ihre Ansprechpersonen', true],
    ['Unsere Ansprechpartner', true],
    ['Nos Contacts', true],
    ['Your Contacts', true],
    ['Grands Comptes', true],
    ['Key Accounts', true],
    ['Großkunden Süd', true],
    // a legal form first, a trade's or a business's noun first or last: a firm (issue 7)
    ['SCA Les Vergers du Mistral', true],
    ['EARL Combaluzier', true],
    ['GmbH Brauhaus Ostend', true],
    ['Faure Automobiles', true],
    ['Technopole Bellerive', true],
    ['Immobilier Castaing', true],
    ['Transports Girardin', true],
    ['Menuiserie Aubrac', true],
    ['Kettering Motors', true],
    ['Bäckerei Lindner', true],
    ['Autohaus Wendel', true],
    // people
    ['Paige Turner', false],
    ['Gaspard Transon', false],
    ['Sarah Scalzi', false],
    ['Earl Whitcombe', false],
    ['Alexander Brende', false],
    ['Oleander Hoogendijk', false],
    ['Grant Whitlow', false],
    ['Clementine Ventress', false],
    ['Lois Lane', false],
    ['Hélène de Saint-Aubin', false],
    ['Konstantin Oberhauser', false],
    ['Yannick Le Bihan', false],
    // a lower-case particle first: a firm read from "PDG de …", "Geschäftsführer von …" (issue 7)
    ['de Martel Emballages', true],
    ['von Albers Logistik', true],
    ['van Dijk Transport', true],
    ['Martel Emballages De', true],
    ['Franck Le Du', false],
    ['Anna Van Der', false],
    // a board's committee, a share's agent read as a name (issue 7: an investor-relations page)
    ['Audit Committee', true],
    ['Nomination Committee', true],
    ['Prüfungsausschuss Nord', false],
    ['Designated Sponsor', true],
    ['Paying Agent', true],
    ['Group Auditor', true],
    ['Agnès Sponsel', false],
    ['Tobias Agentur-Hall', false],
    // a sentence's preposition first ("Outside North America, contact …")
    ['Outside North America', true],
    ['Außerhalb Europas', true],
    ['De Vries Martens', false],
    ['Van Dijk', false],
  ])('%s → %s', (name, want) => expect(notAPerson(name)).toBe(want));
});

describe('withoutNonNames', () => {
  const page = (d: Partial<Detection>): Detection => ({
    url: 'https://x.example/',
    kind: 'other',
    emails: [],
    people: [],
    companies: [],
    ...d,
  });

  it("reads a speaker's 'Title · Firm' as the firm, merged with the same firm read elsewhere", () => {
    const got = withoutNonNames(
      page({
        people: [{ name: 'Yusra Halloran', company: 'Investment Director @ Harrowgate Partners' }],
        companies: [
          { name: 'Investment Director @ Harrowgate Partners' },
          { name: 'Harrowgate Partners', domain: 'hgp.example' },
        ],
      }),
    );
    expect(got.people).toEqual([{ name: 'Yusra Halloran', company: 'Harrowgate Partners' }]);
    expect(got.companies).toEqual([{ name: 'Harrowgate Partners', domain: 'hgp.example' }]);
  });

  it.each([
    ['fr', 'Par Inès Carbonell', 'La Gazette du Négoce', 'édité par Carbonell Presse SAS', 'Carbonell Presse SAS'],
    ['en', 'By Harriet Quayle', 'The Ironmonger Weekly', 'published by Quayle Media Ltd', 'Quayle Media Ltd'],
    ['de', 'Par Jonas Weidlich', 'Der Holzbrief', 'herausgegeben von Weidlich Verlag GmbH', 'Weidlich Verlag GmbH'],
  ])(
    "%s: a byline's word is no part of the author's name; a masthead's title and publisher are no person and firm",
    (_, byline, title, publisher, firm) => {
      const author = byline.split(' ').slice(1).join(' ');
      const got = withoutNonNames(
        page({
          kind: 'company-site',
          people: [
            { name: byline, title: 'rédactrice' },
            { name: title, company: publisher },
          ],
          companies: [{ name: publisher }],
        }),
      );
      expect(got.people).toEqual([{ name: author, title: 'rédactrice' }]);
      expect(got.companies).toEqual([{ name: firm }]);
    },
  );

  it.each([
    ['fr', 'Jeanne Morvan', 'cliente depuis 2015'],
    ['en', 'Harriet Quayle', 'customer since 2019'],
    ['de', 'Jonas Weidlich', 'Kunde seit 2018'],
  ])("%s: a testimonial's standing after its author is no firm", (_, name, standing) => {
    const got = withoutNonNames(
      page({
        kind: 'company-site',
        people: [{ name }],
        companies: [{ name: 'Atelier Brume', domain: 'brume.example' }, { name: standing }],
      }),
    );
    expect(got.companies).toEqual([{ name: 'Atelier Brume', domain: 'brume.example' }]);
  });

  it.each(['Wholesale', 'Vertrieb', 'Achats', 'Export'])(
    "drops a department alone read as a firm ('Co-founder, %s'), but not a firm with a site of its own",
    (dept) => {
      const got = withoutNonNames(
        page({
          people: [{ name: 'Rowan Pelletier', title: `Co-founder, ${dept}`, company: dept }],
          companies: [{ name: dept }, { name: 'Co-founder, ' + dept }, { name: 'Brenntal GmbH' }],
        }),
      );
      expect(got.people).toEqual([{ name: 'Rowan Pelletier', title: `Co-founder, ${dept}` }]);
      expect(got.companies).toEqual([{ name: 'Brenntal GmbH' }]);
      expect(withoutNonNames(page({ companies: [{ name: dept, domain: 'x.example' }] })).companies).toHaveLength(1);
    },
  );

  it.each([
    ['BE', 'Vieux Moulin Brassage', '0724.881.394', { name: 'Brasserie du Moulin', vat: 'BE0724881394' }],
    ['FR', 'Atelier Roux Ferronnerie', '732 829 320', { name: 'Atelier Roux', siren: '732829320' }],
    ['DE', 'Holzbau Kessler Werkstatt', 'DE 249 662 426', { name: 'Holzbau Kessler', vat: 'DE249662426' }],
  ])(
    "drops a legal notice's firm read as a person, its register number as their phone (%s, issue 7)",
    (_, name, num, firm) => {
      const got = withoutNonNames(
        page({
          people: [
            { name, phones: [num] },
            { name: 'Anna Roux', phones: ['01 99 00 12 34'] },
          ],
          companies: [firm],
        }),
      );
      expect(got.people.map((p) => p.name)).toEqual(['Anna Roux']);
    },
  );

  it("drops a talk's title and a reference taken for firms, and people that are none", () => {
    const got = withoutNonNames(
      page({
        people: [{ name: 'Chemin des Vignes' }, { name: 'Inès Carvalho', company: 'Anschrift wie oben' }],
        companies: [
          { name: 'Keynote: Heat pumps in old houses' },
          { name: 'Anschrift wie oben' },
          { name: 'Brenntal GmbH' },
        ],
      }),
    );
    expect(got.people).toEqual([{ name: 'Inès Carvalho' }]);
    expect(got.companies).toEqual([{ name: 'Brenntal GmbH' }]);
  });

  it("splits a lab and a firm, drops a working group and a firm named by another's domain, keeps 'X Partners, LLC'", () => {
    const got = withoutNonNames(
      page({
        people: [{ name: 'Maëlys Fontaine', company: 'Université de Savoie / Optilac' }],
        companies: [
          { name: 'Institut für Wattforschung', domain: 'iwf-sylt.de' },
          { name: 'iwf-sylt.de', domain: 'iwf-sylt.de' },
          { name: 'Arbeitsgruppe Salzwiesen' },
          { name: 'Université de Savoie / Optilac' },
          { name: 'founder, Brackenfold Outdoor Ltd' },
          { name: 'Marketing Partners, LLC' },
        ],
      }),
    );
    expect(got.people).toEqual([{ name: 'Maëlys Fontaine', company: 'Optilac' }]);
    expect(got.companies.map((c) => c.name)).toEqual([
      'Institut für Wattforschung',
      'Université de Savoie',
      'Optilac',
      'Brackenfold Outdoor Ltd',
      'Marketing Partners, LLC',
    ]);
  });

  it("drops a section's name read as a firm, and a person's title read as one (issue 7)", () => {
    const got = withoutNonNames(
      page({
        people: [
          { name: 'Ottilie Brassard', company: 'Billetterie' },
          { name: 'Rufus Kellaway', title: 'Partner, Chartered Tax Adviser', company: 'Kellaway Tax LLP' },
          { name: 'Jonas Ederle', title: 'Leiter, Empfang' },
        ],
        companies: [
          { name: 'Billetterie' },
          { name: 'Empfang' },
          { name: 'Presse' },
          { name: 'Chartered Tax Adviser' },
          { name: 'Kellaway Tax LLP', domain: 'kellaway-tax.example.co.uk' },
          // (a firm of that name the page links or numbers is one)
          { name: 'Tickets', domain: 'tickets.example' },
        ],
      }),
    );
    expect(got.people).toEqual([
      { name: 'Ottilie Brassard' },
      { name: 'Rufus Kellaway', title: 'Partner, Chartered Tax Adviser', company: 'Kellaway Tax LLP' },
      { name: 'Jonas Ederle', title: 'Leiter, Empfang' },
    ]);
    expect(got.companies.map((c) => c.name)).toEqual(['Kellaway Tax LLP', 'Tickets']);
  });

  it("drops a history's event noun before a name, and a title's lower-case desk read as a firm (issue 7)", () => {
    const got = withoutNonNames(
      page({
        people: [
          { name: 'Arrivée de Lucien Carrel', title: 'directeur général' },
          { name: 'Appointment of Nora Quist' },
          { name: 'Ankunft von Jan Reuter' },
          { name: 'Nomination de Léa Bost' },
          { name: 'Interview de Maëlle Kerouac', title: 'cofondatrice' },
          { name: 'Interview with Owen Tarrant' },
          { name: 'Gespräch mit Ilse Wendt' },
          { name: 'Léa Bost', title: 'présidente' },
          { name: 'Yann Perrot', title: 'Clerc — immobilier', company: 'immobilier' },
          { name: 'Ida Marsh', title: 'Partner — Tax', company: 'Marsh & Cole' },
        ],
        companies: [{ name: 'immobilier' }, { name: 'Marsh & Cole' }],
      }),
    );
    expect(got.people).toEqual([
      { name: 'Lucien Carrel', title: 'directeur général' },
      { name: 'Nora Quist' },
      { name: 'Jan Reuter' },
      { name: 'Maëlle Kerouac', title: 'cofondatrice' },
      { name: 'Owen Tarrant' },
      { name: 'Ilse Wendt' },
      { name: 'Léa Bost', title: 'présidente' },
      { name: 'Yann Perrot', title: 'Clerc — immobilier' },
      { name: 'Ida Marsh', title: 'Partner — Tax', company: 'Marsh & Cole' },
    ]);
    expect(got.companies).toEqual([{ name: 'Marsh & Cole' }]);
  });

  it("reads a trade's compound or a department taken for a firm as the title's second part (issue 7)", () => {
    const got = withoutNonNames(
      page({
        people: [
          { name: 'Lars Hübner', title: 'Geschäftsführer', company: 'Zimmermeister' },
          { name: 'Eva Brandl', title: 'Prokuristin', company: 'Vertrieb & Planung' },
          { name: 'Tom Riese', title: 'Partner', company: 'Riese & Partner' },
          { name: 'Ute Kern', title: 'Leiterin', company: 'Vertrieb & Service GmbH' },
          { name: 'Amy Holt', title: 'Studio Manager', company: 'Holt Print & Design' },
        ],
        companies: [{ name: 'Zimmermeister' }, { name: 'Vertrieb & Planung' }, { name: 'Riese & Partner' }],
      }),
    );
    expect(got.people).toEqual([
      { name: 'Lars Hübner', title: 'Geschäftsführer, Zimmermeister' },
      { name: 'Eva Brandl', title: 'Prokuristin, Vertrieb & Planung' },
      { name: 'Tom Riese', title: 'Partner', company: 'Riese & Partner' },
      { name: 'Ute Kern', title: 'Leiterin', company: 'Vertrieb & Service GmbH' },
      { name: 'Amy Holt', title: 'Studio Manager', company: 'Holt Print & Design' },
    ]);
    expect(got.companies.map((c) => c.name)).toEqual(['Riese & Partner']);
  });

  it("gives such a person the site's own firm, when the page names it with the site's domain (issue 7)", () => {
    const got = withoutNonNames(
      page({
        people: [
          { name: 'Lars Hübner', title: 'Geschäftsführer', company: 'Zimmermeister' },
          { name: 'Yann Perrot', title: 'Clerc — immobilier', company: 'immobilier' },
        ],
        companies: [{ name: 'Hübner Holzbau', domain: 'x.example' }, { name: 'Zimmermeister' }],
      }),
    );
    expect(got.people.map((p) => p.company)).toEqual(['Hübner Holzbau', 'Hübner Holzbau']);
    expect(got.companies.map((c) => c.name)).toEqual(['Hübner Holzbau']);
  });

  it("drops a card's quote read as a firm (the site's firm instead) and cuts a dateline after a firm (issue 7)", () => {
    const got = withoutNonNames(
      page({
        people: [
          { name: 'Léon Vidal', title: 'DAF', company: '« Vous rejoindrez une équipe soudée et exigeante. »' },
          { name: 'Amy Stone', title: 'CEO', company: 'Larkfield Systems · 12 March 2026 07:00 GMT' },
        ],
        companies: [
          { name: 'Groupe Vidal', domain: 'x.example' },
          { name: '« Vous rejoindrez une équipe soudée et exigeante. »' },
          { name: 'Larkfield Systems · 12 March 2026 07:00 GMT' },
          { name: 'Hale | Partners' },
        ],
      }),
    );
    expect(got.people.map((p) => p.company)).toEqual(['Groupe Vidal', 'Larkfield Systems']);
    expect(got.companies.map((c) => c.name)).toEqual(['Groupe Vidal', 'Larkfield Systems', 'Hale | Partners']);
  });

  it("cuts a firm read past its sentence's end (issue 7)", () => {
    const got = withoutNonNames(
      page({
        people: [{ name: 'Lise Carrel', title: 'directrice', company: 'Laiteries Morvan. L’entreprise' }],
        companies: [
          { name: 'Laiteries Morvan. L’entreprise' },
          { name: 'Dr. Kessler GmbH' },
          { name: 'Hale Co. The Works' },
        ],
      }),
    );
    expect(got.people).toEqual([{ name: 'Lise Carrel', title: 'directrice', company: 'Laiteries Morvan' }]);
    expect(got.companies.map((c) => c.name)).toEqual(['Laiteries Morvan', 'Dr. Kessler GmbH', 'Hale Co. The Works']);
  });

  it('reads a lower-case trade taken for a firm as part of the title (issue 7)', () => {
    const got = withoutNonNames(
      page({
        people: [
          { name: 'Aurèle Vasquez', title: 'Gérant', company: 'courtier en assurances' },
          { name: 'Tilda Brannigan', company: 'chartered surveyor' },
          { name: 'Henner Abt', title: 'Inhaber', company: 'eBay-Händler Abt' },
        ],
      }),
    );
    expect(got.people).toEqual([
      { name: 'Aurèle Vasquez', title: 'Gérant, courtier en assurances' },
      { name: 'Tilda Brannigan', title: 'chartered surveyor' },
      { name: 'Henner Abt', title: 'Inhaber', company: 'eBay-Händler Abt' },
    ]);
  });

  it("reads a site's name with its tagline as the firm before the comma (issue 7)", () => {
    const got = withoutNonNames(
      page({
        people: [{ name: 'Gaspard Lemerle', company: 'Menuiserie Lemerle, menuisier à Aurillac' }],
        companies: [
          { name: 'Menuiserie Lemerle, menuisier à Aurillac', domain: 'menuiserie-lemerle.example' },
          { name: 'Thornby Joinery, joiners in Leeds since 1998' },
          { name: 'Schreinerei Aalbach, ihr Partner für Innenausbau' },
          // (a legal form after the comma, a title before it: no tagline)
          { name: 'Marketing Partners, LLC' },
        ],
      }),
    );
    expect(got.people).toEqual([{ name: 'Gaspard Lemerle', company: 'Menuiserie Lemerle' }]);
    expect(got.companies.map((c) => c.name)).toEqual([
      'Menuiserie Lemerle',
      'Thornby Joinery',
      'Schreinerei Aalbach',
      'Marketing Partners, LLC',
    ]);
  });

  it("drops a site's brand read as a person, a phone number and a region read as firms (issue 7)", () => {
    const got = withoutNonNames(
      page({
        people: [
          {
            name: 'Passerelle Bocage',
            company: 'Passerelle Bocage, incubateur agricole',
            email: 'bonjour@passerelle-bocage.example',
          },
          { name: 'Verdelune Conseil', email: 'hello@verdelune.example' },
          { name: 'Ilse Brandauer', company: 'Region Nord' },
          { name: 'Céleste Marrou', title: 'Fondatrice', company: 'Céleste Marrou' },
        ],
        companies: [
          { name: 'Verdelune Conseil, conseil en stratégie', domain: 'verdelune.example' },
          { name: '+32 10 00 52 18' },
          { name: '04 99 00 20 00' },
          { name: 'Region Süd' },
          { name: 'Région Est' },
          { name: 'Northern Region' },
          { name: 'Secteur Nord' },
          { name: 'Garage 2000' },
          { name: "Cabinet d'orthoptie : 02 00 41 14 99" },
        ],
      }),
    );
    expect(got.people).toEqual([
      { name: 'Ilse Brandauer' },
      { name: 'Céleste Marrou', title: 'Fondatrice', company: 'Céleste Marrou' },
    ]);
    expect(got.companies.map((c) => c.name)).toEqual(['Verdelune Conseil', 'Garage 2000']);
  });

  it.each([
    ['Designated Sponsor', 'Paying agent', 'Ostbank AG'],
    ['Audit Committee', 'Investor Relations contact', 'Banque Lemarchand SA'],
    ['Rue des Tanneurs', 'Gérante', 'Fiduciaire Corbin SARL'],
  ])("drops '%s' read as a person, and the firm read only as theirs (issue 7)", (name, title, firm) => {
    const got = withoutNonNames(
      page({
        people: [
          { name, title, company: firm },
          { name: 'Hedda Vollrath', company: 'Kesselwerk AG' },
        ],
        companies: [{ name: firm }, { name: 'Kesselwerk AG', domain: 'kesselwerk.example' }],
      }),
    );
    expect(got.people.map((p) => p.name)).toEqual(['Hedda Vollrath']);
    expect(got.companies.map((c) => c.name)).toEqual(['Kesselwerk AG']);
  });

  it("keeps a dropped non-person's firm when a person works there or the firm has details of its own", () => {
    const got = withoutNonNames(
      page({
        people: [
          { name: 'Audit Committee', company: 'Ostbank AG' },
          { name: 'Paying Agent', company: 'Maribel Trust Ltd' },
          { name: 'Lorcan Ashdown', company: 'Ostbank AG' },
        ],
        companies: [{ name: 'Ostbank AG' }, { name: 'Maribel Trust Ltd', vat: 'GB123456789' }],
      }),
    );
    expect(got.people.map((p) => p.name)).toEqual(['Lorcan Ashdown']);
    expect(got.companies.map((c) => c.name)).toEqual(['Ostbank AG', 'Maribel Trust Ltd']);
  });

  it.each([
    ['Regional Sales Manager', 'West'],
    ['Account Executive', 'Pacific Northwest'],
    ['Gebietsleiterin', 'Süd'],
    ['Responsable commerciale', 'Sud-Ouest'],
    ['Area Manager', 'EMEA'],
  ])(
    "reads a sales territory taken for a firm ('%s, %s') as the title's end, the rep at the site's firm (issue 7)",
    (title, area) => {
      const got = withoutNonNames(
        page({
          url: 'https://www.kestrelfloor.example/contact',
          people: [{ name: 'Maren Oyelaran', title, company: area }],
          companies: [
            { name: 'Kestrel Flooring Inc.', domain: 'kestrelfloor.example' },
            { name: area, phones: ['555-0101'] },
          ],
        }),
      );
      expect(got.people).toEqual([
        { name: 'Maren Oyelaran', title: `${title}, ${area}`, company: 'Kestrel Flooring Inc.' },
      ]);
      expect(got.companies.map((c) => c.name)).toEqual(['Kestrel Flooring Inc.']);
    },
  );

  it.each([
    ['distributor', 'Brekke Lyd AS', 'post@brekke-lyd.example'],
    ['Vertriebspartner', 'Ostmark Akustik', 'info@ostmark-akustik.example'],
    ['distributeur', 'Lumière Vidal', 'contact@lumiere-vidal.example'],
  ])(
    "reads a partner named as a person with its relation for a title ('%s') as a firm, by its address (issue 7)",
    (title, name, address) => {
      const got = withoutNonNames(
        page({
          url: 'https://www.kestrelfloor.example/contact',
          emails: [{ address }, { address: 'sales@kestrelfloor.example' }],
          people: [
            { name, title, company: 'Kestrel Flooring Inc.' },
            { name: 'Pia Sandvik', title: 'distributor' },
            // (a firm's partner whose name its domain holds is a person: "Tobias Weiß, Partner" at ott-weiss)
            { name: 'Tobias Brekke', title: 'Partner' },
          ],
          companies: [{ name: 'Kestrel Flooring Inc.', domain: 'kestrelfloor.example' }],
        }),
      );
      // (no address spells the second one: it stays as read)
      expect(got.people.map((p) => p.name)).toEqual(['Pia Sandvik', 'Tobias Brekke']);
      expect(got.companies).toEqual([
        { name: 'Kestrel Flooring Inc.', domain: 'kestrelfloor.example' },
        { name, domain: address.split('@')[1] },
      ]);
    },
  );

  it.each([
    ['Key Account Manager Hotellerie', 'Hotellerie'],
    ['Key Account Manager Healthcare', 'Healthcare'],
    ['Chargée d’affaires Collectivités', 'Collectivités'],
  ])("reads a section's word the title ends in, taken for a firm, as no firm ('%s') (issue 7)", (title, desk) => {
    const got = withoutNonNames(
      page({
        url: 'https://www.kestrelfloor.example/kontakt',
        people: [{ name: 'Ilka Feddersen', title, company: desk }],
        companies: [{ name: 'Kestrel Raum GmbH', domain: 'kestrelfloor.example' }, { name: desk }],
      }),
    );
    expect(got.people).toEqual([{ name: 'Ilka Feddersen', title, company: 'Kestrel Raum GmbH' }]);
    expect(got.companies.map((c) => c.name)).toEqual(['Kestrel Raum GmbH']);
  });

  it("drops a talk's subject read as a firm, nobody's employer, with no legal form (issue 7)", () => {
    const got = withoutNonNames(
      page({
        people: [{ name: 'Ansgar Rühle', title: 'Lichtplaner', company: 'Rühle Lichtkonzepte' }],
        companies: [
          { name: 'DALI-2 in der Bestandssanierung' },
          { name: 'Heat pumps in the home' },
          { name: 'Éclairage dans les musées' },
          { name: 'Rühle Lichtkonzepte' },
          { name: 'Haus im Park GmbH' },
        ],
      }),
    );
    expect(got.companies.map((c) => c.name)).toEqual(['Rühle Lichtkonzepte', 'Haus im Park GmbH']);
  });

  it.each([
    [{ company: 'Anschrift wie oben' }],
    [{ company: 'Address as above' }],
    [{ email: 'presse@kesselwerk.example' }],
  ])(
    "gives a person the site's firm when their firm is 'as above' or their address is the site's: %j (issue 7)",
    (x) => {
      const got = withoutNonNames(
        page({
          url: 'https://www.kesselwerk.example/impressum/',
          people: [{ name: 'Henrike Wallbaum', title: 'Leiterin Kommunikation', ...x }],
          companies: [{ name: 'Kesselwerk GmbH', domain: 'kesselwerk.example' }],
        }),
      );
      expect(got.people[0]!.company).toBe('Kesselwerk GmbH');
    },
  );

  it('gives a firm with no site the one address off the site whose domain spells it (issue 7)', () => {
    const got = withoutNonNames(
      page({
        url: 'https://www.showcast.example/episodes/12',
        emails: [
          { address: 'export@verrerie-carre.example' },
          { address: 'hello@showcast.example' },
          { address: 'carre@gmail.com' },
        ],
        people: [{ name: 'Maëlys Carré', title: 'Directrice commerciale', company: 'Verrerie Carré' }],
        companies: [
          { name: 'Showcast', domain: 'showcast.example' },
          { name: 'Verrerie Carré' },
          { name: 'Gmail Partners' },
        ],
      }),
    );
    expect(got.companies).toEqual([
      { name: 'Showcast', domain: 'showcast.example' },
      { name: 'Verrerie Carré', domain: 'verrerie-carre.example' },
      { name: 'Gmail Partners' },
    ]);
  });

  it('leaves mail and LinkedIn detections, and clean web pages, as they are', () => {
    const mail = page({ kind: 'gmail-thread', people: [{ name: 'Harbour Road' }] });
    expect(withoutNonNames(mail)).toBe(mail);
    const clean = page({ people: [{ name: 'Inès Carvalho' }], companies: [{ name: 'Brenntal GmbH' }] });
    expect(withoutNonNames(clean)).toBe(clean);
  });
});

describe('namedPlace: a school or a public place named after a person (issue 7)', () => {
  it.each([
    ['Collège Albertine Sarrazin', true],
    ['École élémentaire Jules Verdier', true],
    ['Groupe scolaire Marie et Pierre Lachambre', true],
    ['Stade Marcel-Dassonville', true],
    ['Médiathèque Françoise-Sagnol', true],
    ['Grundschule Erika Kästle', true],
    ['Gymnasium Paul Ehrlinger', true],
    ['Primary School Edith Cavell', true],
    // a school or place named otherwise, and firms
    ['École Centrale de Nantes', false],
    ['Espace Gerland Pro', false],
    ['Lycée des Métiers du Bâtiment', false],
    ['Salle des fêtes', false],
    ['Atelier Jules Verdier', false],
  ])('%s → %s', (name, place) => {
    expect(namedPlace(name)).toBe(place);
  });
});
