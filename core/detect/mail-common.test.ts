import { describe, expect, it } from 'vitest';
import { isSenderPerson } from './mail-common';

describe('isSenderPerson: a correspondent display name that is a person’s', () => {
  it.each([
    ['Bäckerei Sommerfeld', false],
    ['Druckerei Haller', false],
    ['Schreinerei Lindner', false],
    ['Fleurs de Loire', false],
    ['Atelier Morin', false],
    ['Garage Dupuis', false],
    ['Sophie Morel', true],
    ['Valérie Atelier', true],
    ['Mehmet Özdemir', true],
    [undefined, false],
  ])('%s -> %s', (n, want) => expect(isSenderPerson(n)).toBe(want));
});
