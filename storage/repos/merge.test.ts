// @vitest-environment node
// Node's own Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import { beforeEach, describe, expect, test } from 'vitest';
import type { Company } from '../../core/domain';
import type { FicheDB } from '../db';
import { freshDb } from '../test-db';
import { findMatches } from './matching';
import { loadSheetRecords, mergeCompanies, mergesInto, previewMerge, undoMerge } from './merge';
import { companyRecord } from '../../core/domain/test-records';

let db: FicheDB;
beforeEach(() => {
  db = freshDb();
});

const ts = { createdAt: 1, updatedAt: 1 };
const company = (id: string, patch: Partial<Company> = {}) => companyRecord(id, patch);

/** Two sheets with one record of every kind each. */
async function seed() {
  await db.companies.bulkAdd([
    company('K', { name: 'Dupont', domains: ['dupont.fr'], vat: 'FR44732829320', comment: 'Kept.' }),
    company('A', {
      name: 'Dupont SARL',
      domains: ['dupont.fr', 'dupont.com'],
      vat: 'FR00000000000',
      phone: '+33 4',
      comment: 'Absorbed.',
    }),
  ]);
  for (const c of ['K', 'A']) {
    await db.addresses.add({
      id: `${c}-ad`,
      companyId: c,
      label: c,
      contactName: '',
      street: '',
      postalCode: '',
      city: '',
      country: '',
      isMain: true,
      forInvoices: true,
      forDeliveries: false,
      forQuotes: false,
      ...ts,
    });
    await db.people.add({
      id: `${c}-p`,
      companyId: c,
      firstName: c,
      lastName: '',
      emails: [`${c.toLowerCase()}@dupont.fr`],
      jobTitle: '',
      phone: '',
      mobile: '',
      isBillingContact: true,
      customFields: {},
      ...ts,
    });
    await db.interactions.add({
      id: `${c}-i`,
      companyId: c,
      type: 'note',
      happensAt: 1,
      title: 'n',
      content: '',
      personIds: [`${c}-p`],
      ...ts,
    });
    await db.opportunities.add({
      id: `${c}-o`,
      companyId: c,
      pipelineId: 'pl',
      stepId: 's',
      title: 'o',
      amount: 100,
      currency: 'EUR',
      probability: 10,
      status: 'open',
      ...ts,
    });
    await db.projects.add({ id: `${c}-pr`, companyId: c, name: 'pr', status: 'open', ...ts });
    await db.tasks.add({ id: `${c}-t`, companyId: c, projectId: `${c}-pr`, title: 't', done: false, ...ts });
    await db.tickets.add({
      id: `${c}-tk`,
      companyId: c,
      subject: 's',
      status: 'open',
      priority: 'normal',
      comments: [],
      ...ts,
    });
    await db.quotes.add({
      id: `${c}-q`,
      companyId: c,
      number: `D-${c}`,
      date: '2026-01-01',
      amountExclTax: 1,
      amountInclTax: 1,
      currency: 'EUR',
      status: 'sent',
      ...ts,
    });
    await db.orders.add({
      id: `${c}-or`,
      companyId: c,
      number: `C-${c}`,
      date: '2026-01-01',
      amountExclTax: 1,
      amountInclTax: 1,
      currency: 'EUR',
      closedByHand: false,
      ...ts,
    });
    await db.invoices.add({
      id: `${c}-f`,
      companyId: c,
      number: `F-${c}`,
      date: '2026-01-01',
      amountExclTax: 1,
      amountInclTax: 1,
      currency: 'EUR',
      kind: 'invoice',
      status: 'issued',
      payments: [],
      ...ts,
    });
    await db.documents.add({
      id: `${c}-d`,
      companyId: c,
      name: `${c}.txt`,
      mimeType: 'text/plain',
      size: 2,
      content: new Blob([`${c}!`]),
      signatureStatus: 'none',
      ...ts,
    });
  }
}

/** Both sheets' records, documents without their Blob (compared by text). */
async function state() {
  const out: Record<string, unknown> = {};
  for (const id of ['K', 'A']) {
    const r = (await loadSheetRecords(id, db))!;
    const documents = await Promise.all(
      r.documents.map(async ({ content, ...rest }) => ({ ...rest, text: await content.text() })),
    );
    out[id] = { ...r, documents };
  }
  return out;
}

