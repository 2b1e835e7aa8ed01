/**
 * Opportunities of a sheet (SPEC §2.5): saved in a pipeline step, moved between steps (taking the
 * step's default probability), won or lost (`closedAt`), reopened, deleted with undo. Every record
 * is parsed by its zod schema before it is written; unknown ids are programmer errors (thrown).
 */
import { findStep } from '../../core/pipelines';
import { newId, opportunity as opportunitySchema, type Opportunity } from '../../core/domain';
import { db as defaultDb, type FicheDB } from '../db';
import { deleteForUndo } from './delete-for-undo';

export type OpportunityInput = Pick<
  Opportunity,
  'pipelineId' | 'stepId' | 'title' | 'amount' | 'currency' | 'probability'
> &
  Partial<Pick<Opportunity, 'expectedDate' | 'personId' | 'ownerId'>>;

export function listOpportunities(companyId: string, db: FicheDB = defaultDb): Promise<Opportunity[]> {
  return db.opportunities.where('companyId').equals(companyId).toArray();
}

async function getOrThrow(db: FicheDB, id: string): Promise<Opportunity> {
  const o = await db.opportunities.get(id);
  if (!o) throw new Error(`no opportunity ${id}`);
  return o;
}

/** Creates (no id) or updates an opportunity; the step must belong to the pipeline. */
export async function saveOpportunity(
  companyId: string,
  input: OpportunityInput,
  id?: string,
  db: FicheDB = defaultDb,
): Promise<string> {
  return db.transaction('rw', db.opportunities, db.pipelines, async () => {
    const pipeline = await db.pipelines.get(input.pipelineId);
    if (!pipeline || !pipeline.steps.some((s) => s.id === input.stepId))
      throw new Error(`no step ${input.stepId} in pipeline ${input.pipelineId}`);
    const current = id ? await getOrThrow(db, id) : undefined;
    const now = Date.now();
    const { expectedDate, personId, ownerId, ...rest } = input;
    const record = opportunitySchema.parse({
      ...rest,
      title: rest.title.trim(),
      ...(expectedDate ? { expectedDate } : {}),
      ...(personId ? { personId } : {}),
      ...(ownerId ? { ownerId } : {}),
      id: current?.id ?? newId(),
      companyId,
      status: current?.status ?? 'open',
      ...(current?.closedAt !== undefined ? { closedAt: current.closedAt } : {}),
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    });
    await db.opportunities.put(record);
    return record.id;
  });
}

/** Moves an opportunity to another step (of any pipeline); it takes the step's default probability. */
export async function moveOpportunity(id: string, stepId: string, db: FicheDB = defaultDb): Promise<void> {
  await db.transaction('rw', db.opportunities, db.pipelines, async () => {
    const o = await getOrThrow(db, id);
    const found = findStep(await db.pipelines.toArray(), stepId);
    if (!found) throw new Error(`no step ${stepId}`);
    await db.opportunities.put(
      opportunitySchema.parse({
        ...o,
        pipelineId: found.pipeline.id,
        stepId,
        probability: found.step.probability,
        updatedAt: Date.now(),
      }),
    );
  });
}

/** Marks an opportunity won or lost, or reopens it ('open' clears `closedAt`). */
export async function setOpportunityStatus(
  id: string,
  status: Opportunity['status'],
  db: FicheDB = defaultDb,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.opportunities, async () => {
    const { closedAt: _previous, ...o } = await getOrThrow(db, id);
    await db.opportunities.put(
      opportunitySchema.parse({ ...o, status, ...(status === 'open' ? {} : { closedAt: now }), updatedAt: now }),
    );
  });
}

/** Deletes an opportunity and returns it, for undo. */
export function deleteOpportunity(id: string, db: FicheDB = defaultDb): Promise<Opportunity | undefined> {
  return deleteForUndo(db, db.opportunities, id);
}

export async function restoreOpportunity(o: Opportunity, db: FicheDB = defaultDb): Promise<void> {
  await db.opportunities.put(opportunitySchema.parse(o));
}
