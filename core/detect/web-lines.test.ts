import { describe, expect, it } from 'vitest';
import { withoutDirectLines } from './web-lines';
import type { DetectedCompany, DetectedPerson, Detection } from './types';

const page = (people: DetectedPerson[], companies: DetectedCompany[], kind = 'company-site'): Detection =>
  ({ url: 'https://example.test/', kind, emails: [], people, companies }) as Detection;

describe('withoutDirectLines', () => {
  it.each([
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
  ])('%s', (_, people, companies, phones) => {
    expect(withoutDirectLines(page(people, companies)).companies[0]!.phones).toEqual(phones);
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
