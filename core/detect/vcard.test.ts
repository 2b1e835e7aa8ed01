import { describe, expect, it } from 'vitest';
import { findVCards } from './vcard';

describe('findVCards', () => {
  it.each([
    [
      'one property a line, a legal footer after it (FR)',
      'Bien à vous,\nLéonie\nBEGIN:VCARD\nFN:Léonie Marchetti\nTITLE:Responsable export\nORG:Tonnellerie Vauclair SAS\nTEL;TYPE=work:+33 1 99 00 12 34\nTEL;TYPE=cell:06 39 98 00 11\nEMAIL:l.marchetti@tonnellerie-vauclair.fr\nEND:VCARD\nTonnellerie Vauclair SAS – SIREN 000000000\nCe message est confidentiel.',
      [
        {
          name: 'Léonie Marchetti',
          email: 'l.marchetti@tonnellerie-vauclair.fr',
          lines: [
            'Responsable export',
            'Tonnellerie Vauclair SAS',
            'Tel: +33 1 99 00 12 34',
            'Mobile: 06 39 98 00 11',
            'Tonnellerie Vauclair SAS – SIREN 000000000',
            'Ce message est confidentiel.',
          ],
        },
      ],
    ],
    [
      'joined on one line, a name only in N, a fax left out (EN)',
      'Cheers,\nOwen\nBEGIN:VCARD VERSION:3.0 N:Pryce;Owen;;; ORG:Gantry Lane Studio LLC;Sales TITLE:Head of Sales TEL;TYPE=WORK,VOICE:(212) 555-0100 TEL;TYPE=FAX:(212) 555-0101 URL:https://gantrylane.example END:VCARD',
      [
        {
          name: 'Owen Pryce',
          lines: ['Head of Sales', 'Gantry Lane Studio LLC', 'Tel: (212) 555-0100', 'https://gantrylane.example'],
        },
      ],
    ],
    [
      'a role instead of a title (DE)',
      'BEGIN:VCARD\r\nFN:Jannik Oberholz\r\nROLE:Projektleiter\r\nORG:Wasserwerke Talheim GmbH\r\nTEL;TYPE=cell:+49 151 55500000\r\nEND:VCARD',
      [
        {
          name: 'Jannik Oberholz',
          lines: ['Projektleiter', 'Wasserwerke Talheim GmbH', 'Mobile: +49 151 55500000'],
        },
      ],
    ],
    ['no card, or a card without a name', 'Please send your vCard. BEGIN:VCARD TEL:+1 555 0100 END:VCARD', []],
  ])('%s', (_, text, want) => expect(findVCards(text)).toEqual(want));
});
