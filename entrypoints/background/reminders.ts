/**
 * "Send later" and task due days, through `alarms` and `notifications`. The background stays
 * stateless: every sweep derives the alarms from the database (core/reminders + storage/repos/
 * reminders) and re-creates them; the only thing kept is the time of the last sweep, in
 * `storage.local`, so that a reminder whose time passed while the browser was closed is shown once.
 * A sweep runs on startup, on install, on every alarm, on a 15-minute backstop alarm, and when an
 * extension page saved something with a time (message `reminders/sync`).
 * A click on a notification opens the email's compose page, or the task on its sheet.
 */
import { browser } from 'wxt/browser';
import { parseReminderName, planSweep, reminderName, type Reminder } from '../../core/reminders';
import { db } from '../../storage/db';
import { companyNames, listReminders } from '../../storage/repos/reminders';

const LAST_SWEEP_KEY = 'reminders:lastSweep';
const BACKSTOP = 'fiche:sweep';
const BACKSTOP_MINUTES = 15;

export async function sweepReminders(now = Date.now()): Promise<{ notified: number; armed: number }> {
  const stored = (await browser.storage.local.get(LAST_SWEEP_KEY))[LAST_SWEEP_KEY];
  const lastSweep = typeof stored === 'number' && stored <= now ? stored : null;
  const reminders = await listReminders(lastSweep ?? now, db);
  const plan = planSweep(reminders, lastSweep, now);

  // The alarms are exactly the planned ones: a reminder that went away (sent, done, deleted) loses its alarm.
  const wanted = new Map(plan.arm.map((r) => [reminderName(r), r]));
  for (const alarm of await browser.alarms.getAll()) {
    if (!parseReminderName(alarm.name)) continue;
    const r = wanted.get(alarm.name);
    if (!r || alarm.scheduledTime !== r.at) await browser.alarms.clear(alarm.name);
    else wanted.delete(alarm.name);
  }
  for (const [name, r] of wanted) browser.alarms.create(name, { when: r.at });
  if (!(await browser.alarms.get(BACKSTOP))) browser.alarms.create(BACKSTOP, { periodInMinutes: BACKSTOP_MINUTES });

  if (plan.notify.length) {
    const names = await companyNames(
      plan.notify.flatMap((r) => (r.companyId ? [r.companyId] : [])),
      db,
    );
    for (const r of plan.notify) await notify(r, r.companyId ? names.get(r.companyId) : undefined);
  }
  await browser.storage.local.set({ [LAST_SWEEP_KEY]: now });
  return { notified: plan.notify.length, armed: plan.arm.length };
}

async function notify(r: Reminder, companyName: string | undefined) {
  const title = browser.i18n.getMessage(r.kind === 'email' ? 'reminderEmailTitle' : 'reminderTaskTitle');
  const message = companyName ? `${r.title}\n${companyName}` : r.title;
  await browser.notifications.create(reminderName(r), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
    ...(import.meta.env.FIREFOX ? {} : { requireInteraction: true }),
  });
}

/** The page a reminder opens: the email's compose page, or the sheet that holds the task, on the task. */
async function openReminder(name: string) {
  const parsed = parseReminderName(name);
  if (!parsed) return;
  await browser.notifications.clear(name);
  let path = '/sidepanel.html';
  if (parsed.kind === 'email') path = `/sidepanel.html?compose=${encodeURIComponent(parsed.id)}`;
  else {
    const task = await db.tasks.get(parsed.id);
    if (task?.companyId)
      path = `/sidepanel.html?sheet=${encodeURIComponent(task.companyId)}&task=${encodeURIComponent(task.id)}`;
  }
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/sidepanel.html') });
}

/** Wires the listeners; called once from the background's main(). */
export function registerReminders() {
  browser.alarms.onAlarm.addListener(() => {
    void sweepReminders();
  });
  browser.notifications.onClicked.addListener((name) => {
    void openReminder(name);
  });
  browser.runtime.onStartup.addListener(() => {
    void sweepReminders();
  });
  browser.runtime.onInstalled.addListener(() => {
    void sweepReminders();
  });
}
