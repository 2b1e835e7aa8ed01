/**
 * Pipelines (SPEC §1 options, §2.5): named pipelines with ordered steps, each with a default
 * probability. A step that opportunities use is not deleted from under them: the tab says how many
 * and offers to move them to another step, in the same transaction as the deletion.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Pipeline } from '../../core/domain';
import { parseProbability } from '../../core/pipelines';
import { showToast } from '../../models/toast';
import { workActions, workQueries } from '../../models/work';
import { ErrorNotice, FormActions, TextField } from '../Field';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { defaultPipelineNames } from '../work/common';
import { Section, failureText, EditDelete } from './common';
import { plural } from '../plural';

type Row = { pipeline: Pipeline; usage: Record<string, number>; total: number };

function nameError(code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (code === 'required') return t('errorRequired');
  if (code === 'too-long') return t('optErrorTooLong');
  if (code === 'name-taken') return t('optPipeErrorNameTaken');
  if (code === 'probability') return t('workErrorProbability');
  return t('errorFormInvalid');
}

const run = (p: Promise<unknown>) => p.catch((e) => showToast(failureText(e), { kind: 'error' }));

export function PipelinesTab() {
  const rows = useLive(() => workQueries.pipelinesWithUsage(), []);
  const [adding, setAdding] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // First use: the default pipeline ("Sales"/"Ventes") appears when there is none.
    void run(workActions.ensureDefaultPipeline(defaultPipelineNames()));
  }, []);
  const closeAdd = () => {
    setAdding(false);
    setTimeout(() => addRef.current?.focus(), 0);
  };
  return (
    <Section
      id="opt-pipelines-title"
      title={t('optPipeTitle')}
      intro={t('optPipeIntro')}
      actions={
        <button ref={addRef} type="button" class="btn primary" disabled={adding} onClick={() => setAdding(true)}>
          + {t('optPipeAdd')}
        </button>
      }
    >
      {adding ? (
        <NameForm
          label={t('optPipeAdd')}
          initial=""
          onCancel={closeAdd}
          onSave={(name) =>
            workActions
              .createPipeline(name)
              .then((r) => (r.ok ? (showToast(t('optPipeCreated', name.trim())), closeAdd(), r) : r))
          }
        />
      ) : null}
      {rows === undefined ? (
        <div class="loading">{t('loading')}</div>
      ) : rows.length === 0 && !adding ? (
        <div class="empty">
          <span class="big">{t('optPipeEmpty')}</span>
        </div>
      ) : (
        rows.map((row, i) => <PipelineCard key={row.pipeline.id} row={row} isDefault={i === 0} all={rows} />)
      )}
    </Section>
  );
}

function NameForm(props: {
  label: string;
  initial: string;
  onSave: (name: string) => Promise<{ ok: boolean; error?: string }>;
  onCancel: () => void;
}) {
  const [name, setName] = useState(props.initial);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="dialog"
      noValidate
      aria-label={props.label}
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        try {
          const r = await props.onSave(name);
          if (!r.ok) setError(nameError(r.error));
        } catch (err) {
          showToast(failureText(err), { kind: 'error' });
        } finally {
          setBusy(false);
        }
      }}
    >
      <TextField
        label={t('optPipeName')}
        name="pipelineName"
        autoFocus
        value={name}
        error={error}
        onInput={(v) => {
          setName(v);
          setError(undefined);
        }}
      />
      <FormActions submitLabel={t('save')} busy={busy} onCancel={props.onCancel} />
    </form>
  );
}

function PipelineCard({ row, isDefault, all }: { row: Row; isDefault: boolean; all: Row[] }) {
  const { pipeline: p, usage, total } = row;
  const [renaming, setRenaming] = useState(false);
  const [refusal, setRefusal] = useState('');
  const [editingStep, setEditingStep] = useState<string | null>(null);
  const [deletingStep, setDeletingStep] = useState<string | null>(null);
  const headingId = `pipe-${p.id}`;

  const remove = () =>
    run(
      workActions.deletePipeline(p.id).then((r) => {
        if (!r.ok) setRefusal(plural('optPipeDeleteRefused', r.count, [p.name, r.count]));
        else showToast(t('optPipeDeleted', p.name), { undo: () => workActions.restorePipeline(r.pipeline) });
      }),
    );
  const deleteStep = (stepId: string) => {
    const step = p.steps.find((s) => s.id === stepId);
    if ((usage[stepId] ?? 0) > 0) return setDeletingStep(stepId);
    void run(
      workActions.deleteStep(p.id, stepId).then((r) => {
        if (r.ok)
          showToast(t('optPipeStepDeleted', step?.name ?? ''), { undo: () => workActions.restorePipeline(r.before) });
        else if (r.reason === 'in-use') setDeletingStep(stepId);
      }),
    );
  };

  return (
    <article class="dialog" aria-labelledby={headingId} data-pipeline={p.name} style="background:var(--bg)">
      {renaming ? (
        <NameForm
          label={t('optPipeRename')}
          initial={p.name}
          onCancel={() => setRenaming(false)}
          onSave={(name) =>
            workActions
              .renamePipeline(p.id, name)
              .then((r) => (r.ok ? (setRenaming(false), showToast(t('saved')), r) : r))
          }
        />
      ) : (
        <div class="section-head" style="flex-wrap:wrap">
          <h3 id={headingId} style="flex:1;text-transform:none;font-size:15px;color:var(--fg)">
            {p.name} {isDefault ? <span class="badge client">{t('optDefault')}</span> : null}
          </h3>
          <span class="muted small">{plural('optPipeOpportunities', total)}</span>
          {!isDefault ? (
            <button type="button" class="btn small" onClick={() => run(workActions.makeDefaultPipeline(p.id))}>
              {t('optPipeMakeDefault')}
            </button>
          ) : null}
          <button
            type="button"
            class="btn small"
            aria-label={t('optPipeRenameNamed', p.name)}
            onClick={() => setRenaming(true)}
          >
            {t('optPipeRename')}
          </button>
          <button type="button" class="btn small danger" aria-label={t('optDeleteNamed', p.name)} onClick={remove}>
            {t('delete')}
          </button>
        </div>
      )}
      <ErrorNotice error={refusal} />
      {p.steps.length === 0 ? <span class="muted small">{t('optPipeNoSteps')}</span> : null}
      <ol class="list" aria-label={t('optPipeStepsOf', p.name)}>
        {p.steps.map((s, i) =>
          editingStep === s.id ? (
            <li key={s.id}>
              <StepForm
                label={t('optPipeStepEdit')}
                initial={{ name: s.name, probability: String(s.probability) }}
                onCancel={() => setEditingStep(null)}
                onSave={(draft) =>
                  workActions.updateStep(p.id, s.id, draft).then((r) => (r.ok ? (setEditingStep(null), r) : r))
                }
              />
            </li>
          ) : (
            <li key={s.id} class="list-item" style="cursor:default;flex-wrap:wrap" data-step={s.name}>
              <span class="muted small" style="width:1.5em">
                {i + 1}.
              </span>
              <span class="spacer" style="min-width:0">
                <span class="title">{s.name}</span>{' '}
                <span class="badge" data-testid="step-probability">
                  {t('workPercent', s.probability)}
                </span>{' '}
                {usage[s.id] ? (
                  <span class="muted small">{plural('optPipeOpportunities', usage[s.id] ?? 0)}</span>
                ) : null}
              </span>
              <span class="row" style="gap:2px;flex-wrap:nowrap">
                <button
                  type="button"
                  class="btn small"
                  disabled={i === 0}
                  aria-label={t('optPipeStepUp', s.name)}
                  title={t('optPipeStepUp', s.name)}
                  onClick={() => run(workActions.moveStep(p.id, s.id, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="btn small"
                  disabled={i === p.steps.length - 1}
                  aria-label={t('optPipeStepDown', s.name)}
                  title={t('optPipeStepDown', s.name)}
                  onClick={() => run(workActions.moveStep(p.id, s.id, 1))}
                >
                  ↓
                </button>
                <EditDelete name={s.name} onEdit={() => setEditingStep(s.id)} onDelete={() => deleteStep(s.id)} />
              </span>
              {deletingStep === s.id ? (
                <MoveAndDelete
                  pipeline={p}
                  stepId={s.id}
                  count={usage[s.id] ?? 0}
                  all={all}
                  onDone={() => setDeletingStep(null)}
                />
              ) : null}
            </li>
          ),
        )}
      </ol>
      <StepForm
        label={t('optPipeStepAdd')}
        submitLabel={t('optPipeStepAdd')}
        initial={{ name: '', probability: '' }}
        onSave={(draft) => workActions.addStep(p.id, draft)}
        resetOnSave
      />
    </article>
  );
}

/** The refusal of deleting a step in use, with the way out: move its opportunities to another step, then delete it. */
function MoveAndDelete({
  pipeline,
  stepId,
  count,
  all,
  onDone,
}: {
  pipeline: Pipeline;
  stepId: string;
  count: number;
  all: Row[];
  onDone: () => void;
}) {
  const step = pipeline.steps.find((s) => s.id === stepId);
  const targets = all.flatMap(({ pipeline: p }) =>
    p.steps
      .filter((s) => s.id !== stepId)
      .map((s) => ({ value: s.id, label: p.id === pipeline.id ? s.name : `${p.name} › ${s.name}` })),
  );
  const [target, setTarget] = useState(targets[0]?.value ?? '');
  const [busy, setBusy] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  useEffect(() => selectRef.current?.focus(), []);
  const selectId = `move-${stepId}`;
  return (
    <div
      class="notice"
      role="alertdialog"
      aria-label={t('optPipeMoveAndDelete')}
      style="flex-basis:100%;display:flex;flex-direction:column;gap:6px"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <div role="alert">{plural('optPipeStepInUse', count, [step?.name ?? '', count])}</div>
      {targets.length ? (
        <>
          <div class="field">
            <label for={selectId}>{t('optPipeMoveTo')}</label>
            <select
              id={selectId}
              ref={selectRef}
              value={target}
              onChange={(e) => setTarget((e.currentTarget as HTMLSelectElement).value)}
            >
              {targets.map((x) => (
                <option key={x.value} value={x.value}>
                  {x.label}
                </option>
              ))}
            </select>
          </div>
          <div class="row">
            <button
              type="button"
              class="btn danger"
              disabled={busy || !target}
              onClick={async () => {
                setBusy(true);
                try {
                  const r = await workActions.deleteStep(pipeline.id, stepId, target);
                  if (r.ok) {
                    showToast(plural('optPipeStepMoved', r.moved, [r.moved, step?.name ?? '']));
                    onDone();
                  }
                } catch (e) {
                  showToast(failureText(e), { kind: 'error' });
                } finally {
                  setBusy(false);
                }
              }}
            >
              {t('optPipeMoveAndDelete')}
            </button>
            <button type="button" class="btn" onClick={onDone}>
              {t('cancel')}
            </button>
          </div>
        </>
      ) : (
        <div class="row">
          <span class="small">{t('optPipeNoTarget')}</span>
          <button type="button" class="btn" onClick={onDone}>
            {t('cancel')}
          </button>
        </div>
      )}
    </div>
  );
}

