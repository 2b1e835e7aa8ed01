/** The side panel: a top bar with instant search, and one view at a time. */
import { browser } from 'wxt/browser';
import { useEffect, useRef } from 'preact/hooks';
import { go, route } from '../models/route';
import { applyTheme } from './theme';
import { useLive } from './hooks';
import { queries } from '../models/sheet-queries';
import { Icon, IconButton } from './icons';
import { t } from './i18n';
import { SheetList } from './SheetList';
import { SearchBox } from './SearchBox';
import { followActiveTab } from '../models/page';
import { ToastView } from './Toast';
import { lazy } from './lazy';
import { LeaveGuard } from './LeaveGuard';
import { leaveGuarded } from '../models/form-guard';

// The list paints first; a sheet, its forms and the trash load on first use.
const SheetView = lazy(() => import('./SheetView').then((m) => m.SheetView));
const SheetForm = lazy(() => import('./SheetForm').then((m) => m.SheetForm));
const TrashView = lazy(() => import('./TrashView').then((m) => m.TrashView));
// "On this page" loads after the list: the first paint stays within its budget (SPEC §8).
const PagePanel = lazy(() => import('./PagePanel').then((m) => m.PagePanel));
const MyTasksView = lazy(() => import('./MyTasksView').then((m) => m.MyTasksView));

export function App() {
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const stopFollowing = followActiveTab();
    // "/" focuses the search from anywhere, as in Gmail.
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing =
        target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
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
          <IconButton icon="back" label={t('back')} onClick={() => leaveGuarded(() => go({ name: 'list' }))} />
        ) : (
          <span class="brand">{t('appName')}</span>
        )}
        <SearchBox inputRef={searchRef} />
        <button
          class="btn primary small"
          onClick={() => leaveGuarded(() => go({ name: 'edit' }))}
          title={t('newSheet')}
        >
          <Icon name="plus" /> <span class="sr-only">{t('newSheet')}</span>
        </button>
        <button
          class="icon-btn"
          aria-label={t('myTasksOpen')}
          title={t('myTasksTitle')}
          aria-current={r.name === 'tasks' ? 'page' : undefined}
          onClick={() => leaveGuarded(() => go({ name: 'tasks' }))}
        >
          <Icon name="check" />
        </button>
        <IconButton icon="trash" label={t('trash')} onClick={() => leaveGuarded(() => go({ name: 'trash' }))} />
        <IconButton icon="settings" label={t('openOptions')} onClick={() => browser.runtime.openOptionsPage()} />
      </div>
      <main>
        {r.name === 'list' ? <PagePanel /> : null}
        {r.name === 'list' ? <SheetList /> : null}
        {r.name === 'sheet' ? <SheetView id={r.id} /> : null}
        {r.name === 'edit' ? (
          <SheetForm key={r.id ?? JSON.stringify(r.prefill ?? {})} id={r.id} prefill={r.prefill} />
        ) : null}
        {r.name === 'trash' ? <TrashView /> : null}
        {r.name === 'tasks' ? <MyTasksView /> : null}
      </main>
      <ToastView />
      <LeaveGuard />
    </div>
  );
}
