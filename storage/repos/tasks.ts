/**
 * Tasks of a sheet and their projects (SPEC §2.5): a task may belong to a project, created inline
 * in the same transaction as the task; done/undone (`doneAt`); deleted with undo. Every record is
 * parsed by its zod schema before it is written.
 */
import { newId, project as projectSchema, task as taskSchema, type Project, type Task } from '../../core/domain';
import { db as defaultDb, type FicheDB } from '../db';
import { deleteForUndo } from './delete-for-undo';

export interface TaskInput {
  title: string;
  dueDate?: string | undefined;
  assigneeId?: string | undefined;
  /** An existing project, or… */
  projectId?: string | undefined;
  /** …the name of a project to create with the task (wins over `projectId`). */
  newProjectName?: string | undefined;
}

export function listTasks(companyId: string, db: FicheDB = defaultDb): Promise<Task[]> {
  return db.tasks.where('companyId').equals(companyId).toArray();
}

export async function listProjects(companyId: string, db: FicheDB = defaultDb): Promise<Project[]> {
  const all = await db.projects.where('companyId').equals(companyId).toArray();
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

/** Creates (no id) or updates a task, creating its new project first when one is named. Returns the task id. */
export async function saveTask(
  companyId: string,
  input: TaskInput,
  id?: string,
  db: FicheDB = defaultDb,
): Promise<string> {
  return db.transaction('rw', db.tasks, db.projects, async () => {
    const current = id ? await db.tasks.get(id) : undefined;
    if (id && !current) throw new Error(`no task ${id}`);
    const now = Date.now();
    let projectId = input.projectId || undefined;
    const newName = input.newProjectName?.trim();
    if (newName) {
      const project = projectSchema.parse({
        id: newId(),
        companyId,
        name: newName,
        status: 'open',
        createdAt: now,
        updatedAt: now,
      });
      await db.projects.add(project);
      projectId = project.id;
    } else if (projectId && !(await db.projects.get(projectId))) {
      throw new Error(`no project ${projectId}`);
    }
    const record = taskSchema.parse({
      id: current?.id ?? newId(),
      companyId,
      title: input.title.trim(),
      ...(input.dueDate ? { dueDate: input.dueDate } : {}),
      ...(input.assigneeId ? { assigneeId: input.assigneeId } : {}),
      ...(projectId ? { projectId } : {}),
      done: current?.done ?? false,
      ...(current?.doneAt !== undefined ? { doneAt: current.doneAt } : {}),
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    });
    await db.tasks.put(record);
    return record.id;
  });
}

/** Ticks a task done (stamping `doneAt`) or back to open. */
export async function setTaskDone(id: string, done: boolean, db: FicheDB = defaultDb, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.tasks, async () => {
    const current = await db.tasks.get(id);
    if (!current) throw new Error(`no task ${id}`);
    const { doneAt: _previous, ...rest } = current;
    await db.tasks.put(taskSchema.parse({ ...rest, done, ...(done ? { doneAt: now } : {}), updatedAt: now }));
  });
}

export function deleteTask(id: string, db: FicheDB = defaultDb): Promise<Task | undefined> {
  return deleteForUndo(db, db.tasks, id);
}

export async function restoreTask(task: Task, db: FicheDB = defaultDb): Promise<void> {
  await db.tasks.put(taskSchema.parse(task));
}
