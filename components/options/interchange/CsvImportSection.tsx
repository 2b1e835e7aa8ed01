/**
 * CSV import: pick a file (encoding and separator detected), check the column mapping (pre-filled
 * from the headers), see the first rows and every row's errors, choose what to do with sheets that
 * already exist, then import everything in one transaction.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  analyzeCsv,
  IMPORT_TARGETS,
  loadDedupIndex,
  planCsvImport,
  readCsvFile,
  type ColumnMapping,
  type ImportTarget,
} from '../../../models/interchange';
import { t } from '../../i18n';
import { Check, ErrorLine, Select } from '../../Field';
import { Section, failureText } from '../common';
import { ImportFile } from './ImportFile';
import { PlanReview } from './PlanReview';
import { rowErrorText, targetText } from './text';

type CsvFile = Extract<Awaited<ReturnType<typeof readCsvFile>>, { ok: true }>['csv'];
type Index = Awaited<ReturnType<typeof loadDedupIndex>>;

const PREVIEW_ROWS = 5;
const SHOWN_ERRORS = 50;
const delimiterName = (d: string) => (d === '\t' ? 'tab' : d);

export function CsvImportSection() {
  const [csv, setCsv] = useState<CsvFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [index, setIndex] = useState<Index | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [error, setError] = useState('');
  const [generation, setGeneration] = useState(0);
  /** What the last import wrote, until another file is chosen. */
  const [imported, setImported] = useState('');

  const reset = () => {
    setCsv(null);
    setMapping([]);
    setSkipInvalid(false);
    setGeneration((g) => g + 1);
  };

  const parsed = useMemo(() => (csv ? analyzeCsv(csv, mapping) : []), [csv, mapping]);
  // The dedup index follows the mapping: a column mapped to SIRET later brings its sheets in.
  useEffect(() => {
    if (!csv) return;
    let current = true;
    setIndex(null);
    loadDedupIndex(parsed).then(
      (i) => current && setIndex(i),
      (e) => current && setError(failureText(e)),
    );
    return () => {
      current = false;
    };
  }, [parsed]);
  const invalid = useMemo(() => parsed.filter((r) => r.errors.length), [parsed]);
  const errors = useMemo(() => invalid.flatMap((r) => r.errors), [invalid]);
  const hasName = mapping.includes('name') || mapping.includes('firstName') || mapping.includes('lastName');
  const plan = useMemo(
    () =>
      csv && index && hasName
        ? planCsvImport(parsed, index, new Set(skipInvalid ? invalid.map((r) => r.row) : []))
        : null,
    [csv, index, parsed, invalid, skipInvalid, hasName],
  );
  useEffect(() => {
    if (invalid.length === 0) setSkipInvalid(false);
  }, [invalid.length]);
  const blocked = !hasName || (invalid.length > 0 && !skipInvalid);
  const headerOf = (target: ImportTarget) => csv?.headers[mapping.indexOf(target)];

  return (
    <Section id="io-csv-title" title={t('ioCsvTitle')} intro={t('ioCsvIntro')}>
      <ImportFile
        key={generation}
        id="io-csv-file"
        label={t('ioCsvFile')}
        accept=".csv,.txt,text/csv"
        read={readCsvFile}
        onPick={() => {
          setError('');
          setImported('');
          reset();
        }}
        onRead={(read) => {
          setCsv(read.csv);
          setMapping(read.csv.mapping);
        }}
        onError={setError}
      />
      <ErrorLine error={error} testId="io-csv-error" />
      {imported ? (
        <p role="status" data-testid="io-import-result">
          {imported}
        </p>
      ) : null}
      {csv ? (
        <>
          <p class="small muted" style="margin:0">
            {t(
              'ioFileInfo',
              csv.name,
              csv.rows.length - 1,
              csv.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252',
              delimiterName(csv.delimiter),
            )}
          </p>
          <fieldset class="dialog">
            <legend>
              <strong>{t('ioMappingTitle')}</strong>
            </legend>
            <div class="grid2">
              {csv.headers.map((h, i) => (
                <div class="field" key={i}>
                  <label for={`io-map-${i}`}>{t('ioMappingColumn', h || String(i + 1))}</label>
                  <Select
                    id={`io-map-${i}`}
                    value={mapping[i] ?? ''}
                    empty={t('ioIgnore')}
                    choices={IMPORT_TARGETS.map((target) => ({ value: target, label: targetText(target) }))}
                    onChange={(value) => {
                      const v = value as ImportTarget | '';
                      // A target belongs to one column: choosing it here frees it elsewhere.
                      setMapping(mapping.map((m, j) => (j === i ? v || null : v && m === v ? null : m)));
                    }}
                  />
                </div>
              ))}
            </div>
            {!hasName ? (
              <p class="error" role="alert">
                {t('ioNeedName')}
              </p>
            ) : null}
          </fieldset>
          <h3 class="small" style="margin:0">
            {t('ioPreviewTitle')}
          </h3>
          <div style="overflow-x:auto">
            <table class="small" data-testid="io-preview">
              <thead>
                <tr>
                  <th scope="col">{t('ioRowHeader')}</th>
                  {csv.headers.map((h, i) =>
                    mapping[i] ? (
                      <th scope="col" key={i}>
                        {targetText(mapping[i]!)}
                      </th>
                    ) : null,
                  )}
                </tr>
              </thead>
              <tbody>
                {csv.rows.slice(1, 1 + PREVIEW_ROWS).map((r, k) => {
                  const rowErrors = parsed[k]?.errors ?? [];
                  return (
                    <tr
                      key={k}
                      data-row={k + 2}
                      aria-invalid={rowErrors.length ? 'true' : undefined}
                      style={rowErrors.length ? 'background:var(--danger-soft)' : undefined}
                    >
                      <td>{k + 2}</td>
                      {csv.headers.map((_, i) => (mapping[i] ? <td key={i}>{(r[i] ?? '').slice(0, 80)}</td> : null))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {errors.length ? (
            <div class="dialog" role="alert" data-testid="io-row-errors" style="background:var(--danger-soft)">
              <strong>{t('ioErrorsTitle', invalid.length)}</strong>
              <ul style="margin:0;padding-left:1.2em">
                {errors.slice(0, SHOWN_ERRORS).map((e, k) => (
                  <li key={k} data-error-row={e.row}>
                    {rowErrorText(e, headerOf(e.field))}
                  </li>
                ))}
              </ul>
              {errors.length > SHOWN_ERRORS ? (
                <p class="small" style="margin:0">
                  {t('ioMoreErrors', errors.length - SHOWN_ERRORS)}
                </p>
              ) : null}
              <Check
                label={t('ioSkipInvalid', invalid.length)}
                checked={skipInvalid}
                onChange={setSkipInvalid}
                name="skipInvalid"
              />
              {!skipInvalid ? (
                <p class="small" style="margin:0">
                  {t('ioFixOrSkip')}
                </p>
              ) : null}
            </div>
          ) : null}
          {plan ? (
            <PlanReview
              key={`${generation}-${plan.groups.length}`}
              plan={plan}
              disabled={blocked}
              buttonText={t('ioImportButton', plan.groups.length, plan.contactCount)}
              onDone={(said) => {
                setImported(said);
                reset();
              }}
            />
          ) : null}
          <div class="row">
            <button type="button" class="btn" onClick={reset}>
              {t('ioStartOver')}
            </button>
          </div>
        </>
      ) : null}
    </Section>
  );
}
