/**
 * Reminders (issue 12 "Sending that tells the truth"): an email scheduled to be sent later and a task
 * due on a day each give one reminder at a time. The background turns them into `alarms` and, when
 * the time comes, into a notification that opens the compose page or the task's sheet. Pure: the
 * records and the clock are parameters; the background keeps nothing in memory (SPEC §1).
 */
import type { Interaction, Task } from './domain';

export interface Reminder {
  kind: 'email' | 'task';
  /** The interaction or task id. */
  id: string;
  companyId?: string;
  /** When to remind, epoch ms. */
  at: number;
  title: string;
}

/** A task is due on a day: it is recalled at 9:00 that day, local time. */
export const TASK_REMINDER_HOUR = 9;

/** 'YYYY-MM-DD' → epoch ms at TASK_REMINDER_HOUR local time, or null for a malformed day. */
export function taskReminderAt(dueDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dueDate);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), TASK_REMINDER_HOUR, 0);
  // A day that does not exist ("2026-02-30") would roll over to another one.
  if (d.getMonth() !== Number(m[2]) - 1 || d.getDate() !== Number(m[3])) return null;
  return d.getTime();
}

/** The reminder of an exchange: only an email scheduled for later, with its time. */
export function emailReminder(i: Interaction): Reminder | null {
  if (i.type !== 'email' || i.email?.status !== 'scheduled' || i.email.scheduledAt === undefined) return null;
  return {
    kind: 'email',
    id: i.id,
    companyId: i.companyId,
    at: i.email.scheduledAt,
    title: i.title || i.email.subject,
  };
}

/** The reminder of a task: an open task with a due day. */
export function taskReminder(task: Task): Reminder | null {
  if (task.done || !task.dueDate) return null;
  const at = taskReminderAt(task.dueDate);
  if (at === null) return null;
  return { kind: 'task', id: task.id, ...(task.companyId ? { companyId: task.companyId } : {}), at, title: task.title };
}

/** Alarm and notification names: `fiche:email:<id>`, `fiche:task:<id>`. */
export const reminderName = (r: Pick<Reminder, 'kind' | 'id'>) => `fiche:${r.kind}:${r.id}`;

export function parseReminderName(name: string): { kind: Reminder['kind']; id: string } | null {
  const m = /^fiche:(email|task):(.+)$/.exec(name);
  return m ? { kind: m[1] as Reminder['kind'], id: m[2]! } : null;
}

/**
 * What a sweep at `now` does, given the last sweep's time: the reminders whose time passed since then
 * are shown now (their alarm fired, or the browser was closed at the time), and the next `limit`
 * future ones get an alarm. A first sweep (`lastSweep` null) shows nothing old: no flood on install.
 */
export function planSweep(
  reminders: readonly Reminder[],
  lastSweep: number | null,
  now: number,
  limit = 50,
): { notify: Reminder[]; arm: Reminder[] } {
  const since = lastSweep ?? now;
  const notify = reminders.filter((r) => r.at > since && r.at <= now).sort((a, b) => a.at - b.at);
  const arm = reminders
    .filter((r) => r.at > now)
    .sort((a, b) => a.at - b.at)
    .slice(0, limit);
  return { notify, arm };
}
