#!/usr/bin/env node
/**
 * Fiche's own tasks, measured from outside (issue 10): the built extension in Chromium, pages served at
 * their real URLs (Gmail, Outlook and LinkedIn pages run their content script as in production; a
 * company site gets the on-demand scripts the background injects after a toolbar click). A Chromium
 * trace (CDP Tracing: toplevel + devtools.timeline + v8.execute) records every task of the page's
 * main thread; a task is Fiche's when a script of the extension (a chrome-extension:// URL) runs in it.
 * Reported per page: the longest Fiche task's CPU time (the trace's thread time, not wall-clock: a
 * loaded machine stretches wall time, not CPU time), and beside it the longest task of the same page
 * without the extension (the page's own parse, style and layout, which the Long Tasks API used to
 * blame on Fiche). Limits: 8,000 addresses, longest Fiche task < 200 ms; hostile DOMs (10,000-deep
 * nesting, a 1 MB text node, 50,000 elements), no Fiche task over 50 ms.
 *
 * Usage: node scripts/bench-detect-outside.mjs [--only gmail|outlook|linkedin|site]
 *   (FICHE_BENCH_BUILT=dir/chrome-mv3: measure an extension built elsewhere, e.g. an older commit's)
 *   (builds the extension into .output-bench-detect; CHROME_PATH overrides /usr/bin/chromium).
 * Also run by scripts/bench-detect.mjs (its part 4).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const LIMITS = { manyAddressesMs: 200, hostileMs: 50 };
const SITE_ORIGIN = 'https://www.hostile-site-bench.fr';
const CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute';

async function pages() {
  const r = await esbuild.build({
    stdin: { contents: `export * from './scripts/detect-bench-pages';`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fiche-bench-')), 'pages.mjs');
  fs.writeFileSync(file, r.outputFiles[0].text);
  const mod = await import(pathToFileURL(file).href);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return mod;
}

/** Starts a trace of `page`; the returned function ends it and gives its events. */
async function trace(context, page) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach().catch(() => {});
    return events;
  };
}

/**
 * Tasks of the page's main thread (the renderer thread that parsed `url`): CPU time in ms, and
 * whether each is Fiche's: a script of the extension ran in it (a function or an evaluation with a
 * chrome-extension:// URL), or it fired a timer a Fiche task set (an `await` on a timer resumes in a
 * task whose only function is a native one). Nested RunTask events count once, as their outermost task.
 */
export function tasksOf(events, url) {
  const origin = new URL(url).origin;
  const main = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(origin));
  if (!main) return [];
  const mine = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph !== 'M')
    .sort((a, b) => a.ts - b.ts);
  const tasks = [];
  const timers = new Set();
  let cur = null;
  const close = () => {
    if (cur?.fiche) for (const id of cur.installs) timers.add(id);
  };
  for (const e of mine) {
    if (e.name === 'RunTask' && e.ph === 'X' && (!cur || e.ts >= cur.end)) {
      close();
      const wallMs = (e.dur ?? 0) / 1000;
      cur = {
        ts: e.ts,
        end: e.ts + (e.dur ?? 0),
        ms: (e.tdur ?? e.dur ?? 0) / 1000,
        wallMs,
        fiche: false,
        installs: [],
      };
      tasks.push(cur);
    } else if (cur && e.ts < cur.end) {
      const d = e.args?.data ?? {};
      const u = String(d.url ?? d.scriptName ?? d.stackTrace?.[0]?.url ?? '');
      if (u.startsWith('chrome-extension://') || (e.name === 'TimerFire' && timers.has(d.timerId))) cur.fiche = true;
      if (e.name === 'TimerInstall') cur.installs.push(d.timerId);
    }
  }
  close();
  return tasks;
}

const r1 = (x) => Math.round(x * 10) / 10;
const summary = (tasks) => {
  const fiche = tasks.filter((t) => t.fiche);
  const longest = (ts) => ts.reduce((m, t) => (t.ms > m.ms ? t : m), { ms: 0, wallMs: 0 });
  const f = longest(fiche);
  const o = longest(tasks.filter((t) => !t.fiche));
  return {
    ficheTasks: fiche.length,
    ficheLongestCpuMs: r1(f.ms),
    ficheLongestWallMs: r1(f.wallMs),
    ficheTotalCpuMs: r1(fiche.reduce((n, t) => n + t.ms, 0)),
    pageLongestCpuMs: r1(o.ms),
  };
};

