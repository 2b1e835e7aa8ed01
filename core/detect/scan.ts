/** Page-wide scans shared by the detectors: emails in text and mailto links, phones in tel: links. */
import { walk, isHiddenElement, type SkipFn, qsa, clean } from './dom';
import { findEmails, mailtoAddress } from './emails';
import { memo } from '../text/memo';
import type { EmailRole } from './types';
import { looksLikePersonName } from './text';

export function isSkipped(el: Element, root: Node, skip?: SkipFn): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    if (isHiddenElement(e) || (skip && skip(e))) return true;
  }
  return false;
}

/** Where scanEmails reports: a ResultBuilder, or a recorder whose calls are replayed later. */
export interface EmailSink {
  addEmail(raw: string, role?: EmailRole, name?: string): unknown;
}

/**
 * Characters of one text node scanned for addresses (issue 10: a 1 MB text node took one 100 ms
 * task). A text written by a person is far shorter; past this, a node is a dump (a log, a data
 * blob) whose first 100,000 characters give the addresses worth keeping. Cut between words.
 */
export const MAX_SCANNED_TEXT = 100_000;

// The addresses of a text, memoised by the text (a thread repeats its quoted paragraphs message after
// message, and a page's texts are read again on every pass). Pure, bounded: exact; never mutated.
const emailsOf = /* @__PURE__ */ memo((t) => findEmails(t));

/** The addresses of one text node (its first MAX_SCANNED_TEXT characters, cut at a space): never mutated. */
export function textAddresses(t: string): readonly string[] {
  if (t.length > MAX_SCANNED_TEXT) t = t.slice(0, t.lastIndexOf(' ', MAX_SCANNED_TEXT) + 1 || MAX_SCANNED_TEXT);
  return emailsOf(t);
}

/** A text-node callback that reports the addresses of each text (for walk, or linesOf's onText). */
export function textEmails(b: EmailSink, textRole: EmailRole = 'text'): (t: string) => void {
  return (t) => {
    const found = textAddresses(t);
    for (let i = 0; i < found.length; i++) b.addEmail(found[i]!, textRole);
  };
}

/** Addresses of mailto: links under root, with the link text as name when it is a person's. */
export function mailtoEmails(b: EmailSink, root: ParentNode & Node, skip?: SkipFn): void {
  mailtoLinks(
    b,
    qsa(root, 'a[href^="mailto:"], a[href^="MAILTO:"], a[href^="Mailto:"]').filter((a) => !isSkipped(a, root, skip)),
  );
}

/** Addresses of links already found visible (a walk's links), those with a mailto: href. */
export function mailtoLinks(b: EmailSink, links: Element[]): void {
  for (const a of links) {
    const addr = mailtoAddress(a.getAttribute('href') ?? '');
    if (!addr) continue;
    const label = clean(a.textContent ?? '');
    b.addEmail(addr, 'mailto', looksLikePersonName(label) ? label : undefined);
  }
}

/** Addresses in visible text nodes and mailto: links under root. */
export function scanEmails(b: EmailSink, root: ParentNode & Node, skip?: SkipFn, textRole: EmailRole = 'text'): void {
  walk(root, textEmails(b, textRole), skip);
  mailtoEmails(b, root, skip);
}
