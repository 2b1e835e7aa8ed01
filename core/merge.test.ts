import { describe, expect, test } from 'vitest';
import type { Address, Company, Person } from './domain';
import { addressRecord, companyRecord, personRecord } from './domain/test-records';
import { MergeRefused, planMerge, type SheetRecords } from './merge';

const company = companyRecord;
const address = (id: string, companyId: string, patch: Partial<Address> = {}): Address =>
  addressRecord(id, companyId, { label: id, ...patch });
const person = (id: string, companyId: string, patch: Partial<Person> = {}): Person =>
  personRecord(id, companyId, { firstName: id, ...patch });
const sheet = (c: Company, patch: Partial<SheetRecords> = {}): SheetRecords => ({
  company: c,
  addresses: [],
  people: [],
  interactions: [],
  opportunities: [],
  tasks: [],
  projects: [],
  tickets: [],
  quotes: [],
  orders: [],
  invoices: [],
  documents: [],
  ...patch,
});

const NOW = 1_800_000_000_000;

describe('merge planning', () => {
  test('the kept company wins conflicts, fills its blanks, unions domains and categories, joins comments', () => {
    const kept = sheet(
      company('K', {
        name: 'Dupont',
        vat: 'FR1',
        phone: '',
        domains: ['dupont.fr'],
        categories: ['BTP'],
        customFields: { size: 10, sector: null },
        comment: 'Ours.',
      }),
    );
    const absorbed = sheet(
      company('A', {
        name: 'Dupont SARL',
        vat: 'FR2',
        phone: '+33 1',
        siren: '732829320',
        isClient: true,
        domains: ['Dupont.fr', 'dupont.com'],
        categories: ['btp', 'Lyon'],
        customFields: { size: 12, sector: 'wood', extra: 'x' },
        comment: 'Theirs.',
      }),
    );
    const plan = planMerge(kept, absorbed, NOW, { commentHeading: (n) => `-- ${n} --` });
    const k = plan.keptCompany;
    expect(k.name).toBe('Dupont');
    expect(k.vat).toBe('FR1');
    expect(k.phone).toBe('+33 1');
    expect(k.siren).toBe('732829320');
    expect(k.isClient).toBe(true);
    expect(k.domains).toEqual(['dupont.fr', 'dupont.com']);
    expect(k.categories).toEqual(['BTP', 'Lyon']);
    expect(k.customFields).toEqual({ size: 10, sector: 'wood', extra: 'x' });
    expect(k.comment).toBe('Ours.\n\n-- Dupont SARL --\nTheirs.');
    expect(k.updatedAt).toBe(NOW);
    expect(plan.conflicts).toEqual([
      { field: 'name', kept: 'Dupont', absorbed: 'Dupont SARL' },
      { field: 'vat', kept: 'FR1', absorbed: 'FR2' },
      { field: 'custom:size', kept: 10, absorbed: 12 },
    ]);
    expect(plan.absorbedCompany).toEqual({ ...absorbed.company, mergedIntoId: 'K', updatedAt: NOW });
    expect(plan.snapshot.companies).toEqual([kept.company, absorbed.company]);
    expect(plan.snapshot.conflicts).toEqual(plan.conflicts);
  });

  test('records are re-parented; the kept sheet keeps its flags; the snapshot holds the before-state', () => {
    const kept = sheet(company('K'), {
      addresses: [address('ka', 'K', { isMain: true, forInvoices: true })],
      people: [person('kp', 'K', { isBillingContact: true })],
    });
    const absorbed = sheet(company('A'), {
      addresses: [address('aa', 'A', { isMain: true, forInvoices: true, forDeliveries: true })],
      people: [person('ap', 'A', { isBillingContact: true }), person('ap2', 'A')],
      interactions: [
        {
          id: 'i1',
          companyId: 'A',
          type: 'note',
          happensAt: 5,
          title: 't',
          content: '',
          personIds: ['ap'],
          createdAt: 1,
          updatedAt: 1,
        },
      ],
      tasks: [{ id: 't1', companyId: 'A', title: 'x', done: false, createdAt: 1, updatedAt: 1 }],
    });
    const plan = planMerge(kept, absorbed, NOW);
    expect(plan.moved).toMatchObject({ addresses: 1, people: 2, interactions: 1, tasks: 1, invoices: 0 });
    const aa = plan.writes.addresses.find((a) => a.id === 'aa')!;
    expect(aa).toMatchObject({
      companyId: 'K',
      isMain: false,
      forInvoices: false,
      forDeliveries: true,
      updatedAt: NOW,
    });
    expect(plan.writes.addresses.map((a) => a.id)).toEqual(['aa']); // the kept address did not change
    expect(plan.writes.people.find((p) => p.id === 'ap')).toMatchObject({ companyId: 'K', isBillingContact: false });
    expect(plan.writes.interactions[0]).toMatchObject({ companyId: 'K', updatedAt: NOW });
    expect(plan.snapshot.addresses).toEqual([absorbed.addresses[0]]);
    expect(plan.snapshot.people).toEqual(absorbed.people);
    expect(plan.snapshot.tasks).toEqual(absorbed.tasks);
  });

  test('a kept sheet without addresses takes the absorbed sheet’s flags', () => {
    const plan = planMerge(
      sheet(company('K')),
      sheet(company('A'), { addresses: [address('aa', 'A', { isMain: true, forInvoices: true })] }),
      NOW,
    );
    expect(plan.writes.addresses[0]).toMatchObject({ isMain: true, forInvoices: true });
  });

  test('an empty or identical comment adds nothing', () => {
    expect(planMerge(sheet(company('K', { comment: 'x' })), sheet(company('A')), NOW).keptCompany.comment).toBe('x');
    expect(
      planMerge(sheet(company('K', { comment: 'x' })), sheet(company('A', { comment: 'x ' })), NOW).keptCompany.comment,
    ).toBe('x');
  });

  test('impossible merges are refused', () => {
    expect(() => planMerge(sheet(company('K')), sheet(company('K')), NOW)).toThrow(MergeRefused);
    expect(() => planMerge(sheet(company('K')), sheet(company('A', { mergedIntoId: 'Z' })), NOW)).toThrow(MergeRefused);
    expect(() => planMerge(sheet(company('K', { deletedAt: 3 })), sheet(company('A')), NOW)).toThrow(MergeRefused);
  });
});
