/**
 * The options page (SPEC §1): Team, Templates, Custom fields, Settings, Data. The tab follows the
 * URL hash (options.html#fields), so a link from the side panel can open a tab directly.
 */
import { useEffect } from 'preact/hooks';
import { OPTION_TABS, openTab, optionsTab, tabFromHash, type OptionTab } from '../../models/options';
import { t, type MessageKey } from '../i18n';
import { applyTheme } from '../theme';
import { ToastView } from '../Toast';
import { LeaveGuard } from '../LeaveGuard';
import { lazy } from '../lazy';
import { CustomFieldsTab } from './CustomFieldsTab';
import { PipelinesTab } from './PipelinesTab';
import { SettingsTab } from './SettingsTab';
import { TemplatesTab } from './TemplatesTab';
import { UsersTab } from './UsersTab';

// The Data tab (imports, through the Public Suffix List) loads when opened: not in the page's first paint.
const DataTab = lazy(() => import('./DataTab').then((m) => m.DataTab));

const TAB_LABEL: Record<OptionTab, MessageKey> = {
  users: 'optTabUsers',
  templates: 'optTabTemplates',
  pipelines: 'optTabPipelines',
  fields: 'optTabFields',
  settings: 'optTabSettings',
  data: 'optTabData',
};

export function OptionsApp() {
  useEffect(() => {
    void applyTheme();
    const onHash = () => {
      optionsTab.value = tabFromHash(location.hash);
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const current = optionsTab.value;

  /** Arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern, automatic activation). */
  const onTabKey = (e: KeyboardEvent) => {
    const i = OPTION_TABS.indexOf(current);
    const n = OPTION_TABS.length;
    const next =
      e.key === 'ArrowRight'
        ? OPTION_TABS[(i + 1) % n]
        : e.key === 'ArrowLeft'
          ? OPTION_TABS[(i - 1 + n) % n]
          : e.key === 'Home'
            ? OPTION_TABS[0]
            : e.key === 'End'
              ? OPTION_TABS[n - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    openTab(next);
    setTimeout(() => document.getElementById(`opt-tab-${next}`)?.focus(), 0);
  };

  return (
    <div class="options-page">
      <header class="row">
        <h1>
          <span style="color:var(--accent)">{t('appName')}</span> · {t('optTitle')}
        </h1>
      </header>
      <div class="tabs" role="tablist" aria-label={t('optTabsLabel')} onKeyDown={onTabKey}>
        {OPTION_TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            class="tab"
            id={`opt-tab-${tab}`}
            aria-selected={tab === current}
            aria-controls={`opt-panel-${tab}`}
            tabIndex={tab === current ? 0 : -1}
            onClick={() => openTab(tab)}
          >
            {t(TAB_LABEL[tab])}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`opt-panel-${current}`}
        aria-labelledby={`opt-tab-${current}`}
        style="display:flex;flex-direction:column;gap:14px;padding-bottom:64px"
      >
        {current === 'users' ? <UsersTab /> : null}
        {current === 'templates' ? <TemplatesTab /> : null}
        {current === 'pipelines' ? <PipelinesTab /> : null}
        {current === 'fields' ? <CustomFieldsTab /> : null}
        {current === 'settings' ? <SettingsTab /> : null}
        {current === 'data' ? <DataTab /> : null}
      </div>
      <ToastView />
      {/* The forms' Escape asks before unsaved changes are lost (components/form-keeper.ts). */}
      <LeaveGuard />
    </div>
  );
}
