/**
 * "My tasks": the open tasks assigned to the user marked "me" (Settings → Team), across every sheet,
 * overdue first, then by due date, undated last. Reads the tasks through the `assigneeId` index and
 * only the sheets they belong to.
 */
import type { Company, Task, User } from '../core/domain';
import { partitionTasks } from '../core/pipelines';
import { db as defaultDb, type FicheDB } from '../storage/db';

export interface MyTask {
  task: Task;
  company: Company | undefined;
}

export interface MyTasks {
  me: User | undefined;
  tasks: MyTask[];
}

export async function myTasks(db: FicheDB = defaultDb): Promise<MyTasks> {
  const me = (await db.users.toArray()).find((u) => u.isMe);
  if (!me) return { me, tasks: [] };
  const assigned = await db.tasks.where('assigneeId').equals(me.id).toArray();
  const { open } = partitionTasks(assigned);
  const ids = [...new Set(open.map((t) => t.companyId).filter((id): id is string => !!id))];
  const companies = new Map((await db.companies.bulkGet(ids)).filter((c): c is Company => !!c).map((c) => [c.id, c]));
  return {
    me,
    tasks: open
      .map((task) => ({ task, company: task.companyId ? companies.get(task.companyId) : undefined }))
      // A task of a sheet in the trash waits there with its sheet.
      .filter((x) => x.company?.deletedAt === undefined),
  };
}
