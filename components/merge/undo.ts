/** Undo of a merge from a toast or the sheet, with the refusal said plainly. */
import { mergeActions } from '../../models/merge';
import { showToast } from '../../models/toast';
import { t } from '../i18n';
import { plural } from '../plural';

export async function undoMergeWithMessage(historyId: string): Promise<boolean> {
  const result = await mergeActions.undo(historyId);
  if (result.ok) {
    showToast(t('mergeUndone'));
    return true;
  }
  showToast(result.reason === 'changed-since' ? plural('mergeUndoRefused', result.changed) : t('mergeUndoGone'), {
    kind: 'error',
    ms: 8000,
  });
  return false;
}
