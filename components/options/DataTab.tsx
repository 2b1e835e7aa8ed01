/** Data: backup and restore, CSV and vCard import, exports, and delete everything (typed confirmation). */
import { useState } from 'preact/hooks';
import { actions, queries } from '../../models/options';
import { TextField, useSave } from '../Field';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { applyTheme } from '../theme';
import { Section } from './common';
import { BackupSection } from './interchange/BackupSection';
import { CsvImportSection } from './interchange/CsvImportSection';
import { ExportSection } from './interchange/ExportSection';
import { VcardImportSection } from './interchange/VcardImportSection';
import { StorageSection } from './StorageSection';
import { plural } from '../plural';

export function DataTab() {
  const count = useLive(queries.recordCount, []);
  const [asking, setAsking] = useState(false);
  const [typed, setTyped] = useState('');
  const { busy, run } = useSave();
  const word = t('optWipeWord');
  const matches = typed.trim().toLocaleLowerCase() === word.toLocaleLowerCase();

  const cancel = () => {
    setAsking(false);
    setTyped('');
  };
  const wipe = async (e: Event) => {
    e.preventDefault();
    if (!matches) return;
    await run(async () => {
      await actions.wipeAllData();
      cancel();
      await applyTheme('system');
    }, t('optWipeDone'));
  };

  return (
    <>
      <StorageSection />
      <BackupSection />
      <CsvImportSection />
      <VcardImportSection />
      <ExportSection />
      <Section id="opt-wipe-title" title={t('optWipeTitle')} intro={t('optWipeIntro')}>
        <p class="small" style="margin:0">
          {count === undefined ? t('loading') : plural('optRecordCount', count)}
        </p>
        {!asking ? (
          <div class="row">
            <button type="button" class="btn danger" disabled={count === 0} onClick={() => setAsking(true)}>
              {t('optWipeButton')}
            </button>
          </div>
        ) : (
          <div role="alertdialog" aria-labelledby="opt-wipe-title">
            <form
              class="dialog"
              onSubmit={wipe}
              noValidate
              onKeyDown={(e) => {
                if (e.key === 'Escape') cancel();
              }}
              style="background:var(--danger-soft)"
            >
              <strong>{t('optWipeWarning')}</strong>
              <TextField label={t('optWipeType', word)} name="confirmWord" autoFocus value={typed} onInput={setTyped} />
              <div class="row">
                <button type="submit" class="btn danger" disabled={!matches || busy}>
                  {t('optWipeConfirm')}
                </button>
                <button type="button" class="btn" onClick={cancel}>
                  {t('cancel')}
                </button>
              </div>
            </form>
          </div>
        )}
      </Section>
    </>
  );
}
