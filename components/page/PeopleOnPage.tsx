/**
 * "People on this page" (SPEC §4 "Add contacts from web pages"): each person the page shows, marked
 * "contact of <sheet>" or new; "Add to <sheet>" in one click, to another sheet or a new one; several
 * at once with "Add N people" (missing company sheets created in the same transaction, with undo);
 * "Update" and "Update sheet" fill empty fields from a field-by-field diff the user accepts.
 * Loaded on demand (not in the side panel's first paint). Page content is rendered as text only.
 */
import { useMemo, useState } from 'preact/hooks';
import { detectionFromSelection, type CompanyFact, type FieldChange, type PersonField } from '../../core/capture';
import { safeHref } from '../../core/links';
import type { Detection } from '../../core/detect/types';
import type { CaptureCreated, Reply } from '../../core/messages';
import { captureActions, captureQueries, personOf, type CaptureRow, type CaptureTarget } from '../../models/capture';
import type { PendingSelection } from '../../models/page';
import { go } from '../../models/route';
import { showToast } from '../../models/toast';
import { useLive } from '../hooks';
import { t, type MessageKey } from '../i18n';
import './capture.css';

const FIELD_LABEL: Record<PersonField | CompanyFact, MessageKey> = {
  email: 'fieldEmails',
  jobTitle: 'fieldJobTitle',
  phone: 'fieldPhone',
  linkedinUrl: 'fieldLinkedin',
  siren: 'fieldSiren',
  siret: 'fieldSiret',
  vat: 'fieldVat',
  website: 'fieldWebsite',
  domain: 'fieldDomains',
};

const displayName = (row: CaptureRow) => row.candidate.name || row.candidate.email;

function destination(row: CaptureRow): CaptureTarget | null {
  if (row.target) return { companyId: row.target.id };
  if (row.newSheet) return { newCompany: row.newSheet };
  return null;
}

function failed(reply: Reply<unknown>): boolean {
  if (reply.ok) return false;
  const { code, message } = reply.error;
  const text =
    code === 'conflict'
      ? t('captureConflict', message)
      : code === 'not-found'
        ? t('captureNotFound')
        : t('captureFailed', message);
  showToast(text, { kind: 'error' });
  return true;
}

function undoable(created: CaptureCreated) {
  return async () => {
    const reply = await captureActions.undo(created);
    if (!failed(reply) && reply.ok)
      showToast(t('captureUndone', reply.value.people.length, reply.value.companies.length));
  };
}

/** "Add to Fiche" on a selection: the same list, for the one person the selection names. */
export function SelectionCapture({ selection }: { selection: PendingSelection }) {
  const detection = useMemo(() => detectionFromSelection(selection.prefill, selection.pageUrl), [selection]);
  return <PeopleOnPage detection={detection} originUrl={selection.pageUrl} originKind="selection" />;
}

