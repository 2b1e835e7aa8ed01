/** A sheet's tasks (SPEC §2.5): open ones by due date, overdue highlighted, done checkbox, optional project, done ones on demand. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Task } from '../../core/domain';
import { isTaskOverdue, partitionTasks } from '../../core/pipelines';
import { route } from '../../models/route';
import { setCollapsed } from '../../models/sections';
import { showToast } from '../../models/toast';
import { workActions, type SheetWork } from '../../models/work';
import { DialogForm, TextField, useSave } from '../Field';
import { errorText } from '../errors';
import { IconButton } from '../icons';
import { formatDay, formatInstant, t, todayIso } from '../i18n';
import { SectionList, workListLabels } from '../sections/SectionList';
import { SelectField, failure, meUser, titleError, userName } from './common';
import { TaskDoneBox } from './TaskDoneBox';

const NEW_PROJECT = '__new__';

export function TasksSection({ companyId, work }: { companyId: string; work: SheetWork }) {
  const { open, closed } = partitionTasks(work.tasks);
  const today = todayIso();
  return (
    <SectionList
      {...workListLabels('tasks', 'task')}
      open={open}
      closed={closed}
      form={(task, done) => <TaskForm companyId={companyId} work={work} task={task} onDone={done} />}
      row={(task, edit) => <TaskRow key={task.id} task={task} work={work} today={today} onEdit={edit} />}
    />
  );
}

function TaskRow({ task, work, today, onEdit }: { task: Task; work: SheetWork; today: string; onEdit: () => void }) {
  const overdue = isTaskOverdue(task, today);
  const project = work.projects.find((p) => p.id === task.projectId);
  const assignee = userName(work.users, task.assigneeId);
  const checkId = `task-done-${task.id}`;
  const run = (p: Promise<unknown>) => p.catch((e) => showToast(failure(e), { kind: 'error' }));
  const ref = useRef<HTMLLIElement>(null);
  const r = route.value;
  const wanted = r.name === 'sheet' && r.task === task.id;
  // Opened on this task (a reminder's notification, My tasks): unfold the section, bring the task up, focus it.
  useEffect(() => {
    if (!wanted) return;
    setCollapsed('tasks', false);
    // The route already names this sheet: only the task is dropped (a later render must not re-focus it).
    if (r.name === 'sheet') route.value = { name: 'sheet', id: r.id };
    requestAnimationFrame(() => {
      ref.current?.scrollIntoView({ block: 'center' });
      ref.current?.focus();
    });
  }, [wanted]);
  return (
    <li
      ref={ref}
      id={`task-${task.id}`}
      tabIndex={-1}
      class={`list-item static${task.done ? ' closed' : ''}`}
      style="align-items:flex-start"
      data-task={task.title}
      data-overdue={overdue ? 'true' : undefined}
    >
      <TaskDoneBox id={checkId} task={task} />
      <span class="spacer" style="min-width:0">
        <label
          for={checkId}
          class="title"
          style={`display:block;cursor:pointer${task.done ? ';text-decoration:line-through' : ''}`}
        >
          {task.title}
        </label>
        <div class="sub row" style="gap:6px">
          {task.dueDate ? (
            <span data-testid="task-due" style={overdue ? 'color:var(--danger);font-weight:600' : undefined}>
              {t('workTaskDue', formatDay(task.dueDate))}
            </span>
          ) : null}
          {overdue ? <span class="badge danger">{t('workTaskOverdue')}</span> : null}
          {assignee ? <span>{t('workTaskAssignedTo', assignee)}</span> : null}
          {project ? <span class="badge">{project.name}</span> : null}
          {task.done && task.doneAt ? <span>{t('workTaskDoneOn', formatInstant(task.doneAt))}</span> : null}
        </div>
      </span>
      <span class="row" style="gap:0;flex-wrap:nowrap">
        {!task.done ? <IconButton icon="edit" label={t('edit')} onClick={onEdit} /> : null}
        <IconButton
          icon="trash"
          label={t('delete')}
          onClick={() =>
            run(
              workActions.deleteTask(task.id).then((gone) => {
                if (gone) showToast(t('workTaskDeleted', task.title), { undo: () => workActions.restoreTask(gone) });
              }),
            )
          }
        />
      </span>
    </li>
  );
}

function TaskForm(props: { companyId: string; work: SheetWork; task?: Task; onDone: () => void }) {
  const { work, task } = props;
  const [title, setTitle] = useState(task?.title ?? '');
  const [dueDate, setDueDate] = useState(task?.dueDate ?? '');
  const [assigneeId, setAssigneeId] = useState(task ? (task.assigneeId ?? '') : (meUser(work.users)?.id ?? ''));
  const [projectId, setProjectId] = useState(task?.projectId ?? '');
  const [projectName, setProjectName] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'title' | 'project', string>>>({});
  const { busy, run } = useSave(props.onDone);
  const projects = work.projects.filter((p) => p.status === 'open' || p.id === task?.projectId);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const next: typeof errors = { title: titleError(title) };
    if (projectId === NEW_PROJECT && projectName.trim() === '') next.project = errorText('required');
    if (Object.values(next).some(Boolean)) {
      setErrors(next);
      return;
    }
    await run(
      () =>
        workActions.saveTask(
          props.companyId,
          {
            title,
            dueDate: dueDate || undefined,
            assigneeId: assigneeId || undefined,
            ...(projectId === NEW_PROJECT ? { newProjectName: projectName } : { projectId: projectId || undefined }),
          },
          task?.id,
        ),
      t('workTaskSaved'),
    );
  };

  return (
    <DialogForm
      label={task ? t('workTaskEdit') : t('workTaskAdd')}
      busy={busy}
      onSubmit={submit}
      onCancel={props.onDone}
    >
      <TextField
        label={t('workFieldTaskTitle')}
        name="title"
        value={title}
        autoFocus
        error={errors.title}
        onInput={(v) => {
          setTitle(v);
          if (errors.title) setErrors({ ...errors, title: undefined });
        }}
      />
      <div class="grid2">
        <TextField label={t('workFieldDueDate')} name="dueDate" type="date" value={dueDate} onInput={setDueDate} />
        <SelectField
          label={t('workFieldAssignee')}
          name="assigneeId"
          value={assigneeId}
          empty={t('workNone')}
          choices={work.users.map((u) => ({ value: u.id, label: u.isMe ? t('workUserMe', u.name) : u.name }))}
          onChange={setAssigneeId}
        />
      </div>
      <SelectField
        label={t('workFieldProject')}
        name="projectId"
        value={projectId}
        empty={t('workNone')}
        choices={[
          ...projects.map((p) => ({ value: p.id, label: p.name })),
          { value: NEW_PROJECT, label: t('workNewProject') },
        ]}
        onChange={setProjectId}
      />
      {projectId === NEW_PROJECT ? (
        <TextField
          label={t('workFieldProjectName')}
          name="projectName"
          value={projectName}
          autoFocus
          error={errors.project}
          onInput={(v) => {
            setProjectName(v);
            if (errors.project) setErrors({ ...errors, project: undefined });
          }}
        />
      ) : null}
    </DialogForm>
  );
}
