import { describe, expect, it } from 'vitest';
import { FicheDB } from '../db';
import { saveOpportunity, setOpportunityStatus } from './opportunities';
import {
  addStep,
  countByStep,
  createPipeline,
  deletePipeline,
  deleteStep,
  ensureDefaultPipeline,
  listPipelines,
  makeDefaultPipeline,
  moveStep,
  renamePipeline,
  restorePipeline,
  updateStep,
} from './pipelines';

const fresh = () => new FicheDB('test-' + crypto.randomUUID());
const NAMES = { name: 'Ventes', steps: ['Qualification', 'Proposition envoyée', 'Négociation', 'Signature'] };

async function pipelineWith(db: FicheDB, name: string, steps: Array<[string, number]>) {
  const r = await createPipeline(name, [], db);
  if (!r.ok) throw new Error(r.error);
  const ids: string[] = [];
  for (const [n, probability] of steps) {
    const s = await addStep(r.id, { name: n, probability }, db);
    if (!s.ok) throw new Error(JSON.stringify(s.errors));
    ids.push(s.stepId);
  }
  return { id: r.id, steps: ids };
}

const opp = (db: FicheDB, pipelineId: string, stepId: string, title = 'Deal') =>
  saveOpportunity('c1', { pipelineId, stepId, title, amount: 100000, currency: 'EUR', probability: 5 }, undefined, db);