export function PeopleOnPage({
  detection,
  originUrl,
  originKind,
}: {
  detection: Detection;
  originUrl: string;
  originKind?: string;
}) {
  const plan = useLive(() => captureQueries.plan(detection), [detection]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  if (!plan || (plan.rows.length === 0 && !plan.facts)) return null;

  const origin = { url: originUrl, kind: originKind ?? detection.kind };
  const addable = plan.rows.filter((r) => !r.existing && destination(r));
  const chosen = addable.filter((r) => selected.has(r.candidate.key));

  const add = async (rows: CaptureRow[], targets: CaptureTarget[], sheetName?: string) => {
    setBusy(true);
    const reply = await captureActions.add(
      rows.map((r, i) => ({ person: personOf(r.candidate), target: targets[i]! })),
      origin,
    );
    setBusy(false);
    if (failed(reply) || !reply.ok) return false;
    const created = reply.value;
    const text =
      rows.length === 1 && !created.companies.length && 'companyId' in targets[0]!
        ? t('captureAdded', displayName(rows[0]!), sheetName ?? rows[0]!.target?.name ?? '')
        : t('captureAddedMany', created.people.length, created.companies.length);
    showToast(text, { undo: undoable(created) });
    setSelected(new Set());
    return true;
  };

  return (
    <div class="capture" data-testid="page-people">
      {plan.facts ? <CompanyFacts facts={plan.facts} sourceUrl={originUrl} /> : null}
      {plan.rows.length ? (
        <>
          <div class="section-head">
            <h4 id="page-people-h" class="spacer">
              {t('capturePeopleHeading')}
            </h4>
            {addable.length > 1 ? (
              <button
                class="btn small primary"
                disabled={busy || chosen.length === 0}
                data-testid="capture-add-many"
                onClick={() =>
                  void add(
                    chosen,
                    chosen.map((r) => destination(r)!),
                  )
                }
              >
                {chosen.length === 1 ? t('captureAddOne') : t('captureAddMany', chosen.length)}
              </button>
            ) : null}
          </div>
          <ul class="list" aria-labelledby="page-people-h">
            {plan.rows.map((row) => (
              <PersonRow
                key={row.candidate.key}
                row={row}
                busy={busy}
                selectable={addable.length > 1 && addable.includes(row)}
                selected={selected.has(row.candidate.key)}
                onSelect={(on) => {
                  const next = new Set(selected);
                  if (on) next.add(row.candidate.key);
                  else next.delete(row.candidate.key);
                  setSelected(next);
                }}
                onAdd={(target, sheetName) => add([row], [target], sheetName)}
              />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function SheetLink({ sheet }: { sheet: { id: string; name: string } }) {
  return (
    <button class="link-btn" onClick={() => go({ name: 'sheet', id: sheet.id })}>
      {sheet.name}
    </button>
  );
}

function PersonRow(props: {
  row: CaptureRow;
  busy: boolean;
  selectable: boolean;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onAdd: (target: CaptureTarget, sheetName?: string) => Promise<boolean>;
}) {
  const { row } = props;
  const c = row.candidate;
  const [open, setOpen] = useState<'none' | 'elsewhere' | 'update'>('none');
  const name = displayName(row);
  const existing = row.existing;
  const sub = [c.title, c.company].filter(Boolean).join(' · ');
  const fills = existing?.changes.filter((x) => x.fill) ?? [];
  return (
    <li class="capture-person" data-testid="page-person" data-person-name={name}>
      <div class="row" style="align-items:flex-start;flex-wrap:nowrap">
        {props.selectable ? (
          <input
            type="checkbox"
            checked={props.selected}
            aria-label={t('captureSelect', name)}
            onChange={(e) => props.onSelect((e.currentTarget as HTMLInputElement).checked)}
          />
        ) : null}
        <span class="spacer">
          <div class="title">{name}</div>
          {sub ? <div class="sub">{sub}</div> : null}
          <div class="row small muted" style="gap:8px">
            {c.name && c.email ? <span>{c.email}</span> : null}
            {c.phone ? <span>{c.phone}</span> : null}
            {safeHref(c.linkedinUrl) ? (
              <a href={safeHref(c.linkedinUrl)} target="_blank" rel="noopener noreferrer">
                LinkedIn
              </a>
            ) : null}
          </div>
          <div class="small" data-testid="capture-status">
            {existing ? (
              existing.sheet.id === row.target?.id ? (
                <>
                  {t('captureContactOf')} <SheetLink sheet={existing.sheet} />
                </>
              ) : (
                <>
                  {t('captureAlreadyOn')} <SheetLink sheet={existing.sheet} />
                </>
              )
            ) : (
              <span class="badge prospect">{t('captureNew')}</span>
            )}
          </div>
        </span>
      </div>
      <div class="row capture-actions">
        {!existing && row.target ? (
          <button
            class="btn small primary"
            disabled={props.busy}
            onClick={() => void props.onAdd({ companyId: row.target!.id })}
          >
            {t('captureAddTo', row.target.name)}
          </button>
        ) : null}
        {!existing && !row.target && row.newSheet ? (
          <button
            class="btn small primary"
            disabled={props.busy}
            onClick={() => void props.onAdd({ newCompany: row.newSheet! })}
          >
            {t('captureAddToNew', row.newSheet.name)}
          </button>
        ) : null}
        {!existing ? (
          <button
            class="btn small"
            aria-expanded={open === 'elsewhere'}
            onClick={() => setOpen(open === 'elsewhere' ? 'none' : 'elsewhere')}
          >
            {t('captureAddElsewhere')}
          </button>
        ) : null}
        {existing && fills.length ? (
          <button
            class="btn small"
            aria-expanded={open === 'update'}
            onClick={() => setOpen(open === 'update' ? 'none' : 'update')}
          >
            {t('captureUpdate')}
          </button>
        ) : null}
      </div>
      {open === 'elsewhere' ? (
        <Elsewhere
          row={row}
          busy={props.busy}
          onAdd={async (target, sheetName) => {
            if (await props.onAdd(target, sheetName)) setOpen('none');
          }}
        />
      ) : null}
      {open === 'update' && existing ? (
        <DiffForm
          title={t('captureUpdateTitle', name, existing.sheet.name)}
          changes={existing.changes}
          onCancel={() => setOpen('none')}
          onApply={async (accepted) => {
            const reply = await captureActions.updatePerson(existing.contact.id, accepted);
            if (failed(reply)) return;
            showToast(t('captureUpdated', name));
            setOpen('none');
          }}
        />
      ) : null}
    </li>
  );
}

/** Another sheet (search) or a new one, named by the user. */
function Elsewhere({
  row,
  busy,
  onAdd,
}: {
  row: CaptureRow;
  busy: boolean;
  onAdd: (target: CaptureTarget, sheetName?: string) => Promise<void>;
}) {
  const [q, setQ] = useState('');
  const [newName, setNewName] = useState(row.newSheet?.name ?? row.candidate.company);
  const results = useLive(() => captureQueries.sheets(q), [q], []);
  const name = displayName(row);
  return (
    <div class="dialog capture-elsewhere" role="group" aria-label={t('captureAddElsewhere')}>
      <input
        type="search"
        value={q}
        placeholder={t('captureSearchSheet')}
        aria-label={t('captureSearchSheet')}
        autoFocus
        onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)}
      />
      {results.length ? (
        <ul class="list">
          {results.map((s) => (
            <li key={s.id} class="row">
              <span class="spacer">{s.name}</span>
              <button
                class="btn small"
                disabled={busy}
                aria-label={t('captureAddNameTo', name, s.name)}
                onClick={() => void onAdd({ companyId: s.id }, s.name)}
              >
                {t('captureAddTo', s.name)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          const n = newName.trim();
          if (n) void onAdd({ newCompany: n === row.newSheet?.name ? row.newSheet : { name: n } });
        }}
      >
        <input
          class="spacer"
          value={newName}
          aria-label={t('captureNewSheetName')}
          placeholder={t('captureNewSheetName')}
          onInput={(e) => setNewName((e.currentTarget as HTMLInputElement).value)}
        />
        <button class="btn small" type="submit" disabled={busy || !newName.trim()}>
          {t('captureAddToNewSheet')}
        </button>
      </form>
    </div>
  );
}

/** A field-by-field diff: empty fields can be filled (ticked by default), a different value is kept. */
function DiffForm<F extends PersonField | CompanyFact>(props: {
  title: string;
  changes: FieldChange<F>[];
  onApply: (accepted: Partial<Record<F, string>>) => Promise<void>;
  onCancel: () => void;
}) {
  const [accepted, setAccepted] = useState<ReadonlySet<F>>(
    () => new Set(props.changes.filter((c) => c.fill).map((c) => c.field)),
  );
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="dialog capture-diff"
      aria-label={props.title}
      data-testid="capture-diff"
      onSubmit={async (e) => {
        e.preventDefault();
        const fills: Partial<Record<F, string>> = {};
        for (const c of props.changes) if (c.fill && accepted.has(c.field)) fills[c.field] = c.proposed;
        setBusy(true);
        await props.onApply(fills);
        setBusy(false);
      }}
    >
      <div class="small">{props.title}</div>
      <table class="small">
        <thead>
          <tr>
            <th scope="col">{t('captureDiffField')}</th>
            <th scope="col">{t('captureDiffSheet')}</th>
            <th scope="col">{t('captureDiffPage')}</th>
          </tr>
        </thead>
        <tbody>
          {props.changes.map((c) => (
            <tr key={c.field} data-field={c.field}>
              <th scope="row">
                {c.fill ? (
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={accepted.has(c.field)}
                      onChange={(e) => {
                        const next = new Set(accepted);
                        if ((e.currentTarget as HTMLInputElement).checked) next.add(c.field);
                        else next.delete(c.field);
                        setAccepted(next);
                      }}
                    />
                    {t(FIELD_LABEL[c.field])}
                  </label>
                ) : (
                  t(FIELD_LABEL[c.field])
                )}
              </th>
              <td>{c.current || <span class="muted">{t('captureDiffEmpty')}</span>}</td>
              <td>
                {c.proposed}
                {c.fill ? null : <div class="muted">{t('captureDiffKept')}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="row">
        <button class="btn small primary" type="submit" disabled={busy || accepted.size === 0}>
          {t('captureApply')}
        </button>
        <button class="btn small" type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function CompanyFacts({
  facts,
  sourceUrl,
}: {
  facts: NonNullable<import('../../models/capture').CapturePlan['facts']>;
  sourceUrl: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div class="capture-facts" data-testid="capture-facts">
      <div class="row">
        <span class="spacer small">{t('captureFactsFor', facts.sheet.name)}</span>
        <button class="btn small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('captureUpdateSheet')}
        </button>
      </div>
      {open ? (
        <DiffForm
          title={t('captureFactsTitle', facts.sheet.name)}
          changes={facts.changes}
          onCancel={() => setOpen(false)}
          onApply={async (accepted) => {
            const reply = await captureActions.updateSheet(facts.sheet.id, accepted, sourceUrl);
            if (failed(reply)) return;
            showToast(t('captureUpdated', facts.sheet.name));
            setOpen(false);
          }}
        />
      ) : null}
    </div>
  );
}
