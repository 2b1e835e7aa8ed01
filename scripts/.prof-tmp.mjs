import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
const ROOT = process.cwd();
const b = async (contents, format) => (await esbuild.build({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, format, target: 'es2022', minify: false, keepNames: false })).outputFiles[0].text;
fs.writeFileSync('node_modules/.cache/p.mjs', await b(`export * from './scripts/detect-bench-pages';`, 'esm'));
const { gmailThreadPage } = await import(ROOT + '/node_modules/.cache/p.mjs');
const js = await b(`import { detect } from './core/detect/registry'; import { gmailDetector } from './core/detect/gmail'; import { IncrementalDetection } from './core/detect/incremental'; (globalThis as any).__f = { detect, gmailDetector, IncrementalDetection };`, 'iife');
const g = gmailThreadPage(1_000_000);
const br = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await br.newPage();
await page.route(/^https?:/, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: g.html }));
await page.goto(g.url);
await page.addScriptTag({ content: js });
const mode = process.argv[2] ?? 'full';
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await page.evaluate(() => { for (let i = 0; i < 3; i++) __f.detect(document, location.href); });
await cdp.send('Profiler.start');
const t = await page.evaluate((mode) => {
  const t0 = performance.now();
  if (mode === 'full') for (let i = 0; i < 20; i++) __f.detect(document, location.href);
  else { const inc = new __f.IncrementalDetection(__f.gmailDetector); inc.full(document, location.href); const list = document.querySelector('[role=list]'); const tpl = [...list.children].find(c => c.getAttribute('aria-expanded') === 'true');
    const t1 = performance.now();
    for (let i = 0; i < 20; i++) { const it = tpl.cloneNode(true); it.querySelector('[data-message-id]').setAttribute('data-message-id', 'x' + i); list.appendChild(it); inc.update(document, location.href, { targets: [list], count: 1 }); } return (performance.now() - t1) / 20; }
  return (performance.now() - t0) / 20;
}, mode);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map(); const total = profile.samples.length;
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const counts = new Map(); for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
for (const [id, c] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + c); }
console.log('avg ms', t.toFixed(1));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
const pc = new Map(); for (const [id, c] of counts) { const n = byId.get(id); if (n.callFrame.functionName === (process.argv[3] ?? 'normKey')) { const p = parent.get(id); const k = p?.callFrame.functionName + ':' + p?.callFrame.lineNumber; pc.set(k, (pc.get(k) ?? 0) + c); } }
console.log('callers', [...pc].sort((a,b)=>b[1]-a[1]).slice(0,6));
for (const [k, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((100 * c / total).toFixed(1) + '%', k);
await br.close();
