import { describe, expect, it } from 'vitest';
import {
  aboutPeople,
  interpretLinkedin,
  isPlace,
  parseHeadline,
  readHeadline,
  withHeadlines,
  withoutPlaces,
  withProfile,
  withPhones,
  withTheirAddress,
} from './interpret-linkedin';
import type { DetectedPerson, Detection } from './types';

describe('aboutPeople: a LinkedIn company overview names its founders and managers', () => {
  it.each([
    [
      'Founded in 2019 by Mira Oakhurst and Tobias Renwick in Leeds. Press: press@x.io',
      ['Mira Oakhurst', 'Tobias Renwick'],
    ],
    ['Co-founded by Hana Velasquez, Piotr Danek and Lior Amsel.', ['Hana Velasquez', 'Piotr Danek', 'Lior Amsel']],
    [
      'Fondée en 2014 par Clémence Vallaud et Yannick Ferrel, notre agence accompagne 80 PME.',
      ['Clémence Vallaud', 'Yannick Ferrel'],
    ],
    ['Gegründet 2016 von Jonas Albrecht als Ingenieurbüro für Windkraft.', ['Jonas Albrecht']],
    [
      'Wir bauen Antriebe. Geschäftsführung: Dr. Katrin Selbach (CEO) und Timo Wegener (CFO). Kontakt: info@x.de',
      ['Katrin Selbach', 'Timo Wegener'],
    ],
    ['Our founders: Amara Whitfield, Joel Brannock.', ['Amara Whitfield', 'Joel Brannock']],
    // a founder of long ago is the firm's history; no list of names, no person
    ['Gegründet 1951 von Heinrich Selbach als Reparaturwerkstatt.', []],
    ['Founded in 1890 by Edward Hollis in Sheffield.', []],
    ['We help 900 shops forecast demand. Founded in 2019 in Manchester.', []],
    ['Fondée en 2012 par des ingénieurs passionnés.', []],
  ])('%s', (about, names) => {
    expect(aboutPeople(about, 'Firm', 2026).map((p) => p.name)).toEqual(names);
  });

  it('keeps the role in brackets and the page firm', () => {
    expect(
      aboutPeople('Management: Dr. Katrin Selbach (CEO) and Timo Wegener (CFO).', 'Selbach Antriebe GmbH', 2026),
    ).toEqual([
      { name: 'Katrin Selbach', title: 'CEO', company: 'Selbach Antriebe GmbH' },
      { name: 'Timo Wegener', title: 'CFO', company: 'Selbach Antriebe GmbH' },
    ]);
  });

  it('reads the overview in the background and drops it from the detection', () => {
    const d = interpretLinkedin({
      url: 'https://www.linkedin.com/company/fernwood-labs/about/',
      kind: 'linkedin-company',
      emails: [],
      people: [],
      companies: [{ name: 'Fernwood Labs', linkedinUrl: 'https://www.linkedin.com/company/fernwood-labs/' }],
      about: 'Fernwood Labs builds sensors. Founded in 2021 by Ines Harcourt in Bristol.',
    });
    expect(d.people).toEqual([{ name: 'Ines Harcourt', company: 'Fernwood Labs' }]);
    expect('about' in d).toBe(false);
  });
});

describe('isPlace: a member’s location, no headline nor firm', () => {
  it.each([
    ['Lyon, France', true],
    ['Köln, Nordrhein-Westfalen, Deutschland', true],
    ['Saint-Étienne-sur-Loire, Auvergne-Rhône-Alpes, France', true],
    ['Greater Manchester Area', true],
    ['Région de Paris', true],
    ['Metropolregion Hamburg', true],
    ['Strasbourg et périphérie', true],
    ['Berlin und Umgebung', true],
    ['Directeur commercial, France', false],
    ['Responsable achats, Belgique', false],
    ['Buyer', false],
    ['Transports Marin', false],
  ])('%s', (s, place) => {
    expect(isPlace(s)).toBe(place);
  });
});

