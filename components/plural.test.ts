import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural (Intl.PluralRules, English catalogue)', () => {
  it.each([
    [0, '0 invoices'],
    [1, '1 invoice'],
    [2, '2 invoices'],
  ])('%i → %s', (n, text) => expect(plural('countInvoices', n)).toBe(text));

  it('takes other substitutions around the count', () => {
    expect(plural('optPipeStepMoved', 1, [1, 'Pilot'])).toBe('1 opportunity moved; step “Pilot” deleted.');
    expect(plural('optPipeStepMoved', 3, [3, 'Pilot'])).toBe('3 opportunities moved; step “Pilot” deleted.');
  });
});
