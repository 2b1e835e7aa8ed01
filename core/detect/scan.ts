/** Page-wide scans shared by the detectors: emails in text and mailto links, phones in tel: links. */
import { walk, isHiddenElement, type SkipFn, qsa, clean, linesOf } from './dom';
import { findEmails, mailtoAddress } from './emails';
import type { ResultBuilder } from './result';
import type { EmailRole } from './types';
import { telNumber } from './phones';
import { looksLikePersonName } from './text';

export function isSkipped(el: Element, root: Node, skip?: SkipFn): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    if (isHiddenElement(e) || (skip && skip(e))) return true;
  }
  return false;
}

/** Addresses in visible text nodes and mailto: links under root. */
export function scanEmails(b: ResultBuilder, root: ParentNode & Node, skip?: SkipFn, textRole: EmailRole = 'text'): void {
  walk(root, (t) => {
    if (t.length >= 5 && (t.includes('@') || /[[({<]\s{0,3}(?:at|arobase)\s{0,3}[\])}>]|arobase/i.test(t))) {
      for (const a of findEmails(t)) b.addEmail(a, textRole);
    }
  }, skip);
  for (const a of qsa(root, 'a[href^="mailto:"], a[href^="MAILTO:"], a[href^="Mailto:"]')) {
    if (isSkipped(a, root, skip)) continue;
    const addr = mailtoAddress(a.getAttribute('href') ?? '');
    if (!addr) continue;
    const label = clean(a.textContent ?? '');
    b.addEmail(addr, 'mailto', looksLikePersonName(label) ? label : undefined);
  }
}

export function telLinks(root: ParentNode & Node, skip?: SkipFn): string[] {
  const out: string[] = [];
  for (const a of qsa(root, 'a[href^="tel:"], a[href^="TEL:"]')) {
    if (isSkipped(a, root, skip)) continue;
    const n = telNumber(a.getAttribute('href') ?? '');
    if (n && !out.includes(n)) out.push(clean(a.textContent ?? '') && /\d/.test(a.textContent ?? '') ? clean(a.textContent ?? '') : n);
  }
  return out;
}

export { linesOf };
