/**
 * The shared scorer (../shared/fixtures/pages/score.mjs), run in one long-lived plain Node child for a whole test
 * file: Vite's module runner will not load a file outside the project root, and a child per page cost the corpus
 * test most of its time (over a thousand pages, a Node start each). One JSON line per page in, one out.
 */
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import readline from 'node:readline';

export interface ScorerClient<S> {
  scorePage(exp: unknown, got: unknown): Promise<S>;
  close(): void;
}

export function startScorer<S>(scorerFile: string): ScorerClient<S> {
  const script = `import { scorePage } from ${JSON.stringify(pathToFileURL(scorerFile).href)};
import readline from 'node:readline';
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const { id, exp, got } = JSON.parse(line);
  let out;
  try { out = { id, score: scorePage(exp, got) }; } catch (e) { out = { id, error: String(e && e.stack || e) }; }
  process.stdout.write(JSON.stringify(out) + '\\n');
});`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const pending = new Map<number, { resolve: (s: S) => void; reject: (e: Error) => void }>();
  let next = 0;
  let failure: Error | undefined;
  const failAll = (e: Error) => {
    failure ??= e;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const { id, score, error } = JSON.parse(line) as { id: number; score?: S; error?: string };
    const p = pending.get(id);
    pending.delete(id);
    if (error !== undefined) p?.reject(new Error(`score.mjs: ${error}`));
    else p?.resolve(score as S);
  });
  child.on('error', failAll);
  child.on('exit', (code) => failAll(new Error(`the scorer's process ended (code ${code})`)));
  return {
    scorePage(exp, got) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise<S>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.stdin.write(JSON.stringify({ id, exp, got }) + '\n');
      });
    },
    close() {
      child.stdin.end();
    },
  };
}
