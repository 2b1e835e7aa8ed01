import { describe, expect, test } from 'vitest';
import type { Interaction, Task } from './domain';
import {
  emailReminder,
  parseReminderName,
  planSweep,
  reminderName,
  taskReminder,
  taskReminderAt,
  type Reminder,
} from './reminders';

const email = (
  over: Partial<Interaction['email']> & { status: NonNullable<Interaction['email']>['status'] },
  type: Interaction['type'] = 'email',
) =>
  ({
    id: 'i1',
    companyId: 'c1',
    type,
    happensAt: 0,
    title: 'Relance devis',
    content: '',
    personIds: [],
    createdAt: 0,
    updatedAt: 0,
    email: {
      provider: 'manual',
      subject: 'Relance devis',
      to: [],
      cc: [],
      internalUserIds: [],
      documentIds: [],
      ...over,
    },
  }) as Interaction;
const task = (over: Partial<Task>) =>
  ({ id: 't1', companyId: 'c1', title: 'Rappeler', done: false, createdAt: 0, updatedAt: 0, ...over }) as Task;

describe('emailReminder', () => {
  test.each<[string, Interaction, Reminder | null]>([
    [
      'scheduled: reminded at its time',
      email({ status: 'scheduled', scheduledAt: 1000 }),
      { kind: 'email', id: 'i1', companyId: 'c1', at: 1000, title: 'Relance devis' },
    ],
    ['a draft: none', email({ status: 'draft' }), null],
    ['sent: none', email({ status: 'sent', scheduledAt: 1000 }), null],
    ['scheduled without a time: none', email({ status: 'scheduled' }), null],
  ])('%s', (_, i, expected) => expect(emailReminder(i)).toEqual(expected));
});

describe('taskReminder', () => {
  test('an open task with a due day: 9:00 local that day', () => {
    expect(taskReminder(task({ dueDate: '2026-12-04' }))).toEqual({
      kind: 'task',
      id: 't1',
      companyId: 'c1',
      at: new Date(2026, 11, 4, 9, 0).getTime(),
      title: 'Rappeler',
    });
  });
  test.each([
    ['done', task({ dueDate: '2026-12-04', done: true })],
    ['no due day', task({})],
  ])('%s: none', (_, x) => expect(taskReminder(x)).toBeNull());
  test('a task of no sheet has no companyId', () => {
    expect(taskReminder(task({ companyId: undefined, dueDate: '2026-01-01' }))).not.toHaveProperty('companyId');
  });
  test.each([['2026-13-01'], ['2026-02-30'], ['tomorrow'], ['']])('malformed day %j: null', (d) =>
    expect(taskReminderAt(d)).toBeNull(),
  );
});

test.each([
  [{ kind: 'email', id: 'abc' }, 'fiche:email:abc'],
  [{ kind: 'task', id: 'x:y' }, 'fiche:task:x:y'],
] as const)('reminder names round-trip %j', (r, name) => {
  expect(reminderName(r)).toBe(name);
  expect(parseReminderName(name)).toEqual(r);
});
test.each([['other'], ['fiche:ticket:1'], ['fiche:email:']])('not a reminder name: %j', (name) =>
  expect(parseReminderName(name)).toBeNull(),
);

describe('planSweep', () => {
  const r = (id: string, at: number): Reminder => ({ kind: 'email', id, at, title: id });
  const all = [r('past', 50), r('missed', 150), r('due', 200), r('soon', 250), r('later', 900)];
  test.each<[string, number | null, number, string[], string[]]>([
    ['first sweep: nothing old shown, the future armed', null, 200, [], ['soon', 'later']],
    ['since the last sweep: what passed meanwhile is shown', 100, 200, ['missed', 'due'], ['soon', 'later']],
    ['nothing passed', 200, 200, [], ['soon', 'later']],
    ['everything past', 0, 1000, ['past', 'missed', 'due', 'soon', 'later'], []],
  ])('%s', (_, last, now, notify, arm) => {
    const plan = planSweep(all, last, now);
    expect(plan.notify.map((x) => x.id)).toEqual(notify);
    expect(plan.arm.map((x) => x.id)).toEqual(arm);
  });
  test('only the nearest `limit` are armed', () => {
    expect(planSweep(all, null, 0, 2).arm.map((x) => x.id)).toEqual(['past', 'missed']);
  });
});