export async function benchOutside({ only } = {}) {
  const P = await pages();
  const OUT = path.join(ROOT, '.output-bench-detect');
  const ext = path.join(OUT, 'chrome-mv3');
  // FICHE_BENCH_BUILT: an extension built elsewhere (another commit's, for a before/after figure)
  if (process.env.FICHE_BENCH_BUILT) fs.cpSync(process.env.FICHE_BENCH_BUILT, ext, { recursive: true });
  else
    execSync('npx wxt build', {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, FICHE_OUT_DIR: OUT },
    });
  // the bench's copy may read the bench's company site without a click (activeTab in production)
  const manifestFile = path.join(ext, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${SITE_ORIGIN}/*`];
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));
  process.env.FICHE_EXT = ext;
  const { launch, waitFor } = await import('../tests/e2e/harness.mjs');

  const groups = {
    gmail: [{ ...P.gmailManyAddressesPage(8000), name: 'addresses-8000' }, ...P.gmailHostileDomPages()],
    outlook: P.outlookHostileDomPages(),
    linkedin: P.linkedinHostileDomPages(),
    site: P.siteHostileDomPages(),
  };
  const b = await launch({ lang: 'fr' });
  const plain = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  const plainContext = await plain.newContext();
  const served = new Map();
  await plainContext.route(/^https?:\/\//, (route) => {
    const html = served.get(route.request().url().split('#')[0]);
    return html
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, body: '' });
  });
  const detected = (url, since) =>
    waitFor(
      async () => {
        const all = await b.inWorker(() => chrome.storage.session.get(null));
        return Object.entries(all).find(([k, v]) => k.startsWith('detection:') && v?.url === url && v.at >= since)?.[1];
      },
      { timeout: 60000, message: `detection of ${url}` },
    );

  const withExtension = async (p, onDemand) => {
    b.serve(p.url.split('#')[0] + '*', p.html);
    const page = await b.context.newPage();
    try {
      const stop = await trace(b.context, page);
      const since = Date.now();
      await page.goto(p.url, { waitUntil: 'load', timeout: 60000 });
      if (onDemand)
        await b.inWorker(
          async (url) => {
            const [tab] = await chrome.tabs.query({ url });
            await chrome.scripting.executeScript({
              target: { tabId: tab.id },
              files: [
                '/ondemand-shared.js',
                '/ondemand-names.js',
                '/ondemand-people.js',
                '/ondemand-contacts.js',
                '/ondemand-orgs.js',
                '/ondemand-readers.js',
                '/ondemand.js',
              ],
            });
          },
          p.url,
          30000,
        );
      const d = await detected(p.url, since);
      await page.waitForTimeout(1500); // any follow-up pass
      return { ...summary(tasksOf(await stop(), p.url)), emails: d?.detection?.emails?.length };
    } catch (e) {
      return { error: String(e.message).split('\n')[0] };
    } finally {
      await page.close();
    }
  };
  const without = async (p) => {
    served.set(p.url.split('#')[0], p.html);
    const page = await plainContext.newPage();
    try {
      const stop = await trace(plainContext, page);
      await page.goto(p.url, { waitUntil: 'load', timeout: 60000 });
      await page.waitForTimeout(1500);
      return { pageLongestCpuMs: summary(tasksOf(await stop(), p.url)).pageLongestCpuMs };
    } finally {
      await page.close();
    }
  };

  const results = {};
  for (const [group, list] of Object.entries(groups)) {
    if (only && only !== group) continue;
    results[group] = {};
    for (const p of list) {
      const ext = await withExtension(p, group === 'site');
      results[group][p.name] = {
        ...ext,
        withoutExtensionLongestCpuMs: (await without(p)).pageLongestCpuMs,
        limitMs: p.name === 'addresses-8000' ? LIMITS.manyAddressesMs : LIMITS.hostileMs,
      };
    }
  }
  await b.close();
  await plain.close();
  fs.rmSync(OUT, { recursive: true, force: true });
  return results;
}

export function printOutside(results) {
  console.log('Fiche tasks from outside (trace CPU time; longest Fiche task vs limit; page alone for reference):');
  for (const [group, pages] of Object.entries(results))
    for (const [name, r] of Object.entries(pages))
      console.log(
        r.error
          ? `  ${group.padEnd(8)} ${name.padEnd(16)} error: ${r.error}`
          : `  ${group.padEnd(8)} ${name.padEnd(16)} longest Fiche task ${String(r.ficheLongestCpuMs).padStart(6)} ms CPU ` +
              `(${r.ficheLongestWallMs} ms wall, ${r.ficheTasks} tasks, ${r.ficheTotalCpuMs} ms in all; limit ${r.limitMs}) · ` +
              `page's own longest ${r.pageLongestCpuMs} ms, without Fiche ${r.withoutExtensionLongestCpuMs} ms · ${r.emails} emails`,
      );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const i = process.argv.indexOf('--only');
  const results = await benchOutside({ only: i > 0 ? process.argv[i + 1] : undefined });
  const out = {
    at: new Date().toISOString(),
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    cpus: os.cpus().length,
    results,
  };
  fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench-results', 'detect-outside.json'), JSON.stringify(out, null, 2) + '\n');
  console.log(`load average ${out.loadAverage.join(' ')} on ${out.cpus} CPUs`);
  printOutside(results);
}
