import { unitOrField } from './people-words';
import { describe, expect, it } from 'vitest';
import {
  namesNoFirm,
  titleFirm,
  withOfficeNumbers,
  withoutHeadline,
  withoutNextSentence,
  withPeopleFirms,
} from './web-firms';
import type { Detection } from './types';

describe('namesNoFirm', () => {
  it.each([
    // a quoted sentence beside a card, a sentence
    ['« Vous intégrerez une équipe qui grandit vite. »', true],
    ['“Great people to work with, every single day.”', true],
    // a lower-case word, a qualification, a board, departments or practice areas joined
    ['immobilier', true],
    ['Tischlermeister', true],
    ['Verwaltungsrates', true],
    ['des Aufsichtsrats', true],
    ["Conseil d'administration", true],
    ['Board of Directors', true],
    ['Beirat Umwelt', true],
    ['Vertrieb & Planung', true],
    ['Energy & Utilities', true],
    ['Tax and Litigation', true],
    ['Lehrgebiet Werkstoffe', true],
    ['Service Achats', true],
    // firms
    ['Brasserie du Quai', false],
    ['Bramble & Finch', false],
    ['Harwick & Lowe', false],
    ['Nordvik Packaging', false],
    ['Kodexia', false],
    ['eBay', false],
  ])('%s → %s', (name, none) => {
    expect(namesNoFirm(name)).toBe(none);
  });
});

describe('withoutNextSentence', () => {
  it.each([
    ['Laiteries Vernay. L’entreprise, fondée en 1950', 'Laiteries Vernay'],
    ['Hollis Tools. The company employs 40 people', 'Hollis Tools'],
    ['Smith Bros. Ltd', 'Smith Bros. Ltd'],
    ['Dupont & Fils. Rue', 'Dupont & Fils. Rue'],
    ['Ateliers J. Martin', 'Ateliers J. Martin'],
  ])('%s → %s', (name, firm) => {
    expect(withoutNextSentence(name)).toBe(firm);
  });
});

describe('withoutHeadline', () => {
  it.each([
    // a press release's headline read as the firm's name: the words that spell its domain
    ['Maravelle lance une gamme de biscuits bio', 'maravelle.fr', 'Maravelle'],
    ['Holzbau Kruse startet neue Fertigungslinie', 'holzbau-kruse.de', 'Holzbau Kruse'],
    ['Halden Foods launches a new range of oat drinks', 'haldenfoods.co.uk', 'Halden Foods'],
    ['Brévanne Conserves annonce son arrivée au Benelux', 'brevanne.fr', 'Brévanne Conserves'],
    // a firm's long name, another domain, a joining word: the name stays
    ['Banque des Territoires du Nord', 'banquedes.fr', 'Banque des Territoires du Nord'],
    ['Maravelle et Fils Biscuiterie', 'maravelle.fr', 'Maravelle et Fils Biscuiterie'],
    ['Maravelle lance une gamme', 'biscuits-dupin.fr', 'Maravelle lance une gamme'],
    ['Maravelle Biscuits', 'maravelle.fr', 'Maravelle Biscuits'],
    ['Maravelle lance une gamme', undefined, 'Maravelle lance une gamme'],
    // a kind's word between the domain's first word and its end (issue 7)
    ['Cabinet paramédical du Lavoir', 'cabinet-du-lavoir.fr', 'Cabinet paramédical du Lavoir'],
    ['Atelier textile Morvan', 'atelier-morvan.fr', 'Atelier textile Morvan'],
    ['Praxis physiotherapeutische Lindenhof', 'praxis-lindenhof.de', 'Praxis physiotherapeutische Lindenhof'],
    ['Studio architecture Harrow', 'studio-harrow.co.uk', 'Studio architecture Harrow'],
  ])('%s (%s) → %s', (name, domain, firm) => {
    expect(withoutHeadline(name, domain)).toBe(firm);
  });

  it('renames the firm for its people too', () => {
    const d = withPeopleFirms({
      url: 'https://www.maravelle.fr/presse/',
      kind: 'company-site',
      emails: [],
      people: [{ name: 'Jeanne Roe', title: 'présidente', company: 'Maravelle lance une gamme de biscuits' }],
      companies: [{ name: 'Maravelle lance une gamme de biscuits', domain: 'maravelle.fr' }],
    } as Detection);
    expect(d.companies.map((c) => c.name)).toEqual(['Maravelle']);
    expect(d.people[0]!.company).toBe('Maravelle');
  });
});

