/**
 * Content-script glue shared by the site entrypoints: run the pure detector when the page settles,
 * on WXT's `wxt:locationchange` (single-page apps) and on batched relevant DOM mutations; send the
 * result to the background only when it changed. Stops quietly when the extension is reloaded
 * (context invalidated). No zod, no Dexie, no Preact here: see STYLE.md import rules.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detection, Detector } from '../../core/detect/types';
import { SlicedDetection, WHOLESALE, type ChangeBatch } from '../../core/detect/incremental';
import { sendDetection } from './send';

const DEBOUNCE_MS = 300;
const PREPARE_UNITS = 20;
// A slice of a full pass ends after this much time, inside a message if need be (issue 10: no task
// over 50 ms, even on one 50,000-element message); the walk looks at the clock every 256 nodes.
const SLICE_MS = 8;
function relevant(nodes: NodeList, selector: string): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    try {
      if (el.matches(selector) || el.querySelector(selector)) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * Each entrypoint passes only its own site's detector, so a bundle carries one detector, not four.
 * A URL the detector does not own (e.g. Gmail's own sub-pages) still gets its result, kind 'other'.
 * Mutations are batched (DEBOUNCE_MS) and handed to SlicedDetection, which re-reads only the
 * units (messages) they touched, or runs one full pass on a URL change or a wholesale change.
 */
/**
 * `relevantSelector`: the nodes worth a re-detection on this site (addresses, message containers,
 * headings, profile links); each site passes its own, so a bundle carries only its own selectors.
 */
export function observePage(ctx: ContentScriptContext, detector: Detector, relevantSelector: string): void {
  const inc = new SlicedDetection(detector);
  let lastKey = '';
  let timer: number | undefined;
  let stopped = false;
  let observer: MutationObserver | undefined;
  let batch: ChangeBatch | null = null;
  let fullNeeded = true;

  const stop = () => {
    stopped = true;
    observer?.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };

  let running = false;
  const run = async () => {
    timer = undefined;
    if (stopped || ctx.isInvalid) return stop();
    if (running) return schedule(); // a sliced full pass is under way: come back after it
    running = true;
    try {
      await detectAndSend();
    } finally {
      running = false;
    }
  };

  const detectAndSend = async () => {
    let detection: Detection;
    try {
      const href = location.href;
      // every pass in slices of PREPARE_UNITS messages or SLICE_MS, one task each (no long task on big
      // threads or big pages): a full one after a reset, an incremental one after the changed units'
      // memo is dropped (their reads then happen in the slices)
      if (fullNeeded || !batch) inc.reset(href);
      else inc.begin(href, batch);
      fullNeeded = false;
      batch = null;
      for (;;) {
        const end = performance.now() + SLICE_MS;
        if (inc.prepare(document, PREPARE_UNITS, () => performance.now() > end)) break;
        await new Promise<void>((r) => ctx.setTimeout(() => r(), 0));
        if (stopped || ctx.isInvalid) return stop();
      }
      detection = inc.run(document, href);
    } catch {
      return;
    }
    const key = JSON.stringify(detection);
    if (key === lastKey) return;
    lastKey = key;
    const sent = await sendDetection(ctx, detection);
    if (sent === 'invalid') stop();
    else if (sent === 'retry') lastKey = ''; // background asleep or not ready: retry on the next change
  };

  const schedule = () => {
    if (stopped || ctx.isInvalid) return stop();
    if (timer !== undefined) return;
    timer = ctx.setTimeout(() => {
      void run();
    }, DEBOUNCE_MS);
  };

  ctx.onInvalidated(stop);
  void run();

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    fullNeeded = true;
    schedule();
  });
  observer = new MutationObserver((records) => {
    const b = batch ?? { targets: [], count: 0 };
    let hit = false;
    for (const r of records) {
      if (r.type !== 'childList') continue;
      b.count += r.addedNodes.length + r.removedNodes.length;
      if (b.count > WHOLESALE) {
        hit = true;
        break;
      } // a wholesale swap: one full pass
      // a unit (message) changed, or a relevant node came or went
      if (
        (detector.unitOf?.(r.target) && b.targets.push(r.target)) ||
        relevant(r.addedNodes, relevantSelector) ||
        relevant(r.removedNodes, relevantSelector)
      )
        hit = true;
    }
    if (hit || batch) {
      batch = b;
      schedule();
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
