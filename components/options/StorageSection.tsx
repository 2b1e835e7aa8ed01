/** The Data tab's storage line: persistent or not (with a button to ask), and usage of the quota. */
import { useEffect, useState } from 'preact/hooks';
import { requestPersistence, storageStatus, type StorageStatus } from '../../models/storage';
import { formatSize } from '../documents/DocumentsSection';
import { t } from '../i18n';
import { Section } from './common';

export function StorageSection() {
  const [status, setStatus] = useState<StorageStatus | null | undefined>(undefined);
  const refresh = () => void storageStatus().then(setStatus, () => setStatus(null));
  useEffect(refresh, []);
  if (status === null) return null;
  return (
    <Section id="opt-storage-title" title={t('optStorageTitle')}>
      {status === undefined ? (
        <p class="small" style="margin:0">
          {t('loading')}
        </p>
      ) : (
        <>
          <p class="small" style="margin:0" data-testid="storage-persisted">
            {status.persisted ? t('optStoragePersisted') : t('optStorageNotPersisted')}
          </p>
          {status.usage !== null && status.quota !== null ? (
            <p class="small" style="margin:0" data-testid="storage-usage">
              {t('optStorageUsage', formatSize(status.usage), formatSize(status.quota))}
            </p>
          ) : null}
          {!status.persisted ? (
            <div class="row">
              <button type="button" class="btn" onClick={() => void requestPersistence().then(refresh)}>
                {t('optStorageAsk')}
              </button>
            </div>
          ) : null}
        </>
      )}
    </Section>
  );
}
