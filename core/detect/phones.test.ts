import { describe, expect, it } from 'vitest';
import { findPhones, ownNumber } from './phones';

describe('ownNumber: the number a writer gives as their own', () => {
  it.each([
    ['My studio phone is (503) 555-0100 if anything changes.', { phone: '(503) 555-0100', office: true }],
    ['Call me on +44 20 7946 0011 tomorrow morning.', { phone: '+44 20 7946 0011', office: false }],
    ['My mobile number is 07700 900123.', { phone: '07700 900123', office: false }],
    ["Vous pouvez m'appeler au 06 39 98 00 42.", { phone: '06 39 98 00 42', office: false }],
    ['Mon fixe : 01 99 00 12 12', { phone: '01 99 00 12 12', office: true }],
    ['Meine Durchwahl lautet 030 5550 1234.', { phone: '030 5550 1234', office: false }],
    ['Sie erreichen mich unter +49 30 5550 9876.', { phone: '+49 30 5550 9876', office: false }],
  ])('%s', (text, want) => expect(ownNumber(text)).toEqual(want));
  it.each([
    // another's number, no number after the words, a date
    ['Our office number is 01 99 00 00 00.'],
    ['Call me when you land.'],
    ['My flight is 12/05/2026.'],
    ['Call Anna Roe on +44 20 7946 0022.'],
  ])('%s gives none', (text) => expect(ownNumber(text)).toBeUndefined());
});

describe('findPhones: a number in brackets keeps only its own brackets', () => {
  it.each([
    ['Reach our desk (phone 020 7946 0321) any weekday.', ['020 7946 0321']],
    ['(Tel. +49 30 5550 1234)', ['+49 30 5550 1234']],
    ['Standard (01 99 00 12 12), mobile 06 39 98 00 42.', ['01 99 00 12 12', '06 39 98 00 42']],
    ['Call (617) 555-0142 today.', ['(617) 555-0142']],
    ['Tél. : +33 (0)4 72 00 18 42', ['+33 (0)4 72 00 18 42']],
  ])('%s', (text, want) => expect(findPhones(text)).toEqual(want));
});

describe('findPhones: two numbers split by a slash (issue 7, blind lists)', () => {
  it.each([
    ['01 99 00 65 20 / 06 39 98 68 70', ['01 99 00 65 20', '06 39 98 68 70']],
    ['+32 2 555 75 50 / +32 2 555 84 39', ['+32 2 555 75 50', '+32 2 555 84 39']],
    ['020 7946 0101 / 07700 900217', ['020 7946 0101', '07700 900217']],
    // an area code's slash is the number's own
    ['089 / 1234567', ['089 / 1234567']],
    ['Tel. 030 / 555 01 01', ['030 / 555 01 01']],
  ])('%s', (text, want) => expect(findPhones(text)).toEqual(want));
});

describe('findPhones: North American numbers without +1 where the text is North American (issue 7)', () => {
  it.each([
    ['Siège : 12, rang Saint-Louis, Saint-Hyacinthe (Québec) J2R 1A4 · 450 555-0147', ['450 555-0147']],
    ['NEQ 1174829365 · Tél. 819 555 0123', ['819 555 0123']],
    ['Office: 1200 Harbor Road, Portland, OR 97201 · 503 555-0188', ['503 555-0188']],
    ['Toronto, Ontario M5V 2T6 · 416 555-0110', ['416 555-0110']],
    ['Main line +1 514 555-0100, desk 514 555-0199', ['+1 514 555-0100', '514 555-0199']],
    // (the forms the plan alone tells, as before, anywhere)
    ['(514) 555-0199', ['(514) 555-0199']],
    ['514.555.0123', ['514.555.0123']],
  ])('%s', (text, want) => expect(findPhones(text)).toEqual(want));

  it.each([
    ['no North American context', 'Siège : 12 rue de la Paix, 75002 Paris · 450 555-0147'],
    ['a German line', 'Hauptstraße 5, 70173 Stuttgart · 711 555-0147'],
    ['a French courier box is no US state', '12 rue du Port, CS 70001, 29200 Brest · 450 555-0147'],
  ])('none: %s', (_, text) => expect(findPhones(text)).toEqual([]));

  it('French numbers stay French in a Québec text', () =>
    expect(findPhones('Bureau de Paris (Québec ailleurs) : 01 99 00 12 12')).toEqual(['01 99 00 12 12']));
});
