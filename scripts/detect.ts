/**
 * npm run detect -- FILE.html --url URL
 * Builds a DOM from a saved page with happy-dom (no script execution, no network, no file/CSS/JS
 * loading) and prints the detection as one JSON object on stdout: the same pure detector the
 * content scripts run.
 */
import { readFileSync } from 'node:fs';
import { detect } from '../core/detect/registry';
import { windowFor } from './page-window';

function usage(msg: string): never {
  process.stderr.write(`${msg}\nusage: npm run detect -- FILE.html --url URL\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; url: string } {
  let file = '',
    url = '';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') url = argv[++i] ?? '';
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (!file) file = a;
    else usage(`unexpected argument: ${a}`);
  }
  if (!file) usage('missing FILE.html');
  return { file, url: url || 'https://example.invalid/' };
}

async function main(): Promise<void> {
  const { file, url } = parseArgs(process.argv.slice(2));
  const html = readFileSync(file, 'utf8');
  const window = windowFor(html, url);
  const result = detect(window.document as unknown as Document, url);
  process.stdout.write(JSON.stringify(result) + '\n');
  await window.happyDOM.abort();
  window.close();
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`detect: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
