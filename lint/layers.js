/**
 * STYLE.md's import rules as one ESLint rule (`fiche/layers`). Every way a module reaches another is
 * checked: `import`, `export … from`, `export * from` and `import()`. Relative and alias (`@/`, `~/`)
 * specifiers are resolved to a file, so a rule is about where the target lives, not how it is spelled.
 *
 * | file                     | must not import                                                       |
 * |--------------------------|-----------------------------------------------------------------------|
 * | core/**                  | storage/, models/, components/, entrypoints/; wxt, #imports, the      |
 * |                          | polyfill, dexie, preact, @preact/* (browser globals: eslint.config.js) |
 * | storage/**               | models/, components/, entrypoints/; preact, wxt/browser, #imports     |
 * | models/**                | components/, entrypoints/                                             |
 * | components/**            | storage/, entrypoints/                                                |
 * | content-script code      | at runtime: storage/, models/, components/, extension pages; zod,     |
 * |                          | dexie, preact, tldts and core/text/domain.ts (`import type` is        |
 * |                          | allowed: it vanishes from the bundle)                                 |
 * | anything but storage/**  | dexie, dexie-*                                                        |
 *
 * Content-script code is every content entrypoint (entrypoints/*.content.ts, ondemand-readers.ts),
 * entrypoints/content/, and whatever they import at runtime, followed file by file: a helper in core/
 * cannot smuggle zod into a content script. Tests (`*.test.*`) are not bundled and are not checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXTS = ['.ts', '.tsx', '.mts', '.js', '.mjs'];

/** Content scripts and the script injected with them (entrypoints/ondemand-readers.ts). */
const CONTENT_ENTRY = /^entrypoints\/([^/]+\.content(\.tsx?|\/index\.tsx?)|ondemand-readers\.ts)$/;
const isTest = (rel) => /\.test\.[cm]?[jt]sx?$/.test(rel);
const toRel = (file) => path.relative(ROOT, file).split(path.sep).join('/');

/** The layer of a repository-relative path. */
export function layerOf(rel) {
  if (CONTENT_ENTRY.test(rel) || rel.startsWith('entrypoints/content/')) return 'content';
  for (const layer of ['core', 'storage', 'models', 'components', 'entrypoints']) {
    if (rel === layer || rel.startsWith(layer + '/')) return layer;
  }
  return 'other';
}

/** A relative or alias specifier → the absolute file it names (undefined for packages). */
function resolveLocal(spec, fromFile) {
  let base;
  if (spec.startsWith('.')) base = path.resolve(path.dirname(fromFile), spec);
  else {
    const alias = /^(@@|~~|@|~)\/(.*)$/.exec(spec);
    if (!alias) return undefined;
    base = path.resolve(ROOT, alias[2]);
  }
  const candidates = [base, ...EXTS.map((e) => base + e), ...EXTS.map((e) => path.join(base, 'index' + e))];
  if (/\.js$/.test(base)) candidates.push(base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'));
  return candidates.find((p) => fs.existsSync(p) && fs.statSync(p).isFile()) ?? base;
}

/** Each import-like node of a program: its specifier and whether it only brings types. */
function* moduleReferences(program) {
  const visit = function* (node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'ImportDeclaration') {
      const typeOnly =
        node.importKind === 'type' ||
        (node.specifiers.length > 0 &&
          node.specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type'));
      yield { node, spec: node.source.value, typeOnly };
      return;
    }
    if ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.source) {
      const typeOnly =
        node.exportKind === 'type' ||
        (node.type === 'ExportNamedDeclaration' &&
          node.specifiers.length > 0 &&
          node.specifiers.every((s) => s.exportKind === 'type'));
      yield { node, spec: node.source.value, typeOnly };
      return;
    }
    if (node.type === 'ImportExpression') {
      const src = node.source;
      const spec =
        src.type === 'Literal' && typeof src.value === 'string'
          ? src.value
          : src.type === 'TemplateLiteral' && src.expressions.length === 0
            ? src.quasis[0].value.cooked
            : undefined;
      if (spec !== undefined) yield { node, spec, typeOnly: false };
    }
    for (const key of Object.keys(node)) {
      if (key === 'parent') continue;
      const child = node[key];
      if (Array.isArray(child)) for (const c of child) yield* visit(c);
      else if (child && typeof child === 'object' && typeof child.type === 'string') yield* visit(child);
    }
  };
  yield* visit(program);
}

function parseFile(file) {
  const code = fs.readFileSync(file, 'utf8');
  return tseslint.parser.parseForESLint(code, { jsx: file.endsWith('x'), sourceType: 'module', ecmaVersion: 'latest' })
    .ast;
}

function listContentEntries() {
  const dir = path.join(ROOT, 'entrypoints');
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = `entrypoints/${e.name}`;
    if (e.isFile() && CONTENT_ENTRY.test(rel)) out.push(path.join(ROOT, rel));
    if (e.isDirectory() && /\.content$/.test(e.name)) {
      for (const i of ['index.ts', 'index.tsx'])
        if (fs.existsSync(path.join(dir, e.name, i))) out.push(path.join(dir, e.name, i));
    }
  }
  return out;
}

