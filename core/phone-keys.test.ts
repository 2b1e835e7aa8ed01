import { describe, expect, it } from 'vitest';
import { phoneKeys, phoneQueryKeys, phoneRegion, samePhone, toE164 } from './phone-keys';
import { prepareQuery } from './search';

describe('phone region of a sheet', () => {
  it.each([
    ['France', 'FR'],
    ['Belgique', 'BE'],
    ['Royaume-Uni', 'GB'],
    ['DE', 'DE'],
    ['', 'FR'],
    [undefined, 'FR'],
    ['Atlantis', 'FR'],
  ])('%j → %s', (country, expected) => {
    expect(phoneRegion(country)).toBe(expected);
  });
});

describe('keys of a stored number (libphonenumber-js, min metadata)', () => {
  it.each([
    ['06 12 34 56 78', 'FR', ['+33612345678', '0612345678']],
    ['+33 6 12 34 56 78', 'FR', ['+33612345678', '0612345678']],
    ['0033 (0)6.12.34.56.78', 'FR', ['+33612345678', '0612345678']],
    ['612345678', 'FR', ['+33612345678', '0612345678']],
    ['+33 6 12 34 56 78', 'BE', ['+33612345678', '0612345678']],
    ['+44 20 7946 0958', 'FR', ['+442079460958', '02079460958']],
    ['020 7946 0958', 'GB', ['+442079460958', '02079460958']],
    ['02 123 45 67', 'BE', ['+3221234567', '021234567']],
    ['', 'FR', []],
    ['n/a', 'FR', []],
    ['12', 'FR', []],
  ] as const)('%j in %s → %j', (raw, region, expected) => {
    expect(phoneKeys(raw, region)).toEqual(expected);
  });
});

describe('keys of a typed query', () => {
  it.each([
    ['06 12 34', ['061234']],
    ['06 12 34 56 78', ['0612345678', '+33612345678']],
    ['+33 6 12 34 56 78', ['+33612345678']],
    ['0033 6 12 34 56 78', ['+33612345678']],
    ['+33 (0)6 12 34 56 78', ['+33612345678']],
    ['612345678', ['612345678', '+33612345678']],
    ['Dupont', []],
  ])('%j → %j', (query, expected) => {
    expect(phoneQueryKeys(query)).toEqual(expected);
  });

  // Every way of typing one number reaches one of its stored keys, as a prefix.
  const stored = phoneKeys('06 12 34 56 78', 'FR');
  it.each([
    '06 12 34 56 78',
    '0612345678',
    '06.12.34.56.78',
    '+33612345678',
    '+33 6 12 34 56 78',
    '0033 6 12 34 56 78',
    '+33 (0)6 12 34 56 78',
    '612345678',
    '06 12 34',
  ])('%j finds a sheet whose number is "06 12 34 56 78"', (query) => {
    const needles = prepareQuery(query, phoneQueryKeys)!.needles;
    expect(needles).toHaveLength(1);
    expect(needles[0]!.some((n) => stored.some((k) => k.startsWith(n)))).toBe(true);
  });
});

describe('one number written two ways', () => {
  it.each([
    ['06 12 34 56 78', '+33 6 12 34 56 78', 'FR', true],
    ['0033612345678', '06.12.34.56.78', 'FR', true],
    ['02 123 45 67', '+32 2 123 45 67', 'BE', true],
    ['02 123 45 67', '+32 2 123 45 67', 'FR', false],
    ['06 12 34 56 78', '06 12 34 56 79', 'FR', false],
    ['ext. 12', 'ext 12', 'FR', true],
    ['', '', 'FR', false],
  ] as const)('%j, %j in %s → %s', (a, b, region, expected) => {
    expect(samePhone(a, b, region)).toBe(expected);
  });
  it('gives the E.164 form of a full number only', () => {
    expect(toE164('06 12 34 56 78')).toBe('+33612345678');
    expect(toE164('06 12 34')).toBeNull();
  });
});
