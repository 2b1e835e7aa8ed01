import { defineConfig } from 'wxt';

// Host permissions: only the webmail and LinkedIn hosts (SPEC §7). Every other site is reached
// through activeTab (toolbar click, context menu) or an optional permission asked at that moment.
export const HOST_PERMISSIONS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://www.linkedin.com/*',
];

export default defineConfig({
  // FICHE_OUT_DIR lets several builds (parallel work, benches) live side by side.
  outDir: process.env.FICHE_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imports: every dependency is an explicit import the lint rules can see (STYLE.md).
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'activeTab',
      'scripting',
      // Reminders of emails scheduled for later and of tasks due (entrypoints/background/reminders.ts).
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: HOST_PERMISSIONS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    omnibox: { keyword: 'fiche' },
    commands: {
      'log-email': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandLogEmail__' },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'fiche@fiche.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['tests/**', '.output/**', 'bench-results/**'] },
  webExt: { disabled: true },
  hooks: {
    // Content scripts run in every Gmail and LinkedIn tab and must stay ≤ 15 KB gzipped (SPEC §8), as must the
    // two scripts injected on demand (ondemand, ondemand-readers): they use the browser's own promise-based API
    // (WXT's `browser` = globalThis.browser ?? chrome, native promises in Chrome MV3 and Firefox) instead of
    // webextension-polyfill (~3 KB each). Extension pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (
        !entrypoints.every((e) => e.type === 'content-script' || e.name === 'ondemand' || e.name === 'ondemand-readers')
      )
        return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) config.resolve!.alias = alias.filter((a) => a.find !== 'wxt/browser');
      else if (alias) delete (alias as Record<string, string>)['wxt/browser'];
      // WXT wraps an unlisted script's main() in a try/catch and a promise .catch that only call its
      // logger (a no-op in production builds) and rethrow: the two on-demand scripts run main() bare,
      // which throws and rejects alike, for ~110 B gzip each of their budgets.
      (config.plugins ??= []).push({
        name: 'fiche:bare-unlisted-script',
        transform(code: string, id: string) {
          const m = /^\0virtual:wxt-unlisted-script-entrypoint\?(.*\/entrypoints\/ondemand(?:-readers)?\.ts)$/.exec(id);
          if (m) return `import definition from ${JSON.stringify(m[1])};\nexport default definition.main();\n`;
        },
      });
    },
    // The benchmark page exists only in bench builds (FICHE_BENCH=1): it never ships.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (process.env.FICHE_BENCH) return;
      const i = entrypoints.findIndex((e) => e.name === 'bench');
      if (i >= 0) entrypoints.splice(i, 1);
    },
  },
});