function StepForm(props: {
  label: string;
  submitLabel?: string;
  initial: { name: string; probability: string };
  onSave: (draft: {
    name: string;
    probability: number;
  }) => Promise<{ ok: true } | { ok: false; errors: Partial<Record<'name' | 'probability', string>> }>;
  onCancel?: () => void;
  resetOnSave?: boolean;
}) {
  const [name, setName] = useState(props.initial.name);
  const [probability, setProbability] = useState(props.initial.probability);
  const [errors, setErrors] = useState<Partial<Record<'name' | 'probability', string>>>({});
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLDivElement>(null);
  return (
    <form
      class={props.onCancel ? 'dialog' : 'row'}
      style={props.onCancel ? undefined : 'align-items:flex-start'}
      noValidate
      aria-label={props.label}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && props.onCancel) props.onCancel();
      }}
      onSubmit={async (e) => {
        e.preventDefault();
        const p = parseProbability(probability);
        if (p === null) {
          setErrors({ ...(name.trim() === '' ? { name: 'required' } : {}), probability: 'probability' });
          return;
        }
        setBusy(true);
        try {
          const r = await props.onSave({ name, probability: p });
          if (!r.ok) setErrors(r.errors);
          else if (props.resetOnSave) {
            setName('');
            setProbability('');
            setErrors({});
            setTimeout(() => nameRef.current?.querySelector('input')?.focus(), 0);
          }
        } catch (err) {
          showToast(failureText(err), { kind: 'error' });
        } finally {
          setBusy(false);
        }
      }}
    >
      <div ref={nameRef} style="flex:2;min-width:140px">
        <TextField
          label={t('optPipeStepName')}
          name="stepName"
          autoFocus={Boolean(props.onCancel)}
          value={name}
          error={errors.name === 'name-taken' ? t('optPipeErrorStepTaken') : nameError(errors.name)}
          onInput={(v) => {
            setName(v);
            setErrors({ ...errors, name: undefined });
          }}
        />
      </div>
      <div style="flex:1;min-width:110px">
        <TextField
          label={t('optPipeStepProbability')}
          name="stepProbability"
          value={probability}
          error={nameError(errors.probability)}
          onInput={(v) => {
            setProbability(v);
            setErrors({ ...errors, probability: undefined });
          }}
        />
      </div>
      <div class="row" style={props.onCancel ? undefined : 'padding-top:20px'}>
        <button type="submit" class={props.onCancel ? 'btn primary' : 'btn'} disabled={busy}>
          {props.submitLabel ?? t('save')}
        </button>
        {props.onCancel ? (
          <button type="button" class="btn" onClick={props.onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
