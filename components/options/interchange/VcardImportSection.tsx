/** vCard import: a .vcf file into a chosen sheet, or into new sheets by ORG; preview, dedup by email, one transaction. */
import { useMemo, useState } from 'preact/hooks';
import {
  listSheets,
  loadDedupIndex,
  planVcards,
  readVcardFile,
  type ParsedRow,
  type VcardTarget,
} from '../../../models/interchange';
import { ErrorLine, SelectField } from '../../Field';
import { useLive } from '../../hooks';
import { t } from '../../i18n';
import { Section } from '../common';
import { ImportFile } from './ImportFile';
import { PlanReview } from './PlanReview';
import { rowErrorText } from './text';

type Index = Awaited<ReturnType<typeof loadDedupIndex>>;

export function VcardImportSection() {
  const [rows, setRows] = useState<ParsedRow[] | null>(null);
  const [index, setIndex] = useState<Index | null>(null);
  const [target, setTarget] = useState('');
  const [error, setError] = useState('');
  const [generation, setGeneration] = useState(0);
  const sheets = useLive(listSheets, [], []);

  const reset = () => {
    setRows(null);
    setGeneration((g) => g + 1);
  };
  const chosen = sheets.find((s) => s.id === target);
  const vTarget: VcardTarget = chosen
    ? { kind: 'sheet', companyId: chosen.id, companyName: chosen.name }
    : { kind: 'by-org' };
  const plan = useMemo(
    () => (rows && index ? planVcards(rows, index, vTarget) : null),
    [rows, index, target, chosen?.name],
  );
  const errors = rows?.flatMap((r) => r.errors) ?? [];

  return (
    <Section id="io-vcard-title" title={t('ioVcardTitle')} intro={t('ioVcardIntro')}>
      <ImportFile
        key={generation}
        id="io-vcard-file"
        label={t('ioVcardFile')}
        accept=".vcf,text/vcard,text/x-vcard"
        read={readVcardFile}
        onPick={() => {
          setError('');
          setRows(null);
        }}
        onRead={async (read) => {
          setIndex(await loadDedupIndex(read.rows));
          setRows(read.rows);
        }}
        onError={setError}
      />
      <ErrorLine error={error} />
      {rows && plan ? (
        <>
          <p class="small muted" style="margin:0">
            {t('ioVcardCount', rows.length)}
          </p>
          <SelectField
            label={t('ioVcardInto')}
            name="vcardTarget"
            value={target}
            empty={t('ioVcardByOrg')}
            choices={sheets.map((s) => ({ value: s.id, label: s.name }))}
            onChange={setTarget}
          />
          <ul class="list small" data-testid="io-vcard-preview">
            {rows.slice(0, 10).map((r) => (
              <li key={r.row} class="list-item">
                {`${r.person?.firstName ?? ''} ${r.person?.lastName ?? ''}`.trim()} — {r.person?.emails.join(', ')} —{' '}
                {r.company.name}
              </li>
            ))}
          </ul>
          {errors.length ? (
            <div class="dialog" role="alert" style="background:var(--danger-soft)">
              <ul style="margin:0;padding-left:1.2em">
                {errors.slice(0, 50).map((e, k) => (
                  <li key={k}>{rowErrorText(e, undefined, 'card')}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <PlanReview
            key={`${generation}-${target}`}
            plan={plan}
            disabled={false}
            buttonText={t('ioVcardImportButton', plan.contactCount)}
            onDone={reset}
          />
        </>
      ) : null}
    </Section>
  );
}
