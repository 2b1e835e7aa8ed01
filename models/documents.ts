/** Documents of a sheet for the side panel: live lists and actions; components never import `storage/`. */
import * as documents from '../storage/repos/documents';

export type { SignatureStatus } from '../storage/repos/documents';
export { MAX_DOCUMENT_BYTES, SIGNATURE_STATUSES, UploadRefused } from '../storage/repos/documents';

export const documentQueries = {
  list: (companyId: string) => documents.listDocuments(companyId),
  projects: (companyId: string) => documents.projectsOf(companyId),
};

export const documentActions = {
  /** Files from an `<input type=file>`: all stored, or none when one is refused. */
  upload: (companyId: string, files: readonly File[], projectId?: string) =>
    documents.addDocuments(
      companyId,
      files.map((f) => ({ name: f.name, type: f.type, size: f.size, content: f })),
      projectId,
    ),
  rename: documents.renameDocument,
  setSignature: documents.setSignatureStatus,
  setProject: documents.setDocumentProject,
  remove: documents.deleteDocument,
  restore: documents.restoreDocument,
};