describe('withoutPlaces: the places the script read as a headline or a firm are dropped', () => {
  const raw = (d: Partial<Detection>): Detection => ({
    url: 'https://www.linkedin.com/in/nora-field/',
    kind: 'linkedin-profile',
    emails: [],
    people: [],
    companies: [],
    ...d,
  });
  it('a listed member’s title that is a place is none', () => {
    const got = withoutPlaces(
      raw({
        kind: 'linkedin-search',
        people: [
          { name: 'Sam Roe', title: 'Lyon, France' },
          { name: 'Ada Lune', title: 'Buyer' },
        ],
      }),
    );
    expect(got.people.map((p) => [p.name, p.title])).toEqual([
      ['Sam Roe', undefined],
      ['Ada Lune', 'Buyer'],
    ]);
  });
  it.each([
    ['a place, the headline’s firm instead', 'Kestrel Foods', ['Kestrel Foods', 'https://www.linkedin.com/company/k/']],
    ['a place, no headline firm: no firm', undefined, undefined],
  ])('profile: the experience’s firm is %s', (_, alt, company) => {
    const got = withoutPlaces(
      raw({
        alt,
        people: [{ name: 'Nora Field', title: 'Projektleiterin', company: 'Freiburg im Breisgau, Deutschland' }],
        companies: [{ name: 'Freiburg im Breisgau, Deutschland', linkedinUrl: 'https://www.linkedin.com/company/k/' }],
      }),
    );
    expect(got.people[0]!.company).toBe(alt);
    expect(got.companies.map((c) => [c.name, c.linkedinUrl])[0]).toEqual(company);
  });
  it('a firm that is no place stays', () => {
    const d = raw({
      alt: 'Other',
      people: [{ name: 'Nora Field', company: 'Kestrel Foods' }],
      companies: [{ name: 'Kestrel Foods' }],
    });
    expect(withoutPlaces(d).companies).toEqual([{ name: 'Kestrel Foods' }]);
  });
});

describe('withPhones: the texts the script sends as phoneTexts give their numbers in phones', () => {
  const base: Pick<Detection, 'url' | 'kind' | 'emails'> = {
    url: 'https://www.linkedin.com/messaging/thread/1/',
    kind: 'linkedin-messaging',
    emails: [],
  };

  it('reads each text, a number once, a fax never, and drops the texts', () => {
    const d: Detection = {
      ...base,
      people: [
        {
          name: 'Sam Roe',
          phoneTexts: ['Appelez-moi au 06 12 34 56 78', 'Tél. 06 12 34 56 78\nFax 04 72 00 18 43', ''],
        },
      ],
      companies: [{ name: 'Kestrel Foods', phoneTexts: ['+33 4 72 00 18 42'] }, { name: 'Brightloop' }],
    };
    const got = withPhones(d);
    expect(got.people).toEqual([{ name: 'Sam Roe', phones: ['06 12 34 56 78'] }]);
    expect(got.companies).toEqual([{ name: 'Kestrel Foods', phones: ['+33 4 72 00 18 42'] }, { name: 'Brightloop' }]);
  });

  it.each([
    ['EN', 'Call me on +44 113 496 0872 after 5pm', ['+44 113 496 0872']],
    ['FR', 'Mon portable : 06 39 98 71 21. Fax : 01 44 55 66 77', ['06 39 98 71 21']],
    ['DE', 'Telefon: +49 30 1234 5678\nTelefax: +49 30 1234 5679', ['+49 30 1234 5678']],
    ['no number', 'Ravi de vous lire, à jeudi 14h', []],
  ])('%s: a member’s message gives its numbers only', (_, text, phones) => {
    const got = withPhones({ ...base, people: [{ name: 'Ada Quill', phoneTexts: [text] }], companies: [] });
    expect(got.people).toEqual([{ name: 'Ada Quill', phones }]);
  });

  it('keeps numbers already given, adding a text’s other numbers after them', () => {
    const got = withPhones({
      ...base,
      people: [{ name: 'Ada Quill', phones: ['06 12 34 56 78'], phoneTexts: ['06.12.34.56.78 ou +33 4 72 00 18 42'] }],
      companies: [],
    });
    expect(got.people[0]!.phones).toEqual(['06 12 34 56 78', '+33 4 72 00 18 42']);
  });

  it('leaves a detection without texts as it is', () => {
    const d: Detection = { ...base, people: [{ name: 'Ada Quill', phones: ['06 12 34 56 78'] }], companies: [] };
    expect(withPhones(d)).toBe(d);
  });

  it.each([
    ['a LinkedIn page', 'https://www.linkedin.com/in/ada-quill/'],
    ['another page', 'https://www.quill-logistique.example/equipe'],
  ])('the background (interpretLinkedin) reads them on %s: its phones hold numbers only', (_, url) => {
    const got = interpretLinkedin<Detection>({
      url,
      kind: 'linkedin-profile',
      emails: [],
      people: [{ name: 'Ada Quill', phoneTexts: ['Mobile\n+33 6 12 34 56 78 (Mobile)\nBureau : 04 72 00 18 42'] }],
      companies: [{ name: 'Quill Logistique', phoneTexts: ['Téléphone\n04 72 00 18 42'] }],
    });
    expect(got.people.map((p) => p.phones)).toEqual([['+33 6 12 34 56 78', '04 72 00 18 42']]);
    expect(got.companies.map((c) => c.phones)).toEqual([['04 72 00 18 42']]);
    expect(JSON.stringify(got)).not.toContain('phoneTexts');
  });
});

