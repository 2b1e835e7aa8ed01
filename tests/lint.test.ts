/**
 * The import rules are lint rules (eslint.config.js, lint/layers.js): each break below, injected into
 * a file at a real path of the project (ESLint's lintText, nothing written), must be an error, and the
 * same file without the break must be clean.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

async function errors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

// The first lint loads the config, its plugins and TypeScript's program: seconds on a loaded machine, paid
// once here with its own time budget rather than inside whichever case runs first (which timed out at 20 s
// under a load of 18).
beforeAll(() => errors('components/Injected.tsx', 'export const warm = 1;\n'), 180_000);

const BREAKS: [name: string, file: string, code: string, rule: RegExp][] = [
  [
    'storage re-exported from a component',
    'components/Injected.tsx',
    "export { db } from '../storage/db';\n",
    /fiche\/layers/,
  ],
  [
    'storage re-exported (export *) from a component',
    'components/Injected.tsx',
    "export * from '../storage/repos/companies';\n",
    /fiche\/layers/,
  ],
  [
    'storage imported dynamically by a component',
    'components/Injected.tsx',
    "export const load = () => import('../storage/db');\n",
    /fiche\/layers/,
  ],
  [
    'dexie imported in a component',
    'components/Injected.tsx',
    "import { liveQuery } from 'dexie';\nexport const q = liveQuery;\n",
    /fiche\/layers/,
  ],
  [
    'dexie imported in a model',
    'models/injected.ts',
    "import Dexie from 'dexie';\nexport const k = Dexie.minKey;\n",
    /fiche\/layers/,
  ],
  [
    'zod in a content script',
    'entrypoints/injected.content.ts',
    "import { z } from 'zod';\nexport const s = z.string();\n",
    /fiche\/layers/,
  ],
  [
    'zod imported dynamically in a content script',
    'entrypoints/content/injected.ts',
    "export const load = () => import('zod');\n",
    /fiche\/layers/,
  ],
  [
    'zod in a detector a content script imports',
    'core/detect/gmail.ts',
    "import { z } from 'zod';\nexport const s = z.string();\n",
    /fiche\/layers/,
  ],
  [
    'the message schemas (zod) at runtime in a content script',
    'entrypoints/content/injected.ts',
    "import { messageSchema } from '../../core/messages';\nexport const m = messageSchema;\n",
    /fiche\/layers/,
  ],
  [
    'tldts (the Public Suffix List) in a content script',
    'entrypoints/content/injected.ts',
    "import { getDomain } from 'tldts';\nexport const g = getDomain;\n",
    /fiche\/layers/,
  ],
  [
    'the registrable-domain helper (tldts) in a detector a content script imports',
    'core/detect/gmail.ts',
    "import { registrableDomain } from '../text/domain';\nexport const r = registrableDomain;\n",
    /fiche\/layers/,
  ],
  [
    'storage in a content script',
    'entrypoints/content/injected.ts',
    "import { db } from '../../storage/db';\nexport const d = db;\n",
    /fiche\/layers/,
  ],
  [
    '@preact/signals in core/',
    'core/injected.ts',
    "import { signal } from '@preact/signals';\nexport const s = signal(0);\n",
    /fiche\/layers/,
  ],
  ['a component in core/', 'core/injected.ts', "export { Field } from '../components/Field';\n", /fiche\/layers/],
  [
    'a chrome.* call in core/',
    'core/injected.ts',
    'export const id = () => chrome.runtime.id;\n',
    /no-restricted-globals/,
  ],
  [
    'a browser.* call in core/',
    'core/injected.ts',
    'export const id = () => browser.runtime.id;\n',
    /no-restricted-globals/,
  ],
  [
    'globalThis.chrome in core/',
    'core/injected.ts',
    'export const id = () => globalThis.chrome;\n',
    /no-restricted-syntax/,
  ],
  [
    '#imports in core/',
    'core/injected.ts',
    "import { browser } from '#imports';\nexport const b = browser;\n",
    /fiche\/layers/,
  ],
  [
    'wxt/browser in core/',
    'core/injected.ts',
    "import { browser } from 'wxt/browser';\nexport const b = browser;\n",
    /fiche\/layers/,
  ],
  [
    'wxt/browser in storage/',
    'storage/injected.ts',
    "import { browser } from 'wxt/browser';\nexport const b = browser;\n",
    /fiche\/layers/,
  ],
  ['preact in storage/', 'storage/injected.ts', "import { h } from 'preact';\nexport const e = h;\n", /fiche\/layers/],
  [
    'a component in a model',
    'models/injected.ts',
    "import { Field } from '../components/Field';\nexport const f = Field;\n",
    /fiche\/layers/,
  ],
];

describe('lint: the import rules catch each injected break', () => {
  test.each(BREAKS)('%s', async (_name, file, code, rule) => {
    const found = await errors(file, code);
    expect(
      found.some((e) => rule.test(e)),
      found.join('\n') || 'no error',
    ).toBe(true);
  });
});

describe('lint: what the rules allow', () => {
  test.each([
    [
      'a type-only import of the messages in a content script',
      'entrypoints/content/injected.ts',
      "import type { Message } from '../../core/messages';\nexport type M = Message;\n",
    ],
    [
      'a type-only import of zod in a content script',
      'entrypoints/injected.content.ts',
      "import type { z } from 'zod';\nexport type S = z.ZodString;\n",
    ],
    [
      'a detector in a content script',
      'entrypoints/injected.content.ts',
      "import { gmailDetector } from '../core/detect/gmail';\nexport const d = gmailDetector;\n",
    ],
    ['storage in a model', 'models/injected.ts', "import { db } from '../storage/db';\nexport const d = db;\n"],
    ['dexie in storage/', 'storage/injected.ts', "import Dexie from 'dexie';\nexport const k = Dexie.minKey;\n"],
    [
      'zod in core/ outside the content scripts',
      'core/injected.ts',
      "import { z } from 'zod';\nexport const s = z.string();\n",
    ],
  ])('%s', async (_name, file, code) => {
    expect(await errors(file, code)).toEqual([]);
  });
});
