/**
 * Backup (download the whole database) and restore (check the file's header, show what will be
 * replaced, ask for an explicit confirmation, then replace everything in one go, or nothing).
 */
import { useState } from 'preact/hooks';
import {
  backupFileName,
  createBackup,
  readBackupHeader,
  restoreBackup,
  RestoreRecordInvalid,
  RestoreRefused,
  tableCounts,
  type BackupMeta,
} from '../../../models/interchange';
import { showToast } from '../../../models/toast';
import { formatInstant, t } from '../../i18n';
import { applyTheme } from '../../theme';
import { Check, ErrorLine } from '../../Field';
import { Section, failureText } from '../common';
import { downloadBlob } from '../../download';
import { Progress } from './Progress';
import { backupProblemText } from './text';
import { tableLabel } from '../../tables';
import { plural } from '../../plural';

type Pending = { file: File; meta: BackupMeta; now: Record<string, number> };

export function BackupSection() {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState('');
  const busy = progress !== null;

  const backup = async () => {
    setProgress({ done: 0, total: 0 });
    try {
      const { blob, header } = await createBackup((done, total) => setProgress({ done, total }));
      downloadBlob(blob, backupFileName(new Date()));
      showToast(
        t(
          'ioBackupDone',
          Object.values(header.counts).reduce((a, b) => a + b, 0),
        ),
      );
    } catch (e) {
      showToast(failureText(e), { kind: 'error' });
    } finally {
      setProgress(null);
    }
  };

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setError('');
    setPending(null);
    setUnderstood(false);
    if (!file) return;
    const read = await readBackupHeader(file);
    if (!read.ok) {
      setError(backupProblemText(read.problem));
      return;
    }
    setPending({ file, meta: read.meta, now: await tableCounts() });
  };

  const restore = async () => {
    if (!pending || !understood) return;
    setProgress({ done: 0, total: 0 });
    try {
      const { counts } = await restoreBackup(pending.file, (done, total) => setProgress({ done, total }));
      setPending(null);
      setUnderstood(false);
      await applyTheme().catch(() => {});
      showToast(
        plural(
          'ioRestoreDone',
          Object.values(counts).reduce((a, b) => a + b, 0),
        ),
      );
    } catch (e) {
      if (e instanceof RestoreRefused) setError(backupProblemText(e.problem));
      else if (e instanceof RestoreRecordInvalid)
        setError(t('ioRestoreInvalidRecord', tableLabel(e.table), e.index + 1, e.detail.slice(0, 200)));
      else setError(failureText(e));
    } finally {
      setProgress(null);
    }
  };

  const tables = pending
    ? Object.keys({ ...pending.now, ...pending.meta.fiche.counts }).filter(
        (k) => (pending.now[k] ?? 0) + (pending.meta.fiche.counts[k] ?? 0) > 0,
      )
    : [];

  return (
    <Section id="io-backup-title" title={t('ioBackupTitle')} intro={t('ioBackupIntro')}>
      <div class="row" style="flex-wrap:wrap;align-items:flex-end">
        <button type="button" class="btn primary" disabled={busy} onClick={backup}>
          {t('ioBackupButton')}
        </button>
        <div class="field" style="flex:1;min-width:14em">
          <label for="io-restore-file">{t('ioRestoreFile')}</label>
          <input
            id="io-restore-file"
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => pick(e.currentTarget as HTMLInputElement)}
          />
        </div>
      </div>
      <ErrorLine error={error} testId="io-restore-error" />
      {pending ? (
        <div
          class="dialog"
          role="alertdialog"
          aria-labelledby="io-restore-warning"
          style="background:var(--danger-soft)"
        >
          <strong id="io-restore-warning">{t('ioRestoreWarning')}</strong>
          <p class="small" style="margin:0">
            {t(
              'ioRestoreAbout',
              formatInstant(Date.parse(pending.meta.fiche.exportedAt)),
              pending.meta.fiche.schemaVersion,
            )}
          </p>
          <table class="small" data-testid="io-restore-counts">
            <thead>
              <tr>
                <th scope="col" style="text-align:left">
                  {t('ioRestoreTable')}
                </th>
                <th scope="col">{t('ioRestoreNow')}</th>
                <th scope="col">{t('ioRestoreInFile')}</th>
              </tr>
            </thead>
            <tbody>
              {tables.map((k) => (
                <tr key={k} data-table={k}>
                  <td>{tableLabel(k)}</td>
                  <td style="text-align:right">{pending.now[k] ?? 0}</td>
                  <td style="text-align:right">{pending.meta.fiche.counts[k] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Check label={t('ioRestoreCheck')} checked={understood} onChange={setUnderstood} name="restoreUnderstood" />
          <div class="row">
            <button type="button" class="btn danger" disabled={!understood || busy} onClick={restore}>
              {t('ioRestoreConfirm')}
            </button>
            <button type="button" class="btn" disabled={busy} onClick={() => setPending(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {progress ? <Progress done={progress.done} total={progress.total} /> : null}
    </Section>
  );
}
