/**
 * Edit → Advanced: merge a duplicate into the sheet being edited (SPEC §5, seed "Fusion"). Search
 * and pick the sheet to absorb, see what moves and which values clash, confirm; undo from the toast
 * or from the sheet. The merge is started on the sheet to keep: this one absorbs the other.
 */
import { failureMessage } from '../errors';
import { useEffect, useState } from 'preact/hooks';
import type { Company } from '../../core/domain';
import { mergeActions, mergeQueries, pendingMerge, type MergePlan } from '../../models/merge';
import { go } from '../../models/route';
import { queries } from '../../models/sheets';
import { showToast } from '../../models/toast';
import { ErrorNotice, Field } from '../Field';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { countLines, fieldLabel, mergeOptions, reasonText, valueText } from './labels';
import { undoMergeWithMessage } from './undo';

export function MergeSection({ companyId }: { companyId: string }) {
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<Company | null>(null);
  const [plan, setPlan] = useState<MergePlan | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const suggested = useLive(() => mergeQueries.duplicatesOf(companyId), [companyId], []);
  const results = useLive(() => mergeQueries.searchSheets(query, companyId), [query, companyId], []);
  const defs = useLive(() => queries.customFieldDefs('company'), [], []);
  const users = useLive(() => queries.users(), [], []);

  async function pick(id: string) {
    setError('');
    const c = await mergeQueries.company(id);
    if (!c) return;
    try {
      setPlan(await mergeActions.preview(companyId, id, mergeOptions()));
      setPicked(c);
    } catch (e) {
      setError(t('mergeFailed', failureMessage(e)));
    }
  }

  // A "Merge…" from the sheet's duplicate notice arrives here with the candidate already chosen.
  useEffect(() => {
    const pending = pendingMerge.value;
    if (pending && pending.keptId === companyId) {
      pendingMerge.value = null;
      void pick(pending.absorbedId);
    }
  }, [companyId]);

  async function confirm() {
    if (!picked || busy) return;
    setBusy(true);
    setError('');
    try {
      const done = await mergeActions.merge(companyId, picked.id, mergeOptions());
      showToast(t('mergeDone', picked.name), { undo: () => void undoMergeWithMessage(done.historyId), ms: 12000 });
      go({ name: 'sheet', id: companyId });
    } catch (e) {
      setError(t('mergeFailed', failureMessage(e)));
    } finally {
      setBusy(false);
    }
  }

  const cancel = () => {
    setPicked(null);
    setPlan(null);
  };

  return (
    <div class="dialog" data-testid="merge-section">
      <strong class="small">{t('mergeTitle')}</strong>
      <span class="small muted">{t('mergeHint')}</span>
      <ErrorNotice error={error} />
      {picked && plan ? (
        <div data-testid="merge-preview" class="small" style="display:flex;flex-direction:column;gap:6px">
          <strong>{t('mergePreviewTitle', picked.name)}</strong>
          {countLines(plan.moved).length ? (
            <>
              <span>{t('mergePreviewMoves')}</span>
              <ul style="margin:0;padding-left:18px">
                {countLines(plan.moved).map((l) => (
                  <li key={l.table} data-moves={l.table}>
                    {l.text}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <span class="muted">{t('mergePreviewNothing')}</span>
          )}
          {plan.conflicts.length ? (
            <>
              <span>{t('mergeConflicts')}</span>
              <ul style="margin:0;padding-left:18px" data-testid="merge-conflicts">
                {plan.conflicts.map((c) => (
                  <li key={c.field}>
                    {t(
                      'mergeConflictLine',
                      fieldLabel(c.field, defs),
                      valueText(c.kept, c.field, users),
                      valueText(c.absorbed, c.field, users),
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div class="row">
            <button type="button" class="btn primary" disabled={busy} onClick={confirm}>
              {t('mergeConfirm')}
            </button>
            <button type="button" class="btn" onClick={cancel}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <>
          {suggested.length ? (
            <div>
              <span class="small muted">{t('mergeSuggested')}</span>
              <ul class="list">
                {suggested.map((s) => (
                  <li key={s.companyId}>
                    <button
                      type="button"
                      class="btn ghost small"
                      data-testid="merge-candidate"
                      onClick={() => pick(s.companyId)}
                    >
                      {s.companyName} <span class="muted">({reasonText(s.reason)})</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <Field label={t('mergeSearch')}>
            {(fid) => (
              <input
                id={fid}
                type="search"
                name="mergeSearch"
                value={query}
                placeholder={t('mergeSearchPlaceholder')}
                autoComplete="off"
                onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
                // Enter here must not submit the edit form around this part.
                onKeyDown={(e) => {
                  if (e.key === 'Enter') e.preventDefault();
                }}
              />
            )}
          </Field>
          {query.trim().length >= 2 ? (
            results.length ? (
              <ul class="list">
                {results.map((c) => (
                  <li key={c.id}>
                    <button type="button" class="btn ghost small" data-testid="merge-result" onClick={() => pick(c.id)}>
                      {c.name}
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <span class="small muted">{t('mergeNoResult')}</span>
            )
          ) : null}
        </>
      )}
    </div>
  );
}