describe('titleFirm', () => {
  it.each([
    ['PDG d’Aciéries Vernon', ['PDG', 'Aciéries Vernon']],
    ["CTO d'Ardent Data", ['CTO', 'Ardent Data']],
    ['DRH de la Papeterie du Vercors', ['DRH', 'Papeterie du Vercors']],
    ['directeur de site de Polymères Valdrôme', ['directeur de site', 'Polymères Valdrôme']],
    ['directrice régionale de la Caisse des Dépôts Nord', ['directrice régionale', 'Caisse des Dépôts Nord']],
    ['CEO of Halden Foods', ['CEO', 'Halden Foods']],
    ['Sustainability Director, Fjordline Packaging', ['Sustainability Director', 'Fjordline Packaging']],
    ['journaliste, La Gazette des Achats', ['journaliste', 'La Gazette des Achats']],
    ['dirigeants de Maison Lestrade', ['dirigeants', 'Maison Lestrade']],
    ['Projektleiterin bei Holzbau Kruse', ['Projektleiterin', 'Holzbau Kruse']],
    // a department, a practice, a board, a lower-case object: no firm
    ['Director of Operations', null],
    ['Head of Climate Advisory', null],
    ['Directeur de l’innovation', null],
    ['Präsident des Verwaltungsrates', null],
    ['Partner, Energy & Utilities', null],
    ['Vice-président en charge du numérique', null],
    ['Institutsleiterin, Lehrgebiet Werkstoffe', null],
    ["Directeur, Boulangeries Fournil d'Or", ['Directeur', "Boulangeries Fournil d'Or"]],
    // a unit or a field after a dash: no firm (issue 7)
    ['Ingénieure – Lean Office', null],
    ['Associé – Stratégie industrielle & Achats', null],
    ['Consultant – Operational excellence', null],
  ])('%s', (title, split) => {
    expect(titleFirm(title)).toEqual(split);
  });
});

describe('withPeopleFirms', () => {
  const page = (people: Detection['people'], companies: Detection['companies']): Detection => ({
    url: 'https://www.ardeche-eco.fr/actu/',
    kind: 'company-site',
    emails: [],
    people,
    companies,
  });
  const own = { name: 'Ardèche Éco', domain: 'ardeche-eco.fr' };

  it('a firm the title still names: the person’s, and a firm of the page', () => {
    const d = withPeopleFirms(
      page(
        [
          { name: 'Rémi Vasseur', title: 'PDG d’Aciéries Vernon', company: 'Ardèche Éco' },
          { name: 'Claire Dumas', title: 'journaliste', company: 'Ardèche Éco' },
        ],
        [own],
      ),
    );
    expect(d.people).toEqual([
      { name: 'Rémi Vasseur', title: 'PDG', company: 'Aciéries Vernon' },
      { name: 'Claire Dumas', title: 'journaliste', company: 'Ardèche Éco' },
    ]);
    expect(d.companies.map((c) => c.name)).toEqual(['Ardèche Éco', 'Aciéries Vernon']);
  });

  it.each([
    [
      'every card reads "Title · Practice": practices, no firms',
      [
        { name: 'Rémi Vasseur', title: 'Partner · Real Estate', company: 'Ardèche Éco' },
        { name: 'Lina Baudry', title: 'Associate · Private Client', company: 'Ardèche Éco' },
      ],
      ['Ardèche Éco', 'Ardèche Éco'],
    ],
    [
      'one card reads "Title · Firm": its firm',
      [
        { name: 'Rémi Vasseur', title: 'Operations Director · Meridia Foods', company: 'Ardèche Éco' },
        { name: 'Lina Baudry', title: 'journaliste', company: 'Ardèche Éco' },
      ],
      ['Meridia Foods', 'Ardèche Éco'],
    ],
  ])('%s', (_, people, firms) => {
    expect(withPeopleFirms(page(people, [own])).people.map((p) => p.company)).toEqual(firms);
  });

  it('a firm of one word only when the page lists it; the site’s own firm by its long name', () => {
    const d = withPeopleFirms(
      page(
        [
          { name: 'Rémi Vasseur', title: 'Sales Director, Kodexia', company: 'Ardèche Éco' },
          { name: 'Lina Baudry', title: 'Data Scientist, Corvane', company: 'Ardèche Éco' },
          { name: 'Paul Terrier', title: 'président du Groupe Ardèche Éco', company: 'Ardèche Éco' },
        ],
        [own, { name: 'Kodexia' }],
      ),
    );
    expect(d.people.map((p) => p.company)).toEqual(['Kodexia', 'Ardèche Éco', 'Ardèche Éco']);
    expect(d.companies.map((c) => c.name)).toEqual(['Ardèche Éco', 'Kodexia']);
  });

  it('a quote, a trade or a board read as a firm: the site’s firm, and no such firm on the page', () => {
    const d = withPeopleFirms(
      page(
        [
          {
            name: 'Rémi Vasseur',
            title: 'Directeur financier',
            company: '« Une équipe soudée, dans un groupe qui investit. »',
          },
          { name: 'Lina Baudry', title: 'Clerc', company: 'immobilier' },
          { name: 'Paul Terrier', title: 'Präsident', company: 'Verwaltungsrates' },
        ],
        [
          own,
          { name: '« Une équipe soudée, dans un groupe qui investit. »' },
          { name: 'immobilier' },
          { name: 'Verwaltungsrates' },
        ],
      ),
    );
    expect(d.people.map((p) => p.company)).toEqual(['Ardèche Éco', 'Ardèche Éco', 'Ardèche Éco']);
    expect(d.companies).toEqual([own]);
  });

  it('a firm read with the next sentence: the firm alone', () => {
    const d = withPeopleFirms(
      page(
        [{ name: 'Rémi Vasseur', title: 'directeur', company: 'Laiteries Vernay. L’entreprise' }],
        [own, { name: 'Laiteries Vernay. L’entreprise' }],
      ),
    );
    expect(d.people[0]!.company).toBe('Laiteries Vernay');
    expect(d.companies.map((c) => c.name)).toEqual(['Ardèche Éco', 'Laiteries Vernay']);
  });

  it.each([
    ['Independent consultant', undefined],
    ['Consultante indépendante', undefined],
    ['Freiberufliche Beraterin', undefined],
    ['Freelance designer', undefined],
    ['Independence Day planner', 'Ardèche Éco'],
    ['Responsable commerciale', 'Ardèche Éco'],
  ])('an independent among people of other firms: "%s"', (title, firm) => {
    const d = withPeopleFirms(
      page(
        [
          { name: 'Rémi Vasseur', title: 'CTO', company: 'Kodexia' },
          { name: 'Lina Baudry', title, company: 'Ardèche Éco' },
        ],
        [own, { name: 'Kodexia' }],
      ),
    );
    expect(d.people[1]!.company).toBe(firm);
  });

  it('an independent on a page of the site’s own people keeps the site’s firm', () => {
    const d = withPeopleFirms(
      page([{ name: 'Lina Baudry', title: 'Independent consultant', company: 'Ardèche Éco' }], [own]),
    );
    expect(d.people[0]!.company).toBe('Ardèche Éco');
  });

  it('a mail page is left as it is', () => {
    const d = {
      ...page([{ name: 'Rémi Vasseur', title: 'PDG d’Aciéries Vernon' }], []),
      kind: 'gmail-thread' as const,
    };
    expect(withPeopleFirms(d)).toBe(d);
  });
});

