import { describe, expect, it } from 'vitest';
import { luhnValid, siretMatchesSiren, sirenOfSiret, validateSiren, validateSiret } from './siren';

describe('validateSiren', () => {
  it.each([
    ['732829320', '732829320'],
    ['732 829 320', '732829320'],
    ['404833048', '404833048'],
    ['552\u00a0008\u00a0443', '552008443'],
    ['356000000', '356000000'],
  ])('accepts %s', (input, normalized) => {
    expect(validateSiren(input)).toEqual({ ok: true, normalized });
  });
  it.each([
    ['732829321', 'checksum'],
    ['404833049', 'checksum'],
    ['73282932', 'format'],
    ['7328293200', 'format'],
    ['73282932A', 'format'],
    ['', 'format'],
  ] as const)('rejects %s (%s)', (input, reason) => {
    expect(validateSiren(input)).toEqual({ ok: false, reason });
  });
});

describe('validateSiret', () => {
  // Found online, collected by python-stdnum (tests/test_fr_siret.doctest).
  it.each([
    '73282932000074',
    '0 5 7 8 1 3 1 3 1 0 0 0 2 6',
    '1 800 700 39 00 110',
    '314 901 323 00043',
    '329.338.88300153',
    '775.563.232.00104',
    '542 097 324 0006 6',
    '44126652500019',
    // La Poste: digit sum multiple of 5, not Luhn.
    '356 000 000 09075',
    '35600000000048',
    '35600000049837',
  ])('accepts %s', (input) => {
    expect(validateSiret(input)).toMatchObject({ ok: true });
  });
  it.each([
    ['73282932000075', 'checksum'],
    ['35600000049838', 'checksum'],
    ['44126652500018', 'checksum'],
    ['4412665250001', 'format'],
    ['441266525000190', 'format'],
    ['4412665250001X', 'format'],
  ] as const)('rejects %s (%s)', (input, reason) => {
    expect(validateSiret(input)).toEqual({ ok: false, reason });
  });
  it('normalises', () => {
    expect(validateSiret('732 829 320 00074')).toEqual({ ok: true, normalized: '73282932000074' });
  });
});

describe('SIREN of a SIRET', () => {
  it.each([
    ['73282932000074', '732829320'],
    ['732 829 320 00074', '732829320'],
    ['7328293200007', null],
  ])('sirenOfSiret(%s) = %s', (siret, siren) => {
    expect(sirenOfSiret(siret)).toBe(siren);
  });
  it.each([
    ['73282932000074', '732829320', true],
    ['73282932000074', '732 829 320', true],
    ['73282932000074', '404833048', false],
    ['bad', '732829320', false],
  ] as const)('siretMatchesSiren(%s, %s) = %s', (siret, siren, expected) => {
    expect(siretMatchesSiren(siret, siren)).toBe(expected);
  });
  it('luhn', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });
});
