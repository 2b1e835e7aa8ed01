import { describe, expect, it } from 'vitest';
import { companyNameKey, foldText, personDisplayName } from './normalize';

describe('foldText', () => {
  it.each([
    ['  Élodie   DUPONT ', 'elodie dupont'],
    ['Ça coûte cher', 'ca coute cher'],
    ['Œuvre Straße Øster', 'oeuvre strasse oster'],
    ['MÜLLER\tund\nSöhne', 'muller und sohne'],
    ['', ''],
  ])('%j → %j', (input, out) => {
    expect(foldText(input)).toBe(out);
  });
});

describe('companyNameKey', () => {
  it.each([
    ['ACME SAS', 'acme'],
    ['SAS Acme', 'acme'],
    ['Acme S.A.S.', 'acme'],
    ['acme', 'acme'],
    ['Société Générale SA', 'societe generale'],
    ['Boulangerie L’Épi d’Or SARL', 'boulangerie lepi dor'],
    ['Müller GmbH & Co. KG', 'muller'],
    ['Brightwater Consulting Ltd.', 'brightwater consulting'],
    ['Brightwater Consulting Limited', 'brightwater consulting'],
    ['Initech, Inc.', 'initech'],
    ['Globex Corp', 'globex'],
    ['Pasta Fresca S.p.A.', 'pasta fresca'],
    ['Van Dijk B.V.', 'van dijk'],
    ['SCI Les Tilleuls', 'les tilleuls'],
    // Legal forms in the middle stay: only the ends are stripped.
    ['Les SA de France', 'les sa de france'],
    ['Dupont-Durand EURL', 'dupont durand'],
    // A name made only of legal forms keeps them rather than becoming "".
    ['SAS', 'sas'],
    ['  ', ''],
  ])('%j → %j', (input, out) => {
    expect(companyNameKey(input)).toBe(out);
  });
  it('makes spellings of one company equal', () => {
    const keys = ['Atelier Lumière SARL', 'ATELIER LUMIERE', 'atelier-lumière s.a.r.l.'].map(companyNameKey);
    expect(new Set(keys).size).toBe(1);
  });
});

describe('personDisplayName', () => {
  it.each([
    [{ firstName: 'Élodie', lastName: 'Martin' }, 'Élodie Martin'],
    [{ firstName: ' ', lastName: 'Martin' }, 'Martin'],
    [{ firstName: '', lastName: '', emails: ['a@b.fr'] }, 'a@b.fr'],
    [{}, ''],
  ])('%j → %j', (input, out) => {
    expect(personDisplayName(input)).toBe(out);
  });
});
