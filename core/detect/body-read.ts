/**
 * A resumable read of one big subtree (issue 10: no content-script task over 50 ms): Outlook's open
 * message body, LinkedIn's main region. One walk gives the visible lines, the addresses in the texts
 * and then those of the visible mailto: links, as `scanEmails` plus `linesOf` would, but in slices:
 * `step(due)` returns false once `due()` says the caller's slice is spent and resumes there on the
 * next call (see `walker`); it throws when the page re-rendered the node it paused at.
 */
import { linesReader, type Due, type SkipFn } from './dom';
import { mailtoLinks, textEmails } from './scan';
import type { EmailRole, UnitCache } from './types';

export type Found = [string, EmailRole | undefined, string | undefined][];

export interface BodyRead {
  el: Element;
  lines: string[];
  /** Addresses in the order `scanEmails` reports them: texts first, then mailto: links. */
  found: Found;
  /** Set while the read is unfinished. */
  step?: (due?: Due) => boolean;
}

export function bodyReader(el: Element, skip?: SkipFn): BodyRead {
  const found: Found = [];
  const sink = { addEmail: (a: string, role?: EmailRole, name?: string) => found.push([a, role, name]) };
  const links: Element[] = [];
  // (push returns a length ≥ 1: a link is never skipped, only noted)
  const r = linesReader(el, (e, tag) => !!skip?.(e, tag) || (tag === 'A' && !links.push(e)), false, textEmails(sink));
  let k = 0;
  const u: BodyRead = { el, lines: r.lines, found };
  u.step = (due) => {
    if (!r.step(due)) return false;
    // the links in slices of their own (a page can hold thousands)
    while (k < links.length) {
      mailtoLinks(sink, links.slice(k, (k += 250)));
      if (k < links.length && due?.()) return false;
    }
    u.step = undefined;
    return true;
  };
  return u;
}

/**
 * The finished read of `el`, from `cache` under `key` when a sliced pass (the detector's `prepare`)
 * read it or began to, else read now; with `due`, it may come back unfinished (`step` set).
 * A read whose paused node left the page starts again.
 */
export function readBody(el: Element, key: string, cache?: UnitCache, skip?: () => SkipFn, due?: Due): BodyRead {
  let u = key && cache ? (cache.get(key) as BodyRead | undefined) : undefined;
  try {
    u?.step?.(due);
  } catch {
    u = undefined;
  }
  if (!u || u.el !== el) {
    u = bodyReader(el, skip?.());
    u.step!(due);
    if (key && cache) cache.set(key, u);
  }
  return u;
}