describe('pipelines repo', () => {
  it('creates the default pipeline once, only when there is none', async () => {
    const db = fresh();
    const id = await ensureDefaultPipeline(NAMES, db);
    expect(id).toBeTruthy();
    expect(await ensureDefaultPipeline(NAMES, db)).toBeNull();
    const [p, ...rest] = await listPipelines(db);
    expect(rest).toEqual([]);
    expect(p!.name).toBe('Ventes');
    expect(p!.steps.map((s) => [s.name, s.probability])).toEqual([
      ['Qualification', 10],
      ['Proposition envoyée', 40],
      ['Négociation', 70],
      ['Signature', 90],
    ]);
  });

  it('does not create the default pipeline when the user has one', async () => {
    const db = fresh();
    await createPipeline('Partenariats', [], db);
    expect(await ensureDefaultPipeline(NAMES, db)).toBeNull();
    expect((await listPipelines(db)).map((p) => p.name)).toEqual(['Partenariats']);
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['x'.repeat(201), 'too-long'],
    [' ventes ', 'name-taken'],
  ])('refuses the pipeline name %j (%s)', async (name, error) => {
    const db = fresh();
    await createPipeline('Ventes', [], db);
    expect(await createPipeline(name, [], db)).toEqual({ ok: false, error });
  });

  it('orders new pipelines last; makes one default; renames', async () => {
    const db = fresh();
    const a = await pipelineWith(db, 'A', [['s', 10]]);
    const b = await pipelineWith(db, 'B', [['s', 10]]);
    expect((await listPipelines(db)).map((p) => p.name)).toEqual(['A', 'B']);
    await makeDefaultPipeline(b.id, db);
    expect((await listPipelines(db)).map((p) => [p.name, p.position])).toEqual([
      ['B', 0],
      ['A', 1],
    ]);
    expect(await renamePipeline(a.id, 'B', db)).toEqual({ ok: false, error: 'name-taken' });
    expect(await renamePipeline(a.id, ' Achats ', db)).toEqual({ ok: true });
    expect((await db.pipelines.get(a.id))!.name).toBe('Achats');
  });

  it('adds, updates and reorders steps; validates them', async () => {
    const db = fresh();
    const p = await pipelineWith(db, 'P', [
      ['One', 10],
      ['Two', 20],
      ['Three', 30],
    ]);
    expect(await addStep(p.id, { name: 'two', probability: 50 }, db)).toEqual({
      ok: false,
      errors: { name: 'name-taken' },
    });
    expect(await addStep(p.id, { name: 'Four', probability: 150 }, db)).toEqual({
      ok: false,
      errors: { probability: 'probability' },
    });
    expect(await updateStep(p.id, p.steps[1]!, { name: 'Deux', probability: 25 }, db)).toEqual({
      ok: true,
      stepId: p.steps[1],
    });
    await moveStep(p.id, p.steps[2]!, -2, db);
    const steps = (await db.pipelines.get(p.id))!.steps;
    expect(steps.map((s) => `${s.name}:${s.probability}`)).toEqual(['Three:30', 'One:10', 'Deux:25']);
  });

  it('deletes an unused step, and restores it', async () => {
    const db = fresh();
    const p = await pipelineWith(db, 'P', [
      ['One', 10],
      ['Two', 20],
    ]);
    const r = await deleteStep(p.id, p.steps[0]!, {}, db);
    expect(r.ok).toBe(true);
    expect((await db.pipelines.get(p.id))!.steps.map((s) => s.name)).toEqual(['Two']);
    if (r.ok) await restorePipeline(r.before, db);
    expect((await db.pipelines.get(p.id))!.steps.map((s) => s.name)).toEqual(['One', 'Two']);
  });

  it('refuses to delete a step in use, with the count; moves its opportunities in one transaction', async () => {
    const db = fresh();
    const p = await pipelineWith(db, 'P', [
      ['One', 10],
      ['Two', 60],
    ]);
    const o1 = await opp(db, p.id, p.steps[0]!);
    const o2 = await opp(db, p.id, p.steps[0]!);
    await setOpportunityStatus(o2, 'won', db);
    expect(await countByStep(p.id, db)).toEqual({ [p.steps[0]!]: 2 });
    expect(await deleteStep(p.id, p.steps[0]!, {}, db)).toEqual({ ok: false, reason: 'in-use', count: 2 });
    expect(await deleteStep(p.id, p.steps[0]!, { moveTo: p.steps[0]! }, db)).toEqual({
      ok: false,
      reason: 'bad-target',
    });
    expect(await deleteStep(p.id, p.steps[0]!, { moveTo: 'nope' }, db)).toEqual({ ok: false, reason: 'bad-target' });
    expect((await db.pipelines.get(p.id))!.steps).toHaveLength(2);

    const r = await deleteStep(p.id, p.steps[0]!, { moveTo: p.steps[1]! }, db);
    expect(r).toMatchObject({ ok: true, moved: 2 });
    expect((await db.pipelines.get(p.id))!.steps.map((s) => s.name)).toEqual(['Two']);
    const open = (await db.opportunities.get(o1))!;
    const won = (await db.opportunities.get(o2))!;
    expect([open.stepId, open.probability]).toEqual([p.steps[1], 60]);
    expect([won.stepId, won.probability]).toEqual([p.steps[1], 5]);
  });

  it('moves opportunities to a step of another pipeline', async () => {
    const db = fresh();
    const a = await pipelineWith(db, 'A', [['One', 10]]);
    const b = await pipelineWith(db, 'B', [['Other', 80]]);
    const o = await opp(db, a.id, a.steps[0]!);
    expect(await deleteStep(a.id, a.steps[0]!, { moveTo: b.steps[0]! }, db)).toMatchObject({ ok: true, moved: 1 });
    expect(await db.opportunities.get(o)).toMatchObject({ pipelineId: b.id, stepId: b.steps[0], probability: 80 });
  });

  it('keeps everything when the move fails half-way (one transaction)', async () => {
    const db = fresh();
    const p = await pipelineWith(db, 'P', [
      ['One', 10],
      ['Two', 20],
    ]);
    const o = await opp(db, p.id, p.steps[0]!);
    // An invalid record in the table makes the zod parse throw during the move.
    await db.opportunities.put({ ...(await db.opportunities.get(o))!, id: 'broken', title: '' });
    await expect(deleteStep(p.id, p.steps[0]!, { moveTo: p.steps[1]! }, db)).rejects.toThrow();
    expect((await db.pipelines.get(p.id))!.steps).toHaveLength(2);
    expect((await db.opportunities.get(o))!.stepId).toBe(p.steps[0]);
  });

  it('refuses to delete a pipeline in use; deletes and restores an unused one', async () => {
    const db = fresh();
    const a = await pipelineWith(db, 'A', [['One', 10]]);
    const b = await pipelineWith(db, 'B', [['One', 10]]);
    await opp(db, a.id, a.steps[0]!);
    expect(await deletePipeline(a.id, db)).toEqual({ ok: false, reason: 'in-use', count: 1 });
    const r = await deletePipeline(b.id, db);
    expect(r.ok).toBe(true);
    expect(await db.pipelines.get(b.id)).toBeUndefined();
    if (r.ok) await restorePipeline(r.pipeline, db);
    expect((await db.pipelines.get(b.id))!.name).toBe('B');
  });
});
