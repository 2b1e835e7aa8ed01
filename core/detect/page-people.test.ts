import { describe, expect, it } from 'vitest';
import { splitTitleCompany } from './page-people';

describe('splitTitleCompany', () => {
  it.each([
    ['CEO of Segment', 'CEO', 'Segment'],
    ['Directrice commerciale chez Batiroc', 'Directrice commerciale', 'Batiroc'],
    // a department after "of" is part of the title, never a company
    ['Head of Transport', 'Head of Transport', undefined],
    ['Director of Automation', 'Director of Automation', undefined],
    ['Head of Customs & Trade Compliance', 'Head of Customs & Trade Compliance', undefined],
    ['Head of Operations', 'Head of Operations', undefined],
    ['Leiter Einkauf', undefined, undefined],
    // a team after the comma is part of the title
    ['Engineering Manager, Platform', 'Engineering Manager, Platform', undefined],
    ['Director, Customer Success', 'Director, Customer Success', undefined],
  ])('%s', (s, title, company) => {
    const [t, c] = splitTitleCompany(s);
    expect(c).toBe(company);
    if (title !== undefined) expect(t).toBe(title);
  });
});