describe('withTheirAddress: a correspondent’s address is the one of their messages bearing their name', () => {
  const chat = (emails: string[], company?: string): Detection => ({
    url: 'https://www.linkedin.com/messaging/thread/1/',
    kind: 'linkedin-messaging',
    emails: emails.map((address) => ({ address, role: 'text' })),
    people: [{ name: 'Oriane Kerbrat', company, email: emails[0] }],
    companies: company ? [{ name: company, domain: emails[0]!.split('@')[1] }] : [],
  });
  it.each([
    [
      'theirs after a colleague’s',
      ['compta@kestrel.fr', 'oriane.kerbrat@kestrel-foods.fr'],
      'oriane.kerbrat@kestrel-foods.fr',
    ],
    ['theirs first', ['o.kerbrat@kestrel.fr', 'compta@kestrel.fr'], 'o.kerbrat@kestrel.fr'],
    ['none bears their name: the first', ['compta@kestrel.fr', 'info@kestrel.fr'], 'compta@kestrel.fr'],
  ])('%s', (_, emails, email) => {
    const got = withTheirAddress(chat(emails, 'Kestrel Foods'));
    expect(got.people[0]!.email).toBe(email);
    expect(got.companies[0]!.domain).toBe(email.split('@')[1]);
    expect(got.emails.filter((e) => e.name === 'Oriane Kerbrat').map((e) => e.address)).toEqual(
      emails.filter((a) => a.includes('kerbrat')),
    );
  });
  it('another kind of page is left as it is', () => {
    const d = { ...chat(['compta@kestrel.fr', 'oriane.kerbrat@kestrel.fr']), kind: 'linkedin-profile' as const };
    expect(withTheirAddress(d)).toBe(d);
  });
});

