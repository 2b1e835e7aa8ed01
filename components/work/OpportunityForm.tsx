/** Add or edit an opportunity: pipeline, step (its probability pre-fills the field), amount as typed, currency, dates, people. */
import { useMemo, useState } from 'preact/hooks';
import type { Opportunity, Person } from '../../core/domain';
import {
  amountInputText,
  defaultPipeline,
  parseAmountCents,
  parseProbability,
  sortPipelines,
} from '../../core/pipelines';
import { workActions, type SheetWork } from '../../models/work';
import { DialogForm, TextField, useSave } from '../Field';
import { errorText } from '../errors';
import { isFrench, t } from '../i18n';
import { CURRENCIES, SelectField, meUser, openPipelinesOptions, personName, titleError } from './common';

interface Draft {
  title: string;
  pipelineId: string;
  stepId: string;
  probability: string;
  amount: string;
  currency: string;
  expectedDate: string;
  personId: string;
  ownerId: string;
}
type Errors = Partial<Record<'title' | 'stepId' | 'probability' | 'amount', string>>;

type Props = { companyId: string; work: SheetWork; people: Person[]; opportunity?: Opportunity; onDone: () => void };

export function OpportunityForm(props: Props) {
  const usable = props.work.pipelines.some((p) => p.steps.length > 0);
  if (!usable) {
    return (
      <div class="dialog" role="group" aria-label={t('workOppAdd')}>
        <div class="notice">{t('workNoPipeline')}</div>
        <div class="row">
          <button type="button" class="btn primary" onClick={openPipelinesOptions}>
            {t('workOpenPipelines')}
          </button>
          <button type="button" class="btn" onClick={props.onDone}>
            {t('cancel')}
          </button>
        </div>
      </div>
    );
  }
  return <Form {...props} />;
}

/** The form proper: mounted only once a pipeline with steps exists, so that its first draft can pre-fill from it. */
function Form(props: Props) {
  const { work, opportunity: o } = props;
  const pipelines = useMemo(() => sortPipelines(work.pipelines).filter((p) => p.steps.length > 0), [work.pipelines]);
  const [draft, setDraft] = useState<Draft>(() => {
    if (o) {
      return {
        title: o.title,
        pipelineId: o.pipelineId,
        stepId: o.stepId,
        probability: String(o.probability),
        amount: amountInputText(o.amount, isFrench() ? ',' : '.'),
        currency: o.currency,
        expectedDate: o.expectedDate ?? '',
        personId: o.personId ?? '',
        ownerId: o.ownerId ?? '',
      };
    }
    const p = defaultPipeline(work.pipelines);
    const first = p?.steps[0];
    return {
      title: '',
      pipelineId: p?.id ?? '',
      stepId: first?.id ?? '',
      probability: first ? String(first.probability) : '',
      amount: '',
      currency: 'EUR',
      expectedDate: '',
      personId: '',
      ownerId: meUser(work.users)?.id ?? '',
    };
  });
  const [errors, setErrors] = useState<Errors>({});
  const { busy, run } = useSave(props.onDone);
  const pipeline = pipelines.find((p) => p.id === draft.pipelineId);
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    const cleared = { ...errors };
    for (const k of Object.keys(patch)) delete cleared[k as keyof Errors];
    setErrors(cleared);
  };
  /** Choosing a step pre-fills the probability with the step's default. */
  const chooseStep = (pipelineId: string, stepId: string) => {
    const step = pipelines.find((p) => p.id === pipelineId)?.steps.find((s) => s.id === stepId);
    set({ pipelineId, stepId, ...(step ? { probability: String(step.probability) } : {}) });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const next: Errors = { title: titleError(draft.title) };
    const amount = draft.amount.trim() === '' ? 0 : parseAmountCents(draft.amount);
    if (amount === null) next.amount = t('workErrorAmount');
    const probability = parseProbability(draft.probability);
    if (probability === null) next.probability = t('workErrorProbability');
    if (!pipeline?.steps.some((s) => s.id === draft.stepId)) next.stepId = errorText('required');
    if (Object.values(next).some(Boolean) || amount === null || probability === null) {
      setErrors(next);
      return;
    }
    await run(
      () =>
        workActions.saveOpportunity(
          props.companyId,
          {
            title: draft.title,
            pipelineId: draft.pipelineId,
            stepId: draft.stepId,
            probability,
            amount,
            currency: draft.currency,
            ...(draft.expectedDate ? { expectedDate: draft.expectedDate } : {}),
            ...(draft.personId ? { personId: draft.personId } : {}),
            ...(draft.ownerId ? { ownerId: draft.ownerId } : {}),
          },
          o?.id,
        ),
      t('workOppSaved'),
    );
  };

  const activePeople = props.people.filter((p) => p.archivedAt === undefined || p.id === o?.personId);
  return (
    <DialogForm label={o ? t('workOppEdit') : t('workOppAdd')} busy={busy} onSubmit={submit} onCancel={props.onDone}>
      <TextField
        label={t('workFieldTitle')}
        name="title"
        value={draft.title}
        autoFocus
        error={errors.title}
        onInput={(title) => set({ title })}
      />
      <div class="grid2">
        <SelectField
          label={t('workFieldPipeline')}
          name="pipelineId"
          value={draft.pipelineId}
          choices={pipelines.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(id) => chooseStep(id, pipelines.find((p) => p.id === id)?.steps[0]?.id ?? '')}
        />
        <SelectField
          label={t('workFieldStep')}
          name="stepId"
          value={draft.stepId}
          error={errors.stepId}
          choices={(pipeline?.steps ?? []).map((s) => ({ value: s.id, label: s.name }))}
          onChange={(id) => chooseStep(draft.pipelineId, id)}
        />
      </div>
      <div class="grid2">
        <TextField
          label={t('workFieldAmount')}
          name="amount"
          value={draft.amount}
          error={errors.amount}
          hint={t('workAmountHint')}
          onInput={(amount) => set({ amount })}
        />
        <SelectField
          label={t('workFieldCurrency')}
          name="currency"
          value={draft.currency}
          choices={(CURRENCIES.includes(draft.currency as (typeof CURRENCIES)[number])
            ? CURRENCIES
            : [draft.currency, ...CURRENCIES]
          ).map((c) => ({ value: c, label: c }))}
          onChange={(currency) => set({ currency })}
        />
      </div>
      <div class="grid2">
        <TextField
          label={t('workFieldProbability')}
          name="probability"
          value={draft.probability}
          error={errors.probability}
          hint={t('workProbabilityHint')}
          onInput={(probability) => set({ probability })}
        />
        <TextField
          label={t('workFieldExpectedDate')}
          name="expectedDate"
          type="date"
          value={draft.expectedDate}
          onInput={(expectedDate) => set({ expectedDate })}
        />
      </div>
      <div class="grid2">
        <SelectField
          label={t('workFieldContact')}
          name="personId"
          value={draft.personId}
          empty={t('workNone')}
          choices={activePeople.map((p) => ({ value: p.id, label: personName(p) }))}
          onChange={(personId) => set({ personId })}
        />
        <SelectField
          label={t('workFieldOwner')}
          name="ownerId"
          value={draft.ownerId}
          empty={t('workNone')}
          choices={work.users.map((u) => ({ value: u.id, label: u.isMe ? t('workUserMe', u.name) : u.name }))}
          onChange={(ownerId) => set({ ownerId })}
        />
      </div>
    </DialogForm>
  );
}