describe('merge repository', () => {
  test('the preview counts what moves and lists the conflicts, writing nothing', async () => {
    await seed();
    const before = await state();
    const plan = await previewMerge('K', 'A', {}, db);
    expect(plan.moved).toEqual({
      addresses: 1,
      people: 1,
      interactions: 1,
      opportunities: 1,
      tasks: 1,
      projects: 1,
      tickets: 1,
      quotes: 1,
      orders: 1,
      invoices: 1,
      documents: 1,
    });
    expect(plan.conflicts.map((c) => c.field)).toEqual(['name', 'vat']);
    expect(await state()).toEqual(before);
  });

  test('merge moves everything, keeps the kept flags, records conflicts, and the absorbed id resolves to the kept sheet', async () => {
    await seed();
    const { historyId } = await mergeCompanies('K', 'A', { commentHeading: (n) => `[${n}]` }, db);
    const kept = (await loadSheetRecords('K', db))!;
    for (const table of [
      'addresses',
      'people',
      'interactions',
      'opportunities',
      'tasks',
      'projects',
      'tickets',
      'quotes',
      'orders',
      'invoices',
      'documents',
    ] as const) {
      expect(kept[table], table).toHaveLength(2);
      expect(await loadSheetRecords('A', db).then((r) => r![table]), table).toEqual([]);
    }
    expect(await Promise.all(kept.documents.map((d) => d.content.text()))).toEqual(
      expect.arrayContaining(['K!', 'A!']),
    );
    expect(kept.addresses.filter((a) => a.forInvoices).map((a) => a.id)).toEqual(['K-ad']);
    expect(kept.addresses.filter((a) => a.isMain).map((a) => a.id)).toEqual(['K-ad']);
    expect(kept.people.filter((p) => p.isBillingContact).map((p) => p.id)).toEqual(['K-p']);
    expect(kept.company).toMatchObject({
      name: 'Dupont',
      phone: '+33 4',
      vat: 'FR44732829320',
      comment: 'Kept.\n\n[Dupont SARL]\nAbsorbed.',
    });
    expect(kept.company.domains.sort()).toEqual(['dupont.com', 'dupont.fr']);
    expect(await db.companies.get('A')).toMatchObject({ mergedIntoId: 'K' });
    const entry = (await db.history.get(historyId))!;
    expect(entry).toMatchObject({ kind: 'merge', companyId: 'K', otherCompanyId: 'A' });
    expect(entry.snapshot.conflicts).toEqual([
      { field: 'name', kept: 'Dupont', absorbed: 'Dupont SARL' },
      { field: 'vat', kept: 'FR44732829320', absorbed: 'FR00000000000' },
    ]);
    expect((await mergesInto('K', db)).map((m) => m.absorbedName)).toEqual(['Dupont SARL']);
    // The absorbed sheet's contact now finds the kept sheet.
    const matches = await findMatches(
      { emails: [{ address: 'a@dupont.fr', role: 'from' }], people: [], companies: [] } as never,
      db,
    );
    expect(matches.map((m) => m.companyId)).toEqual(['K']);
  });

  test('a failure mid-way leaves nothing changed', async () => {
    await seed();
    const before = await state();
    const historyBefore = await db.history.count();
    // The invoices are written after the companies, addresses and contacts: a failure there must undo those.
    db.invoices.hook('updating', () => {
      throw new Error('disk full');
    });
    await expect(mergeCompanies('K', 'A', {}, db)).rejects.toThrow('disk full');
    expect(await state()).toEqual(before);
    expect(await db.history.count()).toBe(historyBefore);
  });

  test('undo restores the exact before state of both sheets', async () => {
    await seed();
    const before = await state();
    const { historyId } = await mergeCompanies('K', 'A', {}, db);
    expect(await undoMerge(historyId, db)).toEqual({ ok: true });
    expect(await state()).toEqual(before);
    expect((await db.history.get(historyId))!.undoneAt).toBeGreaterThan(0);
    expect(await mergesInto('K', db)).toEqual([]);
    expect(await undoMerge(historyId, db)).toEqual({ ok: false, reason: 'already-undone' });
  });

  test('undo refuses when a record of the merge changed since, and changes nothing', async () => {
    await seed();
    const { historyId } = await mergeCompanies('K', 'A', {}, db);
    await db.people.update('A-p', { jobTitle: 'CEO', updatedAt: Date.now() + 1 });
    const after = await state();
    expect(await undoMerge(historyId, db)).toEqual({ ok: false, reason: 'changed-since', changed: 1 });
    expect(await state()).toEqual(after);
  });

  test('merging a sheet into itself, or an absorbed one, is refused', async () => {
    await seed();
    await expect(mergeCompanies('K', 'K', {}, db)).rejects.toThrow('same-sheet');
    await mergeCompanies('K', 'A', {}, db);
    await expect(mergeCompanies('K', 'A', {}, db)).rejects.toThrow('already-merged');
  });
});
