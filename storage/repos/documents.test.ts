// @vitest-environment node
// Node's own Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import { beforeEach, describe, expect, test } from 'vitest';
import type { FicheDB } from '../db';
import { freshDb } from '../test-db';
import { createCompany, DeletionRefused, emptyCompany, trashCompany } from './companies';
import {
  addDocuments,
  deleteDocument,
  listDocuments,
  MAX_DOCUMENT_BYTES,
  renameDocument,
  restoreDocument,
  setDocumentProject,
  setSignatureStatus,
  UploadRefused,
} from './documents';

let db: FicheDB;
let companyId: string;
beforeEach(async () => {
  db = freshDb();
  companyId = await createCompany({ ...emptyCompany(), name: 'Docs' }, {}, db);
});

const file = (name: string, text: string, type = 'text/plain') => {
  const content = new Blob([text], { type });
  return { name, type, size: content.size, content };
};

describe('documents repository', () => {
  test('upload stores the Blob with name, type and size; rename, signature, project', async () => {
    const [id] = await addDocuments(companyId, [file('devis.txt', 'hello')], undefined, db);
    const [doc] = await listDocuments(companyId, db);
    expect(doc).toMatchObject({ id, name: 'devis.txt', mimeType: 'text/plain', size: 5, signatureStatus: 'none' });
    expect(await doc!.content.text()).toBe('hello');
    await renameDocument(id!, '  Devis signé.txt ', db);
    await setSignatureStatus(id!, 'signed', db);
    await db.projects.add({ id: 'pr', companyId, name: 'Refonte', status: 'open', createdAt: 1, updatedAt: 1 });
    await setDocumentProject(id!, 'pr', db);
    expect(await db.documents.get(id!)).toMatchObject({
      name: 'Devis signé.txt',
      signatureStatus: 'signed',
      projectId: 'pr',
    });
    await setDocumentProject(id!, undefined, db);
    expect((await db.documents.get(id!))!.projectId).toBeUndefined();
    await expect(setSignatureStatus(id!, 'lost' as never, db)).rejects.toThrow();
  });

  test('a file over the limit is refused with its name, and nothing of the batch is stored', async () => {
    const big = { name: 'huge.bin', type: '', size: MAX_DOCUMENT_BYTES + 1, content: new Blob(['x']) };
    const err = await addDocuments(companyId, [file('ok.txt', 'a'), big], undefined, db).catch((e) => e);
    expect(err).toBeInstanceOf(UploadRefused);
    expect((err as UploadRefused).problems).toEqual([{ name: 'huge.bin', problem: 'too-large' }]);
    expect(await listDocuments(companyId, db)).toEqual([]);
  });

  test('delete hands back the record; restore puts it back as it was', async () => {
    const [id] = await addDocuments(companyId, [file('a.txt', 'abc')], undefined, db);
    const removed = await deleteDocument(id!, db);
    expect(await listDocuments(companyId, db)).toEqual([]);
    await restoreDocument(removed!, db);
    const [back] = await listDocuments(companyId, db);
    expect({ ...back, content: undefined }).toEqual({ ...removed, content: undefined });
    expect(await back!.content.text()).toBe('abc');
  });

  test('a sheet with documents cannot be deleted', async () => {
    await addDocuments(companyId, [file('a.txt', 'abc')], undefined, db);
    await expect(trashCompany(companyId, db)).rejects.toBeInstanceOf(DeletionRefused);
  });
});
