import { describe, expect, it } from 'vitest';
import { checkBackupMeta } from './backup';

const meta = (over: Record<string, unknown> = {}, fiche: Record<string, unknown> = {}) => ({
  formatName: 'dexie',
  formatVersion: 1,
  fiche: {
    app: 'fiche',
    backupFormat: 1,
    schemaVersion: 1,
    exportedAt: '2026-03-14T10:00:00.000Z',
    counts: { companies: 2 },
    ...fiche,
  },
  data: { databaseName: 'fiche', databaseVersion: 1, tables: [{ name: 'companies', schema: 'id', rowCount: 2 }] },
  ...over,
});

describe('checkBackupMeta', () => {
  it.each([
    ['a good header', meta(), null],
    ['not ours at all', { hello: 1 }, { code: 'not-backup' }],
    ['a plain Dexie export', { formatName: 'dexie', data: {} }, { code: 'not-backup' }],
    ['another app', meta({}, { app: 'other' }), { code: 'other-app' }],
    ['a newer schema', meta({}, { schemaVersion: 3 }), { code: 'newer-schema', found: 3, current: 1 }],
    ['a newer backup format', meta({}, { backupFormat: 2 }), { code: 'newer-format', found: 2 }],
    [
      'an unknown table',
      meta({
        data: { databaseName: 'fiche', databaseVersion: 1, tables: [{ name: 'aliens', schema: 'id', rowCount: 0 }] },
      }),
      { code: 'unknown-table', table: 'aliens' },
    ],
    [
      'counts that disagree',
      meta({}, { counts: { companies: 3 } }),
      { code: 'count-mismatch', table: 'companies', expected: 3, found: 2 },
    ],
  ])('%s', (_, raw, problem) => {
    const r = checkBackupMeta(raw, 1, ['companies', 'people']);
    if (problem === null) expect(r.ok).toBe(true);
    else expect(r).toEqual({ ok: false, problem });
  });
});
