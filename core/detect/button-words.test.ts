import { describe, expect, it } from 'vitest';
import { withoutButtonWords, withoutProfileButtons } from './button-words';
import type { Detection } from './types';

describe('withoutButtonWords: a profile button’s words run into a firm’s name', () => {
  it.each([
    ['Verrerie Aubrac Profil LinkedIn', 'Verrerie Aubrac'],
    ['Verrerie Aubrac Voir le profil', 'Verrerie Aubrac'],
    ['Quaylink View profile', 'Quaylink'],
    ['Bramble Cargo Ltd LinkedIn profile', 'Bramble Cargo Ltd'],
    ['Flottwerk Logistik LinkedIn-Profil', 'Flottwerk Logistik'],
    ['Brauhaus Hollerbeck Profil ansehen', 'Brauhaus Hollerbeck'],
    // no button: unchanged
    ['Profil Conseil', 'Profil Conseil'],
    ['LinkedIn', 'LinkedIn'],
    ['Atelier Profil', 'Atelier Profil'],
  ])('%s -> %s', (a, b) => expect(withoutButtonWords(a)).toBe(b));

  it('cuts people’s firms and the page’s companies alike, one company per name', () => {
    const d: Detection = {
      url: 'https://www.ecole.example/temoignages',
      kind: 'company-site',
      emails: [],
      people: [
        { name: 'Odile Parmentier', title: 'Acheteuse', company: 'Verrerie Aubrac Profil LinkedIn' },
        { name: 'Nigel Ashdown', company: 'Quaylink' },
      ],
      companies: [{ name: 'Verrerie Aubrac Profil LinkedIn' }, { name: 'Verrerie Aubrac' }, { name: 'Quaylink' }],
    };
    const got = withoutProfileButtons(d);
    expect(got.people.map((p) => p.company)).toEqual(['Verrerie Aubrac', 'Quaylink']);
    expect(got.companies.map((c) => c.name)).toEqual(['Verrerie Aubrac', 'Quaylink']);
  });
});
