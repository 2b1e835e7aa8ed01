/**
 * A sheet's documents (SPEC §2.7, seed §7): upload files (stored as Blobs, 25 MB each at most),
 * optionally tied to one of the sheet's projects; open or download them; rename; track the
 * signature status by hand; delete with undo.
 */
import { failureMessage } from '../errors';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Section, useAddRequest } from '../sections/Section';
import type { FicheDocument, Project } from '../../core/domain';
import {
  documentActions,
  documentQueries,
  MAX_DOCUMENT_BYTES,
  SIGNATURE_STATUSES,
  UploadRefused,
  type SignatureStatus,
} from '../../models/documents';
import { showToast } from '../../models/toast';
import { useLive } from '../hooks';
import { Icon } from '../icons';
import { t, uiLanguage, type MessageKey } from '../i18n';
import { servedBlob, servedType } from '../../core/file-types';
import { plural } from '../plural';
import { ErrorNotice, Select } from '../Field';

const SIGNATURE_LABEL: Record<SignatureStatus, MessageKey> = {
  none: 'docSigNone',
  requested: 'docSigRequested',
  signed: 'docSigSigned',
  declined: 'docSigDeclined',
};

export function formatSize(bytes: number): string {
  const n = (v: number) => new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 1 }).format(v);
  if (bytes < 1024) return t('docSizeB', bytes);
  if (bytes < 1024 * 1024) return t('docSizeKB', n(bytes / 1024));
  return t('docSizeMB', n(bytes / (1024 * 1024)));
}

