import { describe, expect, it } from 'vitest';
import { FicheDB } from '../db';
import { deleteTask, listProjects, listTasks, restoreTask, saveTask, setTaskDone } from './tasks';

const fresh = () => new FicheDB('test-' + crypto.randomUUID());

describe('tasks repo', () => {
  it('saves a task with due date and assignee; empty optional fields are left out', async () => {
    const db = fresh();
    const id = await saveTask(
      'c1',
      { title: ' Relancer ', dueDate: '2025-03-01', assigneeId: 'u1', projectId: '' },
      undefined,
      db,
    );
    const task = (await db.tasks.get(id))!;
    expect(task).toMatchObject({
      companyId: 'c1',
      title: 'Relancer',
      dueDate: '2025-03-01',
      assigneeId: 'u1',
      done: false,
    });
    expect('projectId' in task).toBe(false);
    expect((await listTasks('c1', db)).map((t) => t.id)).toEqual([id]);
  });

  it('creates a new project with the task, in one transaction', async () => {
    const db = fresh();
    const id = await saveTask('c1', { title: 'Maquettes', newProjectName: ' Signalétique ' }, undefined, db);
    const [project] = await listProjects('c1', db);
    expect(project).toMatchObject({ name: 'Signalétique', status: 'open', companyId: 'c1' });
    expect((await db.tasks.get(id))!.projectId).toBe(project!.id);
    // A second task reuses it.
    const other = await saveTask('c1', { title: 'Pose', projectId: project!.id }, undefined, db);
    expect((await db.tasks.get(other))!.projectId).toBe(project!.id);
    expect(await db.projects.count()).toBe(1);
  });

  it('creates neither the project nor the task when the task is invalid', async () => {
    const db = fresh();
    await expect(saveTask('c1', { title: '', newProjectName: 'P' }, undefined, db)).rejects.toThrow();
    expect(await db.projects.count()).toBe(0);
    expect(await db.tasks.count()).toBe(0);
  });

  it.each([
    ['an unknown project', { title: 'T', projectId: 'nope' }],
    ['a bad due date', { title: 'T', dueDate: '1/3/2025' }],
  ])('refuses %s', async (_n, input) => {
    const db = fresh();
    await expect(saveTask('c1', input, undefined, db)).rejects.toThrow();
    expect(await db.tasks.count()).toBe(0);
  });

  it('ticks done with doneAt and back; an edit keeps done', async () => {
    const db = fresh();
    const id = await saveTask('c1', { title: 'T' }, undefined, db);
    await setTaskDone(id, true, db, 500);
    expect(await db.tasks.get(id)).toMatchObject({ done: true, doneAt: 500 });
    await saveTask('c1', { title: 'T2' }, id, db);
    expect(await db.tasks.get(id)).toMatchObject({ title: 'T2', done: true, doneAt: 500 });
    await setTaskDone(id, false, db, 600);
    const t = (await db.tasks.get(id))!;
    expect(t.done).toBe(false);
    expect(t.doneAt).toBeUndefined();
  });

  it('deletes and restores (undo)', async () => {
    const db = fresh();
    const id = await saveTask('c1', { title: 'T' }, undefined, db);
    const gone = await deleteTask(id, db);
    expect(await db.tasks.count()).toBe(0);
    await restoreTask(gone!, db);
    expect((await db.tasks.get(id))!.title).toBe('T');
  });
});
