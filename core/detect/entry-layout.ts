/**
 * How a page lays its entries out, for the entry readers of page-structures.ts: a page's sections that are no list,
 * a list cut by tabs, an entry's shape (its tags) and its first text. Pure DOM helpers. (Moved out of
 * page-structures.ts, whole, when ondemand-contacts.js ran out of room: this module ships in ondemand-shared.js.)
 */
import { clean, qsa } from './dom';

/**
 * A page's layout, not a list: one of its blocks holds the page's only h1 (the hero's "Packaging people pick up."),
 * two others or more an h2 ("Selected work", "The studio"…). Cards that each bear an h1 are a list still, and so are
 * a site builder's modules (a title's module, then cards headed by h3).
 */
export function pageSections(blocks: Element[]): boolean {
  let h1 = 0,
    h2 = 0;
  for (const b of blocks) {
    const n = b.getElementsByTagName('H1').length;
    if ((h1 += n) > 1) return false;
    if (!n && b.getElementsByTagName('H2').length) h2++;
  }
  return h1 === 1 && h2 >= 2;
}

/** The tags of an entry, in order, when it has at most 40 elements ('' otherwise): cards of one kind share it. */
/**
 * Sibling tab panels (role=tabpanel) whose lists of entries are one list cut by tabs: each panel's list (the panel,
 * or its single-child chain down to the element holding the entries). The first panel's list maps to all the
 * panels' entries, the others and the panels' parent to none (read with it, never as entries themselves); only where a
 * panel's own list is too short to be read alone.
 */
export function tabLists(root: Element): Map<Element, Element[]> {
  const out = new Map<Element, Element[]>();
  const byParent = new Map<Element, Element[]>();
  for (const p of qsa(root, '[role=tabpanel]').slice(0, 50)) {
    if (!p.parentElement) continue;
    const g = byParent.get(p.parentElement) ?? [];
    g.push(p);
    byParent.set(p.parentElement, g);
  }
  for (const [parent, panels] of byParent) {
    if (panels.length < 2) continue;
    // (the depth of the list in a panel of two or more entries: a panel of one entry is not descended into it)
    const depthOf = (p: Element): number => {
      let d = 0;
      for (let c = p; c.childElementCount === 1 && d < 6; d++) c = c.firstElementChild!;
      return d;
    };
    const wide = panels.filter((p) => {
      let c = p;
      for (let d = depthOf(p); d > 0; d--) c = c.firstElementChild!;
      return c.childElementCount >= 2;
    });
    if (!wide.length) continue;
    const depth = Math.min(...wide.map(depthOf));
    const lists = panels.map((p) => {
      let c = p;
      for (let d = 0; d < depth && c.childElementCount === 1; d++) c = c.firstElementChild!;
      return c;
    });
    const items = lists.flatMap((c) => Array.from(c.children));
    if (items.length < 3 || lists.every((c) => c.childElementCount >= 3)) continue;
    lists.forEach((c, i) => out.set(c, i ? [] : items));
    // (the panels themselves are no list's entries: each holds several)
    out.set(parent, []);
  }
  return out;
}

export function shapeOf(el: Element): string {
  const tags: string[] = [];
  const walk = (e: Element): boolean => {
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) {
      if (tags.length >= 40) return false;
      tags.push(c.tagName);
      if (!walk(c)) return false;
    }
    return true;
  };
  return tags.length === 0 && walk(el) && tags.length ? `${el.tagName}:${tags.join(',')}` : '';
}

/** Text of the first element of an entry that holds text of its own (its heading or first field). */
export function firstLeafText(el: Element): string {
  for (const e of qsa(el, '*').slice(0, 50)) {
    if (e.children.length === 0 && clean(e.textContent ?? '').length >= 2) return clean(e.textContent ?? '');
  }
  return '';
}
