/** The trash: deleted sheets, restorable, or deleted for good after a second click. */
import { useState } from 'preact/hooks';
import { actions, queries } from '../models/sheets';
import { showToast } from '../models/toast';
import { useLive } from './hooks';
import { formatInstant, t } from './i18n';

export function TrashView() {
  const rows = useLive(() => queries.trashed(), []);
  const [arming, setArming] = useState<string | null>(null);
  if (!rows) return <div class="loading">{t('loading')}</div>;
  return (
    <section class="card" aria-labelledby="trash-h">
      <h2 id="trash-h">{t('trash')}</h2>
      {rows.length === 0 ? (
        <div class="empty">{t('trashEmpty')}</div>
      ) : (
        <ul class="list">
          {rows.map((c) => (
            <li class="list-item" key={c.id} data-company-id={c.id}>
              <span class="spacer">
                <div class="title">{c.name}</div>
                <div class="sub">{t('trashedOn', formatInstant(c.deletedAt ?? 0))}</div>
              </span>
              <button
                class="btn small"
                onClick={async () => {
                  await actions.restoreCompany(c.id);
                  showToast(t('sheetRestored', c.name));
                }}
              >
                {t('restore')}
              </button>
              <button
                class="btn small danger"
                onClick={async () => {
                  if (arming !== c.id) return setArming(c.id);
                  await actions.purgeCompany(c.id);
                  setArming(null);
                }}
              >
                {arming === c.id ? t('purgeConfirmShort') : t('purge')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
