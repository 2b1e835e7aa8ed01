import { describe, expect, it } from 'vitest';
import { findLegalNames } from './text';

describe('findLegalNames', () => {
  it.each([
    // a joining word inside the name stays
    ['Le site est édité par Papeterie du Moulin SARL, au capital de 8 000 €', 'Papeterie du Moulin SARL'],
    ['la société Brasserie de la Vallée SAS, RCS Vannes', 'Brasserie de la Vallée SAS'],
    ["Maison d'Armor SAS – SIREN 609 948 609", "Maison d'Armor SAS"],
    ['Brauerei zur Linde GmbH, Amtsgericht Bamberg', 'Brauerei zur Linde GmbH'],
    ['Harrow & Steele Joinery Ltd, Frome', 'Harrow & Steele Joinery Ltd'],
    ['Bank of Ireland Ltd', 'Bank of Ireland Ltd'],
    // what the name follows is no part of it
    ['© 2024 Aubrac Menuiseries Industrie SAS au capital', 'Aubrac Menuiseries Industrie SAS'],
    ['Hébergé par OVH SAS', 'OVH SAS'],
    ['Filiale de Acme Industrie SAS', 'Acme Industrie SAS'],
    ['Marke der Kessler Verpackung GmbH', 'Kessler Verpackung GmbH'],
    ['Jonas Weerts, Geschäftsführer der Aurich Möbelbau GmbH.', 'Aurich Möbelbau GmbH'],
    ['Directeur général de Papeterie du Moulin SARL', 'Papeterie du Moulin SARL'],
  ])('%s', (text, name) => {
    expect(findLegalNames(text, 1)[0]).toBe(name);
  });
});
