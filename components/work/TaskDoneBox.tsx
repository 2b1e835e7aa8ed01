/** A task's done checkbox (the sheet's tasks, My tasks): ticking it says so with an undo; a failed write is said. */
import type { Task } from '../../core/domain';
import { showToast } from '../../models/toast';
import { workActions } from '../../models/work';
import { failureMessage } from '../errors';
import { t } from '../i18n';

export function TaskDoneBox({ id, task }: { id: string; task: Task }) {
  return (
    <input
      id={id}
      type="checkbox"
      style="margin-top:3px"
      checked={task.done}
      onChange={(e) => {
        const doneNow = (e.currentTarget as HTMLInputElement).checked;
        workActions
          .setTaskDone(task.id, doneNow)
          .then(() => {
            if (doneNow)
              showToast(t('workTaskDoneToast', task.title), { undo: () => workActions.setTaskDone(task.id, false) });
          })
          .catch((err) => showToast(failureMessage(err), { kind: 'error' }));
      }}
    />
  );
}
