import { describe, expect, it } from 'vitest';
import { aboutPeople, interpretLinkedin } from './interpret-linkedin';

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
