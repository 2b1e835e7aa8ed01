/** The end of an import: sheets that already exist (merge, skip or create, each or all), the import button, progress. */
import { useState } from 'preact/hooks';
import { applyImport, ImportRecordInvalid, type GroupDecision, type ImportPlan } from '../../../models/interchange';
import { showToast } from '../../../models/toast';
import { t } from '../../i18n';
import { failureText } from '../common';
import { Progress } from './Progress';
import { matchText } from './text';
import { ErrorLine, Select } from '../../Field';

const DECISIONS: GroupDecision[] = ['merge', 'skip', 'create'];
const decisionText = (d: GroupDecision) =>
  t(d === 'merge' ? 'ioDecisionMerge' : d === 'skip' ? 'ioDecisionSkip' : 'ioDecisionCreate');
const SHOWN = 100;

export function PlanReview(props: {
  plan: ImportPlan;
  disabled: boolean;
  buttonText: string;
  onDone: (said: string) => void;
}) {
  const [decisions, setDecisions] = useState<Record<string, GroupDecision>>({});
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState('');
  const matched = props.plan.groups.filter((g) => g.match);

  const setAll = (d: GroupDecision) => setDecisions(Object.fromEntries(matched.map((g) => [g.key, d])));
  const run = async () => {
    setError('');
    setProgress({ done: 0, total: 0 });
    try {
      const r = await applyImport(props.plan, decisions, (done, total) => setProgress({ done, total }));
      // Said in the section too (onDone), where it stays: a toast may be gone before the user looks.
      const said = t('ioImportDone', r.created, r.merged, r.skipped, r.contactsAdded);
      showToast(said);
      props.onDone(said);
    } catch (e) {
      setError(
        t(
          'ioImportFailed',
          e instanceof ImportRecordInvalid ? `${t('ioRowHeader')} ${e.rows[0] ?? '?'}: ${e.detail}` : failureText(e),
        ),
      );
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      {matched.length ? (
        <fieldset class="dialog" data-testid="io-duplicates">
          <legend>
            <strong>{t('ioDuplicatesTitle', matched.length)}</strong>
          </legend>
          <div class="field">
            <label for="io-dup-all">{t('ioDuplicatesAll')}</label>
            <Select
              id="io-dup-all"
              empty="—"
              choices={DECISIONS.map((d) => ({ value: d, label: decisionText(d) }))}
              onChange={(v) => setAll(v as GroupDecision)}
            />
          </div>
          <ul class="list">
            {matched.slice(0, SHOWN).map((g) => {
              const label = t(
                'ioDuplicateOf',
                g.company.name,
                g.rows[0] ?? '',
                g.match!.companyName,
                matchText(g.match!.by),
              );
              return (
                <li key={g.key} class="list-item" data-duplicate={g.company.name} style="flex-wrap:wrap">
                  <span style="flex:1;min-width:12em">{label}</span>
                  <select
                    aria-label={label}
                    value={decisions[g.key] ?? 'merge'}
                    onChange={(e) =>
                      setDecisions({
                        ...decisions,
                        [g.key]: (e.currentTarget as HTMLSelectElement).value as GroupDecision,
                      })
                    }
                  >
                    {DECISIONS.map((d) => (
                      <option key={d} value={d}>
                        {decisionText(d)}
                      </option>
                    ))}
                  </select>
                </li>
              );
            })}
          </ul>
          {matched.length > SHOWN ? <p class="small muted">{t('ioMoreErrors', matched.length - SHOWN)}</p> : null}
        </fieldset>
      ) : null}
      <ErrorLine error={error} />
      <div class="row">
        <button
          type="button"
          class="btn primary"
          disabled={props.disabled || progress !== null || props.plan.groups.length === 0}
          onClick={run}
        >
          {props.buttonText}
        </button>
      </div>
      {progress ? <Progress done={progress.done} total={progress.total} /> : null}
    </>
  );
}
