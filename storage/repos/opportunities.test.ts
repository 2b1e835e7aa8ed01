import { describe, expect, it } from 'vitest';
import { FicheDB } from '../db';
import {
  deleteOpportunity,
  listOpportunities,
  moveOpportunity,
  restoreOpportunity,
  saveOpportunity,
  setOpportunityStatus,
} from './opportunities';
import { addStep, createPipeline } from './pipelines';

const fresh = () => new FicheDB('test-' + crypto.randomUUID());

async function setup() {
  const db = fresh();
  const p = await createPipeline('Ventes', [], db);
  if (!p.ok) throw new Error(p.error);
  const s1 = await addStep(p.id, { name: 'Qualification', probability: 10 }, db);
  const s2 = await addStep(p.id, { name: 'Négociation', probability: 70 }, db);
  if (!s1.ok || !s2.ok) throw new Error('steps');
  return { db, pipelineId: p.id, s1: s1.stepId, s2: s2.stepId };
}

describe('opportunities repo', () => {
  it('saves, edits (keeping createdAt and status), lists by sheet', async () => {
    const { db, pipelineId, s1 } = await setup();
    const id = await saveOpportunity(
      'c1',
      {
        pipelineId,
        stepId: s1,
        title: ' Showroom ',
        amount: 123456,
        currency: 'EUR',
        probability: 10,
        expectedDate: '2025-06-30',
        personId: '',
      },
      undefined,
      db,
    );
    const saved = (await db.opportunities.get(id))!;
    expect(saved).toMatchObject({
      companyId: 'c1',
      title: 'Showroom',
      amount: 123456,
      status: 'open',
      expectedDate: '2025-06-30',
    });
    expect('personId' in saved).toBe(false);
    await setOpportunityStatus(id, 'won', db, 42);
    await saveOpportunity(
      'c1',
      { pipelineId, stepId: s1, title: 'Showroom 2', amount: 1, currency: 'USD', probability: 15 },
      id,
      db,
    );
    const edited = (await db.opportunities.get(id))!;
    expect(edited).toMatchObject({
      title: 'Showroom 2',
      currency: 'USD',
      status: 'won',
      closedAt: 42,
      createdAt: saved.createdAt,
    });
    expect(edited.expectedDate).toBeUndefined();
    expect((await listOpportunities('c1', db)).map((o) => o.id)).toEqual([id]);
    expect(await listOpportunities('c2', db)).toEqual([]);
  });

  it.each([
    ['an empty title', { title: '' }],
    ['a bad currency', { currency: 'euro' }],
    ['a probability above 100', { probability: 101 }],
    ['a decimal amount', { amount: 12.5 }],
    ['a bad expected date', { expectedDate: '30/06/2025' }],
  ])('refuses %s (zod)', async (_name, patch) => {
    const { db, pipelineId, s1 } = await setup();
    await expect(
      saveOpportunity(
        'c1',
        { pipelineId, stepId: s1, title: 'T', amount: 1, currency: 'EUR', probability: 1, ...patch },
        undefined,
        db,
      ),
    ).rejects.toThrow();
    expect(await db.opportunities.count()).toBe(0);
  });

  it('refuses a step that is not in the pipeline', async () => {
    const { db, pipelineId } = await setup();
    await expect(
      saveOpportunity(
        'c1',
        { pipelineId, stepId: 'other', title: 'T', amount: 1, currency: 'EUR', probability: 1 },
        undefined,
        db,
      ),
    ).rejects.toThrow(/no step/);
  });

  it('moving to a step takes its default probability', async () => {
    const { db, pipelineId, s1, s2 } = await setup();
    const id = await saveOpportunity(
      'c1',
      { pipelineId, stepId: s1, title: 'T', amount: 1, currency: 'EUR', probability: 33 },
      undefined,
      db,
    );
    await moveOpportunity(id, s2, db);
    expect(await db.opportunities.get(id)).toMatchObject({ stepId: s2, probability: 70 });
    await expect(moveOpportunity(id, 'nope', db)).rejects.toThrow();
  });

  it.each([
    ['won', 'won'],
    ['lost', 'lost'],
  ] as const)('marks %s with closedAt, reopening clears it', async (_n, status) => {
    const { db, pipelineId, s1 } = await setup();
    const id = await saveOpportunity(
      'c1',
      { pipelineId, stepId: s1, title: 'T', amount: 1, currency: 'EUR', probability: 10 },
      undefined,
      db,
    );
    await setOpportunityStatus(id, status, db, 1000);
    expect(await db.opportunities.get(id)).toMatchObject({ status, closedAt: 1000 });
    await setOpportunityStatus(id, 'open', db, 2000);
    const reopened = (await db.opportunities.get(id))!;
    expect(reopened.status).toBe('open');
    expect(reopened.closedAt).toBeUndefined();
  });

  it('deletes and restores (undo)', async () => {
    const { db, pipelineId, s1 } = await setup();
    const id = await saveOpportunity(
      'c1',
      { pipelineId, stepId: s1, title: 'T', amount: 1, currency: 'EUR', probability: 10 },
      undefined,
      db,
    );
    const before = await db.opportunities.get(id);
    const gone = await deleteOpportunity(id, db);
    expect(await db.opportunities.get(id)).toBeUndefined();
    await restoreOpportunity(gone!, db);
    expect(await db.opportunities.get(id)).toEqual(before);
    expect(await deleteOpportunity('nope', db)).toBeUndefined();
  });
});