let closure;
let closureAt = 0;
/**
 * Files reached at runtime from a content entrypoint (repository-relative), read from disk; kept a few
 * seconds so one lint run reads each file once.
 */
export function contentClosure() {
  if (closure && Date.now() - closureAt < 5000) return closure;
  const seen = new Set();
  const stack = listContentEntries();
  while (stack.length) {
    const file = stack.pop();
    const rel = toRel(file);
    if (seen.has(rel) || !fs.existsSync(file)) continue;
    seen.add(rel);
    let program;
    try {
      program = parseFile(file);
    } catch {
      continue;
    }
    for (const ref of moduleReferences(program)) {
      if (ref.typeOnly) continue;
      const target = resolveLocal(ref.spec, file);
      if (target && EXTS.some((e) => target.endsWith(e))) stack.push(target);
    }
  }
  closure = seen;
  closureAt = Date.now();
  return closure;
}

const pkg = (re) => (spec) => re.test(spec);
const DEXIE = pkg(/^dexie($|[-/])/);
const UI = pkg(/^(preact|@preact\/)/);
const ZOD = pkg(/^zod($|\/)/);
const TLDTS = pkg(/^tldts($|-)/);
const BROWSER_API = pkg(/^(wxt($|\/)|#imports$|webextension-polyfill$|@wxt-dev\/)/);

/**
 * The rules of one file: each `{ layers?, pkg?, runtimeOnly?, why }` forbids imports into those
 * layers or of those packages (`runtimeOnly`: `import type` allowed).
 */
function rulesFor(rel, inContentClosure) {
  const rules = [];
  const layer = layerOf(rel);
  if (layer !== 'storage') rules.push({ pkg: DEXIE, why: 'dexie is imported only in storage/' });
  if (layer === 'core') {
    rules.push({
      layers: ['storage', 'models', 'components', 'entrypoints', 'content'],
      why: 'core/ is pure: it imports only core/ and small pure libraries',
    });
    rules.push({ pkg: UI, why: 'core/ has no UI (preact, @preact/*)' });
    rules.push({ pkg: BROWSER_API, why: 'core/ uses no browser API (wxt, #imports, the polyfill)' });
  }
  if (layer === 'storage') {
    rules.push({ layers: ['models', 'components', 'entrypoints', 'content'], why: 'storage/ imports core/ only' });
    rules.push({ pkg: UI, why: 'storage/ has no UI' });
    rules.push({
      pkg: pkg(/^(wxt\/browser|#imports|webextension-polyfill)$/),
      why: 'storage/ does not use the browser API',
    });
  }
  if (layer === 'models')
    rules.push({ layers: ['components', 'entrypoints', 'content'], why: 'models/ sit below components/' });
  if (layer === 'components') {
    rules.push({ layers: ['storage'], why: 'components read storage through models/, never directly' });
    rules.push({ layers: ['entrypoints', 'content'], why: 'components/ sit below entrypoints/' });
  }
  if (layer === 'content' || inContentClosure) {
    const where = layer === 'content' ? 'content scripts' : `${rel} (imported at runtime by a content script)`;
    rules.push({
      layers: ['storage', 'models', 'components', 'entrypoints'],
      runtimeOnly: true,
      why: `${where}: no storage, models, components or extension pages at runtime`,
    });
    rules.push({
      files: ['core/messages.ts', 'core/detect/schema.ts'],
      runtimeOnly: true,
      why: `${where}: the zod schemas are the background's (import type only)`,
    });
    rules.push({ pkg: ZOD, runtimeOnly: true, why: `${where}: no zod at runtime (import type only)` });
    rules.push({
      files: ['core/text/domain.ts'],
      pkg: TLDTS,
      runtimeOnly: true,
      why: `${where}: content scripts send hosts (core/text/host.ts); the Public Suffix List (tldts) is the background's`,
    });
    rules.push({ pkg: UI, runtimeOnly: true, why: `${where}: no Preact` });
  }
  return rules;
}

const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: "STYLE.md's import rules: what each folder may import (re-exports and import() included)" },
    schema: [],
    messages: { forbidden: "'{{spec}}': {{why}}." },
  },
  create(context) {
    const file = context.filename;
    const rel = toRel(file);
    if (rel.startsWith('..') || isTest(rel)) return {};
    const rules = rulesFor(rel, layerOf(rel) !== 'content' && contentClosure().has(rel));
    if (rules.length === 0) return {};
    const check = (node, spec, typeOnly) => {
      const target = resolveLocal(spec, file);
      const targetLayer = target ? layerOf(toRel(target)) : undefined;
      for (const r of rules) {
        if (r.runtimeOnly && typeOnly) continue;
        const hit = target ? r.layers?.includes(targetLayer) || r.files?.includes(toRel(target)) : r.pkg?.(spec);
        if (hit) {
          context.report({ node, messageId: 'forbidden', data: { spec, why: r.why } });
          return;
        }
      }
    };
    return {
      Program(program) {
        for (const ref of moduleReferences(program)) check(ref.node, ref.spec, ref.typeOnly);
      },
    };
  },
};

export default { meta: { name: 'fiche' }, rules: { layers: layersRule } };
