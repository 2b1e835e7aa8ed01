/**
 * The e2e harness: loads the built extension into a real Chromium (Debian's, or CHROME_PATH) with
 * playwright-core, and serves saved pages at their real URLs through request interception, so
 * content scripts run as in production. Nothing reaches the network: unknown requests get a 404.
 *
 *   const b = await launch({ lang: 'fr' });
 *   b.serve('https://mail.google.com/mail/u/0/', html);
 *   const page = await b.openPanel();
 *   ...
 *   await b.close();
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const EXT = process.env.FICHE_EXT ? path.resolve(process.env.FICHE_EXT) : path.join(ROOT, '.output/chrome-mv3');
export const SHARED = path.resolve(ROOT, '../shared');
export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export function newProfileDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'fiche-e2e-'));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ profileDir?: string, lang?: 'en' | 'fr', extraArgs?: string[], debugPort?: boolean, extraExtensions?: string[] }} [options]
 * `debugPort` opens a remote-debugging port, needed by `openSidePanel()`. `extraExtensions` loads other
 * unpacked extensions beside Fiche (the bench's empty service worker, its cold-wake baseline).
 */
export async function launch(options = {}) {
  const port = options.debugPort ? await freePort() : 0;
  if (!fs.existsSync(path.join(EXT, 'manifest.json'))) {
    throw new Error(`no built extension at ${EXT}: run "npm run build" first`);
  }
  const lang = options.lang ?? 'en';
  const profileDir = options.profileDir ?? newProfileDir();
  const locale = lang === 'fr' ? 'fr-FR' : 'en-US';
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    locale,
    viewport: { width: 420, height: 900 },
    env: {
      ...process.env,
      LANGUAGE: lang,
      LANG: `${locale.replace('-', '_')}.UTF-8`,
      LC_ALL: `${locale.replace('-', '_')}.UTF-8`,
    },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${locale}`,
      ...(options.extraArgs ?? []),
      ...(port ? [`--remote-debugging-port=${port}`] : []),
      `--disable-extensions-except=${[EXT, ...(options.extraExtensions ?? [])].join(',')}`,
      `--load-extension=${[EXT, ...(options.extraExtensions ?? [])].join(',')}`,
    ],
  });

  /** @type {Map<string, {body: string|Buffer, contentType: string}>} */
  const pages = new Map();
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    const hit = pages.get(url) ?? pages.get(url.split('#')[0]);
    if (hit) return route.fulfill({ status: 200, contentType: hit.contentType, body: hit.body });
    // Single-page apps: a served prefix answers every URL below it (e.g. Gmail's #inbox/…).
    for (const [prefix, value] of pages) {
      if (prefix.endsWith('*') && url.startsWith(prefix.slice(0, -1))) {
        return route.fulfill({ status: 200, contentType: value.contentType, body: value.body });
      }
    }
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served by the e2e harness' });
  });

  // Fiche's worker is background.js (another loaded extension may start its own first).
  const isFiche = (w) => w.url().startsWith('chrome-extension://') && w.url().endsWith('/background.js');
  let worker = context.serviceWorkers().find(isFiche);
  if (!worker) worker = await context.waitForEvent('serviceworker', { predicate: isFiche, timeout: 15000 });
  const extensionId = new URL(worker.url()).host;

  const api = {
    context,
    profileDir,
    extensionId,
    get worker() {
      return context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? worker;
    },
    /** Serves `body` at `url` (a trailing `*` serves every URL with that prefix). */
    serve(url, body, contentType = 'text/html; charset=utf-8') {
      pages.set(url, { body, contentType });
    },
    extensionUrl(file) {
      return `chrome-extension://${extensionId}/${file}`;
    },
    /** The side panel cannot be opened by script: open its page as a tab, as the e2e suites do. */
    async openPanel(file = 'sidepanel.html') {
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error('[page error]', e.message));
      await page.goto(api.extensionUrl(file));
      return page;
    },
    /**
     * The real side panel, as a user opens it (TOOLCHAIN.md): a trusted click on a button of an
     * extension page runs `chrome.sidePanel.open({ windowId })`; puppeteer then reaches the panel's
     * target over the debugging port (Playwright does not list it). The panel follows the active tab:
     * bring a site's tab to front with `page.bringToFront()`. Needs `launch({ debugPort: true })`.
     * @returns {Promise<{ panel: import('puppeteer-core').Page, opener: import('playwright-core').Page }>}
     */
    async openSidePanel(opener) {
      if (!port) throw new Error('openSidePanel needs launch({ debugPort: true })');
      const { default: puppeteer } = await import('puppeteer-core');
      if (!opener) {
        opener = await context.newPage();
        await opener.goto(api.extensionUrl('options.html'));
      }
      await opener.evaluate(async () => {
        const { id } = await chrome.windows.getCurrent();
        const button = document.createElement('button');
        button.id = 'e2e-open-side-panel';
        button.textContent = 'Open the side panel';
        button.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647';
        button.addEventListener('click', () => void chrome.sidePanel.open({ windowId: id }));
        document.body.append(button);
      });
      await opener.click('#e2e-open-side-panel');
      api.puppeteer ??= await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
      const target = await api.puppeteer.waitForTarget((t) => t.url() === api.extensionUrl('sidepanel.html'), {
        timeout: 10000,
      });
      const panel = await target.asPage();
      panel.on('pageerror', (e) => console.error('[side panel error]', e.message));
      await opener.evaluate(() => document.getElementById('e2e-open-side-panel')?.remove());
      return { panel, opener };
    },
    /** @type {import('puppeteer-core').Browser | undefined} */
    puppeteer: undefined,
    /** Evaluates in the service worker, with a timeout (a stopped worker hangs forever). */
    async inWorker(fn, arg, timeoutMs = 5000) {
      return Promise.race([
        api.worker.evaluate(fn, arg),
        new Promise((_, reject) => setTimeout(() => reject(new Error('service worker did not answer')), timeoutMs)),
      ]);
    },
    async close() {
      await api.puppeteer?.disconnect().catch(() => {});
      await context.close();
    },
  };
  return api;
}

/** Polls `fn` until it returns a truthy value or the timeout passes. */
export async function waitFor(fn, { timeout = 5000, interval = 50, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`timed out waiting for ${message}${last instanceof Error ? `: ${last.message}` : ''}`);
}

export function readShared(...parts) {
  const p = path.join(SHARED, ...parts);
  if (fs.existsSync(p)) return fs.readFileSync(p, 'utf8');
  // Tests that need ../shared skip without it, but fail in CI: a missing corpus must not pass quietly.
  if (process.env.CI && !/^(0|false)$/i.test(process.env.CI)) throw new Error(`${p} is missing: required in CI`);
  return null;
}

/** Opens the create/edit form's folded parts (main address, "More details") as a user does, by their summary. */
export async function unfoldForm(page) {
  for (const id of ['form-main-address', 'more-details']) {
    const d = page.getByTestId(id);
    if ((await d.count()) && (await d.getAttribute('open')) === null) await d.locator('summary').first().click();
  }
}

/** Waits until a locator's text matches `re` (sections of a sheet paint after its summary), then returns it. */
export async function waitText(locator, re, { timeout = 10000 } = {}) {
  let text = '';
  try {
    return await waitFor(async () => ((text = await locator.innerText()), re.test(text) ? text : null), {
      timeout,
      message: String(re),
    });
  } catch {
    throw new Error(`the text did not match ${re} within ${timeout} ms: ${JSON.stringify(text.slice(0, 400))}`);
  }
}
