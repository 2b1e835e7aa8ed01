/**
 * Corpus test: every fixture page against its expected.json (README "Suggested matching rules",
 * via the scorer's own exported functions), plus cross-negatives: every detector on every other
 * site's pages. Skipped with a notice when the shared corpus is absent (e.g. a user's clone).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { Window } from 'happy-dom';
import { detect, detectors } from '../../core/detect/registry';
import { detectionSchema } from '../../core/detect/schema';

const SHARED = path.resolve(__dirname, '../../../shared/fixtures/pages');
const REAL = path.resolve(__dirname, '../../../shared/fixtures/real');
const OWN = path.resolve(__dirname, '../fixtures/pages');

interface Expected { pages: Record<string, { url: string; kind: string; message?: unknown; mustNotFind?: { emails?: string[] } }> }

function load(dir: string, file: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  // comments as a browser ends them (see stripComments in scripts/detect.ts)
  window.document.write(fs.readFileSync(path.join(dir, file), 'utf8').replace(/<!--(?:>|->|[\s\S]*?(?:-->|--!>|$))/g, ''));
  return window.document as unknown as Document;
}

type Scorer = { scorePage(exp: unknown, got: unknown): any };
// the scorer's matching rules, imported rather than re-implemented
const scorerFile = path.join(SHARED, 'score.mjs');
// Vite's module runner will not load a file outside the project root: score in a plain Node child.
const scorer: Scorer | null = fs.existsSync(scorerFile) ? {
  scorePage(exp, got) {
    const script = `import { scorePage } from ${JSON.stringify(pathToFileURL(scorerFile).href)};
      let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => { const { exp, got } = JSON.parse(s);
      process.stdout.write(JSON.stringify(scorePage(exp, got))); });`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { input: JSON.stringify({ exp, got }) });
    return JSON.parse(out.toString('utf8'));
  },
} : null;

for (const dir of [SHARED, REAL, OWN]) {
  const present = fs.existsSync(path.join(dir, 'expected.json'));
  if (!present) console.warn(`corpus ${dir} absent: skipped`);
  describe.skipIf(!present)(`corpus ${path.basename(path.dirname(dir))}/${path.basename(dir)}`, () => {
    const expected: Expected = present ? JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) : { pages: {} };
    for (const [file, exp] of Object.entries(expected.pages)) {
      it(`${file}: matches expected.json`, () => {
        const doc = load(dir, file, exp.url);
        const got = detect(doc, exp.url);
        expect(detectionSchema.safeParse(got).success).toBe(true);
        expect(got.kind).toBe(exp.kind);
        if (!scorer) return;
        const r = scorer.scorePage(exp, got);
        expect(r.hardFailures).toEqual([]);
        for (const k of ['emails', 'people', 'companies'] as const) {
          expect(r[k].missed, `${k} missed`).toEqual([]);
          expect(r[k].extra, `${k} extra`).toEqual([]);
        }
        if (r.message) expect(r.message.failed).toEqual([]);
        if (r.primary) expect(r.primary.ok).toBe(true);
        if (!exp.message) expect(got.message).toBeUndefined();
      });
      it(`${file}: other detectors stay quiet`, () => {
        const url = new URL(exp.url);
        const doc = load(dir, file, exp.url);
        for (const d of detectors) {
          if (d.id === 'company-site' || d.matches(url)) continue;
          // a foreign detector is only ever picked by URL: it must not claim this page's URL
          expect(d.matches(url)).toBe(false);
          // and run anyway on it (as if the URL lied), it must not invent an open message
          const fake = d.id === 'gmail' ? 'https://mail.google.com/mail/u/0/#inbox' : d.id === 'outlook' ? 'https://outlook.office.com/mail/' : 'https://www.linkedin.com/feed/';
          const out = d.detect(doc, new URL(fake));
          if (!/^(?:gmail|outlook)/.test(exp.kind)) expect(out.message).toBeUndefined();
        }
      });
    }
  });
}
