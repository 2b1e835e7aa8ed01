/**
 * Full backup and restore with Dexie's own `dexie-export-import` (streams the whole database,
 * Blobs included). The file is Dexie's export with Fiche's header spliced in under `fiche`.
 * Restore is all or nothing (see `restoreBackup`).
 */
import Dexie from 'dexie';
import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import {
  BACKUP_APP,
  BACKUP_FORMAT,
  TABLE_SCHEMAS,
  checkBackupMeta,
  findBadCustomFieldValue,
  type BackupHeader,
  type BackupMeta,
  type BackupProblem,
} from '../../core/interchange/backup';
import type { CustomFieldDef } from '../../core/domain';
import { ALL_TABLES, DERIVED_TABLES, db as defaultDb, FicheDB } from '../db';
import { CURRENT_VERSION } from '../migrations';

export type BackupProgress = (done: number, total: number) => void;

/** The bytes Dexie's export starts with; our header goes right after them. */
const DEXIE_PREFIX = '{"formatName":"dexie","formatVersion":1,"data":{';

export async function createBackup(
  db: FicheDB = defaultDb,
  onProgress?: BackupProgress,
  now = new Date(),
): Promise<{ blob: Blob; header: BackupHeader }> {
  const exported = await exportDB(db, {
    // The list and search indexes are rebuilt from the records (storage/list-index.ts).
    skipTables: [...DERIVED_TABLES],
    progressCallback: (p) => {
      onProgress?.(p.completedRows, p.totalRows ?? 0);
      return true;
    },
  });
  const head = await exported.slice(0, DEXIE_PREFIX.length).text();
  if (head !== DEXIE_PREFIX) throw new Error('unexpected dexie-export-import output');
  const meta = await peakImportFile(exported);
  const counts: Record<string, number> = {};
  for (const t of meta.data.tables) counts[t.name] = t.rowCount;
  const header: BackupHeader = {
    app: BACKUP_APP,
    backupFormat: BACKUP_FORMAT,
    schemaVersion: db.verno,
    exportedAt: now.toISOString(),
    counts,
  };
  const blob = new Blob(
    [
      `{"formatName":"dexie","formatVersion":1,"fiche":${JSON.stringify(header)},"data":{`,
      exported.slice(DEXIE_PREFIX.length),
    ],
    {
      type: 'application/json',
    },
  );
  return { blob, header };
}

export type ReadBackupResult = { ok: true; meta: BackupMeta } | { ok: false; problem: BackupProblem };

/** Reads and checks a file's header only (a few KB): what the confirmation shows. */
export async function readBackupHeader(file: Blob): Promise<ReadBackupResult> {
  let raw: unknown;
  try {
    raw = await peakImportFile(file);
  } catch {
    return { ok: false, problem: { code: 'not-backup' } };
  }
  return checkBackupMeta(raw, CURRENT_VERSION, ALL_TABLES);
}

/** A record of the file failed its schema: nothing was restored. */
export class RestoreRecordInvalid extends Error {
  constructor(
    readonly table: string,
    readonly index: number,
    readonly detail: string,
  ) {
    super(`backup record ${index + 1} of ${table} is invalid: ${detail}`);
  }
}

export class RestoreRefused extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`backup refused: ${problem.code}`);
  }
}

/**
 * Replaces every record with the backup's, or changes nothing. The file is first imported into a
 * temporary database (at the backup's own schema version, then opened at ours so that the normal
 * migrations upgrade an older backup); its records are validated and counted there; then one
 * transaction over every table clears and refills the real database. Throws `RestoreRefused` for a
 * file that is not a Fiche backup, is from a newer version or lost records, `RestoreRecordInvalid`
 * for a record that fails its schema.
 */
export async function restoreBackup(
  file: Blob,
  db: FicheDB = defaultDb,
  onProgress?: BackupProgress,
): Promise<{ counts: Record<string, number> }> {
  const checked = await readBackupHeader(file);
  if (!checked.ok) throw new RestoreRefused(checked.problem);
  const expected: Record<string, number> = {};
  for (const name of ALL_TABLES) expected[name] = checked.meta.fiche.counts[name] ?? 0;
  const total = Object.values(expected).reduce((a, b) => a + b, 0);
  const report = (done: number) => onProgress?.(Math.min(done, 2 * total), 2 * total);

  const tempName = `fiche-restore-${crypto.randomUUID()}`;
  const data = new Map<string, unknown[]>();
  try {
    const staging = new FicheDB(tempName, checked.meta.data.databaseVersion);
    await staging.open();
    await importInto(staging, file, {
      acceptNameDiff: true,
      progressCallback: (p) => {
        report(p.completedRows);
        return true;
      },
    });
    staging.close();
    // Opening at the current version runs the upgrade steps of every later version.
    const current = new FicheDB(tempName);
    await current.open();
    for (const name of ALL_TABLES) {
      const rows = await current.table(name).toArray();
      if (rows.length !== expected[name]) {
        current.close();
        throw new RestoreRefused({
          code: 'count-mismatch',
          table: name,
          expected: expected[name] ?? 0,
          found: rows.length,
        });
      }
      const schema = TABLE_SCHEMAS[name];
      rows.forEach((value, index) => {
        const r = schema ? schema.safeParse(value) : null;
        if (!r || !r.success) {
          current.close();
          throw new RestoreRecordInvalid(
            name,
            index,
            r
              ? r.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ')
              : 'unknown table',
          );
        }
      });
      data.set(name, rows);
    }
    current.close();
  } catch (e) {
    // A file whose header reads well but whose rows do not (truncated, edited): a named refusal,
    // not the parser's TypeError. Nothing was written to the real database yet.
    if (e instanceof RestoreRefused || e instanceof RestoreRecordInvalid) throw e;
    throw new RestoreRefused({ code: 'not-backup' });
  } finally {
    await Dexie.delete(tempName);
  }
  {
    const defs = (data.get('customFieldDefs') ?? []) as CustomFieldDef[];
    for (const [table, entity] of [
      ['companies', 'company'],
      ['people', 'person'],
    ] as const) {
      const bad = findBadCustomFieldValue(
        defs,
        entity,
        (data.get(table) ?? []) as { customFields?: Record<string, unknown> }[],
      );
      if (bad) throw new RestoreRecordInvalid(table, bad.index, `customFields.${bad.fieldId}: expected an http(s) URL`);
    }
  }

  let written = total;
  await db.transaction('rw', db.tables, async () => {
    for (const name of ALL_TABLES) await db.table(name).clear();
    for (const name of ALL_TABLES) {
      const rows = data.get(name) ?? [];
      for (let i = 0; i < rows.length; i += 2000) {
        const part = rows.slice(i, i + 2000);
        await db.table(name).bulkAdd(part);
        written += part.length;
        report(written);
      }
    }
    // Nothing silently dropped: every table holds exactly what the file announced.
    for (const name of ALL_TABLES) {
      const found = await db.table(name).count();
      if (found !== expected[name])
        throw new RestoreRefused({ code: 'count-mismatch', table: name, expected: expected[name] ?? 0, found });
    }
  });
  return { counts: expected };
}
