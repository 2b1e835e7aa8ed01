/** The side panel: a top bar with instant search, and one view at a time. */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { activeOptionId, query, selected } from '../models/list';
import { go, route } from '../models/route';
import { applyTheme } from './theme';
import { useLive } from './hooks';
import { queries } from '../models/sheet-queries';
import { Icon } from './icons';
import { t } from './i18n';
import { SheetList } from './SheetList';
import { PagePanel } from './PagePanel';
import { followActiveTab } from '../models/page';
import { ToastView } from './Toast';
import { lazy } from './lazy';
import { LeaveGuard } from './LeaveGuard';
import { leaveGuarded } from '../models/form-guard';

// The list paints first; a sheet, its forms and the trash load on first use.
const SheetView = lazy(() => import('./SheetView').then((m) => m.SheetView));
const SheetForm = lazy(() => import('./SheetForm').then((m) => m.SheetForm));
const TrashView = lazy(() => import('./TrashView').then((m) => m.TrashView));
const MyTasksView = lazy(() => import('./MyTasksView').then((m) => m.MyTasksView));

export function App() {
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const stopFollowing = followActiveTab();
    // "/" focuses the search from anywhere, as in Gmail.
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
      if (e.key === '/' && !typing) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      stopFollowing();
    };
  }, []);

  // The theme follows the setting live: a change in the options page repaints an open panel.
  const settings = useLive(() => queries.settings(), []);
  useEffect(() => {
    if (settings) void applyTheme(settings.theme);
  }, [settings?.theme]);

  const r = route.value;
  return (
    <div class="app">
      <div class="topbar">
        {r.name !== 'list' ? (
          <button class="icon-btn" aria-label={t('back')} title={t('back')} onClick={() => leaveGuarded(() => go({ name: 'list' }))}>
            <Icon name="back" />
          </button>
        ) : (
          <span class="brand">{t('appName')}</span>
        )}
        <SearchBox inputRef={searchRef} onList={r.name === 'list'} />
        <button class="btn primary small" onClick={() => leaveGuarded(() => go({ name: 'edit' }))} title={t('newSheet')}>
          <Icon name="plus" /> <span class="sr-only">{t('newSheet')}</span>
        </button>
        <button class="icon-btn" aria-label={t('myTasksOpen')} title={t('myTasksTitle')} aria-current={r.name === 'tasks' ? 'page' : undefined} onClick={() => leaveGuarded(() => go({ name: 'tasks' }))}>
          <Icon name="check" />
        </button>
        <button class="icon-btn" aria-label={t('trash')} title={t('trash')} onClick={() => leaveGuarded(() => go({ name: 'trash' }))}>
          <Icon name="trash" />
        </button>
        <button class="icon-btn" aria-label={t('openOptions')} title={t('openOptions')} onClick={() => browser.runtime.openOptionsPage()}>
          <Icon name="settings" />
        </button>
      </div>
      <main>
        {r.name === 'list' ? <PagePanel /> : null}
        {r.name === 'list' ? <SheetList /> : null}
        {r.name === 'sheet' ? <SheetView id={r.id} /> : null}
        {r.name === 'edit' ? <SheetForm key={r.id ?? JSON.stringify(r.prefill ?? {})} id={r.id} prefill={r.prefill} /> : null}
        {r.name === 'trash' ? <TrashView /> : null}
        {r.name === 'tasks' ? <MyTasksView /> : null}
      </main>
      <ToastView />
      <LeaveGuard />
    </div>
  );
}

/**
 * The search box is its own component: a keystroke re-renders it and the list that reads the query,
 * not the whole panel (SPEC §8: ≤ 30 ms input to rendered results).
 */
function SearchBox({ inputRef, onList }: { inputRef: RefObject<HTMLInputElement | null>; onList: boolean }) {
  return (
    <input
      ref={inputRef}
      type="search"
      aria-label={t('searchLabel')}
      aria-controls={onList ? "sheet-results" : undefined}
      aria-activedescendant={onList && activeOptionId.value ? activeOptionId.value : undefined}
      placeholder={t('searchPlaceholder')}
      value={query.value}
      onInput={(e) => {
        query.value = (e.currentTarget as HTMLInputElement).value;
        selected.value = 0;
        if (route.value.name !== 'list') go({ name: 'list' });
      }}
      onKeyDown={onSearchKey}
    />
  );
}

/** Arrow keys move through the results, Enter opens the selected sheet, Escape clears. */
function onSearchKey(e: KeyboardEvent) {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    selected.value = Math.max(0, selected.value + (e.key === 'ArrowDown' ? 1 : -1));
  } else if (e.key === 'Enter') {
    const option = document.querySelector<HTMLElement>('#sheet-results [aria-selected="true"]');
    const id = option?.dataset.companyId;
    if (id) go({ name: 'sheet', id });
  } else if (e.key === 'Escape') {
    query.value = '';
    selected.value = 0;
  }
}
