import { describe, expect, it } from 'vitest';
import { branchTown, withBranchFirms } from './web-branches';
import type { Detection } from './types';

describe('branchTown', () => {
  it.each([
    ['Fournil Dorval Nantes', 'Les Fournils Dorval', ''],
    ['Fournils Dorval Nantes', 'Les Fournils Dorval', 'Nantes'],
    ['Fournils Dorval Le Mans', 'Les Fournils Dorval', 'Le Mans'],
    ['Brightwell Bakery Leeds', 'The Brightwell Bakery', 'Leeds'],
    ['Backhaus Kiefer Frankfurt am Main', 'Backhaus Kiefer', 'Frankfurt am Main'],
    // a subsidiary or a firm of its own is no town
    ['Backhaus Kiefer Services', 'Backhaus Kiefer', ''],
    ['Backhaus Kiefer Logistik GmbH', 'Backhaus Kiefer', ''],
    ['Brightwell Bakery', 'The Brightwell Bakery', ''],
  ])('%s / %s -> %s', (name, firm, want) => expect(branchTown(name, firm)).toBe(want));
});

describe('withBranchFirms: a store locator’s branches are no firms of their own', () => {
  const page = (people: Detection['people'], companies: Detection['companies']): Detection => ({
    url: 'https://www.fournils-dorval.example/magasins',
    kind: 'company-site',
    emails: [],
    people,
    companies,
  });
  it('drops the stores as firms and people, each manager keeping their store', () => {
    const got = withBranchFirms(
      page(
        [
          { name: 'Odile Parmentier', title: 'Gérante', company: 'Fournils Dorval Nantes' },
          { name: 'Paul Morel', title: 'Gérant', company: 'Fournils Dorval Rennes' },
          { name: 'Claire Vidal', title: 'Gérante', company: 'Fournils Dorval Le Mans' },
          { name: 'Fournils Dorval Angers', company: 'Les Fournils Dorval' },
        ],
        [{ name: 'Les Fournils Dorval' }, { name: 'Fournils Dorval Nantes' }, { name: 'Fournils Dorval Le Mans' }],
      ),
    );
    expect(got.people.map((p) => [p.name, p.company])).toEqual([
      ['Odile Parmentier', 'Fournils Dorval Nantes'],
      ['Paul Morel', 'Fournils Dorval Rennes'],
      ['Claire Vidal', 'Fournils Dorval Le Mans'],
    ]);
    expect(got.companies.map((c) => c.name)).toEqual(['Les Fournils Dorval']);
  });
  it('leaves two branches alone, and subsidiaries', () => {
    const d = page(
      [
        { name: 'Odile Parmentier', company: 'Kiefer Holding Nantes' },
        { name: 'Paul Morel', company: 'Kiefer Holding Rennes' },
        { name: 'Claire Vidal', company: 'Kiefer Holding Services' },
        { name: 'Jonas Kiefer', company: 'Kiefer Holding Consulting' },
      ],
      [{ name: 'Kiefer Holding' }],
    );
    expect(withBranchFirms(d)).toBe(d);
  });
});
