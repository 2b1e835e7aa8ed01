import { describe, expect, test } from 'vitest';
import {
  defaultVatRate,
  formatRate,
  inclFromExcl,
  parseVatKey,
  rateOfAmounts,
  vatAmount,
  vatChoices,
  vatKey,
} from './vat-rates';

describe('vatAmount: integer cents, halves away from zero', () => {
  test.each([
    // excl. cents, basis points, tax cents
    [1_200_000, 2000, 240_000],
    [10_000, 550, 550],
    [999, 550, 55], // 54.945 → 55
    [10, 550, 1], // 0.55 → 1
    [9, 550, 0], // 0.495 → 0
    [1, 2000, 0], // 0.2 → 0
    [3, 2000, 1], // 0.6 → 1
    [5, 1000, 1], // 0.5 → 1 (half up)
    [-5, 1000, -1], // credit note: half away from zero
    [12_345, 210, 259], // 259.245 → 259
    [100, 0, 0],
    [1_000_000_000_000, 2700, 270_000_000_000], // beyond 2^53 in the product: exact with BigInt
    [33_333, 2550, 8_500], // 8499.915 → 8500 (Finland 25.5 %)
  ])('vatAmount(%i, %i) = %i', (excl, bp, tax) => expect(vatAmount(excl, bp)).toBe(tax));

  test.each([
    [1_200_000, 2000, 1_440_000],
    [999, 550, 1_054],
    [0, 2000, 0],
  ])('inclFromExcl(%i, %i) = %i', (excl, bp, incl) => expect(inclFromExcl(excl, bp)).toBe(incl));
});

describe('choices', () => {
  test('France first with its five rates, then one standard rate per other EU country', () => {
    const fr = vatChoices()
      .filter((r) => r.country === 'FR')
      .map((r) => r.basisPoints);
    expect(fr).toEqual([2000, 1000, 550, 210, 0]);
    expect(vatChoices()[0]).toEqual({ country: 'FR', basisPoints: 2000 });
    const countries = new Set(vatChoices().map((r) => r.country));
    expect(countries.size).toBe(27);
  });

  test.each([
    ['FR:550', { country: 'FR', basisPoints: 550 }],
    ['DE:1900', { country: 'DE', basisPoints: 1900 }],
    ['', null],
    ['FR', null],
    ['fr:20', null],
  ])('parseVatKey(%j)', (key, expected) => expect(parseVatKey(key)).toEqual(expected));

  test('keys round-trip', () => {
    for (const r of vatChoices()) expect(parseVatKey(vatKey(r))).toEqual(r);
  });

  test.each([
    [null, 'FR:2000'],
    ['FR', 'FR:2000'],
    ['DE', 'DE:1900'],
    ['be', 'BE:2100'],
    ['GB', 'FR:2000'],
    ['US', 'FR:2000'],
  ])('defaultVatRate(%s) = %s', (country, key) => expect(vatKey(defaultVatRate(country))).toBe(key));
});

describe('rateOfAmounts', () => {
  test.each([
    [100_000, 120_000, null, 'FR:2000'],
    [100_000, 105_500, null, 'FR:550'],
    [100_000, 119_000, 'DE', 'DE:1900'],
    [100_000, 100_000, null, 'FR:0'],
    [100_000, 121_000, 'ES', 'ES:2100'],
    [100_000, 121_000, null, 'BE:2100'],
    [100_000, 123_456, null, null],
  ])('%i / %i (%s) → %s', (excl, incl, pref, key) => {
    const r = rateOfAmounts(excl, incl, pref);
    expect(r ? vatKey(r) : null).toBe(key);
  });
});

test.each([
  [2000, false, '20%'],
  [550, false, '5.5%'],
  [550, true, '5,5\u00a0%'],
  [210, true, '2,1\u00a0%'],
  [2550, false, '25.5%'],
  [0, false, '0%'],
])('formatRate(%i, french=%s) = %s', (bp, fr, text) => expect(formatRate(bp, fr)).toBe(text));
