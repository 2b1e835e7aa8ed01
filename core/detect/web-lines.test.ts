import { describe, expect, it } from 'vitest';
import { withoutDirectLines } from './web-lines';
import { withOfficeNumbers } from './web-firms';
import type { DetectedCompany, DetectedPerson, Detection } from './types';

const page = (people: DetectedPerson[], companies: DetectedCompany[], kind = 'company-site'): Detection =>
  ({ url: 'https://www.example.test/kontakt', kind, emails: [], people, companies }) as Detection;
// (the site's own firm: its domain is the page's)
const site = 'example.test';

describe('withoutDirectLines', () => {
  it.each([
    // one entry's one number, any firm's
    [
      'DE: Ansprechpartner with direct lines, the switchboard in the Impressum',
      [
        { name: 'Henrike Roe', company: 'Kistenbau Nord', phones: ['+49 30 5550 1201'] },
        { name: 'Jaromir Doe', company: 'Kistenbau Nord', phones: ['+49 30 5550 1202'] },
      ],
      [{ name: 'Kistenbau Nord', phones: ['+49 30 5550 1201', '+49 30 5550 1202', '+49 30 5550 1200'] }],
      ['+49 30 5550 1200'],
    ],
    [
      'FR: a line in one card, written another way',
      [{ name: 'Jeanne Rivière', phones: ['01 99 00 12 34'] }],
      [{ name: 'Atelier Rivière', phones: ['+33 1 99 00 12 34', '01 99 00 12 00'] }],
      ['01 99 00 12 00'],
    ],
    [
      'EN: a number every card gives is the desk, the firm’s',
      [
        { name: 'Jane Roe', company: 'Halden Foods', phones: ['01632 960000'] },
        { name: 'John Doe', company: 'Halden Foods', phones: ['01632 960000'] },
      ],
      [{ name: 'Halden Foods', phones: ['01632 960000', '01632 960111'] }],
      ['01632 960000', '01632 960111'],
    ],
    [
      'DE: an office’s entry under a lawyer’s name, with the office’s mailbox, is the firm’s number',
      [{ name: 'Jana N. Roe', email: 'muenchen@roe-kanzlei.de', phones: ['+49 89 5550 250'] }],
      [{ name: 'Kanzlei Roe', phones: ['+49 9973 5550 0', '+49 89 5550 250'] }],
      ['+49 9973 5550 0', '+49 89 5550 250'],
    ],
    [
      'EN: a person’s own mailbox and line',
      [{ name: 'Jane Roe', email: 'jane.roe@halden.test', phones: ['01632 960333'] }],
      [{ name: 'Halden Foods', phones: ['01632 960333', '01632 960000'] }],
      ['01632 960000'],
    ],
    [
      'a firm whose only number is a person’s keeps it',
      [{ name: 'Jane Roe', company: 'Roe Consulting', phones: ['01632 960222'] }],
      [{ name: 'Roe Consulting', phones: ['01632 960222'] }],
      ['01632 960222'],
    ],
    [
      'a number of someone working elsewhere stays the firm’s',
      [{ name: 'Bernd Kahl', company: 'Räucherei Kahl', phones: ['+49 40 5550 7000'] }],
      [{ name: 'Kistenbau Nord', phones: ['+49 40 5550 7000', '+49 30 5550 1200'] }],
      ['+49 40 5550 7000', '+49 30 5550 1200'],
    ],
    [
      'DE: the last entry also took the switchboard printed after it: neither of its numbers is dropped',
      [
        { name: 'Henrike Roe', company: 'Kistenbau Nord', phones: ['+49 30 5550 1201'] },
        { name: 'Jaromir Doe', company: 'Kistenbau Nord', phones: ['+49 30 5550 1202', '+49 30 5550 1200'] },
      ],
      [{ name: 'Kistenbau Nord', phones: ['+49 30 5550 1201', '+49 30 5550 1202', '+49 30 5550 1200'] }],
      ['+49 30 5550 1202', '+49 30 5550 1200'],
    ],
    // the site's own firm, two of its numbers at least in its people's entries: a contact page's lines
    [
      'DE: the site’s firm, each rep’s line beside the switchboard under “Innendienst”',
      [
        { name: 'Ilka Feddersen', phones: ['+49 30 5550 1111'] },
        { name: 'Bent Asmussen', phones: ['+49 89 5550 2222'] },
      ],
      [
        {
          name: 'Kestrel Raum GmbH',
          domain: site,
          phones: ['+49 30 5550 1111', '+49 89 5550 2222', '+49 7121 5550 400'],
        },
      ],
      ['+49 7121 5550 400'],
    ],
    [
      'DE: the site’s firm whose numbers are all its people’s keeps them',
      [
        { name: 'Ilka Feddersen', phones: ['+49 30 5550 1111', '+49 170 5550 111'] },
        { name: 'Bent Asmussen', phones: ['+49 89 5550 2222', '+49 170 5550 222'] },
      ],
      [{ name: 'Kestrel Raum GmbH', domain: site, phones: ['+49 30 5550 1111', '+49 89 5550 2222'] }],
      ['+49 30 5550 1111', '+49 89 5550 2222'],
    ],
    [
      'FR: the site’s firm, each sales rep with a line and a mobile, the agency’s number apart',
      [
        { name: 'Margaux Lenoir', company: 'Tuilerie Lenoir', phones: ['02 99 00 41 10', '06 99 00 41 10'] },
        { name: 'Yanis Ferrand', company: 'Tuilerie Lenoir', phones: ['02 99 00 41 20', '06 99 00 41 20'] },
      ],
      [{ name: 'Tuilerie Lenoir', domain: site, phones: ['02 99 00 41 10', '06 99 00 41 20', '02 99 00 41 00'] }],
      ['02 99 00 41 00'],
    ],
    [
      'EN: the site’s firm, a team line two reps share and a rep’s own, the reception apart',
      [
        { name: 'Jane Roe', company: 'Halden Foods', phones: ['01632 960500'] },
        { name: 'John Doe', company: 'Halden Foods', phones: ['01632 960500'] },
        { name: 'Mary Major', company: 'Halden Foods', phones: ['01632 960510'] },
      ],
      [{ name: 'Halden Foods', domain: site, phones: ['01632 960500', '01632 960510', '01632 960000'] }],
      ['01632 960000'],
    ],
    [
      'EN: the same on another firm’s numbers: the shared line stays that firm’s desk',
      [
        { name: 'Jane Roe', company: 'Halden Foods', phones: ['01632 960500'] },
        { name: 'John Doe', company: 'Halden Foods', phones: ['01632 960500'] },
        { name: 'Mary Major', company: 'Halden Foods', phones: ['01632 960510'] },
      ],
      [{ name: 'Halden Foods', domain: 'halden.test', phones: ['01632 960500', '01632 960510', '01632 960000'] }],
      ['01632 960500', '01632 960000'],
    ],
  ])('%s', (_, people, companies, phones) => {
    expect(withoutDirectLines(page(people, companies)).companies[0]!.phones).toEqual(phones);
  });

  it('FR: an offices page’s numbers, beside their mailboxes, go back to the firm after it (withOfficeNumbers)', () => {
    const people = [
      { name: 'Solène Vidal', company: 'Rhône Ventes', email: 'lyon@example.test', phones: ['04 99 00 50 10'] },
      { name: 'Hugo Perrin', company: 'Rhône Ventes', email: 'nantes@example.test', phones: ['02 99 00 50 20'] },
    ];
    const firm = { name: 'Rhône Ventes', domain: site, phones: ['04 99 00 50 10', '02 99 00 50 20', '04 99 00 50 00'] };
    const got = withOfficeNumbers(withoutDirectLines(page(people, [firm])));
    expect(got.companies[0]!.phones).toEqual(['04 99 00 50 00', '04 99 00 50 10', '02 99 00 50 20']);
  });

  it('leaves a mail page alone', () => {
    const d = page(
      [{ name: 'Jane Roe', phones: ['01632 960222'] }],
      [{ name: 'Roe Consulting', phones: ['01632 960222', '01632 960000'] }],
      'gmail-thread',
    );
    expect(withoutDirectLines(d)).toBe(d);
  });
});
