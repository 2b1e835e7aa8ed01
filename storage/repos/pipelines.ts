/**
 * Pipelines and their ordered steps (SPEC §1 options "pipelines", §2.5). A step that opportunities
 * use is never deleted from under them: `deleteStep` refuses with the count, or moves them to another
 * step (taking its probability) and deletes the step in the same transaction. Errors a person can
 * fix come back as values; thrown errors are programmer errors (unknown ids).
 */
import {
  checkStep,
  DEFAULT_STEP_PROBABILITIES,
  moveItem,
  sortPipelines,
  type PipelineStepDraft,
  type StepError,
} from '../../core/pipelines';
import { newId, opportunity as opportunitySchema, pipeline as pipelineSchema, type Pipeline } from '../../core/domain';
import { db as defaultDb, type FicheDB } from '../db';

export type PipelineNameError = 'required' | 'too-long' | 'name-taken';
export type StepErrors = Partial<Record<'name' | 'probability', StepError>>;

export function listPipelines(db: FicheDB = defaultDb): Promise<Pipeline[]> {
  return db.pipelines.toArray().then(sortPipelines);
}

function checkName(name: string): { ok: true; value: string } | { ok: false; error: PipelineNameError } {
  const v = name.trim().replace(/\s+/g, ' ');
  if (v === '') return { ok: false, error: 'required' };
  if (v.length > 200) return { ok: false, error: 'too-long' };
  return { ok: true, value: v };
}

async function nameTaken(db: FicheDB, name: string, exceptId?: string) {
  const all = await db.pipelines.toArray();
  return all.some((p) => p.id !== exceptId && p.name.toLocaleLowerCase() === name.toLocaleLowerCase());
}

async function put(db: FicheDB, p: Pipeline) {
  await db.pipelines.put(pipelineSchema.parse({ ...p, updatedAt: Date.now() }));
}

async function getOrThrow(db: FicheDB, id: string): Promise<Pipeline> {
  const p = await db.pipelines.get(id);
  if (!p) throw new Error(`no pipeline ${id}`);
  return p;
}

/**
 * Creates the default pipeline ("Ventes"/"Sales", names given in the user's language) when no
 * pipeline exists; does nothing otherwise. Returns the id of the pipeline created, if any.
 */
export async function ensureDefaultPipeline(
  names: { name: string; steps: readonly string[] },
  db: FicheDB = defaultDb,
): Promise<string | null> {
  return db.transaction('rw', db.pipelines, async () => {
    if ((await db.pipelines.count()) > 0) return null;
    const now = Date.now();
    const record = pipelineSchema.parse({
      id: newId(),
      name: names.name,
      position: 0,
      steps: names.steps.map((name, i) => ({ id: newId(), name, probability: DEFAULT_STEP_PROBABILITIES[i] ?? 50 })),
      createdAt: now,
      updatedAt: now,
    });
    await db.pipelines.add(record);
    return record.id;
  });
}

export type CreatePipelineResult = { ok: true; id: string } | { ok: false; error: PipelineNameError };

/** A new pipeline, last in order, with the given steps (possibly none yet). */
export async function createPipeline(
  name: string,
  steps: readonly PipelineStepDraft[] = [],
  db: FicheDB = defaultDb,
): Promise<CreatePipelineResult> {
  const checked = checkName(name);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.pipelines, async (): Promise<CreatePipelineResult> => {
    if (await nameTaken(db, checked.value)) return { ok: false, error: 'name-taken' };
    const all = await db.pipelines.toArray();
    const now = Date.now();
    const record = pipelineSchema.parse({
      id: newId(),
      name: checked.value,
      position: all.reduce((max, p) => Math.max(max, p.position + 1), 0),
      steps: steps.map((s) => ({ id: newId(), name: s.name, probability: s.probability })),
      createdAt: now,
      updatedAt: now,
    });
    await db.pipelines.add(record);
    return { ok: true, id: record.id };
  });
}

export async function renamePipeline(
  id: string,
  name: string,
  db: FicheDB = defaultDb,
): Promise<{ ok: true } | { ok: false; error: PipelineNameError }> {
  const checked = checkName(name);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.pipelines, async () => {
    const p = await getOrThrow(db, id);
    if (await nameTaken(db, checked.value, id)) return { ok: false as const, error: 'name-taken' as const };
    await put(db, { ...p, name: checked.value });
    return { ok: true as const };
  });
}

/** Puts a pipeline first (the one the sheet offers by default) and renumbers the others after it. */
export async function makeDefaultPipeline(id: string, db: FicheDB = defaultDb): Promise<void> {
  await db.transaction('rw', db.pipelines, async () => {
    const all = sortPipelines(await db.pipelines.toArray());
    const target = all.find((p) => p.id === id);
    if (!target) throw new Error(`no pipeline ${id}`);
    const ordered = [target, ...all.filter((p) => p.id !== id)];
    const now = Date.now();
    await db.pipelines.bulkPut(
      ordered.map((p, position) =>
        pipelineSchema.parse({ ...p, position, updatedAt: p.position === position ? p.updatedAt : now }),
      ),
    );
  });
}

export type DeletePipelineResult = { ok: true; pipeline: Pipeline } | { ok: false; reason: 'in-use'; count: number };

