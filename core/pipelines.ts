/**
 * Opportunities, tasks and tickets of a sheet (SPEC §2.5), as pure functions of their records:
 * pipeline and step ordering, the default pipeline, open/closed partitions, weighted amounts,
 * overdue tasks and the amount typed by a person. `today` is a parameter ('YYYY-MM-DD', compared
 * as strings): nothing here reads a clock.
 */
import type { Opportunity, Pipeline, Task, Ticket } from './domain';

/* ---------- pipelines ---------- */

/** Probabilities of the default pipeline's steps ("Ventes"/"Sales"): qualification → signature. */
export const DEFAULT_STEP_PROBABILITIES = [10, 40, 70, 90] as const;

export interface PipelineStepDraft {
  name: string;
  probability: number;
}

export function sortPipelines(pipelines: readonly Pipeline[]): Pipeline[] {
  return [...pipelines].sort(
    (a, b) => a.position - b.position || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
}

/** The pipeline offered first: the lowest position among those that have steps (an empty one holds nothing). */
export function defaultPipeline(pipelines: readonly Pipeline[]): Pipeline | undefined {
  return sortPipelines(pipelines).find((p) => p.steps.length > 0);
}

/** Moves the item at `index` by `delta` places (clamped); a new array, the input untouched. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const out = [...items];
  if (index < 0 || index >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, index + delta));
  if (target === index) return out;
  const [item] = out.splice(index, 1);
  out.splice(target, 0, item as T);
  return out;
}

export function findStep(
  pipelines: readonly Pipeline[],
  stepId: string,
): { pipeline: Pipeline; step: Pipeline['steps'][number]; index: number } | undefined {
  for (const pipeline of pipelines) {
    const index = pipeline.steps.findIndex((s) => s.id === stepId);
    if (index >= 0) return { pipeline, step: pipeline.steps[index]!, index };
  }
  return undefined;
}

/** How many opportunities (open or closed) sit at each step of a pipeline. */
export function stepUsage(opportunities: readonly Opportunity[], pipelineId: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of opportunities) if (o.pipelineId === pipelineId) out[o.stepId] = (out[o.stepId] ?? 0) + 1;
  return out;
}

export type StepError = 'required' | 'too-long' | 'probability' | 'name-taken';

/** Trims a step's name and checks its probability (whole number 0–100); `others` are the pipeline's other step names. */
export function checkStep(
  draft: PipelineStepDraft,
  others: readonly string[] = [],
): { ok: true; value: PipelineStepDraft } | { ok: false; errors: Partial<Record<'name' | 'probability', StepError>> } {
  const errors: Partial<Record<'name' | 'probability', StepError>> = {};
  const name = draft.name.trim().replace(/\s+/g, ' ');
  if (name === '') errors.name = 'required';
  else if (name.length > 200) errors.name = 'too-long';
  else if (others.some((o) => o.trim().toLocaleLowerCase() === name.toLocaleLowerCase())) errors.name = 'name-taken';
  if (!Number.isInteger(draft.probability) || draft.probability < 0 || draft.probability > 100)
    errors.probability = 'probability';
  return errors.name || errors.probability
    ? { ok: false, errors }
    : { ok: true, value: { name, probability: draft.probability } };
}

/** "40", " 40 % " → 40; anything else (decimals, out of range, empty) → null. */
export function parseProbability(text: string): number | null {
  const s = text.trim().replace(/\s*%$/, '');
  if (!/^\d{1,3}$/.test(s)) return null;
  const n = Number(s);
  return n <= 100 ? n : null;
}

/* ---------- opportunities ---------- */

const byExpected = (a: Opportunity, b: Opportunity) =>
  (a.expectedDate ?? '9999-99-99').localeCompare(b.expectedDate ?? '9999-99-99') || b.updatedAt - a.updatedAt;

/** Open ones by expected date (undated last); closed ones (won or lost) newest close first. */
export function partitionOpportunities(opportunities: readonly Opportunity[]): {
  open: Opportunity[];
  closed: Opportunity[];
} {
  const open = opportunities.filter((o) => o.status === 'open').sort(byExpected);
  const closed = opportunities.filter((o) => o.status !== 'open').sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0));
  return { open, closed };
}

