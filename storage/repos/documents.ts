/**
 * Documents of a sheet (SPEC §2.7): files stored as Blobs, optionally tied to one of the sheet's
 * projects, with a signature status tracked by hand. A sheet with documents cannot be deleted
 * (`companies.deletionBlockers` counts them). Deleting hands back the record so that undo can put
 * it back as it was.
 */
import type { FicheDocument, Project } from '../../core/domain';
import { document as documentSchema, newId, signatureStatus as signatureStatusSchema } from '../../core/domain';
import { db as defaultDb, type FicheDB } from '../db';
import { deleteForUndo } from './delete-for-undo';

export type SignatureStatus = FicheDocument['signatureStatus'];
export const SIGNATURE_STATUSES = signatureStatusSchema.options;

/** 25 MB a file: IndexedDB holds more, but a backup or an email attachment of more is impractical. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
export const MAX_NAME = 500;

export interface UploadFile {
  name: string;
  type: string;
  size: number;
  content: Blob;
}

export type UploadProblem = { name: string; problem: 'too-large' | 'empty-name' };

export class UploadRefused extends Error {
  constructor(readonly problems: UploadProblem[]) {
    super(`upload refused: ${problems.map((p) => `${p.name}: ${p.problem}`).join(', ')}`);
  }
}

/** The problems of a batch of files, none when every file can be stored. */
export function checkUploads(files: readonly UploadFile[]): UploadProblem[] {
  const out: UploadProblem[] = [];
  for (const f of files) {
    if (f.size > MAX_DOCUMENT_BYTES) out.push({ name: f.name, problem: 'too-large' });
    else if (f.name.trim() === '') out.push({ name: f.name, problem: 'empty-name' });
  }
  return out;
}

/** Stores the files on the sheet, all or none (a refused file stores nothing of the batch). */
export async function addDocuments(
  companyId: string,
  files: readonly UploadFile[],
  projectId?: string,
  db: FicheDB = defaultDb,
): Promise<string[]> {
  const problems = checkUploads(files);
  if (problems.length) throw new UploadRefused(problems);
  const now = Date.now();
  const records: FicheDocument[] = files.map((f) =>
    documentSchema.parse({
      id: newId(),
      companyId,
      ...(projectId ? { projectId } : {}),
      name: f.name.trim().slice(0, MAX_NAME),
      mimeType: (f.type || 'application/octet-stream').slice(0, 200),
      size: f.size,
      content: f.content,
      signatureStatus: 'none',
      createdAt: now,
      updatedAt: now,
    }),
  );
  await db.transaction('rw', [db.companies, db.documents], async () => {
    const company = await db.companies.get(companyId);
    if (!company) throw new Error(`no sheet ${companyId}`);
    await db.documents.bulkAdd(records);
  });
  return records.map((r) => r.id);
}

export async function listDocuments(companyId: string, db: FicheDB = defaultDb): Promise<FicheDocument[]> {
  const rows = await db.documents.where('companyId').equals(companyId).toArray();
  return rows.sort((a, b) => b.createdAt - a.createdAt || a.name.localeCompare(b.name));
}

export async function projectsOf(companyId: string, db: FicheDB = defaultDb): Promise<Project[]> {
  const rows = await db.projects.where('companyId').equals(companyId).toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

async function patch(
  id: string,
  change: Partial<Pick<FicheDocument, 'name' | 'signatureStatus' | 'projectId'>>,
  db: FicheDB,
) {
  await db.transaction('rw', db.documents, async () => {
    const current = await db.documents.get(id);
    if (!current) throw new Error(`no document ${id}`);
    const { projectId: _p, ...rest } = current;
    const projectId = 'projectId' in change ? change.projectId : current.projectId;
    const { projectId: _q, ...others } = change;
    const next = { ...rest, ...others, ...(projectId ? { projectId } : {}), updatedAt: Date.now() };
    await db.documents.put(documentSchema.parse(next));
  });
}

export async function renameDocument(id: string, name: string, db: FicheDB = defaultDb) {
  const clean = name.trim();
  if (clean === '') throw new Error('empty document name');
  return patch(id, { name: clean.slice(0, MAX_NAME) }, db);
}

export async function setSignatureStatus(id: string, status: SignatureStatus, db: FicheDB = defaultDb) {
  return patch(id, { signatureStatus: signatureStatusSchema.parse(status) }, db);
}

export async function setDocumentProject(id: string, projectId: string | undefined, db: FicheDB = defaultDb) {
  return patch(id, { projectId }, db);
}

/** Deletes a document and returns it, so that the caller can offer undo. */
export function deleteDocument(id: string, db: FicheDB = defaultDb): Promise<FicheDocument | undefined> {
  return deleteForUndo(db, db.documents, id);
}

/** Undo of a deletion: the record comes back as it was (same id, same content). */
export async function restoreDocument(record: FicheDocument, db: FicheDB = defaultDb): Promise<void> {
  await db.documents.put(record);
}