describe('withOfficeNumbers', () => {
  const page = (people: Detection['people']): Detection => ({
    url: 'https://www.rhone-ventes.example/contact/',
    kind: 'company-site',
    emails: [],
    people,
    companies: [{ name: 'Rhône Ventes', domain: 'rhone-ventes.example', phones: ['04 99 00 50 00'] }],
  });
  it.each([
    [
      'FR offices, each an office mailbox: their numbers the firm’s too',
      [
        {
          name: 'Solène Dubreuil',
          company: 'Rhône Ventes',
          email: 'lyon@rhone-ventes.example',
          phones: ['04 99 00 50 10'],
        },
        {
          name: 'Gaëtan Morvilliers',
          company: 'Rhône Ventes',
          email: 'nantes@rhone-ventes.example',
          phones: ['02 99 00 50 20'],
        },
      ],
      ['04 99 00 50 00', '04 99 00 50 10', '02 99 00 50 20'],
    ],
    [
      'EN branches',
      [
        {
          name: 'Imogen Pryce',
          company: 'Rhône Ventes',
          email: 'leeds@rhone-ventes.example',
          phones: ['0113 496 0100'],
        },
        {
          name: 'Tobias Wrenfield',
          company: 'Rhône Ventes',
          email: 'york@rhone-ventes.example',
          phones: ['01904 496 200'],
        },
      ],
      ['04 99 00 50 00', '0113 496 0100', '01904 496 200'],
    ],
    [
      'DE: mailboxes that spell their holders: their own lines',
      [
        {
          name: 'Jana Obermaier',
          company: 'Rhône Ventes',
          email: 'j.obermaier@rhone-ventes.example',
          phones: ['0761 555 10'],
        },
        {
          name: 'Lukas Brenninger',
          company: 'Rhône Ventes',
          email: 'lukas.brenninger@rhone-ventes.example',
          phones: ['0761 555 20'],
        },
      ],
      ['04 99 00 50 00'],
    ],
    [
      'DE: department mailboxes: their desks’ lines',
      [
        {
          name: 'Jana Obermaier',
          company: 'Rhône Ventes',
          email: 'einkauf@rhone-ventes.example',
          phones: ['0761 555 10'],
        },
        {
          name: 'Lukas Brenninger',
          company: 'Rhône Ventes',
          email: 'service@rhone-ventes.example',
          phones: ['0761 555 20'],
        },
      ],
      ['04 99 00 50 00'],
    ],
    [
      'one office alone',
      [
        {
          name: 'Solène Dubreuil',
          company: 'Rhône Ventes',
          email: 'lyon@rhone-ventes.example',
          phones: ['04 99 00 50 10'],
        },
      ],
      ['04 99 00 50 00'],
    ],
  ])('%s', (_, people, phones) => {
    expect(withOfficeNumbers(page(people)).companies[0]!.phones).toEqual(phones);
  });
});

