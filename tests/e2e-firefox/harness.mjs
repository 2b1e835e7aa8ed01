/**
 * The Firefox e2e harness: Debian's firefox-esr (or FIREFOX_PATH) driven by puppeteer-core over WebDriver
 * BiDi (no geckodriver), with the built Firefox extension (`.output/firefox-mv2`, or FICHE_FIREFOX_EXT)
 * installed as a temporary add-on (BiDi `webExtension.install`).
 *
 * - Extension pages: the add-on's internal UUID is fixed through the `extensions.webextensions.uuids`
 *   pref, so its pages have a known moz-extension:// URL. Firefox's remote agent refuses to navigate a
 *   tab to moz-extension:// unless it is started with `--remote-allow-system-access`; with that flag the
 *   BiDi `browsingContext.navigate` command loads the side panel page in a tab. Puppeteer's own
 *   `page.goto()` loads it too but never resolves (seen with puppeteer-core 25.16 and Firefox 153 ESR;
 *   it waits for navigation events of its own), so `open()` sends the BiDi command itself
 *   (`wait: 'complete'`). The flag is used for nothing else: no script runs in Firefox's chrome.
 * - Sites: each site tab gets puppeteer's request interception (BiDi `network.addIntercept` +
 *   `network.provideResponse`), which serves saved pages at their real URLs
 *   (https://mail.google.com/…), so the content scripts match as in production. Every other request of
 *   that tab gets a 404: nothing reaches the network.
 * - The real sidebar: Firefox opens an add-on's sidebar (sidebar_action) when it is installed, and it
 *   follows the active tab. BiDi does not list it (it is not a tab), but it is a page of the extension:
 *   any extension page reaches its window through `browser.extension.getViews({ type: 'sidebar' })`
 *   (same extension process). `sidebarText()` reads it that way.
 * - Downloads: Firefox's download prefs save every file into a fresh folder, without asking.
 *
 *   const b = await launch(); // or launch({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } })
 *   const panel = await b.openPanel();
 *   const gmail = await b.openSite('https://mail.google.com/mail/u/0/#inbox/…', {
 *     'https://mail.google.com/mail/u/0/': html,
 *   });
 *   ...
 *   await b.close();
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { waitFor as sharedWaitFor } from '../e2e/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const EXT = process.env.FICHE_FIREFOX_EXT
  ? path.resolve(process.env.FICHE_FIREFOX_EXT)
  : path.join(ROOT, '.output/firefox-mv2');
export const executablePath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** The add-on's internal UUID, fixed by pref (Firefox draws a random one per profile otherwise). */
export const UUID = '5e0c1f3a-9d2b-4c7e-8a61-f1c4e2e0f1c4';

export function extensionId() {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXT, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

export async function launch({ prefs = {} } = {}) {
  if (!fs.existsSync(path.join(EXT, 'manifest.json'))) {
    throw new Error(`no built Firefox extension at ${EXT}: run "npm run build:firefox" first`);
  }
  if (!fs.existsSync(executablePath)) {
    throw new Error(`no Firefox at ${executablePath}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  }
  const gecko = extensionId();
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'fiche-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Launch plus install: about 4 s on an idle machine, up to 20 s on a loaded one.
    timeout: 90_000,
    protocolTimeout: 60_000,
    defaultViewport: { width: 420, height: 900 },
    // Lets BiDi navigate a tab to moz-extension:// (see above).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [gecko]: UUID }),
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
      ...prefs,
    },
  });
  let installed;
  try {
    installed = await browser.installExtension(EXT);
  } catch (e) {
    await browser.close().catch(() => {});
    throw e;
  }
  if (installed !== gecko) throw new Error(`installed ${installed}, expected ${gecko}`);

  const errors = [];
  const api = {
    browser,
    downloads,
    /** Uncaught errors of the extension pages opened through `openPanel`/`open`. */
    errors,
    extensionUrl(file) {
      return `moz-extension://${UUID}/${file}`;
    },
    /** Opens an extension page (e.g. 'sidepanel.html?tab=3', 'options.html#data') in a new tab. */
    async open(file) {
      const page = await browser.newPage();
      page.on('pageerror', (e) => {
        errors.push(`${file}: ${e.message}`);
        console.error(`[${file} error]`, e.message);
      });
      await navigate(page, api.extensionUrl(file));
      return page;
    },
    /** The side panel's page, in a tab (as the Chromium suite does): the same page the sidebar shows. */
    openPanel(query = '') {
      return api.open(`sidepanel.html${query}`);
    },
    /**
     * Opens `url` in a new tab, serving `routes` (URL prefix → HTML) at their real URLs; any other
     * request of that tab is answered 404.
     */
    async openSite(url, routes) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        if (req.isInterceptResolutionHandled()) return;
        const u = req.url();
        if (!/^https?:/.test(u)) return void req.continue();
        const hit = Object.entries(routes).find(([prefix]) => u.startsWith(prefix));
        if (hit) return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: hit[1] });
        return void req.respond({ status: 404, contentType: 'text/plain', body: 'not served by the e2e harness' });
      });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    /** Waits for a file to appear, complete, in the download folder; returns its path. */
    async downloaded(re, { timeout = 15_000 } = {}) {
      return waitFor(
        () => {
          const names = fs.readdirSync(downloads);
          // Firefox writes `name.part` then renames it: only a complete file counts.
          const name = names.find((n) => re.test(n) && !n.endsWith('.part'));
          if (!name || names.some((n) => n === `${name}.part`)) return null;
          const p = path.join(downloads, name);
          return fs.statSync(p).size > 0 ? p : null;
        },
        { timeout, message: `a download matching ${re} in ${downloads}` },
      );
    },
    async close() {
      await browser.close().catch(() => {});
      fs.rmSync(downloads, { recursive: true, force: true });
    },
  };
  return api;
}

