import { describe, expect, it } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it.each([
    ['Acme Industries SAS', 'company', 'AI'],
    ['Jean de La Fontaine', 'person', 'JF'],
    ['jean', 'person', 'J'],
    ['  ', 'company', '?'],
    ['élodie martin', 'person', 'ÉM'],
  ] as const)('%j (%s) → %j', (name, of, out) => expect(initials(name, of)).toBe(out));
});
