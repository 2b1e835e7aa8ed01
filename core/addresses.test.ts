import { describe, expect, it } from 'vitest';
import type { Address } from './domain';
import { address as addressSchema } from './domain';
import {
  addressFor,
  applyAddressEdit,
  countryCode,
  formatAddress,
  formatAddressLine,
  mainAddress,
  normalizeAddressFlags,
  type AddressFlag,
} from './addresses';

const addr = (id: string, flags: Partial<Pick<Address, AddressFlag>> = {}, more: Partial<Address> = {}): Address =>
  addressSchema.parse({
    id,
    companyId: 'c1',
    label: id,
    contactName: '',
    street: `${id} rue des Lilas`,
    postalCode: '69003',
    city: 'Lyon',
    country: 'France',
    isMain: false,
    forInvoices: false,
    forDeliveries: false,
    forQuotes: false,
    createdAt: 0,
    updatedAt: 0,
    ...flags,
    ...more,
  });

/** "a:MI b:D" — which flags each address holds, for compact assertions. */
const holders = (list: Address[]): string =>
  list
    .map(
      (a) =>
        `${a.id}:${a.isMain ? 'M' : ''}${a.forInvoices ? 'I' : ''}${a.forDeliveries ? 'D' : ''}${a.forQuotes ? 'Q' : ''}`,
    )
    .join(' ');

describe('applyAddressEdit', () => {
  const ab = [addr('a', { isMain: true, forInvoices: true }), addr('b', { forDeliveries: true }), addr('c')];
  it.each([
    ['first address added becomes main', [], { kind: 'add', address: addr('a') }, 'a:M'],
    ['second address added does not', [addr('a', { isMain: true })], { kind: 'add', address: addr('b') }, 'a:M b:'],
    [
      'added with flags takes them',
      ab,
      { kind: 'add', address: addr('d', { isMain: true, forInvoices: true, forQuotes: true }) },
      'a: b:D c: d:MIQ',
    ],
    [
      'set invoices moves it',
      ab,
      { kind: 'set-flag', addressId: 'c', flag: 'forInvoices', value: true },
      'a:M b:D c:I',
    ],
    ['set main moves it', ab, { kind: 'set-flag', addressId: 'b', flag: 'isMain', value: true }, 'a:I b:MD c:'],
    ['clear deliveries', ab, { kind: 'set-flag', addressId: 'b', flag: 'forDeliveries', value: false }, 'a:MI b: c:'],
    [
      'clear main hands it to the first other',
      ab,
      { kind: 'set-flag', addressId: 'a', flag: 'isMain', value: false },
      'a:I b:MD c:',
    ],
    [
      'clear main of the only address keeps it',
      [addr('a', { isMain: true })],
      { kind: 'set-flag', addressId: 'a', flag: 'isMain', value: false },
      'a:M',
    ],
    ['remove main: first remaining becomes main', ab, { kind: 'remove', addressId: 'a' }, 'b:MD c:'],
    ['remove other keeps main', ab, { kind: 'remove', addressId: 'b' }, 'a:MI c:'],
    ['remove last', [addr('a', { isMain: true })], { kind: 'remove', addressId: 'a' }, ''],
    ['remove unknown changes nothing', ab, { kind: 'remove', addressId: 'zz' }, 'a:MI b:D c:'],
    [
      'update takes flags',
      ab,
      { kind: 'update', address: addr('c', { forDeliveries: true, forQuotes: true }) },
      'a:MI b: c:DQ',
    ],
    [
      'update clearing main of holder hands it over',
      ab,
      { kind: 'update', address: addr('a', { forInvoices: true }) },
      'a:I b:MD c:',
    ],
  ] as Array<[string, Address[], Parameters<typeof applyAddressEdit>[1], string]>)('%s', (_n, list, edit, expected) => {
    const out = applyAddressEdit(list, edit);
    expect(holders(out)).toBe(expected);
    for (const flag of ['isMain', 'forInvoices', 'forDeliveries', 'forQuotes'] as const) {
      expect(out.filter((a) => a[flag]).length).toBeLessThanOrEqual(1);
    }
  });

  it('does not mutate its input, keeps unchanged records, stamps changed ones', () => {
    const before = holders(ab);
    const out = applyAddressEdit(ab, { kind: 'set-flag', addressId: 'c', flag: 'forQuotes', value: true }, 42);
    expect(holders(ab)).toBe(before);
    expect(out[0]).toBe(ab[0]);
    expect(out[2]?.updatedAt).toBe(42);
  });
});

describe('normalizeAddressFlags', () => {
  it('first holder wins, a main is chosen', () => {
    const list = [
      addr('a', { forInvoices: true }),
      addr('b', { forInvoices: true, isMain: true }),
      addr('c', { isMain: true }),
    ];
    expect(holders(normalizeAddressFlags(list))).toBe('a:I b:M c:');
    expect(holders(normalizeAddressFlags([addr('x'), addr('y')]))).toBe('x:M y:');
  });
});

describe('mainAddress / addressFor', () => {
  it('finds them', () => {
    const list = [addr('a'), addr('b', { isMain: true }), addr('c', { forInvoices: true })];
    expect(mainAddress(list)?.id).toBe('b');
    expect(mainAddress([addr('a')])?.id).toBe('a');
    expect(mainAddress([])).toBeUndefined();
    expect(addressFor(list, 'forInvoices')?.id).toBe('c');
    expect(addressFor(list, 'forDeliveries')?.id).toBe('b');
  });
});

describe('formatAddress', () => {
  it.each([
    [
      addr('a', {}, { street: '12 rue des Lilas', contactName: 'Élodie Martin' }),
      '12 rue des Lilas, 69003 Lyon',
      ['Élodie Martin', '12 rue des Lilas', '69003 Lyon'],
    ],
    [
      addr('a', {}, { street: 'Bât. B\n3 allée des Pins', postalCode: '33000', city: 'Bordeaux', country: '' }),
      'Bât. B, 3 allée des Pins, 33000 Bordeaux',
      ['Bât. B', '3 allée des Pins', '33000 Bordeaux'],
    ],
    [
      addr('a', {}, { street: '10 Downing Street', postalCode: 'SW1A 2AA', city: 'London', country: 'Royaume-Uni' }),
      '10 Downing Street, London SW1A 2AA, Royaume-Uni',
      ['10 Downing Street', 'London SW1A 2AA', 'Royaume-Uni'],
    ],
    [
      addr('a', {}, { street: 'Hauptstraße 5', postalCode: '10115', city: 'Berlin', country: 'Allemagne' }),
      'Hauptstraße 5, 10115 Berlin, Allemagne',
      ['Hauptstraße 5', '10115 Berlin', 'Allemagne'],
    ],
  ])('%#', (a, line, lines) => {
    expect(formatAddressLine(a)).toBe(line);
    expect(formatAddress(a)).toEqual({ line, lines });
  });
  it('names the country when it is not home', () => {
    expect(formatAddressLine(addr('a', {}, { street: '1 rue X' }), { homeCountry: 'GB' })).toBe(
      '1 rue X, 69003 Lyon, France',
    );
  });
  it.each([
    ['France', 'FR'],
    ['royaume-uni', 'GB'],
    ['UK', 'GB'],
    ['Deutschland', 'DE'],
    ['Atlantis', null],
  ])('countryCode(%s) = %s', (c, code) => {
    expect(countryCode(c)).toBe(code);
  });
});
