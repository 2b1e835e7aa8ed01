/**
 * Keeps the architecture true (STYLE.md "Import rules", SPEC §7): what each layer may import, no
 * markup built from strings, and UI strings present in both languages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(__dirname, '..');

function files(dir: string, exts = ['.ts', '.tsx']): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', '.output', '.wxt'].includes(entry.name)) walk(p);
      } else if (exts.some((e) => entry.name.endsWith(e))) out.push(p);
    }
  };
  walk(path.join(ROOT, dir));
  return out;
}

const rel = (p: string) => path.relative(ROOT, p);
const isTest = (p: string) => /\.test\.tsx?$/.test(p);

/** Runtime imports (type-only imports vanish from bundles). */
function runtimeImports(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^\s*import\s+(?!type\b)([^;]*?)\s+from\s+['"]([^'"]+)['"]/gm)) out.push(m[2]!);
  for (const m of src.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  for (const m of src.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

function resolvesInto(file: string, spec: string, dir: string): boolean {
  if (!spec.startsWith('.')) return false;
  const target = path.resolve(path.dirname(file), spec);
  return rel(target).startsWith(dir + '/') || rel(target) === dir;
}

describe('import rules', () => {
  test('core/ is pure: no wxt, browser, storage, components or entrypoints', () => {
    for (const f of files('core').filter((f) => !isTest(f))) {
      for (const spec of runtimeImports(f)) {
        expect(/^(wxt|webextension-polyfill|dexie)/.test(spec), `${rel(f)} imports ${spec}`).toBe(false);
        for (const dir of ['storage', 'components', 'entrypoints', 'models']) {
          expect(resolvesInto(f, spec, dir), `${rel(f)} imports ${spec}`).toBe(false);
        }
      }
      const src = fs.readFileSync(f, 'utf8');
      expect(
        /\bbrowser\.|\bchrome\.|indexedDB|setTimeout|setInterval/.test(src.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')),
        `${rel(f)} uses a browser API`,
      ).toBe(false);
    }
  });

  test('components/ never import storage/ directly', () => {
    for (const f of files('components').filter((f) => !isTest(f))) {
      for (const spec of runtimeImports(f))
        expect(resolvesInto(f, spec, 'storage'), `${rel(f)} imports ${spec}`).toBe(false);
    }
  });

  test('storage/ imports no UI', () => {
    for (const f of files('storage').filter((f) => !isTest(f))) {
      for (const spec of runtimeImports(f)) {
        for (const dir of ['components', 'entrypoints', 'models'])
          expect(resolvesInto(f, spec, dir), `${rel(f)} imports ${spec}`).toBe(false);
        expect(/^preact/.test(spec), `${rel(f)} imports ${spec}`).toBe(false);
      }
    }
  });

  test('content scripts import no storage, zod, Dexie, Preact or components at runtime', () => {
    const entries = files('entrypoints').filter((f) => /\.content\.tsx?$|\/content\//.test(f) && !isTest(f));
    expect(entries.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    // Follow relative imports transitively: a helper cannot smuggle zod in.
    const visit = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const spec of runtimeImports(f)) {
        expect(/^(zod|dexie|preact|@preact)/.test(spec), `${rel(f)} imports ${spec}`).toBe(false);
        for (const dir of ['storage', 'components', 'models'])
          expect(resolvesInto(f, spec, dir), `${rel(f)} imports ${spec}`).toBe(false);
        if (spec.startsWith('.')) {
          const base = path.resolve(path.dirname(f), spec);
          const hit = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
            (p) => fs.existsSync(p) && fs.statSync(p).isFile(),
          );
          if (hit) visit(hit);
        }
      }
    };
    entries.forEach(visit);
  });
});

describe('page content is data, never markup', () => {
  test('no innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, document.write, eval or new Function', () => {
    const all = [
      ...files('core'),
      ...files('components'),
      ...files('entrypoints'),
      ...files('storage'),
      ...files('models'),
    ].filter((f) => !isTest(f));
    for (const f of all) {
      const src = fs.readFileSync(f, 'utf8');
      expect(
        /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|new Function|\beval\(/.test(
          src,
        ),
        rel(f),
      ).toBe(false);
    }
  });
});

describe('UI strings', () => {
  const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  const fr = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/_locales/fr/messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;

  test('French and English have the same keys, none empty, same placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      expect(message.trim(), key).not.toBe('');
      expect(fr[key]!.message.trim(), key).not.toBe('');
      const slots = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
      expect(slots(fr[key]!.message), key).toEqual(slots(message));
    }
  });

  test('no "(s)": a counted noun has its plural forms (Intl.PluralRules picks one)', () => {
    for (const [lang, catalog] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      for (const [key, { message }] of Object.entries(catalog))
        expect(/\p{L}\((s|es|ies|x)\)/u.test(message), `${lang} ${key}: ${message}`).toBe(false);
    }
  });

  test('every key the UI asks for exists', () => {
    const used = new Set<string>();
    for (const f of [...files('components'), ...files('entrypoints'), ...files('models')]) {
      const src = fs.readFileSync(f, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
      for (const m of src.matchAll(/getMessage\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(en[key], key).toBeDefined();
  });

  test('no catalogue key is dead (every key is named somewhere in the code)', () => {
    const code =
      [...files('components'), ...files('entrypoints'), ...files('models')]
        .map((f) => fs.readFileSync(f, 'utf8'))
        .join('\n') + fs.readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
    // A counted message (`<base>_one`, `<base>_other`, …) is named by its base (components/plural.ts).
    const named = (key: string) =>
      code.includes(`'${key}'`) ||
      code.includes(`__MSG_${key}__`) ||
      (/_(zero|one|two|few|many|other)$/.test(key) && code.includes(`'${key.replace(/_[a-z]+$/, '')}'`));
    const dead = Object.keys(en).filter((key) => !named(key));
    expect(dead).toEqual([]);
  });

  test('the manifest strings exist', () => {
    for (const key of ['extName', 'extDescription', 'actionTitle']) expect(en[key]).toBeDefined();
    expect(en.extName!.message.length).toBeLessThanOrEqual(75);
    expect(fr.extName!.message.length).toBeLessThanOrEqual(75);
  });
});
