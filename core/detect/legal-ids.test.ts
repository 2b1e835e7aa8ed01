import { describe, expect, it } from 'vitest';
import { findLegalIds } from './legal-ids';

describe('findLegalIds', () => {
  it.each([
    // a Swiss VAT number (the UID and its suffix) beats the bare UID before it
    ['UID: CHE-116.281.710 · Mehrwertsteuernummer: CHE-116.281.710 MWST', 'CHE116281710MWST'],
    ['IDE : CHE-116.281.710 TVA', 'CHE116281710TVA'],
    ['UID: CHE-116.281.710', 'CHE116281710'],
  ])('%s', (text, vat) => {
    expect(findLegalIds(text).vat).toBe(vat);
  });
});
