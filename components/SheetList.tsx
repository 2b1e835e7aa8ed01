/**
 * The sheet list: a window of rows read through the list and search indexes (`models/list.ts`),
 * filters, counts, and the empty state. It is the listbox of the search box's combobox: rows are
 * options with a roving tabindex (Tab from the search box lands on the highlighted row, arrows move,
 * Enter opens).
 */
import { initials } from '../core/text/initials';
import { useEffect, useRef } from 'preact/hooks';
import type { Company } from '../core/domain';
import {
  PAGE,
  busy,
  filter,
  moveSelection,
  query,
  selected,
  setFilter,
  showList,
  showMore,
  view,
  type ListFilter,
  type ListRow,
} from '../models/list';
import { go } from '../models/route';
import { formatMoney, t, uiLanguage, type MessageKey } from './i18n';
import { pluralForms } from './plural';
import { loadDemo } from './demo';

const FILTERS: { id: ListFilter; label: () => string }[] = [
  { id: 'all', label: () => t('filterAll') },
  { id: 'prospects', label: () => t('filterProspects') },
  { id: 'clients', label: () => t('filterClients') },
  { id: 'suppliers', label: () => t('filterSuppliers') },
  { id: 'mine', label: () => t('filterMine') },
];

export const LISTBOX_ID = 'sheet-results';

export function SheetList() {
  useEffect(showList, []);
  const v = view.value;
  if (!v) return <div class="loading">{t('loading')}</div>;
  // No read of the query here: a keystroke re-renders the search box, `busy` and the empty result, not the rows.
  const f = filter.value;
  if (v.rows.length === 0 && !v.query && f === 'all' && v.total === 0) return <EmptyState />;
  const active = Math.min(selected.value, Math.max(0, v.rows.length - 1));
  const count =
    v.total === undefined
      ? ''
      : v.capped
        ? pluralForms(v.total, { one: 'sheetCountMoreOne', other: 'sheetCountMoreOther' })
        : pluralForms(v.total, { one: 'sheetCountOne', other: 'sheetCountOther' });

  return (
    <section class="card" aria-label={t('sheetResults')}>
      <div class="chips" role="group">
        {FILTERS.map((x) => (
          <button key={x.id} class="chip" aria-pressed={f === x.id ? 'true' : 'false'} onClick={() => setFilter(x.id)}>
            {x.label()}
          </button>
        ))}
      </div>
      <div class="small muted" aria-live="polite">
        {count}
      </div>
      {v.rows.length === 0 ? <NoRows answered={v.query} /> : null}
      <ul
        class="list"
        role="listbox"
        id={LISTBOX_ID}
        aria-label={count || t('sheetResults')}
        aria-busy={busy}
        hidden={v.rows.length === 0}
      >
        {/* Keyed by place: a keystroke's rows replace the previous ones in the same elements (their texts and
            attributes change) rather than unmounting and mounting each row and its effects. */}
        {v.rows.map((row, i) => (
          <SheetRow key={i} row={row} index={i} active={i === active} />
        ))}
      </ul>
      {v.total !== undefined && v.total > v.rows.length && v.rows.length >= PAGE ? (
        <button class="btn ghost small" onClick={showMore}>
          {t('showMoreSheets', v.total - v.rows.length)}
        </button>
      ) : null}
    </section>
  );
}

/** No row: for the query typed, once the rows answer it. */
function NoRows({ answered }: { answered: string }) {
  const q = query.value.trim();
  if (answered !== q) return null;
  return (
    <div class="empty">
      <span>{q ? t('noResults', q) : t('emptyTitle')}</span>
      {q ? (
        <button class="btn primary" onClick={() => go({ name: 'edit', prefill: { company: { name: q } } })}>
          {t('createNamed', q)}
        </button>
      ) : null}
    </div>
  );
}

const VIA: Record<string, MessageKey> = {
  people: 'viaPeople',
  addresses: 'viaAddresses',
  quotes: 'viaQuotes',
  orders: 'viaOrders',
  invoices: 'viaInvoices',
};

