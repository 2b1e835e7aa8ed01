import { beforeEach, describe, expect, test } from 'vitest';
import type { FicheDB } from '../db';
import { freshDb } from '../test-db';
import { sheetCounts } from './sheet-counts';

let db: FicheDB;
beforeEach(() => {
  db = freshDb();
});

describe('sheetCounts', () => {
  test("counts each named table's records of one sheet, and only those tables", async () => {
    const task = (id: string, companyId: string) => ({
      id,
      companyId,
      title: id,
      done: false,
      createdAt: 1,
      updatedAt: 1,
    });
    await db.tasks.bulkAdd([task('t1', 'a'), task('t2', 'a'), task('t3', 'b')]);
    await db.projects.add({ id: 'p1', companyId: 'a', name: 'P', status: 'open', createdAt: 1, updatedAt: 1 });
    expect(await sheetCounts('a', ['tasks', 'tickets'], db)).toEqual({ tasks: 2, tickets: 0 });
    expect(await sheetCounts('b', ['tasks', 'projects'], db)).toEqual({ tasks: 1, projects: 0 });
    expect(await sheetCounts('a', [], db)).toEqual({});
  });
});
