import { describe, expect, it } from 'vitest';
import { firstNameNumber, interpretDetection } from './interpret';
import type { Detection } from './types';

describe('firstNameNumber: a first name alone over a number signs a message', () => {
  it.each([
    [
      'FR: a mobile',
      'Julie Marchand',
      'Merci, à jeudi.\nJulie\n06 39 98 12 34\nEnvoyé de mon iPhone',
      '06 39 98 12 34',
    ],
    ['EN: a labelled mobile', 'Ben Hartley', 'See you then.\nBen\nMob. 07700 900123', '07700 900123'],
    ['DE: a comma after the name', 'Jana Kühn', 'Bis morgen!\nJana,\nHandy: 0151 23456789', '0151 23456789'],
  ])('%s', (_, name, body, want) => expect(firstNameNumber(body, name)).toBe(want));

  it.each([
    ['another first name', 'Julie Marchand', 'Merci.\nPaul\n06 39 98 12 34'],
    ['a number in a sentence', 'Julie Marchand', 'Julie\nAppelle le 06 39 98 12 34 demain'],
    ['two numbers', 'Julie Marchand', 'Julie\n06 39 98 12 34 / 01 99 00 12 12'],
    [
      'only in the quoted message',
      'Julie Marchand',
      'Ok.\nLe lun. 7 déc. 2026, Paul Roe a écrit :\nJulie\n06 39 98 12 34',
    ],
    ['the full name is the signature’s (read elsewhere)', 'Julie Marchand', 'Julie Marchand Conseil\n06 39 98 12 34'],
  ])('none: %s', (_, name, body) => expect(firstNameNumber(body, name)).toBeUndefined());
});

describe('interpretDetection: the writer who signs with a first name over a mobile', () => {
  it('gets the mobile as their phone', () => {
    const d: Detection = {
      url: 'https://mail.google.com/mail/u/0/#inbox/x',
      kind: 'gmail-thread',
      emails: [{ address: 'julie.marchand@gmail.com', name: 'Julie Marchand', role: 'from' }],
      people: [{ name: 'Julie Marchand', email: 'julie.marchand@gmail.com' }],
      companies: [],
      message: {
        provider: 'gmail',
        threadId: 't',
        subject: 'Re: devis',
        from: { name: 'Julie Marchand', email: 'julie.marchand@gmail.com' },
        to: [],
        cc: [],
        date: '2026-12-08T07:48',
        bodyText: 'Bonjour,\nMerci pour le devis.\nJulie\n06 39 98 12 34\nEnvoyé de mon iPhone',
      },
    };
    expect(interpretDetection(d).people[0]?.phones).toEqual(['06 39 98 12 34']);
  });
});