export interface CurrencyTotal {
  currency: string;
  /** Sum of the amounts, in cents. */
  total: number;
  /** Sum of amount × probability, rounded to the cent. */
  weighted: number;
}

/** Totals of the open opportunities, one line per currency (never summed across currencies), by currency code. */
export function weightedTotals(opportunities: readonly Opportunity[]): CurrencyTotal[] {
  const map = new Map<string, { total: number; weighted: number }>();
  for (const o of opportunities) {
    if (o.status !== 'open') continue;
    const t = map.get(o.currency) ?? { total: 0, weighted: 0 };
    t.total += o.amount;
    t.weighted += (o.amount * o.probability) / 100;
    map.set(o.currency, t);
  }
  return [...map.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, t]) => ({ currency, total: t.total, weighted: Math.round(t.weighted) }));
}

/**
 * An amount typed by a person, in cents: "1 234,56", "1,234.56", "1.234,56", "1234.5", "1 234 €",
 * "12" all read. The last of ',' or '.' followed by one or two digits is the decimal mark; groups of
 * three digits after a separator are thousands. Negative, empty or malformed input → null.
 */
export function parseAmountCents(text: string): number | null {
  let s = text
    .trim()
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/[€$£]|[A-Z]{3}$/gi, '');
  if (s === '' || !/^[\d.,]+$/.test(s)) return null;
  let decimals = '';
  const m = /[.,](\d{1,2})$/.exec(s);
  if (m) {
    decimals = m[1]!;
    s = s.slice(0, m.index);
  }
  if (s === '') s = '0';
  // What is left is the whole part: digits, possibly grouped by threes with one kind of separator.
  if (!/^\d+$/.test(s) && !/^\d{1,3}([.,]\d{3})+$/.test(s)) return null;
  const seps = new Set(s.replace(/\d/g, ''));
  if (seps.size > 1) return null;
  if (m && seps.has(m[0][0]!)) return null; // "1,234,56": the decimal mark cannot also group thousands
  const whole = Number(s.replace(/[.,]/g, ''));
  const cents = whole * 100 + Number(decimals.padEnd(2, '0') || '0');
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents back to the plain text the amount field shows when editing: "1234.5" style, no grouping. */
export function amountInputText(cents: number, decimalMark: ',' | '.' = '.'): string {
  const whole = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return rest === 0 ? String(whole) : `${whole}${decimalMark}${String(rest).padStart(2, '0')}`;
}

/* ---------- tasks ---------- */

export function isTaskOverdue(task: Pick<Task, 'done' | 'dueDate'>, today: string): boolean {
  return !task.done && task.dueDate !== undefined && task.dueDate < today;
}

/** Open tasks by due date (undated last), done ones most recently done first. */
export function partitionTasks(tasks: readonly Task[]): { open: Task[]; closed: Task[] } {
  const open = tasks
    .filter((t) => !t.done)
    .sort((a, b) => (a.dueDate ?? '9999-99-99').localeCompare(b.dueDate ?? '9999-99-99') || a.createdAt - b.createdAt);
  const closed = tasks.filter((t) => t.done).sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0));
  return { open, closed };
}

/* ---------- tickets ---------- */

export const TICKET_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const satisfies readonly Ticket['priority'][];

/** Open and pending tickets, most urgent first then most recently updated; closed ones newest first. */
export function partitionTickets(tickets: readonly Ticket[]): { open: Ticket[]; closed: Ticket[] } {
  const rank = (t: Ticket) => TICKET_PRIORITIES.indexOf(t.priority);
  const open = tickets
    .filter((t) => t.status !== 'closed')
    .sort((a, b) => rank(a) - rank(b) || b.updatedAt - a.updatedAt);
  const closed = tickets.filter((t) => t.status === 'closed').sort((a, b) => b.updatedAt - a.updatedAt);
  return { open, closed };
}
