import path from 'node:path';
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

/** Any other site, asked for one origin at a time when the user has a page read (models/page.ts). */
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

/**
 * The modules the on-demand scripts share (the background injects ondemand-shared.js, ondemand-names.js,
 * ondemand-people.js, ondemand-contacts.js, ondemand-orgs.js, ondemand-readers.js, ondemand.js, in this order, in one
 * isolated world), with the names the later scripts import from each. ondemand-shared.js ships ONDEMAND_SHARED's modules once, as one array
 * (globalThis.ficheShared), ondemand-names.js appends ONDEMAND_NAMES's, ondemand-people.js ONDEMAND_PEOPLE's
 * (the people readers' line rules), ondemand-contacts.js ONDEMAND_CONTACTS's and ondemand-orgs.js ONDEMAND_ORGS's, each reading the earlier ones from it; in the later builds an import of one of
 * these files becomes a read of that array. A name missing here fails their build ("… is not exported by …"); one
 * nothing imports any more still ships: remove it. (Seven scripts, each under the 15 KB budget: issue 7 grew the
 * readers past one, then past four, then five, then six.)
 */
const ONDEMAND_SHARED: Record<string, string[]> = {
  'core/detect/dom.ts': [
    'absUrl',
    'attr',
    'blockLines',
    'blockLinesSteps',
    'clean',
    'done',
    'isHiddenElement',
    'jsonLd',
    'ldTypes',
    'linesOf',
    'list',
    'metaContent',
    'qs',
    'qsa',
    'str',
    'textOf',
  ],
  'core/detect/legal-ids.ts': ['findLegalIds', 'normalizeVat'],
  'core/detect/emails.ts': ['findEmails', 'findPlainEmails', 'isContactAddress', 'mailtoAddress', 'normalizeAddress'],
  'core/detect/noreply.ts': ['isSystemName'],
  'core/detect/page-emails.ts': ['decodeCfEmail', 'elementEmail', 'scanPageEmailsSteps', 'skipCode', 'unobfuscate'],
  'core/detect/page-ld.ts': ['ldPeople', 'microdataPeople'],
  'core/detect/phones.ts': ['findPhones', 'phoneAfter', 'PHONE_LABEL', 'phoneDigits', 'samePhone', 'telNumber'],
  'core/detect/scan.ts': ['isSkipped'],
  'core/detect/text.ts': ['alnumKey', 'findLegalNames', 'LEGAL_FORM_END', 'looksLikeJobTitle', 'looksLikePersonName'],
  'core/text/linkedin.ts': ['normalizeLinkedinUrl'],
  'core/text/memo.ts': ['memo'],
  // (hosts, free mailboxes and how domains spell names: the result builder and every reader ask; moved from the
  // names layer, out of room)
  'core/detect/freemail.ts': ['isFreemailDomain', 'isHostPlatform'],
  'core/text/host.ts': ['hostOf', 'sameSiteHosts'],
  'core/detect/spelling.ts': ['fold', 'spellsDomain', 'spellsMailbox'],
  // (how a page lays its entries out: read by page-structures.ts only; moved out of it, ondemand-contacts.js's room)
  'core/detect/entry-layout.ts': ['firstLeafText', 'pageSections', 'shapeOf', 'tabLists'],
};

/**
 * The second layer (ondemand-names.js): word lists, the result builder and a platform's page about one business,
 * which the people layer and the readers read (issue 7 grew the first layer past its budget).
 */
const ONDEMAND_NAMES: Record<string, string[]> = {
  'core/detect/intl-words.ts': [
    'INTL_HONORIFICS',
    'INTL_ROLES',
    'INTL_ROLE_TITLES',
    'INTL_TRADES',
    'LABEL_SENTENCE_END',
    'FIELD_ALONE',
    'FUTURE_MANAGER',
    'KEEPS_ROLE',
    'NAMED_BODY',
    'OFFER',
    'PAST_ROLE',
    'PRESS_FOR',
    'REGISTER_LEAD',
    'RELATIVE',
    'ROLE_NOW',
    'TITLE_DASH_NAME',
    'tradeOrProse',
  ],
  // (used by every later layer: shipped once)
  'core/detect/result.ts': ['ResultBuilder', 'companyKey', 'normKey'],
  // (a platform's page about one business: read by the company-site detector through the readers)
  'core/detect/page-subject.ts': [
    'cardFirm',
    'factBoxes',
    'isForum',
    'memberLink',
    'pageSubject',
    'platformParts',
    'postFirms',
    'spellsHost',
    'subjectSite',
  ],
  'core/detect/people-words.ts': [
    'DEPARTMENT_ALONE',
    'DEPT_WORDS',
    'NOT_A_FIRST_NAME',
    'ORG_WORD',
    'ROLES',
    'TITLE_EXTRA',
    'unitOrField',
  ],
  // (people in running text with a role, and quotes: read by the company-site detector only, ondemand.js's room)
  'core/detect/page-prose.ts': ['founders', 'quotedPeople', 'rolePeople', 'signedQuotes'],
};

