/**
 * node --import tsx scripts/score-all.ts [--verbose] [--only NAME[,NAME]] [--plain] [--json OUT.json] [--dump OUT.json]
 *
 * Scores every page corpus in one process, plain and scrambled: ../shared/fixtures/pages and
 * ../shared/fixtures/real (when present) and every tests/fixtures/<folder>/expected.json, each also
 * through ../shared/fixtures/perturb.mjs (class names and ids scrambled, wrappers added; every page kind
 * for our own corpora, the site kinds and webmail for the shared ones). It uses the shared scorer's own
 * matching rules (score.mjs's scorePage) on the same happy-dom page `npm run detect` builds, so a line here
 * is what `score.mjs --corpus DIR` prints, in seconds rather than minutes.
 *   --verbose   misses, extras and field errors page by page
 *   --only      corpora of exactly these names (as printed: 'pages-blind-19', 'shared/real'); a name ending in '*' is a
 *               prefix ('pages-web*')
 *   --plain     skip the scrambled copies
 *   --dump      write every page's raw detection (to check that a change leaves the output identical)
 * Exit code 1 when a page crashes or reports a forbidden item.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { detect } from '../core/detect/registry';
import { windowFor } from './page-window';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHARED = path.resolve(ROOT, '../shared/fixtures');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const plainOnly = args.includes('--plain');
const only = (args.includes('--only') ? args[args.indexOf('--only') + 1]! : '').split(',').filter(Boolean);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const dumpOut = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : undefined;
const dump: Record<string, unknown> = {};

interface Entity {
  expected: number;
  found: number;
  reported: number;
  missed: string[];
  extra: string[];
  fields?: { ok: number; total: number; missing: string[]; wrong: string[] };
}
interface PageScore {
  hardFailures: string[];
  emails: Entity;
  people: Entity;
  companies: Entity;
  message: {
    ok: number;
    total: number;
    failed: string[];
    fields: Record<string, { expected: unknown; got: unknown }>;
  } | null;
  primary: { ok: boolean; expected?: string; got?: string } | null;
  kind: { ok: boolean; expected: string; got: string | null };
}
type ScorePage = (exp: unknown, out: unknown) => PageScore;

const WEBMAIL =
  'company-site,gmail-inbox,gmail-thread,linkedin-company,linkedin-messaging,linkedin-profile,linkedin-search,outlook-message';

function corpora(): { name: string; dir: string; kinds: string }[] {
  const list: { name: string; dir: string; kinds: string }[] = [];
  for (const d of ['pages', 'real']) {
    const dir = path.join(SHARED, d);
    if (fs.existsSync(path.join(dir, 'expected.json')))
      list.push({ name: `shared/${d}`, dir, kinds: d === 'pages' ? WEBMAIL : 'company-site,other' });
  }
  const own = path.join(ROOT, 'tests/fixtures');
  for (const d of fs.readdirSync(own).sort()) {
    const dir = path.join(own, d);
    if (fs.existsSync(path.join(dir, 'expected.json'))) list.push({ name: d, dir, kinds: `${WEBMAIL},other` });
  }
  return list.filter(
    (c) => !only.length || only.some((w) => (w.endsWith('*') ? c.name.startsWith(w.slice(0, -1)) : c.name === w)),
  );
}

const fmt = (a: number, b: number): string => (b ? (Math.floor((a / b) * 100 + 1e-9) / 100).toFixed(2) : '1.00');

async function scoreDir(
  dir: string,
  scorePage: ScorePage,
  name = '',
): Promise<{ file: string; r: PageScore; error?: string }[]> {
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as {
    pages: Record<string, { url: string }>;
  };
  const rows: { file: string; r: PageScore; error?: string }[] = [];
  for (const [file, exp] of Object.entries(expected.pages)) {
    const page = path.join(dir, file);
    if (!fs.existsSync(page)) continue;
    let out: unknown = null,
      error: string | undefined;
    const window = windowFor(fs.readFileSync(page, 'utf8'), exp.url);
    try {
      out = JSON.parse(JSON.stringify(detect(window.document as unknown as Document, exp.url)));
    } catch (e) {
      error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    }
    // (close() alone leaves the window alive: 3 MB a page)
    await window.happyDOM.abort();
    await window.happyDOM.close();
    if (dumpOut) dump[`${name}/${file}`] = error ?? out;
    rows.push({ file, r: scorePage(exp, out), error });
  }
  return rows;
}

function summary(name: string, rows: { file: string; r: PageScore; error?: string }[]): string {
  const sum = (f: (r: PageScore) => number): number => rows.reduce((n, row) => n + f(row.r), 0);
  const rp = (k: 'emails' | 'people' | 'companies'): string =>
    `${fmt(
      sum((r) => r[k].found),
      sum((r) => r[k].expected),
    )}/${fmt(
      sum((r) => r[k].found),
      sum((r) => r[k].reported),
    )}`;
  const fields = (k: 'people' | 'companies'): string =>
    fmt(
      sum((r) => r[k].fields?.ok ?? 0),
      sum((r) => r[k].fields?.total ?? 0),
    );
  const crashed = rows.filter((r) => r.error).length;
  return [
    name.padEnd(34),
    String(rows.length).padStart(3),
    `  emails ${rp('emails')}`,
    `  people ${rp('people')} f ${fields('people')}`,
    `  companies ${rp('companies')} f ${fields('companies')}`,
    `  message ${fmt(
      sum((r) => r.message?.ok ?? 0),
      sum((r) => r.message?.total ?? 0),
    )}`,
    `  hard ${sum((r) => r.hardFailures.length)}`,
    crashed ? `  CRASHED ${crashed}` : '',
  ].join('');
}

function details(rows: { file: string; r: PageScore; error?: string }[]): string[] {
  const notes: string[] = [];
  for (const { file, r, error } of rows) {
    const add = (what: string, items: string[] | undefined): void => {
      if (items?.length) notes.push(`    ${file}: ${what}: ${items.join('; ')}`);
    };
    if (error) add('CRASHED', [error.split('\n').slice(0, 3).join(' ')]);
    add('HARD', r.hardFailures);
    if (!r.kind.ok) add('kind', [`expected ${r.kind.expected}, got ${r.kind.got}`]);
    for (const k of ['emails', 'people', 'companies'] as const) {
      add(`missed ${k}`, r[k].missed);
      add(`extra ${k}`, r[k].extra);
    }
    for (const k of ['people', 'companies'] as const) {
      add(`${k} fields missing`, r[k].fields?.missing);
      add(`${k} fields wrong`, r[k].fields?.wrong);
    }
    if (r.message)
      add(
        'message',
        r.message.failed.map(
          (k) =>
            `${k}: expected ${JSON.stringify(r.message!.fields[k]!.expected)}, got ${JSON.stringify(r.message!.fields[k]!.got)}`,
        ),
      );
    if (r.primary && !r.primary.ok) add('primary', [`expected ${r.primary.expected}, got ${r.primary.got}`]);
  }
  return notes;
}

async function main(): Promise<void> {
  const scorer = path.join(SHARED, 'pages/score.mjs');
  if (!fs.existsSync(scorer)) throw new Error(`no scorer at ${scorer}`);
  const { scorePage } = (await import(pathToFileURL(scorer).href)) as { scorePage: ScorePage };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fiche-score-'));
  const report: Record<string, unknown> = {};
  let bad = 0;
  for (const c of corpora()) {
    const runs: [string, string][] = [[c.name, c.dir]];
    if (!plainOnly) {
      const out = path.join(tmp, c.name.replace('/', '-'), path.basename(c.dir));
      execFileSync(process.execPath, [
        path.join(SHARED, 'perturb.mjs'),
        '--corpus',
        c.dir,
        '--out',
        out,
        '--kinds',
        c.kinds,
      ]);
      runs.push([`${c.name} (scrambled)`, out]);
    }
    for (const [name, dir] of runs) {
      const rows = await scoreDir(dir, scorePage, name);
      bad += rows.filter((r) => r.error || r.r.hardFailures.length).length;
      console.log(summary(name, rows));
      if (verbose) for (const l of details(rows)) console.log(l);
      report[name] = rows;
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(report, null, 1));
  if (dumpOut) fs.writeFileSync(dumpOut, JSON.stringify(dump, null, 1));
  console.log('columns: pages, emails R/P, people R/P f(ield recall), companies R/P f, message fields, hard failures');
  process.exit(bad ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
