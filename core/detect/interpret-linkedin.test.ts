import { describe, expect, it } from 'vitest';
import {
  aboutPeople,
  interpretLinkedin,
  isPlace,
  withoutPlaces,
  withPhones,
  withTheirAddress,
} from './interpret-linkedin';
import type { Detection } from './types';

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
