import { describe, expect, it } from 'vitest';
import type { Company } from './domain';
import { applyInvoiceToCompany, flagsAfterInvoice, parseInvoiceMakes, type InvoiceMakes } from './prospect';

describe('flagsAfterInvoice', () => {
  it.each([
    ['client', { isProspect: true, isClient: false }, { isProspect: false, isClient: true }],
    ['client', { isProspect: false, isClient: true }, { isProspect: false, isClient: true }],
    ['client', { isProspect: true, isClient: true }, { isProspect: false, isClient: true }],
    ['prospect', { isProspect: true, isClient: false }, { isProspect: true, isClient: false }],
    ['prospect', { isProspect: false, isClient: false }, { isProspect: true, isClient: false }],
    ['prospect', { isProspect: false, isClient: true }, { isProspect: true, isClient: true }],
    ['prospect-and-client', { isProspect: false, isClient: false }, { isProspect: true, isClient: true }],
    ['prospect-and-client', { isProspect: true, isClient: false }, { isProspect: true, isClient: true }],
  ] as Array<[InvoiceMakes, { isProspect: boolean; isClient: boolean }, { isProspect: boolean; isClient: boolean }]>)(
    '%s %j → %j',
    (setting, before, after) => {
      expect(flagsAfterInvoice(before, setting)).toEqual(after);
    },
  );
  it('defaults to client', () => {
    expect(flagsAfterInvoice({ isProspect: true, isClient: false })).toEqual({ isProspect: false, isClient: true });
  });
});

describe('parseInvoiceMakes', () => {
  it.each([
    ['client', 'client'],
    ['prospect', 'prospect'],
    ['prospect-and-client', 'prospect-and-client'],
    [undefined, 'client'],
    ['nonsense', 'client'],
    [42, 'client'],
  ])('%j → %s', (v, out) => {
    expect(parseInvoiceMakes(v)).toBe(out);
  });
});

describe('applyInvoiceToCompany', () => {
  const company: Company = {
    id: 'c1',
    name: 'Acme',
    nameKey: 'acme',
    kind: 'company',
    isProspect: true,
    isClient: false,
    isSupplier: true,
    domains: [],
    categories: [],
    customFields: {},
    comment: '',
    createdAt: 0,
    updatedAt: 0,
  };
  it.each([
    [{ kind: 'invoice', status: 'issued' }, true],
    [{ kind: 'invoice', status: 'draft' }, false],
    [{ kind: 'invoice', status: 'cancelled' }, false],
    [{ kind: 'credit_note', status: 'issued' }, false],
  ] as const)('%j changes flags: %s', (inv, changes) => {
    const out = applyInvoiceToCompany(company, inv, 'client', 7);
    if (changes) expect(out).toMatchObject({ isProspect: false, isClient: true, isSupplier: true, updatedAt: 7 });
    else expect(out).toBe(company);
  });
  it('returns the same object when flags already match', () => {
    const client = { ...company, isProspect: false, isClient: true };
    expect(applyInvoiceToCompany(client, { kind: 'invoice', status: 'issued' })).toBe(client);
  });
});
