/**
 * The records that carry a reminder (core/reminders): emails scheduled for later and open tasks with
 * a due day, from `since` on. Read through indexes: a scheduled email's `happensAt` is its scheduled
 * time, a task's `dueDate` is indexed; nothing reads a whole table.
 */
import { emailReminder, taskReminder, type Reminder } from '../../core/reminders';
import { db as defaultDb, type FicheDB } from '../db';

const DAY_MS = 86_400_000;

const isoDay = (ms: number) => {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

export async function listReminders(since: number, db: FicheDB = defaultDb): Promise<Reminder[]> {
  return db.transaction('r', [db.interactions, db.tasks, db.companies], async () => {
    const out: Reminder[] = [];
    await db.interactions
      .where('happensAt')
      .aboveOrEqual(since)
      .each((i) => {
        const r = emailReminder(i);
        if (r) out.push(r);
      });
    // A task's reminder is at 9:00 on its day: the day before `since` may still hold one after it.
    await db.tasks
      .where('dueDate')
      .aboveOrEqual(isoDay(since - DAY_MS))
      .each((task) => {
        const r = taskReminder(task);
        if (r && r.at >= since) out.push(r);
      });
    // Reminders of sheets in the trash or merged away are dropped.
    const ids = [...new Set(out.flatMap((r) => (r.companyId ? [r.companyId] : [])))];
    const companies = await db.companies.bulkGet(ids);
    const gone = new Set(companies.filter((c) => c && (c.deletedAt !== undefined || c.mergedIntoId)).map((c) => c!.id));
    return out.filter((r) => !r.companyId || !gone.has(r.companyId));
  });
}

/** The names of sheets, for the notification text. */
export async function companyNames(ids: readonly string[], db: FicheDB = defaultDb): Promise<Map<string, string>> {
  const rows = await db.companies.bulkGet([...ids]);
  return new Map(rows.flatMap((c) => (c ? [[c.id, c.name] as [string, string]] : [])));
}