describe('parseHeadline / readHeadline: a member headline read in the background', () => {
  it.each([
    ['Head of Procurement at Kestrel Foods | Sustainable sourcing', 'Head of Procurement', 'Kestrel Foods'],
    ['Directrice des achats chez Maison Arvel', 'Directrice des achats', 'Maison Arvel'],
    ['Einkaufsleiter bei Holzwerk Brandt', 'Einkaufsleiter', 'Holzwerk Brandt'],
    // a field after "en" is no firm: the headline's first segment is the title
    ['Consultante en logistique et transport | Lean', 'Consultante en logistique et transport', undefined],
    ['Founder | Speaker | Author', 'Founder', undefined],
    ['', undefined, undefined],
    // two segments, a job title then a firm's name the content script's short title list does not read
    ['Senior Lighting Designer · Havelbucht Raumakustik', 'Senior Lighting Designer', 'Havelbucht Raumakustik'],
    ['Architecte d’intérieur | Atelier Brumaire Nantes', 'Architecte d’intérieur', 'Atelier Brumaire Nantes'],
    ['Projektleiterin Innenausbau – Kranich Objektbau', 'Projektleiterin Innenausbau', 'Kranich Objektbau'],
    // a role, a topic, a sector or a place after the title is no firm
    ['Lighting Designer | Keynote Speaker', 'Lighting Designer', undefined],
    ['Senior Designer · Architectural Lighting', 'Senior Designer', undefined],
    ['Lighting Designer | Financial Services', 'Lighting Designer', undefined],
    ['Account Manager · Greater Manchester Area', 'Account Manager', undefined],
    ['Projektleiter | Ex Brandt Holzbau', 'Projektleiter', undefined],
    ['Creative Director | Head of Design', 'Creative Director', undefined],
    // an independent's place after a dash is no firm; a firm after "chez", a bar or two words stays
    ['Consultant SEO indépendant – Colmar', 'Consultant SEO indépendant', undefined],
    ['Independent sales consultant - Bristol', 'Independent sales consultant', undefined],
    ['Selbstständige Texterin – Freiburg', 'Selbstständige Texterin', undefined],
    ['Consultante indépendante chez Brume', 'Consultante indépendante', 'Brume'],
    ['Consultante indépendante – Studio Brume', 'Consultante indépendante', 'Studio Brume'],
    ['Consultant SEO – Kestrelbyte', 'Consultant SEO', 'Kestrelbyte'],
  ])('%s', (h, title, company) => {
    const r = parseHeadline(h);
    expect([r.title, r.company]).toEqual([title, company]);
  });

  it.each([
    // LinkedIn's own "Current" line says more than the headline's free text
    ['Buyer | Coffee lover', 'Head of Purchasing at Orvel Foods', 'Head of Purchasing', 'Orvel Foods'],
    // one firm in both: the fuller title
    ['Chief Revenue Officer at Talvo', 'CRO at Talvo', 'Chief Revenue Officer', 'Talvo'],
    ['Acheteuse chez Norvane', '', 'Acheteuse', 'Norvane'],
  ])('%s / %s', (headline, current, title, company) => {
    expect(readHeadline(headline, current)).toEqual({ title, company });
  });
});

describe('withHeadlines: raw headlines become titles and firms', () => {
  const base: Detection = {
    url: 'https://www.linkedin.com/search/results/people/',
    kind: 'linkedin-search',
    emails: [],
    people: [],
    companies: [],
  };
  it.each([
    // [person sent, company sent, person read, companies read]
    [
      { name: 'Lena Marwick', headline: 'Buyer at Orvel Foods' },
      { name: '', headline: 'Buyer at Orvel Foods' },
      { name: 'Lena Marwick', title: 'Buyer', company: 'Orvel Foods' },
      ['Orvel Foods'],
    ],
    [
      { name: 'Jonas Feld', headline: 'Einkäufer bei Brandt Antriebe', current: 'Leiter Einkauf bei Selvo GmbH' },
      { name: '', headline: 'Einkäufer bei Brandt Antriebe', current: 'Leiter Einkauf bei Selvo GmbH' },
      { name: 'Jonas Feld', title: 'Leiter Einkauf', company: 'Selvo GmbH' },
      ['Selvo GmbH'],
    ],
    // a headline naming no firm: no firm
    [
      { name: 'Claire Dumont', headline: 'Passionnée de logistique' },
      { name: '', headline: 'Passionnée de logistique' },
      { name: 'Claire Dumont', title: 'Passionnée de logistique', company: undefined },
      [],
    ],
    // a title and a firm given (Sales Navigator fields, a People tab's firm) win over the headline's
    [
      { name: 'Marta Olsen', title: 'VP Sales', company: 'Fjordline AS', headline: 'Sales at Other Co' },
      { name: 'Fjordline AS' },
      { name: 'Marta Olsen', title: 'VP Sales', company: 'Fjordline AS' },
      ['Fjordline AS'],
    ],
  ])('%o', (p, c, person, names) => {
    const d = withHeadlines({ ...base, people: [p], companies: [c] });
    expect(d.people).toEqual([person]);
    expect(d.companies.map((x) => x.name)).toEqual(names);
  });

  it.each([
    // a member on a firm's page: kept if their headline names the firm, or names none in a staff section
    ['Ingénieure chez Valdor Systèmes', false, true],
    ['Engineer at Another Firm', true, false],
    ['Ingénieure logiciel', true, true],
    ['Ingénieure logiciel', false, false],
  ])('staff: %s (staff section %s) kept %s', (headline, staff, kept) => {
    const d = withHeadlines({
      ...base,
      kind: 'linkedin-company',
      people: [{ name: 'Inès Carvalho', company: 'Valdor Systèmes', headline, staff }],
    });
    expect(d.people.length).toBe(kept ? 1 : 0);
    if (kept) expect(d.people[0]!.company).toBe('Valdor Systèmes');
  });

  it('leaves a detection without headlines as it is', () => {
    const d = { ...base, people: [{ name: 'Lena Marwick', title: 'Buyer' }] };
    expect(withHeadlines(d)).toBe(d);
  });
});