export function DocumentsSection({ companyId }: { companyId: string }) {
  const docs = useLive(() => documentQueries.list(companyId), [companyId], []);
  const projects = useLive(() => documentQueries.projects(companyId), [companyId], []);
  const [projectId, setProjectId] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  // "Add a document" from the sheet's "Add …" menu: the click that asked still counts as the user's gesture.
  useAddRequest('documents', () => fileRef.current?.click());

  async function upload(input: HTMLInputElement) {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (!files.length) return;
    setError('');
    const tooLarge = files.find((f) => f.size > MAX_DOCUMENT_BYTES);
    if (tooLarge) {
      setError(t('docTooLarge', tooLarge.name, formatSize(MAX_DOCUMENT_BYTES)));
      return;
    }
    setBusy(true);
    try {
      await documentActions.upload(companyId, files, projectId || undefined);
      showToast(plural('docAdded', files.length));
    } catch (e) {
      if (e instanceof UploadRefused)
        setError(t('docTooLarge', e.problems[0]?.name ?? '', formatSize(MAX_DOCUMENT_BYTES)));
      else setError(t('docUploadFailed', failureMessage(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section
      id="documents"
      title={t('docSection')}
      count={docs.length}
      testId="documents"
      actions={
        <label class="icon-btn" title={t('docAdd')} style={busy ? 'opacity:.5' : ''}>
          <Icon name="plus" />
          <span class="sr-only">{t('docAdd')}</span>
          <input
            ref={fileRef}
            type="file"
            multiple
            class="sr-only"
            aria-label={t('docAdd')}
            disabled={busy}
            onChange={(e) => void upload(e.currentTarget as HTMLInputElement)}
          />
        </label>
      }
    >
      {projects.length ? (
        <label class="small row">
          {t('docUploadProject')}
          <ProjectSelect projects={projects} value={projectId} onChange={setProjectId} />
        </label>
      ) : null}
      <ErrorNotice error={error} testId="document-error" small />
      {docs.length === 0 ? <span class="muted small">{t('docNone')}</span> : null}
      <ul class="list">
        {docs.map((d) => (
          <DocumentRow key={d.id} doc={d} projects={projects} />
        ))}
      </ul>
    </Section>
  );
}

function ProjectSelect({
  projects,
  value,
  onChange,
  label,
}: {
  projects: Project[];
  value: string;
  onChange: (v: string) => void;
  label?: string;
}) {
  return (
    <Select
      aria-label={label}
      value={value}
      style="width:auto"
      empty={t('docNoProject')}
      choices={projects.map((p) => ({ value: p.id, label: p.name }))}
      onChange={(v) => onChange(v)}
    />
  );
}

function DocumentRow({ doc, projects }: { doc: FicheDocument; projects: Project[] }) {
  const [url, setUrl] = useState<string | null>(null);
  // Only types that cannot hold script open inline; the rest is served as octet-stream (core/file-types).
  const inline = servedType(doc.mimeType).inline;
  const [renaming, setRenaming] = useState<string | null>(null);
  // A document's content never changes once stored (rename and signature status edit the record, and
  // the live query hands back a new Blob object each time): one object URL per document, so a link
  // the user is about to click is never revoked under them.
  useEffect(() => {
    const u = URL.createObjectURL(servedBlob(doc.content, doc.mimeType).blob);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [doc.id]);

  async function saveName(e: Event) {
    e.preventDefault();
    if (renaming === null || renaming.trim() === '') return;
    await documentActions.rename(doc.id, renaming);
    setRenaming(null);
  }

  async function remove() {
    const removed = await documentActions.remove(doc.id);
    if (removed) showToast(t('docDeleted', removed.name), { undo: () => documentActions.restore(removed) });
  }

  return (
    <li
      class="list-item"
      style="cursor:default;align-items:flex-start"
      data-document-name={doc.name}
      data-document-id={doc.id}
    >
      <span class="spacer" style="display:flex;flex-direction:column;gap:4px;min-width:0">
        {renaming !== null ? (
          <form class="row" onSubmit={saveName} aria-label={t('docRename')}>
            <input
              aria-label={t('docName')}
              value={renaming}
              autoFocus
              onInput={(e) => setRenaming((e.currentTarget as HTMLInputElement).value)}
            />
            <button class="btn small primary" type="submit">
              {t('save')}
            </button>
            <button class="btn small" type="button" onClick={() => setRenaming(null)}>
              {t('cancel')}
            </button>
          </form>
        ) : (
          <div class="title" style="overflow-wrap:anywhere">
            {url ? (
              <a
                href={url}
                {...(inline ? { target: '_blank' } : { download: doc.name })}
                rel="noopener noreferrer"
                title={t(inline ? 'docOpen' : 'docDownload')}
              >
                {doc.name}
              </a>
            ) : (
              doc.name
            )}
          </div>
        )}
        <div class="sub">
          <span data-testid="document-size">{formatSize(doc.size)}</span> · <span>{doc.mimeType}</span>
        </div>
        <div class="row small" style="gap:6px">
          <select
            aria-label={t('docSignature')}
            value={doc.signatureStatus}
            style="width:auto"
            onChange={(e) =>
              void documentActions.setSignature(doc.id, (e.currentTarget as HTMLSelectElement).value as SignatureStatus)
            }
          >
            {SIGNATURE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(SIGNATURE_LABEL[s])}
              </option>
            ))}
          </select>
          {projects.length ? (
            <ProjectSelect
              label={t('docProject')}
              projects={projects}
              value={doc.projectId ?? ''}
              onChange={(v) => void documentActions.setProject(doc.id, v || undefined)}
            />
          ) : null}
          {doc.signatureStatus !== 'none' ? (
            <span
              class={`badge${doc.signatureStatus === 'signed' ? ' client' : doc.signatureStatus === 'declined' ? ' danger' : ' prospect'}`}
              data-signature={doc.signatureStatus}
            >
              {t(SIGNATURE_LABEL[doc.signatureStatus])}
            </span>
          ) : null}
        </div>
      </span>
      <span class="row" style="gap:0;flex-wrap:nowrap">
        {url ? (
          <a
            class="icon-btn"
            href={url}
            download={doc.name}
            aria-label={t('docDownload')}
            title={t('docDownload')}
            data-testid="document-download"
          >
            <Icon name="download" />
          </a>
        ) : null}
        <button
          class="icon-btn"
          aria-label={t('docRename')}
          title={t('docRename')}
          onClick={() => setRenaming(doc.name)}
        >
          <Icon name="edit" />
        </button>
        <button class="icon-btn" aria-label={t('delete')} title={t('delete')} onClick={remove}>
          <Icon name="trash" />
        </button>
      </span>
    </li>
  );
}
