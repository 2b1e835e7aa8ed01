import { describe, expect, it } from 'vitest';
import type { Company, Person } from './domain';
import { buildSearchEntries, buildSearchEntry, createSearcher, searchSheets } from './search';

const company = (id: string, name: string, more: Partial<Company> = {}): Company => ({
  id, name, nameKey: '', kind: 'company', isProspect: true, isClient: false, isSupplier: false,
  domains: [], categories: [], customFields: {}, comment: '', createdAt: 0, updatedAt: 0, ...more,
});
const person = (id: string, firstName: string, lastName: string, emails: string[], more: Partial<Person> = {}): Person => ({
  id, companyId: '', firstName, lastName, emails, jobTitle: '', phone: '', mobile: '', isBillingContact: false,
  customFields: {}, createdAt: 0, updatedAt: 0, ...more,
});

const sheets = [
  { company: company('lumiere', 'Atelier Lumière SARL', { domains: ['atelier-lumiere.fr'], vat: 'FR83404833048', siren: '404833048' }), people: [person('p1', 'Élodie', 'Martin', ['elodie.martin@atelier-lumiere.fr'])] },
  { company: company('atelier', 'Atelier'), people: [] },
  { company: company('ateliers', 'Ateliers du Rhône', { siret: '73282932000074' }), people: [person('p2', 'Luc', 'Durand', ['luc@rhone.fr'])] },
  { company: company('martin', 'Martin & Fils'), people: [person('p3', 'Ancien', 'Contact', ['old@gone.fr'], { archivedAt: 1 })] },
  { company: company('brightwater', 'Brightwater Consulting Ltd', { domains: ['brightwater.co.uk'] }), people: [person('p4', 'Oliver', 'Hughes', ['oliver@brightwater.co.uk'])] },
];
const entries = buildSearchEntries(sheets);
const ids = (q: string, limit = 50): string[] => searchSheets(entries, q, limit).map((h) => h.id);

describe('searchSheets', () => {
  it.each([
    ['atelier', ['atelier', 'lumiere', 'ateliers']],
    ['ATELIER', ['atelier', 'lumiere', 'ateliers']],
    ['atelier lumiere', ['lumiere']],
    ['Atelier Lumière', ['lumiere']],
    ['lumi', ['lumiere']],
    ['rhone', ['ateliers']],
    ['elodie', ['lumiere']],
    ['martin', ['martin', 'lumiere']],
    ['durand luc', ['ateliers']],
    ['elodie.martin@atelier-lumiere.fr', ['lumiere']],
    ['elodie.mar', ['lumiere']],
    ['luc@', ['ateliers']],
    ['LUC@RHONE.FR', ['ateliers']],
    ['@brightwater', ['brightwater']],
    ['x@rhone.fr', []],
    ['old@gone.fr', []],
    ['ancien', []],
    ['404 833 048', ['lumiere']],
    ['404833', ['lumiere']],
    ['FR 83 404', ['lumiere']],
    ['83404833048', ['lumiere']],
    ['732 829 320 00074', ['ateliers']],
    ['732829', ['ateliers']],
    ['brightwater.co', ['brightwater']],
    ['hughes', ['brightwater']],
    ['zzz', []],
    ['   ', []],
  ])('%j → %j', (q, expected) => {
    expect(ids(q)).toEqual(expected);
  });

  it('ranks exact name > name prefix > contact', () => {
    expect(searchSheets(entries, 'atelier', 10).map((h) => h.reason)).toEqual(['name-exact', 'name-prefix', 'name-prefix']);
    expect(searchSheets(entries, 'martin', 10).map((h) => h.reason)).toEqual(['name-prefix', 'contact']);
    // The normalised name (legal form removed) counts as exact.
    expect(searchSheets(entries, 'brightwater consulting', 10)[0]?.reason).toBe('name-exact');
  });

  it('respects the limit', () => {
    expect(ids('atelier', 2)).toEqual(['atelier', 'lumiere']);
  });

  it('finds the right sheet among 20,000 (speed is measured by npm run bench, not here)', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      buildSearchEntry({
        company: company(`c${i}`, `Société ${i} Dupont${i % 97} SAS`, { domains: [`dupont${i}.fr`], siren: String(100000000 + i) }),
        people: [person(`p${i}`, `Prénom${i % 50}`, `Nom${i % 300}`, [`contact${i}@dupont${i}.fr`])],
      }),
    );
    expect(searchSheets(many, 'contact1999@', 5)[0]?.id).toBe('c1999');
    expect(searchSheets(many, '100001234', 5)[0]?.id).toBe('c1234');
    expect(searchSheets(many, 'zzz', 5)).toEqual([]);
    expect(searchSheets(many, 'soc', 50)).toHaveLength(50);
  });
});

describe('createSearcher: typing narrows without changing results', () => {
  const many = Array.from({ length: 3000 }, (_, i) =>
    buildSearchEntry({
      company: company(`c${i}`, i % 500 === 0 ? 'Atelier Dupont SARL' : `Société ${i} Dupont${i % 97} SAS`, { domains: [`dupont${i}.fr`], siren: String(100000000 + i) }),
      people: [person(`p${i}`, `Prénom${i % 50}`, `Nom${i % 300}`, [`contact${i}@dupont${i}.fr`])],
    }),
  );
  it.each([
    ['typing a name', ['s', 'so', 'soc', 'soci', 'socie', 'societe 1', 'societe 12']],
    ['typing an email', ['c', 'co', 'contact1', 'contact12', 'contact12@', 'contact12@dup']],
    ['an exact name with its legal form', ['atelier', 'atelier dupont', 'atelier dupont s', 'atelier dupont sa', 'atelier dupont sarl']],
    ['backspace and a new word', ['nom1', 'nom12', 'nom1', 'nom1 pre', 'nom1 prenom1']],
    ['digits of ids', ['1', '10', '100', '1000001', '10000012']],
  ])('%s', (_, steps) => {
    const search = createSearcher(many);
    for (const q of steps) {
      const r = search(q, 100);
      expect(r.hits, q).toEqual(searchSheets(many, q, 100));
      expect(r.total, q).toBe(searchSheets(many, q, 100_000).length);
    }
  });
});