/** Deletes a pipeline that no opportunity uses; returns it, for undo. */
export async function deletePipeline(id: string, db: FicheDB = defaultDb): Promise<DeletePipelineResult> {
  return db.transaction('rw', db.pipelines, db.opportunities, async (): Promise<DeletePipelineResult> => {
    const p = await getOrThrow(db, id);
    const count = await db.opportunities.where('pipelineId').equals(id).count();
    if (count > 0) return { ok: false, reason: 'in-use', count };
    await db.pipelines.delete(id);
    return { ok: true, pipeline: p };
  });
}

/** Puts back a pipeline exactly as it was (undo of a deletion or of a step change). */
export async function restorePipeline(p: Pipeline, db: FicheDB = defaultDb): Promise<void> {
  await db.pipelines.put(pipelineSchema.parse(p));
}

export type StepResult = { ok: true; stepId: string } | { ok: false; errors: StepErrors };

/** Appends a step to a pipeline. */
export async function addStep(
  pipelineId: string,
  draft: PipelineStepDraft,
  db: FicheDB = defaultDb,
): Promise<StepResult> {
  return db.transaction('rw', db.pipelines, async (): Promise<StepResult> => {
    const p = await getOrThrow(db, pipelineId);
    if (p.steps.length >= 50) return { ok: false, errors: { name: 'too-long' } };
    const checked = checkStep(
      draft,
      p.steps.map((s) => s.name),
    );
    if (!checked.ok) return checked;
    const step = { id: newId(), ...checked.value };
    await put(db, { ...p, steps: [...p.steps, step] });
    return { ok: true, stepId: step.id };
  });
}

/** Renames a step and/or changes its default probability (opportunities keep their own probability). */
export async function updateStep(
  pipelineId: string,
  stepId: string,
  draft: PipelineStepDraft,
  db: FicheDB = defaultDb,
): Promise<StepResult> {
  return db.transaction('rw', db.pipelines, async (): Promise<StepResult> => {
    const p = await getOrThrow(db, pipelineId);
    if (!p.steps.some((s) => s.id === stepId)) throw new Error(`no step ${stepId}`);
    const checked = checkStep(
      draft,
      p.steps.filter((s) => s.id !== stepId).map((s) => s.name),
    );
    if (!checked.ok) return checked;
    await put(db, { ...p, steps: p.steps.map((s) => (s.id === stepId ? { ...s, ...checked.value } : s)) });
    return { ok: true, stepId };
  });
}

/** Moves a step up (-1) or down (+1) in its pipeline. */
export async function moveStep(
  pipelineId: string,
  stepId: string,
  delta: number,
  db: FicheDB = defaultDb,
): Promise<void> {
  await db.transaction('rw', db.pipelines, async () => {
    const p = await getOrThrow(db, pipelineId);
    const index = p.steps.findIndex((s) => s.id === stepId);
    if (index < 0) throw new Error(`no step ${stepId}`);
    await put(db, { ...p, steps: moveItem(p.steps, index, delta) });
  });
}

/** How many opportunities (open or closed) sit at each step of a pipeline. */
export async function countByStep(pipelineId: string, db: FicheDB = defaultDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  await db.opportunities
    .where('pipelineId')
    .equals(pipelineId)
    .each((o) => {
      out[o.stepId] = (out[o.stepId] ?? 0) + 1;
    });
  return out;
}

export type DeleteStepResult =
  | { ok: true; before: Pipeline; moved: number }
  | { ok: false; reason: 'in-use'; count: number }
  | { ok: false; reason: 'bad-target' };

/**
 * Deletes a step. When opportunities sit at it, refuses with their count unless `moveTo` names
 * another step (of any pipeline): then they move there, taking its probability, in the same
 * transaction as the deletion. `before` is the pipeline as it was, for undo of an unused step.
 */
export async function deleteStep(
  pipelineId: string,
  stepId: string,
  options: { moveTo?: string } = {},
  db: FicheDB = defaultDb,
): Promise<DeleteStepResult> {
  return db.transaction('rw', db.pipelines, db.opportunities, async (): Promise<DeleteStepResult> => {
    const p = await getOrThrow(db, pipelineId);
    if (!p.steps.some((s) => s.id === stepId)) throw new Error(`no step ${stepId}`);
    const using = await db.opportunities
      .where('pipelineId')
      .equals(pipelineId)
      .filter((o) => o.stepId === stepId)
      .toArray();
    if (using.length > 0 && options.moveTo === undefined) return { ok: false, reason: 'in-use', count: using.length };
    const now = Date.now();
    if (using.length > 0) {
      const all = await db.pipelines.toArray();
      const target = all
        .flatMap((x) => x.steps.map((s) => ({ pipeline: x, step: s })))
        .find((x) => x.step.id === options.moveTo);
      if (!target || target.step.id === stepId) return { ok: false, reason: 'bad-target' };
      await db.opportunities.bulkPut(
        using.map((o) =>
          opportunitySchema.parse({
            ...o,
            pipelineId: target.pipeline.id,
            stepId: target.step.id,
            // A won or lost opportunity keeps the probability it closed with.
            probability: o.status === 'open' ? target.step.probability : o.probability,
            updatedAt: now,
          }),
        ),
      );
    }
    await put(db, { ...p, steps: p.steps.filter((s) => s.id !== stepId) });
    return { ok: true, before: p, moved: using.length };
  });
}
