/**
 * DOM reading helpers shared by the detectors. Text is read node by node (never `textContent` on
 * big subtrees: it glues neighbouring elements into false addresses such as "foo@bar.frContact"),
 * and subtrees that a user cannot see or that hold code are skipped whole.
 */
import { memo } from '../text/memo';

const SKIP_TAGS = /* @__PURE__ */ new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'SVG',
  'svg',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'INPUT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
]);
export const BLOCK_TAGS = /* @__PURE__ */ new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BR',
  'DETAILS',
  'SUMMARY',
  'CITE',
]);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by markup alone (no computed style: too slow on 1 MB pages, and unavailable off-screen). */
export function isHiddenElement(el: Element): boolean {
  const tag = el.tagName;
  return SKIP_TAGS.has(tag) || (el.hasAttributes() && hiddenByAttribute(el)) || (tag === 'DIV' && afterHiddenP(el));
}

// INPUT is in SKIP_TAGS, so `type=hidden` needs no check of its own. Read only on elements that
// have attributes (most text blocks have none).
// (a tab panel hidden until its tab is clicked is on the page for whoever reads it: its people are expected)
const hiddenByAttribute = (el: Element): boolean =>
  (el.hasAttribute('hidden') || HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) &&
  el.getAttribute('role') !== 'tabpanel';

// A <div> written inside a hidden <p> (`<p hidden><div>…</div></p>`) follows it once the parser has
// closed the <p>, which is then empty: hidden too.
const afterHiddenP = (el: Element): boolean => {
  const p = el.previousElementSibling;
  return !!p && p.tagName === 'P' && !p.firstChild && p.hasAttributes() && hiddenByAttribute(p);
};

/**
 * Whether to skip an element's subtree; `walk` hands it the tag name and whether the element has
 * attributes, both already read.
 */
export type SkipFn = (el: Element, tag?: string, attrs?: boolean) => boolean;

/** True when the caller's slice of time is spent (the content-script glue's clock; never read in core). */
export type Due = () => boolean;

/**
 * Depth-first walk with enter/exit events, skipping hidden subtrees and those `skip` rejects.
 * Iterative (firstChild/nextSibling) so deep pages cannot overflow the stack. Each node costs as
 * few DOM calls as possible (a 1 MB thread has tens of thousands): the tag name is read once and
 * handed to `onEnter`/`onExit`.
 */
export function walk(
  root: Node,
  onText: (text: string) => void,
  skip?: SkipFn,
  onEnter?: (el: Element, tag: string) => void,
  onExit?: (el: Element, tag: string) => void,
): void {
  walker(root, onText, skip, onEnter, onExit)();
}

/**
 * `walk` that can pause (issue 10: no content-script task over 50 ms on a 50,000-element message):
 * each call of the returned step walks until the end (true) or, checked every 256 nodes (or 64 KB of
 * text), until `due`
 * says the slice is spent (false); the next call resumes at the same node, so the callbacks see
 * exactly what one `walk` shows them. A paused node no longer under `root` (the page re-rendered it)
 * throws: the caller reads again from the start.
 */
export function walker(
  root: Node,
  onText: (text: string) => void,
  skip?: SkipFn,
  onEnter?: (el: Element, tag: string) => void,
  onExit?: (el: Element, tag: string) => void,
): (due?: Due) => boolean {
  let node: Node | null = root.firstChild;
  // the elements entered and not yet left (root excluded), each followed by its tag name: the climb
  // reads neither parentNode nor the tag again
  const open: (Element | string)[] = [];
  // the last empty <p> found hidden: a <div> right after it is hidden too (see afterHiddenP), and a <div>
  // is only compared with it, not asked for its previous sibling
  let hiddenP: Element | null = null;
  return (due) => {
    if (node && open.length && !root.contains(node)) throw new Error('detached');
    // the clock is read every 256 nodes, a text node counting one node per 256 characters
    for (let n = 256; node;) {
      if (due && --n < 0) {
        if (due()) return false;
        n = 256;
      }
      const type = node.nodeType;
      if (type === 3) {
        const v = node.nodeValue;
        if (v) {
          onText(v);
          n -= v.length >> 8;
        }
      } else if (type === 1) {
        const el = node as Element;
        const tag = el.tagName;
        let attrs = false,
          hidden = SKIP_TAGS.has(tag);
        if (!hidden && (attrs = el.hasAttributes()) && hiddenByAttribute(el)) {
          hidden = true;
          if (tag === 'P' && !el.firstChild) hiddenP = el;
        }
        if (
          !hidden &&
          !(tag === 'DIV' && hiddenP && el.previousElementSibling === hiddenP) &&
          !skip?.(el, tag, attrs)
        ) {
          onEnter?.(el, tag);
          const child = el.firstChild;
          if (child) {
            open.push(el, tag);
            node = child;
            continue;
          }
          onExit?.(el, tag);
        }
      }
      // climb until a next sibling exists
      let next: Node | null = node.nextSibling;
      while (!next && open.length) {
        const tag = open.pop() as string;
        node = open.pop() as Element;
        onExit?.(node as Element, tag);
        next = node.nextSibling;
      }
      node = next;
    }
    return true;
  };
}

