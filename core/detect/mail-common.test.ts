import { describe, expect, it } from 'vitest';
import { cutQuoted, forwardHeaderPeople, isSenderPerson, signatureIndex } from './mail-common';

describe('isSenderPerson: a correspondent display name that is a person’s', () => {
  it.each([
    ['Bäckerei Sommerfeld', false],
    ['Druckerei Haller', false],
    ['Schreinerei Lindner', false],
    ['Fleurs de Loire', false],
    ['Atelier Morin', false],
    ['Garage Dupuis', false],
    ['Holzhandel Peters', false],
    ['Ferienhof Lenz', false],
    ['Getränkemarkt Olsen', false],
    ['Sophie Morel', true],
    ['Valérie Atelier', true],
    ['Mehmet Özdemir', true],
    [undefined, false],
  ])('%s -> %s', (n, want) => expect(isSenderPerson(n)).toBe(want));
});

describe('forwardHeaderPeople: the sender and recipients of a forwarded message inside a body', () => {
  it.each([
    [
      'French Gmail header (Cc included)',
      [
        'Romain',
        '---------- Forwarded message ---------',
        'De : Agnès Fontaine <agnes.fontaine@fontaine-paysage.fr>',
        'Date: lun. 4 nov. 2024 à 09:12',
        'Subject: Chantier Villeurbanne',
        'To: Romain Vidal <r.vidal@atelier-besson.fr>',
        'Cc: Jérôme Lacaze <jerome.lacaze@pepinieres-lacaze.fr>',
        '',
        'Bonjour Romain,',
      ],
      [
        { name: 'Agnès Fontaine', email: 'agnes.fontaine@fontaine-paysage.fr' },
        { name: 'Romain Vidal', email: 'r.vidal@atelier-besson.fr' },
        { name: 'Jérôme Lacaze', email: 'jerome.lacaze@pepinieres-lacaze.fr' },
      ],
    ],
    [
      'German labels, several recipients, a "Last, First" name in quotes',
      [
        '-------- Weitergeleitete Nachricht --------',
        'Von: "Kruse, Hauke" <h.kruse@holzbau-kruse.de>',
        'Datum: Mo., 3. März 2025 um 08:14',
        'An: Lena Voss <l.voss@voss-ingenieure.de>; Timo Brandt <t.brandt@voss-ingenieure.de>',
        'Kopie: Petra Lamm <p.lamm@statik-lamm.de>, buero@statik-lamm.de',
      ],
      [
        { name: 'Kruse, Hauke', email: 'h.kruse@holzbau-kruse.de' },
        { name: 'Lena Voss', email: 'l.voss@voss-ingenieure.de' },
        { name: 'Timo Brandt', email: 't.brandt@voss-ingenieure.de' },
        { name: 'Petra Lamm', email: 'p.lamm@statik-lamm.de' },
        { email: 'buero@statik-lamm.de' },
      ],
    ],
    ['a "To:" line far from any header is no recipient', ['To: Anna Berg <anna@berg.de>', 'Hello,', 'see below.'], []],
  ])('%s', (_, lines, expected) => expect(forwardHeaderPeople(lines)).toEqual(expected));
});

describe('cutQuoted: quoted history ends the body, a forward does not', () => {
  const outlookForward = [
    'Martin, see below.',
    '________________________________',
    'From: Aoife Kennedy <aoife.kennedy@corkcoastal.ie>',
    'Sent: Friday, November 8, 2024 10:02 AM',
    'To: Fiona Reilly <fiona.reilly74@gmail.com>',
    'Subject: Insurance renewal',
    'Dear Fiona,',
    'From: Fiona Reilly <fiona.reilly74@gmail.com>',
    'Sent: Thursday, November 7, 2024 9:02 PM',
    'earlier',
  ];
  it('cuts at an Outlook header in a reply', () =>
    expect(cutQuoted(outlookForward)).toEqual(outlookForward.slice(0, 2)));
  it('keeps the forwarded message of a forward, up to its own quoted history', () =>
    expect(cutQuoted(outlookForward, true)).toEqual(outlookForward.slice(0, 7)));
  it("cuts a reply to a forward at the quoted forward (its header's subject is a forward's)", () => {
    const reply = [
      'Thanks, approved.',
      'From: Callum Reid <c@x.co.uk>',
      'Sent: 05 March 2025 08:47',
      'To: Priya',
      'Subject: FW: Quote',
      'Priya, see below.',
    ];
    expect(cutQuoted(reply, true)).toEqual(reply.slice(0, 1));
  });
});

describe('signatureIndex: a name line is keyed without its courtesy title or signing authority', () => {
  it.each([
    ['i. A. Svenja Hoffmann', 'svenja hoffmann'],
    ['i.V. Lena Brückner', 'lena brückner'],
    ['ppa. Klaus Brenner', 'klaus brenner'],
    ['Dr. Anna Roth | Geschäftsführerin', 'anna roth'],
  ])('%s', (line, key) => {
    const at = signatureIndex(['Mit freundlichen Grüßen', line, 'Vertrieb']);
    expect([...at.entries()].some(([k, i]) => i === 1 && k.normalize('NFC').toLowerCase() === key)).toBe(true);
  });
  it('a name that opens on "Dr" is kept whole', () => {
    expect([...signatureIndex(['Drew Carter']).keys()].some((k) => k.includes('drew'))).toBe(true);
  });
});
