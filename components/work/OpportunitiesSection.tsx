/** A sheet's opportunities (SPEC §2.5): the open ones with their step, "+" to add, won/lost, closed ones on demand. */
import { useState } from 'preact/hooks';
import type { Opportunity, Person } from '../../core/domain';
import { findStep, partitionOpportunities, weightedTotals } from '../../core/pipelines';
import { workActions, type SheetWork } from '../../models/work';
import { showToast } from '../../models/toast';
import { IconButton } from '../icons';
import { formatDay, formatInstant, formatMoney, t } from '../i18n';
import { SectionList, workListLabels } from '../sections/SectionList';
import { defaultPipelineNames, failure, personName, userName } from './common';
import { OpportunityForm } from './OpportunityForm';

export function OpportunitiesSection({
  companyId,
  work,
  people,
}: {
  companyId: string;
  work: SheetWork;
  people: Person[];
}) {
  /** The default pipeline just created on first use: the form waits for the live query to bring it. */
  const [awaiting, setAwaiting] = useState<string | null>(null);
  const { open, closed } = partitionOpportunities(work.opportunities);
  const totals = weightedTotals(open);
  const beforeAdd = async () => {
    try {
      // First use: a default pipeline ("Sales"/"Ventes") is created when there is none.
      setAwaiting(await workActions.ensureDefaultPipeline(defaultPipelineNames()));
      return true;
    } catch (e) {
      showToast(failure(e), { kind: 'error' });
      return false;
    }
  };
  const rowProps = { work, people };
  return (
    <SectionList
      {...workListLabels('opportunities', 'opp')}
      open={open}
      closed={closed}
      beforeAdd={beforeAdd}
      summary={
        totals.length ? (
          <div class="small muted" data-testid="opp-totals">
            {totals.map((x) => (
              <div key={x.currency}>
                {t('workOppTotals', formatMoney(x.total, x.currency), formatMoney(x.weighted, x.currency))}
              </div>
            ))}
          </div>
        ) : null
      }
      form={(o, done) =>
        o || awaiting === null || work.pipelines.some((p) => p.id === awaiting) ? (
          <OpportunityForm companyId={companyId} work={work} people={people} opportunity={o} onDone={done} />
        ) : null
      }
      row={(o, edit) => <OpportunityRow key={o.id} opportunity={o} {...rowProps} onEdit={edit} />}
    />
  );
}

function OpportunityRow({
  opportunity: o,
  work,
  people,
  onEdit,
}: {
  opportunity: Opportunity;
  work: SheetWork;
  people: Person[];
  onEdit: () => void;
}) {
  const found = findStep(work.pipelines, o.stepId);
  const pipeline = work.pipelines.find((p) => p.id === o.pipelineId);
  const isOpen = o.status === 'open';
  const contact = personName(people.find((p) => p.id === o.personId));
  const owner = userName(work.users, o.ownerId);
  const run = (p: Promise<unknown>) => p.catch((e) => showToast(failure(e), { kind: 'error' }));

  const close = (status: 'won' | 'lost') =>
    run(
      workActions.setOpportunityStatus(o.id, status).then(() =>
        showToast(t(status === 'won' ? 'workOppWonToast' : 'workOppLostToast', o.title), {
          undo: () => workActions.setOpportunityStatus(o.id, 'open'),
        }),
      ),
    );
  const remove = () =>
    run(
      workActions.deleteOpportunity(o.id).then((gone) => {
        if (gone) showToast(t('workOppDeleted', o.title), { undo: () => workActions.restoreOpportunity(gone) });
      }),
    );

  return (
    <li
      class={`list-item static${isOpen ? '' : ' closed'}`}
      style="align-items:flex-start"
      data-opportunity={o.title}
      data-status={o.status}
    >
      <span class="spacer" style="min-width:0">
        <div class="title">
          {o.title} {o.status === 'won' ? <span class="badge client">{t('workOppStatusWon')}</span> : null}
          {o.status === 'lost' ? <span class="badge danger">{t('workOppStatusLost')}</span> : null}
        </div>
        <div class="sub">
          <strong data-testid="opp-amount">{formatMoney(o.amount, o.currency)}</strong>
          {' · '}
          <span data-testid="opp-step">{found ? found.step.name : t('workOppNoStep')}</span>
          {work.pipelines.length > 1 && pipeline ? ` (${pipeline.name})` : ''}
          {' · '}
          <span data-testid="opp-probability">{t('workPercent', o.probability)}</span>
          {o.expectedDate ? ` · ${t('workOppExpected', formatDay(o.expectedDate))}` : ''}
        </div>
        {contact || owner ? (
          <div class="sub">{[contact, owner ? t('workOppOwnerIs', owner) : ''].filter(Boolean).join(' · ')}</div>
        ) : null}
        {!isOpen && o.closedAt ? <div class="sub">{t('workClosedOn', formatInstant(o.closedAt))}</div> : null}
        {isOpen && pipeline && pipeline.steps.length > 1 ? (
          <div class="row small" style="margin-top:4px;flex-wrap:nowrap">
            <label class="muted" for={`opp-step-${o.id}`}>
              {t('workOppMoveTo')}
            </label>
            <select
              id={`opp-step-${o.id}`}
              style="width:auto;min-width:0;padding:2px 6px"
              value={o.stepId}
              onChange={(e) => {
                const stepId = (e.currentTarget as HTMLSelectElement).value;
                const step = pipeline.steps.find((s) => s.id === stepId);
                const previous = o.stepId;
                run(
                  workActions.moveOpportunity(o.id, stepId).then(() =>
                    showToast(t('workOppMoved', o.title, step?.name ?? ''), {
                      undo: () => workActions.moveOpportunity(o.id, previous),
                    }),
                  ),
                );
              }}
            >
              {pipeline.steps.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({t('workPercent', s.probability)})
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </span>
      <span class="row" style="gap:2px;flex-wrap:nowrap">
        {isOpen ? (
          <>
            <button
              type="button"
              class="btn small"
              onClick={() => close('won')}
              aria-label={t('workOppMarkWonNamed', o.title)}
            >
              {t('workOppMarkWon')}
            </button>
            <button
              type="button"
              class="btn small"
              onClick={() => close('lost')}
              aria-label={t('workOppMarkLostNamed', o.title)}
            >
              {t('workOppMarkLost')}
            </button>
            <IconButton icon="edit" label={t('edit')} onClick={onEdit} />
          </>
        ) : (
          <button type="button" class="btn small" onClick={() => run(workActions.setOpportunityStatus(o.id, 'open'))}>
            {t('workReopen')}
          </button>
        )}
        <IconButton icon="trash" label={t('delete')} onClick={remove} />
      </span>
    </li>
  );
}