describe('withPeopleFirms: an office’s contact read with the office as their firm (issue 7)', () => {
  const page = (people: Detection['people'], companies: Detection['companies']): Detection => ({
    url: 'https://www.nettoyage-val.fr/agences',
    kind: 'company-site',
    emails: [],
    people,
    companies: [{ name: 'Nettoyage du Val', domain: 'nettoyage-val.fr' }, ...companies],
  });
  it.each([
    ['fr: "Agence X", the site’s mailbox', { email: 'lyon@nettoyage-val.fr', company: 'Agence Lyon' }, true],
    ['fr: a town alone, the site’s mailbox', { email: 'm.faure@nettoyage-val.fr', company: 'Guérande' }, true],
    ['de: "Standort X", the town in the title', { title: 'Leiterin Standort Köln', company: 'Standort Köln' }, true],
    // a client's firm with an address of its own, an office of a firm of its own domain: theirs
    ['a firm of its own', { email: 'lea@boulangerie-roux.fr', company: 'Boulangerie Roux' }, false],
    ['an office with a site', { email: 'lyon@nettoyage-val.fr', company: 'Agence Lyon', site: true }, false],
  ])('%s', (_, p, moved) => {
    const office = { name: p.company, ...('site' in p ? { domain: 'agence-lyon.fr' } : {}) };
    const d = withPeopleFirms(
      page(
        [
          {
            name: 'Margaux Faure',
            ...('title' in p ? { title: p.title } : {}),
            ...('email' in p ? { email: p.email } : {}),
            company: p.company,
          },
        ],
        [office],
      ),
    );
    expect(d.people[0]!.company).toBe(moved ? 'Nettoyage du Val' : p.company);
    expect(d.companies.map((c) => c.name)).toEqual(moved ? ['Nettoyage du Val'] : ['Nettoyage du Val', p.company]);
  });
});

describe('unitOrField: a unit or a field after a title, not a place-named firm (issue 7)', () => {
  it.each([
    ['Lean Office', true],
    ['Back office', true],
    ['Stratégie industrielle & Supply Chain', true],
    ['Operational excellence', true],
    ["Coopérative fromagère de l'Aubrac", false],
    ['Crédit agricole du Finistère', false],
    ['Fromagerie Orsel', false],
  ])('%s', (t, want) => expect(unitOrField(t)).toBe(want));
});

describe('withPeopleFirms: on a firm’s own site, a person whose address is at its domain works there', () => {
  const cases: [string, string, string, string, string][] = [
    [
      'fr',
      'https://www.verrerie-andrieux.fr/recrutement/',
      'Verrerie Andrieux',
      'verrerie-andrieux.fr',
      'Léna Castaing',
    ],
    ['en', 'https://www.holloway-marine.co.uk/careers/', 'Holloway Marine', 'holloway-marine.co.uk', 'Priya Natarajan'],
    [
      'de',
      'https://www.kugler-feinmechanik.de/karriere/',
      'Kugler Feinmechanik',
      'kugler-feinmechanik.de',
      'Jonas Weidinger',
    ],
  ];
  it.each(cases)('%s', (_lang, url, firm, domain, name) => {
    const email = `${name.split(' ')[0]!.toLowerCase()}@${domain}`;
    const got = withPeopleFirms<Detection>({
      url,
      kind: 'company-site',
      emails: [{ address: email }],
      people: [
        { name, title: 'Talent Acquisition', email },
        { name: 'Noor Haddad', title: 'Head of People', email: 'noor.haddad@gmail.com' },
      ],
      companies: [{ name: firm, domain }],
    });
    expect(got.people.map((p) => p.company)).toEqual([firm, undefined]);
  });
});
