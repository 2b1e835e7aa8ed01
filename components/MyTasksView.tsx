/** "My tasks" across sheets (issue 12): what is assigned to me, overdue first; tick to mark done, the sheet's name opens it. */
import { isTaskOverdue } from '../core/pipelines';
import { myTasks, type MyTask } from '../models/my-tasks';
import { go } from '../models/route';
import { useLive } from './hooks';
import { TaskDoneBox } from './work/TaskDoneBox';
import { formatDay, t, todayIso } from './i18n';
import { plural } from './plural';

export function MyTasksView() {
  const data = useLive(() => myTasks(), []);
  const today = todayIso();
  if (data === undefined) return <div class="loading">{t('loading')}</div>;
  const overdue = data.tasks.filter((x) => isTaskOverdue(x.task, today));
  const later = data.tasks.filter((x) => !isTaskOverdue(x.task, today));
  return (
    <section class="card" aria-labelledby="my-tasks-h" data-testid="my-tasks">
      <h1 id="my-tasks-h">{t('myTasksTitle')}</h1>
      {!data.me ? (
        <p class="muted small" style="margin:0">
          {t('myTasksNoMe')}
        </p>
      ) : data.tasks.length === 0 ? (
        <p class="muted small" style="margin:0">
          {t('myTasksNone')}
        </p>
      ) : (
        <>
          <p class="muted small" style="margin:0" aria-live="polite">
            {plural('myTasksCount', data.tasks.length)}
          </p>
          <Group id="my-tasks-overdue" title={t('myTasksOverdue')} items={overdue} today={today} />
          <Group id="my-tasks-later" title={t('myTasksLater')} items={later} today={today} />
        </>
      )}
    </section>
  );
}

function Group({ id, title, items, today }: { id: string; title: string; items: MyTask[]; today: string }) {
  if (!items.length) return null;
  return (
    <div class="task-group" data-testid={id}>
      <h2 id={`${id}-h`} class="group-title">
        {title}
      </h2>
      <ul class="list" aria-labelledby={`${id}-h`}>
        {items.map((x) => (
          <Row key={x.task.id} item={x} today={today} />
        ))}
      </ul>
    </div>
  );
}

function Row({ item: { task, company }, today }: { item: MyTask; today: string }) {
  const overdue = isTaskOverdue(task, today);
  const checkId = `my-task-${task.id}`;
  return (
    <li
      class="list-item static"
      style="align-items:flex-start"
      data-task={task.title}
      data-overdue={overdue ? 'true' : undefined}
    >
      <TaskDoneBox id={checkId} task={task} />
      <span class="spacer" style="min-width:0">
        <label for={checkId} class="title" style="display:block;cursor:pointer">
          {task.title}
        </label>
        <span class="sub row" style="gap:6px">
          {company ? (
            <button
              type="button"
              class="link"
              aria-label={t('myTasksOpenSheet', company.name)}
              onClick={() => go({ name: 'sheet', id: company.id, task: task.id })}
            >
              {company.name}
            </button>
          ) : null}
          {task.dueDate ? (
            <span class={overdue ? 'overdue' : undefined}>{t('workTaskDue', formatDay(task.dueDate))}</span>
          ) : null}
          {overdue ? <span class="badge danger">{t('workTaskOverdue')}</span> : null}
        </span>
      </span>
    </li>
  );
}