describe("withProfile: a profile's title and firms chosen by its headline", () => {
  const parts = {
    headline: '',
    current: [] as { name: string; link?: string }[],
    expTitle: '',
    expCompany: '',
    expLink: '',
    jobTitle: '',
    domain: '',
    logos: [] as { name: string; link: string }[],
  };
  const profile = (p: Partial<typeof parts>): Detection =>
    withProfile<Detection>({
      url: 'https://www.linkedin.com/in/ana-ferrer/',
      kind: 'linkedin-profile',
      emails: [],
      people: [{ name: 'Ana Ferrer' }],
      companies: [],
      profile: { ...parts, ...p },
    });
  it.each([
    // [parts, title, firm, companies, alt]
    [{ headline: 'Head of Sales at Brisa Foods' }, 'Head of Sales', 'Brisa Foods', ['Brisa Foods'], undefined],
    // the headline's firm among the current positions is the main one
    [
      { headline: 'CFO at Lumen Bau', current: [{ name: 'Nordhof AG' }, { name: 'Lumen Bau' }] },
      'CFO',
      'Lumen Bau',
      ['Lumen Bau', 'Nordhof AG'],
      undefined,
    ],
    // the experience entry's firm and title before a headline without a firm; its headline firm as alt
    [
      { headline: 'Acheteur chez Verlac', expCompany: 'Paris, France', expTitle: 'Acheteur senior' },
      'Acheteur',
      'Paris, France',
      ['Paris, France'],
      'Verlac',
    ],
    // an independent's headline says what they are; the position's title only repeats it
    [
      { headline: 'Traductrice indépendante · Juridique et finance', expTitle: 'Traductrice freelance' },
      'Traductrice indépendante',
      undefined,
      [],
      undefined,
    ],
    [
      { headline: 'Freelance Copywriter | B2B SaaS', expTitle: 'Copywriter', expCompany: 'Self-employed' },
      'Freelance Copywriter',
      'Self-employed',
      ['Self-employed'],
      undefined,
    ],
    [
      { headline: 'Selbstständige Texterin · Technik', expTitle: 'Texterin' },
      'Selbstständige Texterin',
      undefined,
      [],
      undefined,
    ],
    [
      { headline: 'Passionate buyer', expTitle: 'Einkäuferin', jobTitle: 'Buyer' },
      'Einkäuferin',
      undefined,
      [],
      undefined,
    ],
    [{ headline: 'Passionate buyer', jobTitle: 'Buyer' }, 'Buyer', undefined, [], undefined],
  ])('%o', (p, title, company, names, alt) => {
    const d = profile(p);
    expect(d.people[0]).toEqual(expect.objectContaining({ title, company }));
    expect(d.companies.map((c) => c.name)).toEqual(names);
    expect(d.alt).toBe(alt);
    expect(d.profile).toBeUndefined();
  });

  it.each([
    // the firm's page: its current position's link, the experience entry's, a logo's bearing its name
    [{ current: [{ name: 'Brisa Foods', link: 'https://www.linkedin.com/company/brisa-foods/' }] }],
    [{ expCompany: 'Brisa Foods', expLink: 'https://www.linkedin.com/company/brisa-foods/' }],
    [
      {
        expCompany: 'Brisa Foods',
        logos: [
          { name: 'Other Firm', link: 'https://www.linkedin.com/company/other/' },
          { name: 'Brisa Foods', link: 'https://www.linkedin.com/company/brisa-foods/' },
        ],
      },
    ],
    // (a German or Spanish UI's logo label: "Logo von Brisa Foods", "Logotipo de …" read as "de Brisa Foods")
    [
      {
        current: [{ name: 'Brisa Foods' }],
        logos: [{ name: 'von Brisa Foods', link: 'https://www.linkedin.com/company/brisa-foods/' }],
      },
    ],
    [
      {
        expCompany: 'Brisa Foods',
        logos: [{ name: 'de Brisa Foods', link: 'https://www.linkedin.com/company/brisa-foods/' }],
      },
    ],
  ])('the firm page %#', (p) => {
    expect(profile(p).companies[0]!.linkedinUrl).toMatch(/\/company\/brisa-foods/);
  });

  it.each([
    // the experience's other firms by their logos: a past employer, a subsidiary (FR/EN/DE alt texts)
    [
      {
        headline: 'Directrice commerciale chez Groupe Vireau',
        current: [{ name: 'Groupe Vireau', link: 'https://www.linkedin.com/company/groupe-vireau/' }],
        logos: [
          { name: 'Groupe Vireau', link: 'https://www.linkedin.com/company/groupe-vireau/' },
          { name: 'Vireau Services', link: 'https://www.linkedin.com/company/vireau-services/' },
          { name: 'du Cabinet Marlin', link: 'https://www.linkedin.com/company/cabinet-marlin/' },
          { name: 'Quillon Works (QW)', link: 'https://www.linkedin.com/company/quillon-works/' },
          { name: 'Nordby Graphic', link: 'https://www.linkedin.com/company/nordby/' },
          { name: 'Pellmore Corp. (Acquired by Vireau / Quillon)', link: 'https://www.linkedin.com/company/pellmore/' },
        ],
      },
      ['Groupe Vireau', 'Vireau Services', 'Cabinet Marlin', 'Quillon Works (QW)', 'Nordby', 'Pellmore Corp.'],
    ],
    [
      {
        headline: 'Einkaufsleiterin bei Lindhof AG',
        expCompany: 'Lindhof AG',
        logos: [
          { name: 'von Lindhof AG', link: 'https://www.linkedin.com/company/lindhof/' },
          { name: 'von Brenner Stahlbau GmbH', link: 'https://www.linkedin.com/company/brenner-stahlbau/' },
          // a school's logo, a logo without a name
          { name: 'Hochschule Kempten', link: 'https://www.linkedin.com/school/hs-kempten/' },
          { name: '', link: 'https://www.linkedin.com/company/unnamed/' },
        ],
      },
      ['Lindhof AG', 'Brenner Stahlbau GmbH'],
    ],
  ])("the experience's logos %#", (p, names) => {
    const d = profile(p);
    expect(d.companies.map((c) => c.name)).toEqual(names);
    expect(d.companies[0]!.linkedinUrl).toMatch(/\/company\//);
  });

  it("gives the contact section's site to the main firm", () => {
    const c = profile({ headline: 'CEO at Brisa Foods', domain: 'brisa-foods.es' }).companies[0]!;
    expect([c.domain, c.website]).toEqual(['brisa-foods.es', 'https://brisa-foods.es']);
  });
});

describe('interpretLinkedin: an event page’s host before its speakers’ firms', () => {
  const event = (url: string): Detection =>
    interpretLinkedin({
      url,
      kind: 'other',
      emails: [],
      people: [
        { name: 'Solveig Brandtmo', title: 'Head of Design', company: 'Varden Lys AS' },
        { name: 'Mathis Kerbellec', title: 'Directeur export', company: 'Ateliers Gravelot' },
      ],
      companies: [
        { name: 'Varden Lys AS' },
        { name: 'Forum Lumière & Espace', linkedinUrl: 'https://www.linkedin.com/company/forum-lumiere/' },
        { name: 'Ateliers Gravelot' },
      ],
    });
  it('an event: the host first', () => {
    expect(event('https://www.linkedin.com/events/7300000000000000001/').companies.map((c) => c.name)).toEqual([
      'Forum Lumière & Espace',
      'Varden Lys AS',
      'Ateliers Gravelot',
    ]);
  });
  it('a post: the order the page gave', () => {
    expect(
      event('https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000001/').companies.map(
        (c) => c.name,
      )[0],
    ).toBe('Varden Lys AS');
  });
});

describe('LinkedIn About: the firms it names in their roles', () => {
  it.each([
    [
      'https://www.linkedin.com/in/jane-roe/',
      'linkedin-profile',
      'Parmi mes clients : Fromagerie Vautrin, le groupe Brivane Textile et Scierie Lhomme.',
      ['Brivane Textile', 'Fromagerie Vautrin', 'Scierie Lhomme'],
    ],
    [
      'https://www.linkedin.com/jobs/view/123/',
      'other',
      'Orvane Conseil, société du groupe Talvex Digital, recrute pour son client historique, les Laboratoires Morgat.',
      ['Talvex Digital', 'Laboratoires Morgat'],
    ],
    ['https://www.linkedin.com/company/x/about/', 'linkedin-company', 'Wir planen Anlagen in Bremen und Köln.', []],
  ])('%s', (url, kind, about, firms) => {
    const d = { url, kind, emails: [], people: [], companies: [], about } as unknown as Detection;
    expect(interpretLinkedin(d).companies.map((c) => c.name)).toEqual(firms);
  });
});

describe('parseHeadline: an at-sign glued to the firm’s name (issue 7, blind lists)', () => {
  it.each([
    ['Directrice RSE @Verrerie Aubrac', 'Directrice RSE', 'Verrerie Aubrac'],
    ['Head of Sales @Quaylink', 'Head of Sales', 'Quaylink'],
    ['Leiterin Einkauf @Brauhaus Hollerbeck', 'Leiterin Einkauf', 'Brauhaus Hollerbeck'],
  ])('%s', (h, title, company) => expect(parseHeadline(h)).toEqual({ title, company }));
  it('a handle is no firm', () => expect(parseHeadline('Designer @studio_kerlan').company).toBeUndefined());
});

describe('interpretLinkedin: the firms of the people a page lists are its firms', () => {
  const cases: [string, string, DetectedPerson[], string[]][] = [
    [
      'fr: a post’s commenters',
      'https://www.linkedin.com/posts/lea-marchal_recrutement-activity-7300000000000000002-AbCd/',
      [
        { name: 'Léa Marchal', headline: 'Consultante RH chez Altaïr Talents' },
        { name: 'Hugo Bessière', title: 'CTO', company: 'Mirabelle Logiciels' },
      ],
      ['Altaïr Talents', 'Mirabelle Logiciels'],
    ],
    [
      'en: invitations, a sector is no firm',
      'https://www.linkedin.com/mynetwork/invitation-manager/',
      [
        { name: 'Nora Whitfield', headline: 'Head of Growth at Quayside Labs' },
        { name: 'Tom Ashby', headline: 'Consultant | Financial Services' },
      ],
      ['Quayside Labs'],
    ],
    [
      'de: an event’s speakers',
      'https://www.linkedin.com/events/7300000000000000003/',
      [{ name: 'Jana Köhler', title: 'Leiterin Vertrieb', company: 'Nordlicht Robotik GmbH' }],
      ['Nordlicht Robotik GmbH'],
    ],
  ];
  it.each(cases)('%s', (_, url, people, firms) => {
    const got = interpretLinkedin<Detection>({ url, kind: 'other', emails: [], people, companies: [] });
    expect(got.companies.map((c) => c.name)).toEqual(firms);
  });
});

describe('interpretLinkedin: a job post’s hiring team without a firm of its own works at the hiring firm', () => {
  const cases: [string, string, string][] = [
    ['fr', 'Chargée de recrutement', 'Verrerie Andrieux'],
    ['en', 'Talent Acquisition', 'Holloway Marine'],
    ['de', 'Recruiterin', 'Kugler Feinmechanik GmbH'],
  ];
  it.each(cases)('%s', (_lang, title, firm) => {
    const d: Detection = {
      url: 'https://www.linkedin.com/jobs/view/4000000000/',
      kind: 'other',
      emails: [],
      people: [
        { name: 'Maëlle Tournier', title },
        { name: 'Rufus Oyelaran', title: 'Sales Director', company: 'Brightwater Ltd' },
      ],
      companies: [{ name: firm, linkedinUrl: 'https://www.linkedin.com/company/hiring-firm/' }],
    };
    const got = interpretLinkedin(d);
    expect(got.people.map((p) => p.company)).toEqual([firm, 'Brightwater Ltd']);
    // (elsewhere a person without a firm keeps none)
    const post = interpretLinkedin({ ...d, url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/' });
    expect(post.people[0]?.company).toBeUndefined();
  });
});
