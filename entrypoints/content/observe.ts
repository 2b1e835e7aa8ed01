/**
 * Content-script glue shared by the site entrypoints: run the pure detector when the page settles,
 * on WXT's `wxt:locationchange` (single-page apps) and on batched relevant DOM mutations; send the
 * result to the background only when it changed. Stops quietly when the extension is reloaded
 * (context invalidated). No zod, no Dexie, no Preact here: see STYLE.md import rules.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detection, Detector } from '../../core/detect/types';

const DEBOUNCE_MS = 300;
// Nodes worth a re-detection: addresses, mail/message containers, headings, profile links.
const RELEVANT = '[email], a[href^="mailto:"], [data-message-id], [data-convid], [role=listitem], [role=document], [role=main], h1, h2, h3, a[href*="/in/"], a[href*="/company/"], [data-view-name]';

function relevant(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    try {
      if (el.matches(RELEVANT) || el.querySelector(RELEVANT)) return true;
    } catch { return true; }
  }
  return false;
}

function isInvalidated(e: unknown): boolean {
  return /Extension context invalidated|context invalidated|Receiving end does not exist/i.test(String((e as Error)?.message ?? e));
}

/**
 * Each entrypoint passes only its own site's detector, so a bundle carries one detector, not four.
 * A URL the detector does not own (e.g. Gmail's own sub-pages) still gets its result, kind 'other'.
 */
export function observePage(ctx: ContentScriptContext, detector: Detector, options: { once?: boolean } = {}): void {
  const detect = (doc: Document, href: string): Detection => {
    const url = new URL(href);
    return detector.matches(url) ? detector.detect(doc, url) : { url: href.slice(0, 2000), kind: 'other', emails: [], people: [], companies: [] };
  };
  let lastKey = '';
  let timer: number | undefined;
  let stopped = false;
  let observer: MutationObserver | undefined;

  const stop = () => {
    stopped = true;
    observer?.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };

  const run = async () => {
    timer = undefined;
    if (stopped || ctx.isInvalid) return stop();
    let detection: Detection;
    try {
      detection = detect(document, location.href);
    } catch { return; }
    const key = JSON.stringify(detection);
    if (key === lastKey) return;
    lastKey = key;
    try {
      await browser.runtime.sendMessage({ type: 'page/detected', url: location.href, detection });
    } catch (e) {
      if (isInvalidated(e) && ctx.isInvalid) stop();
      else lastKey = ''; // background asleep or not ready: retry on the next change
    }
  };

  const schedule = () => {
    if (stopped || ctx.isInvalid) return stop();
    if (timer !== undefined) return;
    timer = ctx.setTimeout(() => { void run(); }, DEBOUNCE_MS);
  };

  ctx.onInvalidated(stop);
  void run();
  if (options.once) return;

  ctx.addEventListener(window, 'wxt:locationchange', () => schedule());
  observer = new MutationObserver((records) => {
    let removedMany = 0;
    for (const r of records) {
      if (r.type !== 'childList') continue;
      removedMany += r.removedNodes.length;
      // a wholesale swap (thread replaced, SPA route) or a relevant node: one full re-detection
      if (removedMany > 50 || relevant(r.addedNodes) || relevant(r.removedNodes)) { schedule(); return; }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
