/** The sheet list: instant search, filters, keyboard navigation and the empty state. */
import { useMemo } from 'preact/hooks';
import type { Company, User } from '../core/domain';
import { buildSearchEntries, searchSheets } from '../core/search';
import { activeOptionId, filter, query, selected, type ListFilter } from '../models/list';
import { go } from '../models/route';
import { queries, type SheetSummary } from '../models/sheets';
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

export function SheetList() {
  const sheets = useLive(() => queries.allSheets(), []);
  const users = useLive(() => queries.users(), [], []);
  const me = users.find((u) => u.isMe);
  const entries = useMemo(() => (sheets ? buildSearchEntries(sheets) : []), [sheets]);
  const byId = useMemo(() => new Map((sheets ?? []).map((s) => [s.company.id, s])), [sheets]);

  if (!sheets) return <div class="loading">{t('loading')}</div>;
  if (sheets.length === 0) return <EmptyState />;

  const q = query.value.trim();
  const ranked: SheetSummary[] = q
    ? searchSheets(entries, q, 200)
        .map((hit) => byId.get(hit.id))
        .filter((s): s is SheetSummary => !!s)
    : [...sheets].sort((a, b) => a.company.name.localeCompare(b.company.name));
  const results = ranked.filter((s) => passes(s.company, filter.value, me));
  const active = Math.min(selected.value, Math.max(0, results.length - 1));
  activeOptionId.value = results[active] ? `sheet-opt-${results[active]!.company.id}` : '';

  return (
    <section class="card" aria-label={t('resultsCount', results.length)}>
      <div class="chips" role="group">
        {FILTERS.map((f) => (
          <button
            key={f.id}
            class="chip"
            aria-pressed={filter.value === f.id ? 'true' : 'false'}
            onClick={() => {
              filter.value = f.id;
              selected.value = 0;
            }}
          >
            {f.label()}
          </button>
        ))}
      </div>
      <div class="small muted" aria-live="polite">
        {t('resultsCount', results.length)}
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
        <ul class="list" role="listbox" id="sheet-results" aria-label={t('resultsCount', results.length)}>
          {results.map((s, i) => (
            <SheetRow key={s.company.id} sheet={s} active={i === active} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SheetRow({ sheet, active }: { sheet: SheetSummary; active: boolean }) {
  const c = sheet.company;
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
      ref={(el) => {
        if (active && el) el.scrollIntoView?.({ block: 'nearest' });
      }}
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
