/**
 * Incremental detection (SPEC §8: a DOM change costs a rescan of what changed, never of the page).
 * Pure state machine, no timers and no browser APIs: the content-script glue feeds it batches of
 * mutations, it decides between a full pass and an incremental one and keeps the per-unit memo
 * (one Gmail message, one Outlook item) that the detectors read through `UnitCache`.
 *
 * - full pass: first run, URL change, or a wholesale change (more than WHOLESALE nodes added or
 *   removed in one batch: a thread swapped, an SPA route rendered). The memo is dropped first.
 * - incremental pass: units the batch touched (by `detector.unitOf`) are invalidated; added
 *   subtrees that are new units miss the memo and are read; every other unit is reused. Units not
 *   seen in a run are pruned, so the memo never outgrows the page.
 */
import type { Detection, Detector, UnitCache } from './types';

export const WHOLESALE = 400;

/** One batch of DOM changes: the mutations' target nodes, and how many nodes came or went. */
export interface ChangeBatch {
  targets: Node[];
  count: number;
}

const empty = (url: string): Detection => ({
  url: url.slice(0, 2000),
  kind: 'other',
  emails: [],
  people: [],
  companies: [],
});

/**
 * What the content scripts run: every pass in slices (`reset` or `begin`, `prepare` until true, `run`).
 * IncrementalDetection below adds what only tests and the bench use, which the scripts do not carry.
 */
export class SlicedDetection {
  protected memo = new Map<string, unknown>();
  private href = '';

  constructor(private readonly detector: Detector) {}

  private cursor = 0;

  /**
   * A full pass in slices, for the glue to spread over tasks: `reset`, then `prepare` until it
   * returns true (each call reads at most `count` units, and stops early, even inside a unit, once
   * `due()` is true), then `run`.
   */
  reset(href: string): void {
    this.memo.clear();
    this.href = href;
    this.cursor = 0;
  }

  prepare(doc: Document, count: number, due?: () => boolean): boolean {
    if (!this.detector.prepare) return true;
    const cache: UnitCache = {
      get: (k) => this.memo.get(k),
      set: (k, v) => {
        this.memo.set(k, v);
      },
    };
    let next: number;
    try {
      next = this.detector.prepare(doc, cache, this.cursor, count, due);
    } catch {
      next = -1;
    }
    this.cursor = next < 0 ? 0 : next;
    return next < 0;
  }

  /**
   * Starts a pass after a batch of changes: a full one (`reset`) on a URL change, a wholesale change or
   * any change to a detector without units; else an incremental one, which drops the memo of the units
   * the batch touched. The glue then slices the reads (`prepare` until true) before `run`.
   */
  begin(href: string, batch: ChangeBatch): void {
    const unitOf = this.detector.unitOf;
    if (href !== this.href || batch.count > WHOLESALE || (!unitOf && batch.count)) return this.reset(href);
    for (const n of batch.targets) {
      const key = unitOf?.(n);
      if (key) this.memo.delete(key);
    }
  }

  /** The detection of the page from the memo, reading what it lacks (the end of every pass). */
  run(doc: Document, href: string): Detection {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return empty(href);
    }
    if (!this.detector.matches(url)) {
      this.memo.clear();
      return empty(href);
    }
    const used = new Set<string>();
    const cache: UnitCache = {
      get: (k) => {
        used.add(k);
        return this.memo.get(k);
      },
      set: (k, v) => {
        used.add(k);
        this.memo.set(k, v);
      },
    };
    let d: Detection;
    try {
      d = this.detector.detect(doc, url, cache);
    } catch {
      this.memo.clear();
      return empty(href);
    }
    for (const k of this.memo.keys()) if (!used.has(k)) this.memo.delete(k);
    return d;
  }
}

/** SlicedDetection with whole passes in one call and counts of passes, for tests and the bench. */
export class IncrementalDetection extends SlicedDetection {
  /** Passes run so far, by kind. */
  readonly stats = { full: 0, incremental: 0 };

  override reset(href: string): void {
    super.reset(href);
    this.stats.full++;
  }

  override begin(href: string, batch: ChangeBatch): void {
    const full = this.stats.full;
    super.begin(href, batch);
    if (this.stats.full === full) this.stats.incremental++;
  }

  /** Full pass: drops the memo, reads every unit. */
  full(doc: Document, href: string): Detection {
    this.reset(href);
    return this.run(doc, href);
  }

  /** Pass after a batch of changes: incremental when possible, else full. */
  update(doc: Document, href: string, batch: ChangeBatch): Detection {
    this.begin(href, batch);
    return this.run(doc, href);
  }

  /** Memo entries currently held (units of the page). */
  get size(): number {
    return this.memo.size;
  }
}
