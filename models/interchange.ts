/**
 * The options page's import, export and backup (SPEC §6): reading files (size limit, encoding,
 * delimiter), the pure planning of core/interchange, and the storage repos that write in one
 * transaction. Components never import `storage/` themselves (STYLE.md import rules).
 */
import { guessMapping, type ColumnMapping } from '../core/interchange/columns';
import { decodeBytes, detectDelimiter, parseCsv, type Delimiter, type Encoding } from '../core/interchange/csv';
import {
  dedupKeys,
  parseRows,
  planImport,
  type DedupIndex,
  type GroupDecision,
  type ImportPlan,
  type ParsedRow,
} from '../core/interchange/plan';
import { parseVcards, type VcardContact } from '../core/interchange/vcard';
import { planVcardImport, vcardRows, type VcardTarget } from '../core/interchange/vcard-plan';
import { ALL_TABLES, db, strictDb } from '../storage/db';
import * as backup from '../storage/repos/backup';
import * as exporter from '../storage/repos/export';
import * as importer from '../storage/repos/import';

export type { ColumnMapping, ImportTarget } from '../core/interchange/columns';
export { IMPORT_TARGETS } from '../core/interchange/columns';
export type {
  GroupDecision,
  ImportPlan,
  ParsedRow,
  RowError,
  RowErrorReason,
  MatchReason,
} from '../core/interchange/plan';
export type { BackupMeta, BackupProblem } from '../core/interchange/backup';
export { backupFileName } from '../core/interchange/backup';
export type { CsvEntity } from '../storage/repos/export';
export { CSV_ENTITIES } from '../storage/repos/export';
export type { VcardTarget } from '../core/interchange/vcard-plan';
export { RestoreRecordInvalid, RestoreRefused } from '../storage/repos/backup';
export { ImportRecordInvalid } from '../storage/repos/import';

/** A CSV or vCard bigger than this is refused before it is read (a CRM export of 100,000 rows is ~20 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;

export type FileProblem =
  | { code: 'too-big'; size: number }
  | { code: 'empty' }
  | { code: 'unterminated-quote'; row: number }
  | { code: 'too-many-rows' }
  | { code: 'too-many-columns'; row: number }
  | { code: 'no-vcard' }
  | { code: 'unterminated-vcard'; card: number };

export interface CsvFile {
  name: string;
  encoding: Encoding;
  delimiter: Delimiter;
  headers: string[];
  /** Every row, the header first. */
  rows: string[][];
  mapping: ColumnMapping;
}

async function readText(
  file: Blob,
): Promise<{ ok: true; text: string; encoding: Encoding } | { ok: false; problem: FileProblem }> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problem: { code: 'too-big', size: file.size } };
  const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
  if (decoded.text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  return { ok: true, text: decoded.text, encoding: decoded.encoding };
}

export async function readCsvFile(
  file: File,
): Promise<{ ok: true; csv: CsvFile } | { ok: false; problem: FileProblem }> {
  const read = await readText(file);
  if (!read.ok) return read;
  const parsed = parseCsv(read.text, { maxRows: MAX_IMPORT_ROWS + 1 });
  if (!parsed.ok) {
    const e = parsed.error;
    return {
      ok: false,
      problem: e.code === 'too-many-rows' ? { code: 'too-many-rows' } : { code: e.code, row: e.row },
    };
  }
  if (parsed.rows.length < 2) return { ok: false, problem: { code: 'empty' } };
  const headers = parsed.rows[0]!.map((h) => h.trim());
  const delimiter = detectDelimiter(read.text);
  return {
    ok: true,
    csv: {
      name: file.name,
      encoding: read.encoding,
      delimiter,
      headers,
      rows: parsed.rows,
      mapping: guessMapping(headers),
    },
  };
}

export const analyzeCsv = (csv: Pick<CsvFile, 'rows'>, mapping: ColumnMapping): ParsedRow[] =>
  parseRows(csv.rows, mapping);

/** The dedup index for these rows: only the sheets their SIRET, email, domain or name can match. */
export const loadDedupIndex = (rows: readonly ParsedRow[]): Promise<DedupIndex> =>
  importer.loadDedupIndex(db, dedupKeys(rows));

export function planCsvImport(
  parsed: readonly ParsedRow[],
  index: DedupIndex,
  excludedRows: ReadonlySet<number>,
): ImportPlan {
  return planImport(parsed, index, { skipInvalid: true, excludedRows });
}

export const applyImport = (
  plan: ImportPlan,
  decisions: Record<string, GroupDecision>,
  onProgress?: (done: number, total: number) => void,
) =>
  // Strict durability (SPEC §7): an import is flushed to disk before it reports success.
  importer.applyImport(plan, decisions, strictDb(), onProgress);

/* ---------- vCard ---------- */

export async function readVcardFile(
  file: File,
): Promise<{ ok: true; contacts: VcardContact[]; rows: ParsedRow[] } | { ok: false; problem: FileProblem }> {
  const read = await readText(file);
  if (!read.ok) return read;
  const parsed = parseVcards(read.text);
  if (!parsed.ok)
    return {
      ok: false,
      problem:
        parsed.error.code === 'no-vcard'
          ? { code: 'no-vcard' }
          : { code: 'unterminated-vcard', card: parsed.error.card },
    };
  return { ok: true, contacts: parsed.contacts, rows: vcardRows(parsed.contacts) };
}

export const planVcards = (rows: readonly ParsedRow[], index: DedupIndex, target: VcardTarget) =>
  planVcardImport(rows, index, target);

export async function listSheets(): Promise<{ id: string; name: string }[]> {
  const all = await db.companies.toArray();
  return all
    .filter((c) => c.deletedAt === undefined && c.mergedIntoId === undefined)
    .map((c) => ({ id: c.id, name: c.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/* ---------- export ---------- */

export async function exportCsvFile(entity: exporter.CsvEntity): Promise<{ blob: Blob; rows: number }> {
  const { text, rows } = await exporter.exportCsv(entity, db);
  return { blob: new Blob([text], { type: 'text/csv;charset=utf-8' }), rows };
}

export async function exportVcardFile(companyId?: string): Promise<{ blob: Blob; count: number }> {
  const { text, count } = await exporter.exportVcards(companyId, db);
  return { blob: new Blob([text], { type: 'text/vcard;charset=utf-8' }), count };
}

/* ---------- backup ---------- */

export const createBackup = (onProgress?: (done: number, total: number) => void) => backup.createBackup(db, onProgress);
export const readBackupHeader = (file: Blob) => backup.readBackupHeader(file);
export const restoreBackup = (file: Blob, onProgress?: (done: number, total: number) => void) =>
  backup.restoreBackup(file, strictDb(), onProgress);

/** Records per table now: what a restore would replace. */
export async function tableCounts(): Promise<Record<string, number>> {
  const entries = await Promise.all(ALL_TABLES.map(async (name) => [name, await db.table(name).count()] as const));
  return Object.fromEntries(entries);
}
