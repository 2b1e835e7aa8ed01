/**
 * The backup file: a Dexie export (`dexie-export-import` format 1, Blobs included) with Fiche's own
 * header under `fiche` (app, backup format, schema version, export instant, record counts). This
 * module checks a file's header before anything is restored, and names the record schema of each
 * table so that every restored record is validated. Pure.
 */
import { z } from 'zod';
import * as records from '../domain/records';
import type { CustomFieldDef } from '../domain/records';
import { safeWebUrl } from '../links';

export const BACKUP_APP = 'fiche';
export const BACKUP_FORMAT = 1;

export const backupHeader = z
  .object({
    app: z.literal(BACKUP_APP),
    backupFormat: z.number().int().positive(),
    schemaVersion: z.number().int().positive(),
    exportedAt: z.iso.datetime(),
    counts: z.record(z.string().max(100), z.number().int().nonnegative()),
  })
  .strict();
export type BackupHeader = z.infer<typeof backupHeader>;

/** What `peakImportFile` reads: the Dexie envelope without its rows, plus our header. */
export const backupMeta = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.number().int().positive(),
  fiche: backupHeader,
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number(),
    tables: z
      .array(z.object({ name: z.string().max(100), schema: z.string(), rowCount: z.number().int().nonnegative() }))
      .max(100),
  }),
});
export type BackupMeta = z.infer<typeof backupMeta>;

/** The record schema of each table: a restored record must pass it, or nothing is restored. */
export const TABLE_SCHEMAS: Record<string, z.ZodType> = {
  companies: records.company,
  addresses: records.address,
  people: records.person,
  interactions: records.interaction,
  pipelines: records.pipeline,
  opportunities: records.opportunity,
  projects: records.project,
  tasks: records.task,
  tickets: records.ticket,
  quotes: records.quote,
  orders: records.order,
  invoices: records.invoice,
  documents: records.document,
  users: records.user,
  templates: records.template,
  customFieldDefs: records.customFieldDef,
  settings: records.setting,
  history: records.historyEntry,
  duplicateDismissals: records.duplicateDismissal,
};

export type BackupProblem =
  | { code: 'not-backup' }
  | { code: 'other-app' }
  | { code: 'newer-format'; found: number }
  | { code: 'newer-schema'; found: number; current: number }
  | { code: 'unknown-table'; table: string }
  | { code: 'count-mismatch'; table: string; expected: number; found: number };

export type BackupCheck = { ok: true; meta: BackupMeta } | { ok: false; problem: BackupProblem };

/**
 * Checks a header read from a file: ours, a format and a schema version this build knows, only
 * tables we have (a table we do not know would be dropped: refused instead), and the Dexie row
 * counts agreeing with ours (a truncated or edited file is refused).
 */
export function checkBackupMeta(raw: unknown, currentVersion: number, knownTables: readonly string[]): BackupCheck {
  const top = z
    .object({ formatName: z.literal('dexie'), fiche: z.object({ app: z.string() }).passthrough() })
    .passthrough()
    .safeParse(raw);
  if (!top.success) return { ok: false, problem: { code: 'not-backup' } };
  if (top.data.fiche.app !== BACKUP_APP) return { ok: false, problem: { code: 'other-app' } };
  const parsed = backupMeta.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: { code: 'not-backup' } };
  const meta = parsed.data;
  if (meta.fiche.backupFormat > BACKUP_FORMAT)
    return { ok: false, problem: { code: 'newer-format', found: meta.fiche.backupFormat } };
  if (meta.fiche.schemaVersion > currentVersion || meta.data.databaseVersion > currentVersion) {
    return {
      ok: false,
      problem: {
        code: 'newer-schema',
        found: Math.max(meta.fiche.schemaVersion, meta.data.databaseVersion),
        current: currentVersion,
      },
    };
  }
  for (const t of meta.data.tables) {
    if (!knownTables.includes(t.name)) return { ok: false, problem: { code: 'unknown-table', table: t.name } };
    const expected = meta.fiche.counts[t.name] ?? 0;
    if (expected !== t.rowCount)
      return { ok: false, problem: { code: 'count-mismatch', table: t.name, expected, found: t.rowCount } };
  }
  return { ok: true, meta };
}

/** "fiche-backup-2026-03-14.json" */
export const backupFileName = (now: Date) => `fiche-backup-${now.toISOString().slice(0, 10)}.json`;

/**
 * What a record schema cannot see alone: a value of a url custom field must be an http(s) URL
 * (the field's type lives in another table). Returns the first offending record, or null.
 */
export function findBadCustomFieldValue(
  defs: readonly CustomFieldDef[],
  entity: CustomFieldDef['entity'],
  rows: readonly { customFields?: Record<string, unknown> }[],
): { index: number; fieldId: string } | null {
  const urlIds = defs.filter((d) => d.entity === entity && d.type === 'url').map((d) => d.id);
  if (urlIds.length === 0) return null;
  for (let index = 0; index < rows.length; index++) {
    for (const fieldId of urlIds) {
      const v = rows[index]?.customFields?.[fieldId];
      if (v !== undefined && v !== null && safeWebUrl(v) === null) return { index, fieldId };
    }
  }
  return null;
}
