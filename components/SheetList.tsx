/** The sheet list: instant search, filters, keyboard navigation and the empty state. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Company, User } from '../core/domain';
import { buildSearchEntries, createSearcher } from '../core/search';
import { activeOptionId, filter, query, selected, type ListFilter } from '../models/list';
import { go } from '../models/route';
import { allSheets, queries, watchAllSheets, type SheetSummary } from '../models/sheet-queries';
import { useLive } from './hooks';
import { t } from './i18n';
import { loadDemo } from './demo';

const FILTERS: { id: ListFilter; label: () => string }[] = [
  { id: 'all', label: () => t('filterAll') },
  { id: 'prospects', label: () => t('filterProspects') },
  { id: 'clients', label: () => t('filterClients') },
  { id: 'suppliers', label: () => t('filterSuppliers') },
  { id: 'mine', label: () => t('filterMine') },
];

function passes(c: Company, f: ListFilter, me: User | undefined): boolean {
  switch (f) {
    case 'prospects':
      return c.isProspect;
    case 'clients':
      return c.isClient;
    case 'suppliers':
      return c.isSupplier;
    case 'mine':
      return !!me && c.accountManagerId === me.id;
    default:
      return true;
  }
}

/** Rows rendered at once: more on demand, so that a keystroke never renders thousands of rows. */
const PAGE = 30;
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function SheetList() {
  useEffect(watchAllSheets, []);
  const sheets = allSheets.value;
  const users = useLive(() => queries.users(), [], []);
  const [shown, setShown] = useState(PAGE);
  const me = users.find((u) => u.isMe);
  const entries = useMemo(() => (sheets ? buildSearchEntries(sheets) : []), [sheets]);
  const search = useMemo(() => createSearcher(entries), [entries]);
  const byId = useMemo(() => new Map((sheets ?? []).map((s) => [s.company.id, s])), [sheets]);
  // Sorting 20,000 names is the costly part of an empty query: once per data change, not per render.
  const sorted = useMemo(() => (sheets ? [...sheets].sort((a, b) => collator.compare(a.company.name, b.company.name)) : []), [sheets]);

  const q = query.value.trim();
  const f = filter.value;
  // One search per query, filter or data change — never again for a re-render.
  const { results, total } = useMemo(() => {
    if (!q) {
      const list = f === 'all' ? sorted : sorted.filter((s) => passes(s.company, f, me));
      return { results: list, total: list.length };
    }
    // With a filter, every match is ranked so that the filter never hides a sheet behind the limit.
    const found = search(q, f === 'all' ? Math.max(200, shown) : Number.MAX_SAFE_INTEGER);
    const ranked = found.hits.map((hit) => byId.get(hit.id)).filter((s): s is SheetSummary => !!s);
    if (f === 'all') return { results: ranked, total: found.total };
    const kept = ranked.filter((s) => passes(s.company, f, me));
    return { results: kept, total: kept.length };
  }, [q, f, search, byId, sorted, me?.id, shown]);

  if (!sheets) return <div class="loading">{t('loading')}</div>;
  if (sheets.length === 0) return <EmptyState />;
  const visible = results.slice(0, shown);
  const active = Math.min(selected.value, Math.max(0, visible.length - 1));
  activeOptionId.value = visible[active] ? `sheet-opt-${visible[active]!.company.id}` : '';

  return (
    <section class="card" aria-label={t('resultsCount', total)}>
      <div class="chips" role="group">
        {FILTERS.map((x) => (
          <button
            key={x.id}
            class="chip"
            aria-pressed={f === x.id ? 'true' : 'false'}
            onClick={() => {
              filter.value = x.id;
              selected.value = 0;
              setShown(PAGE);
            }}
          >
            {x.label()}
          </button>
        ))}
      </div>
      <div class="small muted" aria-live="polite">
        {t('resultsCount', total)}
      </div>
      {results.length === 0 ? (
        <div class="empty">
          <span>{q ? t('noResults', q) : t('emptyTitle')}</span>
          {q ? (
            <button class="btn primary" onClick={() => go({ name: 'edit', prefill: { company: { name: q } } })}>
              {t('createNamed', q)}
            </button>
          ) : null}
        </div>
      ) : (
        <ul class="list" role="listbox" id="sheet-results" aria-label={t('resultsCount', total)}>
          {visible.map((s, i) => (
            <SheetRow key={s.company.id} sheet={s} active={i === active} />
          ))}
        </ul>
      )}
      {results.length > visible.length ? (
        <button class="btn ghost small" onClick={() => setShown(shown + PAGE * 4)}>
          {t('showMoreSheets', total - visible.length)}
        </button>
      ) : null}
    </section>
  );
}

function SheetRow({ sheet, active }: { sheet: SheetSummary; active: boolean }) {
  const c = sheet.company;
  const ref = useRef<HTMLLIElement>(null);
  // Scrolling forces a layout: only when the keyboard moves the selection, not on every render.
  useEffect(() => {
    if (active && selected.value > 0) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  const contacts = sheet.people.filter((p) => p.archivedAt === undefined);
  const sub = [c.domains[0], contacts.map((p) => `${p.firstName} ${p.lastName}`.trim()).slice(0, 2).join(', ')]
    .filter(Boolean)
    .join(' · ');
  return (
    <li
      class="list-item"
      role="option"
      id={`sheet-opt-${c.id}`}
      aria-selected={active ? 'true' : 'false'}
      data-company-id={c.id}
      onClick={() => go({ name: 'sheet', id: c.id })}
      ref={ref}
    >
      <span class="avatar square" aria-hidden="true">
        {initials(c.name)}
      </span>
      <span class="spacer">
        <div class="title">{c.name}</div>
        {sub ? <div class="sub">{sub}</div> : null}
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

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words[1]?.[0] ?? '')).toUpperCase() || '?';
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
