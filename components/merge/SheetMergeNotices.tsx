/**
 * On the sheet: the discreet "Possible duplicate: X (same domain)" notice with "Merge…" and "Not a
 * duplicate" (SPEC §5), the latest merge into this sheet with its undo, and, on an absorbed sheet,
 * the way to the sheet that absorbed it.
 */
import type { Company } from '../../core/domain';
import { mergeActions, mergeQueries, pendingMerge } from '../../models/merge';
import { go } from '../../models/route';
import { showToast } from '../../models/toast';
import { useLive } from '../hooks';
import { formatInstant, t } from '../i18n';
import { reasonText } from './labels';
import { undoMergeWithMessage } from './undo';

export function SheetMergeNotices({ company }: { company: Company }) {
  const id = company.id;
  const absorbed = company.mergedIntoId !== undefined;
  const candidates = useLive(
    () => (absorbed ? [] : mergeQueries.duplicatesOf(id)),
    [id, absorbed, company.updatedAt],
    [],
  );
  const merges = useLive(() => mergeQueries.mergesInto(id), [id], []);
  const last = merges[0];

  if (absorbed) {
    return (
      <div class="notice small" data-testid="merged-away">
        {t('mergeAbsorbed')}{' '}
        <button class="btn small" onClick={() => go({ name: 'sheet', id: company.mergedIntoId! })}>
          {t('mergeOpenKept')}
        </button>
      </div>
    );
  }
  return (
    <>
      {candidates.slice(0, 3).map((c) => (
        <div key={c.companyId} class="notice small row" data-testid="duplicate-notice" data-duplicate-id={c.companyId}>
          <span class="spacer">{t('dupNotice', c.companyName, reasonText(c.reason))}</span>
          <button
            class="btn small"
            onClick={() => {
              pendingMerge.value = { keptId: id, absorbedId: c.companyId };
              go({ name: 'edit', id });
            }}
          >
            {t('dupMerge')}
          </button>
          <button
            class="btn small ghost"
            onClick={async () => {
              await mergeActions.dismiss(id, c.companyId);
              showToast(t('dupDismissed'), { undo: () => mergeActions.undismiss(id, c.companyId) });
            }}
          >
            {t('dupDismiss')}
          </button>
        </div>
      ))}
      {last ? (
        <div class="notice small row" data-testid="merge-record">
          <span class="spacer">{t('mergeRecord', last.absorbedName, formatInstant(last.at))}</span>
          <button class="btn small" onClick={() => void undoMergeWithMessage(last.historyId)}>
            {t('mergeUndo')}
          </button>
        </div>
      ) : null}
    </>
  );
}
