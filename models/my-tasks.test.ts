import { describe, expect, it } from 'vitest';
import type { Company, Task, User } from '../core/domain';
import { freshDb } from '../storage/test-db';
import { myTasks } from './my-tasks';

const ts = { createdAt: 1, updatedAt: 1 };
const user = (id: string, isMe: boolean): User => ({ id, name: id, email: `${id}@x.example`, isMe, ...ts });
const company = (id: string, deletedAt?: number) => ({ id, name: id, deletedAt }) as unknown as Company;
const task = (id: string, companyId: string, assigneeId: string, dueDate?: string, done = false): Task => ({
  id,
  companyId,
  assigneeId,
  title: id,
  dueDate,
  done,
  ...ts,
});

describe('myTasks', () => {
  it('lists the open tasks assigned to me across sheets, earliest due first, undated last, none of a trashed sheet', async () => {
    const db = freshDb();
    await db.users.bulkAdd([user('me', true), user('hugo', false)]);
    await db.companies.bulkAdd([company('a'), company('b'), company('gone', 5)]);
    await db.tasks.bulkAdd([
      task('later', 'a', 'me', '2030-01-02'),
      task('undated', 'b', 'me'),
      task('overdue', 'b', 'me', '2020-01-01'),
      task('done', 'a', 'me', '2019-01-01', true),
      task('hugo', 'a', 'hugo', '2019-01-01'),
      task('trashed', 'gone', 'me', '2019-01-01'),
    ]);
    const r = await myTasks(db);
    expect(r.me?.id).toBe('me');
    expect(r.tasks.map((x) => [x.task.id, x.company?.id])).toEqual([
      ['overdue', 'b'],
      ['later', 'a'],
      ['undated', 'b'],
    ]);
    db.close();
  });

  it('is empty, without "me", when nobody is marked as me', async () => {
    const db = freshDb();
    await db.users.add(user('hugo', false));
    await db.tasks.add(task('t', 'a', 'hugo', '2020-01-01'));
    expect(await myTasks(db)).toEqual({ me: undefined, tasks: [] });
    db.close();
  });
});