let dayFormat: Intl.DateTimeFormat | null = null;
const formatDate = (ms: number) =>
  (dayFormat ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' })).format(new Date(ms));

function focusRow(index: number) {
  const row = () => document.querySelector<HTMLElement>(`#${LISTBOX_ID} [data-index="${index}"]`);
  // A row that "show more" is still fetching gets the focus once it paints.
  const now = row();
  if (now) now.focus();
  else requestAnimationFrame(() => row()?.focus());
}

function onRowKey(e: KeyboardEvent, row: ListRow, index: number) {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    moveSelection(e.key === 'ArrowDown' ? 1 : -1);
    // The rows are already in the page: focus moves with the key, not a frame later.
    focusRow(selected.value);
  } else if (e.key === 'Home' || e.key === 'End') {
    e.preventDefault();
    selected.value = e.key === 'Home' ? 0 : (view.value?.rows.length ?? 1) - 1;
    focusRow(selected.value);
  } else if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    go({ name: 'sheet', id: row.company.id });
  } else if (e.key === 'Escape') {
    document.querySelector<HTMLElement>(`[aria-controls="${LISTBOX_ID}"]`)?.focus();
  } else if (index >= 0 && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
    // Typing goes back to the search box.
    document.querySelector<HTMLElement>(`[aria-controls="${LISTBOX_ID}"]`)?.focus();
  }
}

function SheetRow({ row, index, active }: { row: ListRow; index: number; active: boolean }) {
  const c = row.company;
  const ref = useRef<HTMLLIElement>(null);
  // Scrolling forces a layout: only when the keyboard moves the selection, not on every render.
  useEffect(() => {
    if (active && selected.value > 0) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  const via = row.via && VIA[row.via.table] && row.via.label ? t(VIA[row.via.table]!, row.via.label) : '';
  const sub = [c.domains[0], via || row.contacts.join(', ')].filter(Boolean).join(' · ');
  const meta = [
    ...row.unpaid.map((u) => t('rowUnpaid', formatMoney(u.cents, u.currency))),
    row.lastActivityAt !== undefined ? t('rowLastActivity', formatDate(row.lastActivityAt)) : '',
  ].filter(Boolean);
  return (
    <li
      class="list-item"
      role="option"
      id={`sheet-opt-${c.id}`}
      tabIndex={active ? 0 : -1}
      aria-selected={active ? 'true' : 'false'}
      data-company-id={c.id}
      data-index={index}
      onClick={() => go({ name: 'sheet', id: c.id })}
      onFocus={() => {
        if (selected.value !== index) selected.value = index;
      }}
      onKeyDown={(e) => onRowKey(e, row, index)}
      ref={ref}
    >
      <span class="avatar square" aria-hidden="true">
        {initials(c.name)}
      </span>
      <span class="spacer">
        <div class="title">{c.name}</div>
        {sub ? <div class="sub">{sub}</div> : null}
        {meta.length ? <div class="sub">{meta.join(' · ')}</div> : null}
      </span>
      <Flags company={c} />
    </li>
  );
}

export function Flags({ company }: { company: Company }) {
  return (
    <span class="row" style="gap:3px">
      {company.isClient ? <span class="badge client">{t('flagClient')}</span> : null}
      {company.isProspect ? <span class="badge prospect">{t('flagProspect')}</span> : null}
      {company.isSupplier ? <span class="badge supplier">{t('flagSupplier')}</span> : null}
    </span>
  );
}

function EmptyState() {
  return (
    <div class="empty card">
      <div class="big">{t('emptyTitle')}</div>
      <div>{t('emptyText')}</div>
      <div class="row" style="justify-content:center">
        <button class="btn primary" onClick={() => go({ name: 'edit' })}>
          {t('newSheet')}
        </button>
        <button class="btn" onClick={loadDemo}>
          {t('loadDemo')}
        </button>
      </div>
    </div>
  );
}