/**
 * The third layer (ondemand-people.js): the line rules the list readers and the people readers share (the
 * contacts running text names, page-contacts.ts, are in ondemand-orgs.js). (People in prose,
 * quotes and bylines, read by the readers only, are in core/detect/people-prose.ts, and member lines in
 * core/detect/page-members.ts, both in ondemand-readers.js.)
 */
const ONDEMAND_PEOPLE: Record<string, string[]> = {
  'core/detect/page-people.ts': [
    'contactBlocks',
    'CONTACT_LABEL',
    'DEPARTMENT',
    'DEPT_LINE',
    'HONORIFIC',
    'inForm',
    'isOrgLine',
    'isTitleLike',
    'listPeople',
    'nameLine',
    'orgName',
    'personName',
    'pipedPeople',
    'professionWord',
    'roleLines',
    'splitNames',
    'speakerEntry',
    'splitTitleCompany',
    'strongTitle',
    'talkPeople',
    'titledLines',
    'unparen',
  ],
};
/**
 * The fourth layer (ondemand-contacts.js): repeated entries, read by the readers beside the line rules they use
 * (issue 7's readers grew the people layer, then the readers, past their budget; contact sentences and member lines
 * moved out again when this layer ran out of room, then tables to ondemand-orgs.js and the entries' layout helpers to
 * ondemand-shared.js). Its helpers that page-tables.ts reads are listed too.
 */
const ONDEMAND_CONTACTS: Record<string, string[]> = {
  // (repeated entries and tables: the readers' room ran out with issue 7's lists of exhibitors, members, franchisees)
  'core/detect/page-structures.ts': [
    'bareDomain',
    'completeEarlier',
    'entryRecord',
    'FACT_LABEL',
    'fieldOf',
    'firmish',
    'invertedName',
    'officeTitle',
    'officeTown',
    'readEntriesSteps',
    'recToFound',
    'setField',
  ],
};
/**
 * The fifth layer (ondemand-orgs.js): lists of organisations and contact sentences, read by the readers only (moved out
 * of the readers and the people layer, both nearly full, to leave them room for issue 7's next rules), then tables,
 * definition lists and the company-site detector's helpers (whole modules, out of the full layers and ondemand.js).
 */
const ONDEMAND_ORGS: Record<string, string[]> = {
  'core/detect/page-orgs.ts': ['readOrgsSteps'],
  'core/detect/page-contacts.ts': ['contactPeople'],
  // (tables with a header row, and definition lists of names: read by the readers only; moved, whole modules, out of
  // page-structures.ts and page-people.ts when ondemand-contacts.js and ondemand-people.js ran out of room)
  'core/detect/page-tables.ts': ['readTables'],
  'core/detect/page-dl.ts': ['dlPeople'],
  // (a platform's listing, a site's organisations in its JSON-LD and who runs a site, brand, event, docs: read by the
  // company-site detector only; moved out of the names layer and of company-site.ts, ondemand.js's room)
  'core/detect/listing.ts': ['listedBusiness', 'offerFirm'],
  'core/detect/site-ld.ts': ['eventOrganizer', 'ldHiringFirm', 'orgFromLd', 'ORG_TYPES'],
  'core/detect/site-owners.ts': [
    'brandOf',
    'eventRunner',
    'gridFirms',
    'isDocumentation',
    'publisherLines',
    'REGISTER_HINT',
    'subsidiaryBlocks',
  ],
};
const LAYERS = [
  { entry: 'ondemand-shared', files: ONDEMAND_SHARED },
  { entry: 'ondemand-names', files: ONDEMAND_NAMES },
  { entry: 'ondemand-people', files: ONDEMAND_PEOPLE },
  { entry: 'ondemand-contacts', files: ONDEMAND_CONTACTS },
  { entry: 'ondemand-orgs', files: ONDEMAND_ORGS },
];

/**
 * The Vite plugin of an on-demand script's build: `layer` is the index in LAYERS of the script built (its
 * own modules are bundled, the earlier layers' read from the array), -1 for the scripts that only read.
 */