/** Visible text of a subtree as one string; elements that are blocks are separated by a space. */
export function textOf(root: Node | null | undefined, skip?: SkipFn): string {
  if (!root) return '';
  if (root.nodeType === 3) return clean(root.nodeValue ?? '');
  // (one text node, as in most labels: what the walk would give, without it)
  const t = root.firstChild;
  if (t && t.nodeType === 3 && !t.nextSibling) return clean(t.nodeValue!);
  return linesOf(root, skip).join(' ');
}

/**
 * Visible text split into lines at block elements and <br>. Lines are trimmed, empty ones dropped.
 * `onText` sees each text node too, so a caller that also scans the texts walks the subtree once.
 */
export function linesOf(
  root: Node | null | undefined,
  skip?: SkipFn,
  keepEmpty = false,
  onText?: (t: string) => void,
): string[] {
  const r = linesReader(root, skip, keepEmpty, onText);
  r.step();
  return r.lines;
}

/** `linesOf` in slices (see `walker`): `lines` is complete once `step` has returned true. */
export function linesReader(
  root: Node | null | undefined,
  skip?: SkipFn,
  keepEmpty = false,
  onText?: (t: string) => void,
): { step: (due?: Due) => boolean; lines: string[] } {
  const out: string[] = [];
  if (!root) return { step: () => true, lines: out };
  let cur = '';
  const flush = () => {
    // (a block's exit, right after its last line's flush, has nothing to add)
    if (!cur && !keepEmpty) return;
    const t = clean(cur);
    if (t || (keepEmpty && out.length && out[out.length - 1] !== '')) out.push(t);
    cur = '';
  };
  const block = (_: Element, tag: string) => {
    if (BLOCK_TAGS.has(tag)) flush();
  };
  const step = walker(
    root,
    onText
      ? (t) => {
          cur += t;
          onText(t);
        }
      : (t) => {
          cur += t;
        },
    skip,
    block,
    block,
  );
  let done = false;
  return {
    step: (due) => {
      if (done) return true;
      if (!step(due)) return false;
      flush();
      return (done = true);
    },
    lines: out,
  };
}

// Most strings need no collapsing: one scan for what needs it, the replace only then (a 1 MB thread
// cleans thousands of strings per pass).
const NEEDS_CLEAN = /[\u00a0\u202f\u2007\u200b\u200e\u200f\ufeff\t\n\r\f\v]| {2}/;

/**
 * Whitespace collapsed and trimmed. Memoised (pure, bounded): a page's lines and attribute values are
 * the DOM's own strings, cleaned again on every pass, and a thread repeats its quoted lines.
 */
export const clean = /* @__PURE__ */ memo((s) =>
  NEEDS_CLEAN.test(s) ? s.replace(/[\u00a0\u202f\u2007\u200b\u200e\u200f\ufeff\s]+/g, ' ').trim() : s.trim(),
);

export function attr(el: Element | null | undefined, name: string): string {
  return clean(el?.getAttribute(name) ?? '');
}

