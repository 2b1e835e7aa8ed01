import { describe, expect, test } from 'vitest';
import type { Company, Person } from './domain';
import { companyRecord, personRecord } from './domain/test-records';
import { duplicatesOf, findDuplicatePairs, MAX_BUCKET, pairKey, sheetKeys } from './duplicates';

const company = (id: string, patch: Partial<Company> = {}): Company => companyRecord(id, { nameKey: id, ...patch });
const person = personRecord;

describe('duplicate candidates', () => {
  const cases: {
    name: string;
    a: [Partial<Company>, Partial<Person>[]];
    b: [Partial<Company>, Partial<Person>[]];
    reason: string | null;
    on?: string;
  }[] = [
    {
      name: 'same contact email',
      a: [{}, [{ emails: ['lea@dupont.fr'] }]],
      b: [{}, [{ emails: ['LEA@dupont.fr'] }]],
      reason: 'email',
      on: 'lea@dupont.fr',
    },
    {
      name: 'same domain',
      a: [{ domains: ['dupont.fr'] }, []],
      b: [{ domains: ['dupont.fr', 'x.fr'] }, []],
      reason: 'domain',
      on: 'dupont.fr',
    },
    {
      name: 'free-mail domain is no reason',
      a: [{ domains: ['gmail.com'] }, []],
      b: [{ domains: ['gmail.com'] }, []],
      reason: null,
    },
    {
      name: 'same VAT, written differently',
      a: [{ vat: 'FR44 732829320' }, []],
      b: [{ vat: 'fr44732829320' }, []],
      reason: 'legal-id',
      on: 'FR44732829320',
    },
    {
      name: 'SIREN against a SIRET of it',
      a: [{ siren: '732829320' }, []],
      b: [{ siret: '73282932000074' }, []],
      reason: 'legal-id',
      on: '732829320',
    },
    {
      name: 'same company LinkedIn URL',
      a: [{ linkedinUrl: 'https://www.linkedin.com/company/dupont/' }, []],
      b: [{ linkedinUrl: 'https://fr.linkedin.com/company/dupont' }, []],
      reason: 'linkedin',
    },
    {
      name: 'same normalised name',
      a: [{ name: 'Dupont SARL', nameKey: 'dupont' }, []],
      b: [{ name: 'DUPONT', nameKey: 'dupont' }, []],
      reason: 'name',
      on: 'dupont',
    },
    { name: 'nothing shared', a: [{ domains: ['a.fr'] }, []], b: [{ domains: ['b.fr'] }, []], reason: null },
    {
      name: 'best reason wins',
      a: [{ domains: ['d.fr'], nameKey: 'same' }, [{ emails: ['x@d.fr'] }]],
      b: [{ domains: ['d.fr'], nameKey: 'same' }, [{ emails: ['x@d.fr'] }]],
      reason: 'email',
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const a = sheetKeys(
        company('A', c.a[0]),
        c.a[1].map((p, i) => person(`pa${i}`, 'A', p)),
      );
      const b = sheetKeys(
        company('B', c.b[0]),
        c.b[1].map((p, i) => person(`pb${i}`, 'B', p)),
      );
      const pairs = findDuplicatePairs([a, b]);
      const seen = duplicatesOf(a, [b]);
      if (c.reason === null) {
        expect(pairs).toEqual([]);
        expect(seen).toEqual([]);
      } else {
        expect(pairs.map((p) => p.reason)).toEqual([c.reason]);
        expect(seen.map((p) => [p.companyId, p.reason])).toEqual([['B', c.reason]]);
        if (c.on) expect(seen[0]!.on).toBe(c.on);
        expect(pairs[0]!.pairKey).toBe('A|B');
      }
    });
  }

  test('dismissed pairs are hidden; own domains excluded', () => {
    const a = sheetKeys(company('A', { domains: ['d.fr'] }), []);
    const b = sheetKeys(company('B', { domains: ['d.fr'] }), []);
    expect(findDuplicatePairs([a, b], new Set([pairKey('B', 'A')]))).toEqual([]);
    expect(duplicatesOf(a, [b], new Set(['A|B']))).toEqual([]);
    const own = { excludeDomains: ['d.fr'] };
    expect(
      findDuplicatePairs([
        sheetKeys(company('A', { domains: ['d.fr'] }), [], own),
        sheetKeys(company('B', { domains: ['d.fr'] }), [], own),
      ]),
    ).toEqual([]);
  });

  test('three sheets on one domain make three pairs; a huge bucket is noise', () => {
    const three = ['A', 'B', 'C'].map((id) => sheetKeys(company(id, { domains: ['d.fr'] }), []));
    expect(findDuplicatePairs(three).map((p) => p.pairKey)).toEqual(['A|B', 'A|C', 'B|C']);
    const many = Array.from({ length: MAX_BUCKET + 1 }, (_, i) =>
      sheetKeys(company(`c${i}`, { domains: ['host.fr'] }), []),
    );
    expect(findDuplicatePairs(many)).toEqual([]);
  });
});
