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

describe('findLegalIds: a SIRET labelled with its establishment', () => {
  it.each([
    ['SIRET du siège : 52601815500014', '52601815500014'],
    ["SIRET de l'établissement : 908 301 666 00016", '90830166600016'],
    ['SIRET (siège) : 131 860 918 00013', '13186091800013'],
    ['SIRET : 131 860 918 00013', '13186091800013'],
  ])('%s', (text, siret) => {
    expect(findLegalIds(text).siret).toBe(siret);
  });
});