export function qs(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function qsa(root: ParentNode, selector: string): Element[] {
  try {
    return toArray(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** A NodeList or HTMLCollection as an array, by index (Array.from's iterator costs a call per element). */
export function toArray(list: ArrayLike<Element>): Element[] {
  const n = list.length;
  const out: Element[] = new Array<Element>(n);
  for (let i = 0; i < n; i++) out[i] = list[i]!;
  return out;
}

/** First matching element of a list of selectors, tried in order (stable ones first). */
export function first(root: ParentNode, selectors: string[]): Element | null {
  for (const s of selectors) {
    const e = qs(root, s);
    if (e) return e;
  }
  return null;
}

export function metaContent(doc: Document, key: string): string {
  const el = qs(doc, `meta[property="${key}"]`) ?? qs(doc, `meta[name="${key}"]`);
  return attr(el, 'content');
}

/** Parsed JSON-LD blocks (data, never executed), flattened through @graph and arrays. */
export function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const add = (v: unknown, depth: number): void => {
    if (depth > 4 || out.length > 200) return;
    if (Array.isArray(v)) {
      for (const x of v) add(x, depth + 1);
      return;
    }
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) add(o['@graph'], depth + 1);
    }
  };
  for (const s of qsa(doc, 'script[type="application/ld+json"]')) {
    const text = s.textContent ?? '';
    if (text.length > 500_000) continue;
    try {
      add(JSON.parse(text), 0);
    } catch {
      /* broken JSON-LD is common: ignore */
    }
  }
  return out;
}

export function ldTypes(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** A JSON-LD value as a list (one value, an array, or nothing). */
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

export function str(v: unknown): string {
  return typeof v === 'string' ? clean(v) : '';
}

/** Absolute http(s) URL or ''. */
export function absUrl(href: string, base: URL): string {
  if (!href) return '';
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '';
  } catch {
    return '';
  }
}

export interface Line {
  text: string;
  el: Element;
}

/**
 * A read in steps (issue 10): a generator that yields every 256 nodes or so, for a caller that spreads
 * a page's detection over several tasks (the on-demand script); `done` runs one to its end at once.
 */
export type Steps<T> = Generator<void, T>;

export function done<T>(g: Steps<T>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}

// (a walker paused at every check of its clock: the generator yields there)
const pause = () => true;

/** A `walk` in steps; throws when the page re-rendered the node it paused at (see `walker`). */
export function* walkSteps(
  root: Node,
  onText: (text: string) => void,
  skip?: SkipFn,
  onEnter?: (el: Element, tag: string) => void,
  onExit?: (el: Element, tag: string) => void,
): Steps<void> {
  const step = walker(root, onText, skip, onEnter, onExit);
  while (!step(pause)) yield;
}

/** Visible lines with the block element each comes from (a <p> split by <br> gives several lines). */
export const blockLines = (root: Node, skip?: SkipFn): Line[] => done(blockLinesSteps(root, skip));

export function* blockLinesSteps(root: Node, skip?: SkipFn): Steps<Line[]> {
  const out: Line[] = [];
  const stack: Element[] = [root.nodeType === 1 ? (root as Element) : (root as Document).documentElement];
  let cur = '';
  // Two inline elements side by side with nothing between ("<span>E-Mail</span><span>a@b.de</span>",
  // "<span>Anna Rass</span><span>PR, Shabka</span>") are two fields a stylesheet sets apart: ' · '.
  let afterInline = false;
  let sep = false;
  const flush = () => {
    const t = clean(cur);
    if (t) out.push({ text: t.length > 5000 ? t.slice(0, 5000) : t, el: stack[stack.length - 1]! });
    cur = '';
    afterInline = false;
  };
  yield* walkSteps(
    root,
    (t) => {
      // (an address cut into spans, "<span>ana</span><span>@</span><span>firm</span><span>.</span>…", is one word)
      if (sep && cur && !/^@/.test(t)) {
        const tail = /[^\s·]*$/.exec(cur)![0];
        if (!tail.endsWith('@') && !(tail.includes('@') && (t.startsWith('.') || tail.endsWith('.')))) cur += ' · ';
      }
      sep = false;
      if (cur.length < 20_000) cur += t;
      afterInline = false;
    },
    skip,
    (el, tag) => {
      if (BLOCK_TAGS.has(tag)) {
        sep = false;
        flush();
        if (tag !== 'BR' && tag !== 'HR') stack.push(el);
        return;
      }
      sep ||= afterInline && !!cur && !/\s$/.test(cur);
      afterInline = false;
    },
    (_, tag) => {
      if (BLOCK_TAGS.has(tag)) {
        flush();
        if (tag !== 'BR' && tag !== 'HR' && stack.length > 1) stack.pop();
        return;
      }
      afterInline = true;
    },
  );
  flush();
  return out;
}
