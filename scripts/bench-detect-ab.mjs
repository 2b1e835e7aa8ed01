#!/usr/bin/env node
/**
 * Detection of the 1 MB Gmail bench thread (scripts/detect-bench-pages.ts), a git revision's code against the
 * working tree's, in one Chromium page (issue 9). On a shared machine the wall-clock figures of
 * `bench-detect.mjs` move several times over with the load, so a change of 10–20% is lost in them: here both
 * versions and the bare TreeWalker scan run interleaved, round by round, and besides their wall-clock quantiles
 * the CPU profiler's samples are counted per script (a descheduled thread takes no samples), which gives
 * new ÷ old and each ÷ the bare scan. Also checks that both give the same detection.
 * `--profile` also lists where the working tree's detection spends its samples (its bundle then unminified:
 * functions by their own samples and by the samples under them, and the hottest source lines of the bundle).
 * `--thread synthetic` times the synthetic 369-message thread (`gmailThreadPage`) instead of the Gmail-shaped one
 * (`gmailRealThreadPage`, the one `npm run bench`'s ratio is taken from).
 * Usage: node scripts/bench-detect-ab.mjs [--rev main] [--rounds 150] [--profile] [--thread gmail|synthetic]
 *        (CHROME_PATH overrides /usr/bin/chromium)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const REV = arg('--rev', 'main');
const ROUNDS = Number(arg('--rounds', 150));
const PROFILE = process.argv.includes('--profile');
const THREAD = arg('--thread', 'gmail');

// the old code: the revision's core/ and scripts/ under ROOT (so that its imports find node_modules)
const oldDir = fs.mkdtempSync(path.join(ROOT, '.ab-'));
const bundle = async (dir, name, minify = true) =>
  (
    await esbuild.build({
      stdin: {
        contents: `import { detect } from './core/detect/registry'; (globalThis as any).${name} = detect;`,
        resolveDir: dir,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2022',
      minify,
    })
  ).outputFiles[0].text;
let oldJs, newJs, gmail;
try {
  const tar = execFileSync('git', ['archive', REV, 'core', 'scripts'], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', oldDir], { input: tar });
  oldJs = await bundle(oldDir, '__old');
  newJs = await bundle(ROOT, '__new', !PROFILE);
  const pages = await esbuild.build({
    stdin: { contents: `export * from './scripts/detect-bench-pages';`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
  });
  const file = path.join(oldDir, 'pages.mjs');
  fs.writeFileSync(file, pages.outputFiles[0].text);
  const gen = await import(pathToFileURL(file).href);
  gmail = (THREAD === 'synthetic' ? gen.gmailThreadPage : gen.gmailRealThreadPage)(1_000_000);
} finally {
  fs.rmSync(oldDir, { recursive: true, force: true });
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const context = await browser.newContext();
await context.route(/^https?:\/\//, (route) =>
  route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: gmail.html }),
);
const page = await context.newPage();
await page.goto(gmail.url);
// (named, so that the profiler's frames tell them apart)
await page.addScriptTag({ content: oldJs + '\n//# sourceURL=fiche-old.js' });
await page.addScriptTag({ content: newJs + '\n//# sourceURL=fiche-new.js' });

// one round: old, new, bare scan (each twice), a function of its own script (named for the profiler)
const round = `globalThis.__round = () => {
  const t0 = performance.now(); __old(document, location.href); __old(document, location.href);
  const t1 = performance.now(); __new(document, location.href); __new(document, location.href);
  const t2 = performance.now();
  for (let k = 0; k < 2; k++) { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let n = 0; while (w.nextNode()) n += w.currentNode.data.length; globalThis.__chars = n; }
  const t3 = performance.now();
  return [(t1 - t0) / 2, (t2 - t1) / 2, (t3 - t2) / 2];
};
//# sourceURL=fiche-round.js`;
await page.addScriptTag({ content: round });
const same = await page.evaluate(
  () =>
    JSON.stringify(globalThis.__old(document, location.href)) ===
    JSON.stringify(globalThis.__new(document, location.href)),
);
await page.evaluate(() => {
  for (let i = 0; i < 5; i++) globalThis.__round();
});
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const times = await page.evaluate((n) => {
  const out = [];
  for (let i = 0; i < n; i++) out.push(globalThis.__round());
  return out;
}, ROUNDS);
const { profile } = await cdp.send('Profiler.stop');
await browser.close();

// samples by what is on their stack: the old bundle, the new one, else the round's own code (the bare scan)
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
let oldS = 0,
  newS = 0,
  bareS = 0;
for (const id of profile.samples) {
  const urls = new Set();
  for (let n = byId.get(id); n; n = parent.get(n.id)) urls.add(n.callFrame.url);
  if (urls.has('fiche-old.js')) oldS++;
  else if (urls.has('fiche-new.js')) newS++;
  else if (urls.has('fiche-round.js')) bareS++;
}

const q = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
};
const col = (k) => times.map((t) => t[k]);
const f = (x, d = 2) => x.toFixed(d);
console.log(
  `${REV} (old) vs working tree (new), ${ROUNDS} rounds, load average ${os
    .loadavg()
    .map((x) => f(x, 1))
    .join(' ')}`,
);
console.log(`same detection: ${same}`);
for (const p of [0.1, 0.5]) {
  const [o, nw, b] = [q(col(0), p), q(col(1), p), q(col(2), p)];
  console.log(
    `wall p${p * 100}: old ${f(o)} ms, new ${f(nw)} ms, bare ${f(b)} ms; ratio to bare old ${f(o / b, 1)}, new ${f(nw / b, 1)}`,
  );
}
console.log(
  `CPU samples: old ${oldS}, new ${newS}, bare ${bareS}; ratio to bare old ${f(oldS / bareS, 1)}, new ${f(newS / bareS, 1)}; new ÷ old ${f(newS / oldS, 3)}`,
);

if (PROFILE) {
  // the new bundle's functions (name:line in the unminified bundle), by own samples and by samples under them
  const key = (n) => `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
  const own = new Map(),
    under = new Map(),
    lines = new Map();
  const add = (m, k, v = 1) => m.set(k, (m.get(k) ?? 0) + v);
  for (const id of profile.samples) {
    const chain = [];
    for (let n = byId.get(id); n; n = parent.get(n.id)) chain.push(n);
    if (!chain.some((n) => n.callFrame.url === 'fiche-new.js')) continue;
    add(own, key(chain[0]));
    for (const k of new Set(chain.filter((n) => n.callFrame.url === 'fiche-new.js').map(key))) add(under, k);
  }
  for (const n of profile.nodes)
    if (n.callFrame.url === 'fiche-new.js') for (const t of n.positionTicks ?? []) add(lines, t.line, t.ticks);
  const pct = (v) => `${((v / newS) * 100).toFixed(1).padStart(5)}%`;
  const top = (m, k = 25) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k);
  console.log(`\nnew detection's ${newS} samples, by function (own | under it):`);
  const o = top(own),
    u = top(under);
  for (let i = 0; i < Math.max(o.length, u.length); i++)
    console.log(`${o[i] ? `${pct(o[i][1])} ${o[i][0]}` : ''}`.padEnd(48) + (u[i] ? `${pct(u[i][1])} ${u[i][0]}` : ''));
  const src = newJs.split('\n');
  console.log('hottest lines of the bundle:');
  for (const [l, v] of top(lines, 30))
    console.log(`${pct(v)} ${String(l).padStart(5)}  ${src[l - 1]?.trim().slice(0, 100)}`);
}