function onDemandScripts(layer: number) {
  // Every shared name, by its index in the array: the layers' names in order.
  const names = LAYERS.flatMap((l, k) =>
    Object.entries(l.files).flatMap(([file, list]) => list.map((name) => ({ file, name, layer: k }))),
  );
  const PREFIX = '\0fiche-ondemand-shared:';
  return {
    name: 'fiche:ondemand-scripts',
    enforce: 'pre' as const,
    // WXT wraps an unlisted script's main() in a try/catch and a promise .catch that only call its
    // logger (a no-op in production builds) and rethrow: the on-demand scripts run main() bare,
    // which throws and rejects alike, for ~110 B gzip each of their budgets. A layer's script is
    // written here: its names, set as the array (the first) or appended to it.
    transform(code: string, id: string) {
      const m = /^\0virtual:wxt-unlisted-script-entrypoint\?((.*\/)entrypoints\/ondemand(?:-[a-z]+)?\.ts)$/.exec(id);
      if (!m) return;
      if (layer < 0) return `import definition from ${JSON.stringify(m[1])};\nexport default definition.main();\n`;
      const own = names.map((n, i) => ({ ...n, i })).filter((n) => n.layer === layer);
      return (
        own.map((n) => `import { ${n.name} as _${n.i} } from ${JSON.stringify(m[2] + n.file)};\n`).join('') +
        (layer === 0
          ? `globalThis.ficheShared = [${own.map((n) => `_${n.i}`).join(', ')}];\n`
          : `globalThis.ficheShared.push(${own.map((n) => `_${n.i}`).join(', ')});\n`) +
        // WXT ends an unlisted script with its name (`ondemandShared;`, the script's result) and declares that
        // name only for a default export: without one the last line threw a ReferenceError, which Chrome
        // ignores but Firefox reports as the injection's error, running none of the later files.
        `export default undefined;\n`
      );
    },
    // In the later builds, an import of an earlier layer's file reads the array.
    async resolveId(
      this: { resolve: (s: string, i?: string, o?: object) => Promise<{ id: string } | null> },
      source: string,
      importer: string | undefined,
      options: object,
    ) {
      if (source === PREFIX) return PREFIX;
      if (layer === 0 || !importer || !source.startsWith('.')) return;
      const id = (await this.resolve(source, importer, { ...options, skipSelf: true }))?.id.replaceAll('\\', '/');
      const file =
        id &&
        LAYERS.slice(0, layer < 0 ? LAYERS.length : layer)
          .flatMap((l) => Object.keys(l.files))
          .find((f) => id.endsWith('/' + f));
      if (file) return PREFIX + file;
    },
    load(id: string) {
      if (id === PREFIX) return 'const s = globalThis.ficheShared;\nexport const get = (i) => s[i];\n';
      if (!id.startsWith(PREFIX)) return;
      const file = id.slice(PREFIX.length);
      // a pure call, which the bundle drops when no module of it reads that name (a bare s[i] it keeps)
      return (
        `import { get } from ${JSON.stringify(PREFIX)};\n` +
        names.map((n, i) => (n.file === file ? `export const ${n.name} = /* @__PURE__ */ get(${i});\n` : '')).join('')
      );
    },
  };
}

export default defineConfig({
  // FICHE_OUT_DIR lets several builds (parallel work, benches) live side by side.
  outDir: process.env.FICHE_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imports: every dependency is an explicit import the lint rules can see (STYLE.md).
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
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
    // A site's permission, asked by the panel's "Read this page". MV2 (Firefox) has no optional_host_permissions
    // and WXT does not convert it: without optional_permissions Firefox refused every request.
    ...(manifestVersion === 2
      ? { optional_permissions: OPTIONAL_HOSTS }
      : { optional_host_permissions: OPTIONAL_HOSTS }),
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
    // scripts injected on demand (ondemand*.js): they use the browser's own promise-based API
    // (WXT's `browser` = globalThis.browser ?? chrome, native promises in Chrome MV3 and Firefox) instead of
    // webextension-polyfill (~3 KB each). Extension pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      const onDemand = (e: { name: string }) => e.name.startsWith('ondemand');
      if (!entrypoints.every((e) => e.type === 'content-script' || onDemand(e))) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) config.resolve!.alias = alias.filter((a) => a.find !== 'wxt/browser');
      else if (alias) delete (alias as Record<string, string>)['wxt/browser'];
      // the content scripts' own context (entrypoints/content/context.ts), in place of WXT's
      if (entrypoints.some((e) => e.type === 'content-script'))
        (config.plugins ??= []).push({
          name: 'fiche:content-script-context',
          enforce: 'pre' as const,
          resolveId(source: string) {
            if (source === 'wxt/utils/content-script-context')
              return path.resolve(config.root ?? '.', 'entrypoints/content/context.ts');
          },
          // main() bare, as for the on-demand scripts (onDemandScripts): WXT's async wrapper only adds a logger call
          // (a no-op in production builds) before rethrowing
          transform(code: string, id: string) {
            const m = /^\0virtual:wxt-content-script-isolated-world-entrypoint\?(.*)$/.exec(id);
            if (m)
              return [
                `import definition from ${JSON.stringify(m[1])};`,
                `import { ContentScriptContext } from 'wxt/utils/content-script-context';`,
                `import { initPlugins } from 'virtual:wxt-plugins';`,
                `initPlugins();`,
                `const { main, ...options } = definition;`,
                `export default main(new ContentScriptContext(import.meta.env.ENTRYPOINT, options));`,
              ].join('\n');
          },
        });
      if (entrypoints.some(onDemand))
        (config.plugins ??= []).push(
          onDemandScripts(LAYERS.findIndex((l) => entrypoints.some((e) => e.name === l.entry))),
        );
    },
    // The benchmark page exists only in bench builds (FICHE_BENCH=1): it never ships.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (process.env.FICHE_BENCH) return;
      const i = entrypoints.findIndex((e) => e.name === 'bench');
      if (i >= 0) entrypoints.splice(i, 1);
    },
  },
});