/**
 * Navigates a tab with BiDi's own `browsingContext.navigate` (wait: complete), through puppeteer's
 * BiDi browsing context of the page. Puppeteer's `goto()` hangs on moz-extension:// pages in Firefox
 * (see the header); this is the same command without its wait for navigation events.
 */
/** A whole table of Fiche's IndexedDB database (`getAll`) or its count (`count`), read from an extension page. */
export function readStore(page, table, method = 'getAll') {
  return page.evaluate(
    (table, method) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('fiche');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const req = idb.transaction(table, 'readonly').objectStore(table)[method]();
          req.onsuccess = () => (idb.close(), resolve(req.result));
          req.onerror = () => (idb.close(), reject(req.error));
        };
      }),
    table,
    method,
  );
}

export async function navigate(page, url) {
  const context = page.mainFrame().browsingContext;
  if (!context?.navigate) throw new Error('puppeteer-core changed: no BiDi browsing context on the main frame');
  await context.navigate(url, 'complete');
  await waitFor(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), {
    timeout: 15_000,
    message: `${url} loaded`,
  });
}

/** The Chromium suite's waitFor, with a longer default wait (Firefox starts and paints slower). */
export const waitFor = (fn, options = {}) => sharedWaitFor(fn, { timeout: 10_000, ...options });

/** Waits until the page's text (or the text of `selector`) matches `re`; returns that text. */
export async function waitText(page, re, { selector = 'body', timeout = 10_000 } = {}) {
  let text = '';
  try {
    return await waitFor(
      async () => {
        text = await page.evaluate((s) => document.querySelector(s)?.innerText ?? '', selector);
        return re.test(text) ? text : null;
      },
      { timeout, message: String(re) },
    );
  } catch {
    throw new Error(`${selector} did not match ${re} within ${timeout} ms: ${JSON.stringify(text.slice(0, 400))}`);
  }
}

/**
 * The text of `selector` in the real sidebar, read from `page` (any extension page): null while the
 * sidebar is closed or the element absent.
 */
export function sidebarText(page, selector = 'body') {
  return page.evaluate((s) => {
    const [view] = browser.extension.getViews({ type: 'sidebar' });
    return view?.document.querySelector(s)?.innerText ?? null;
  }, selector);
}

/** Waits until the real sidebar's text (or the text of `selector` in it) matches `re`; returns that text. */
export async function waitSidebarText(page, re, { selector = 'body', timeout = 10_000 } = {}) {
  let text = null;
  try {
    return await waitFor(
      async () => {
        text = await sidebarText(page, selector);
        return text !== null && re.test(text) ? text : null;
      },
      { timeout, message: String(re) },
    );
  } catch {
    const seen = JSON.stringify(text?.slice(0, 400) ?? null);
    // (null: the sidebar closed, or open without that element: say which, with what it shows)
    const body = text === null ? await sidebarText(page).catch(() => null) : text;
    const open = body === null ? 'the sidebar is closed' : `the sidebar shows ${JSON.stringify(body.slice(0, 300))}`;
    throw new Error(`the sidebar's ${selector} did not match ${re} within ${timeout} ms: ${seen} (${open})`);
  }
}

/**
 * The element `fn` (run in the page with `args`) returns, once it returns one, polled. Not puppeteer's
 * waitForFunction: it builds its poller with Function(), which Firefox 140.12 blocks on an extension page
 * under the page's CSP ("call to Function() blocked by CSP").
 */
async function elementWhen(page, fn, args, { timeout, message }) {
  const end = Date.now() + timeout;
  for (;;) {
    const handle = await page.evaluateHandle(fn, ...args);
    const el = handle.asElement();
    if (el) return el;
    await handle.dispose();
    if (Date.now() > end) throw new Error(`no ${message} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The first element matching `selector` whose trimmed text (or aria-label) is `name` (a string, or a RegExp). */
export async function byText(page, selector, name, { timeout = 10_000 } = {}) {
  const spec = name instanceof RegExp ? { source: name.source, flags: name.flags } : { text: name };
  return elementWhen(
    page,
    (sel, spec) => {
      const re = spec.text === undefined ? new RegExp(spec.source, spec.flags) : null;
      const test = (s) => (re ? re.test(s) : s === spec.text);
      return [...document.querySelectorAll(sel)].find((el) => {
        const names = [el.textContent?.replace(/\s+/g, ' ').trim() ?? '', el.getAttribute('aria-label') ?? ''];
        return el.getClientRects().length > 0 && names.some(test);
      });
    },
    [selector, spec],
    { timeout, message: `${selector} ${String(name)}` },
  );
}

/** Clicks the first visible button (or `selector`) named `name`, as a user does (a real pointer click). */
export async function click(page, name, selector = 'button') {
  const el = await byText(page, selector, name);
  await el.click();
  return el;
}

/** The form control labelled exactly `label` (a `<label for>`), inside `within` if given. */
export async function field(page, label, { within = 'body', timeout = 10_000 } = {}) {
  return elementWhen(
    page,
    (label, within) => {
      const root = document.querySelector(within);
      const labels = [...(root?.querySelectorAll('label') ?? [])];
      const l = labels.find((x) => x.textContent?.trim() === label && x.getClientRects().length > 0);
      return l ? (l.control ?? (l.htmlFor ? document.getElementById(l.htmlFor) : null)) : null;
    },
    [label, within],
    { timeout, message: `the field ${label}` },
  );
}

/** Types `value` into the control labelled `label`, key by key, as a user does. */
export async function fill(page, label, value, options) {
  const input = await field(page, label, options);
  await input.click({ count: 3 });
  await input.type(value);
  return input;
}
