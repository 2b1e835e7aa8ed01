import { describe, expect, it } from 'vitest';
import type { Interaction } from '../domain';
import {
  COMPANY_HEADERS,
  CONTACT_HEADERS,
  EVENT_HEADERS,
  EVENT_NATURE,
  centsToDecimal,
  eventFlow,
  eventRow,
} from './export-rows';

describe('Axonaut headers', () => {
  it('use the Axonaut API v2 names where Axonaut has them', () => {
    for (const h of [
      'name',
      'siret',
      'intracommunity_number',
      'address_street',
      'address_zip_code',
      'address_city',
      'address_country',
      'is_prospect',
      'is_customer',
    ])
      expect(COMPANY_HEADERS).toContain(h);
    for (const h of ['firstname', 'lastname', 'email', 'job', 'phone_number', 'cellphone_number', 'is_billing_contact'])
      expect(CONTACT_HEADERS).toContain(h);
    expect(EVENT_HEADERS).toContain('nature');
    expect(EVENT_HEADERS).toContain('flow');
  });

  it.each([
    ['email', 1],
    ['call', 2],
    ['meeting', 3],
    ['letter', 4],
    ['text', 5],
    ['note', 6],
  ] as const)('nature of %s is %i', (type, n) => expect(EVENT_NATURE[type]).toBe(n));

  it.each([
    ['in', 1],
    ['out', 2],
    [undefined, ''],
  ] as const)('flow of %s is %j', (d, f) => expect(eventFlow(d)).toBe(f));

  it.each([
    [123450, '1234,50'],
    [-1999, '-19,99'],
    [5, '0,05'],
    [0, '0,00'],
    [1_200_000, '12000,00'],
  ])('centsToDecimal(%i) = %s', (c, s) => expect(centsToDecimal(c)).toBe(s));

  it('writes an event row', () => {
    const i = {
      id: 'i1',
      companyId: 'c1',
      type: 'call',
      happensAt: Date.UTC(2026, 0, 2),
      direction: 'out',
      title: 'Relance',
      content: 'ok',
      personIds: ['p1'],
      createdAt: 0,
      updatedAt: 0,
    } as Interaction;
    expect(eventRow(i, 'Acme', new Map([['p1', 'Ana Lopez']]))).toEqual([
      'i1',
      'c1',
      'Acme',
      'Relance',
      '2026-01-02T00:00:00.000Z',
      2,
      2,
      'ok',
      'Ana Lopez',
    ]);
  });
});
