/**
 * Gmail (mail.google.com): the open thread or the inbox list.
 *
 * Fixtures note: written against Gmail's 2023-24 thread view (thread container `div.a98.iY`,
 * `role=list/listitem` messages with `aria-expanded`, `h2.hP[data-thread-perm-id][data-legacy-thread-id]`,
 * `span.gD[email][name]` senders, `.hb` recipient line, the hidden details table `.ajA.SK table.ajC`,
 * `span.g3[title]` dates, bodies in `div.a3s` with trimmed history in `.adL/.h5/.gmail_quote`), the
 * 2014 and 2023 inbox lists (`tr.zA`, `span.zF/.yP[email][name]`), and InboxSDK's selectors.
 * Stable signals first: `email=`/`name=` attributes, `data-message-id`, `data-thread-perm-id`,
 * ARIA roles and the details table's own labels; Gmail's short class names only as fallbacks.
 */
import type { Detection, Detector, EmailRole, MailAddress, UnitCache } from './types';
import { attr, clean, first, linesReader, qs, qsa, textOf, type Due, type SkipFn } from './dom';
import { isContactAddress, normalizeAddress } from './emails';
import { MAX, ResultBuilder } from './result';
import { hostOf } from '../text/host';
import { memo } from '../text/memo';
import { mailtoLinks, textAddresses } from './scan';
import { looksLikePersonName, parseMailDate } from './text';
import {
  addDomainCompany,
  addressList,
  bodyText,
  ccMarks,
  cutQuoted,
  forwardHeaderPeople,
  FORWARD_SUBJECT,
  FORWARDED,
  finishMail,
  isSenderPerson,
  signatureCandidates,
  signatureIndex,
  type Participant,
} from './mail-common';

// Trimmed/quoted history inside a Gmail body (2012-2025 markup).
const QUOTE_CLASS =
  /(?:^|\s)(?:gmail_quote|gmail_attr|adL|h5|yj6qo|moz-cite-prefix|yahoo_quoted|gmail_extra_quote)(?:\s|$)/;
// A quote block's head (its first text, often a whole paragraph) naming a forward: memoised by the text, which
// every pass reads again (the unanchored regex scans all of it).
const forwardHead = /* @__PURE__ */ memo((t) => FORWARDED.test(t));
// Only ever called by walk (linesOf), which hands the tag name and whether there are attributes.
const skipQuoted: SkipFn = (el, tag, attrs) => {
  // (a styled quote of an HTML mail's own, no class nor type, is content: a relayed message, a newsletter's citation)
  if (tag === 'BLOCKQUOTE')
    return !attrs || !el.hasAttribute('style') || el.hasAttribute('class') || el.hasAttribute('type');
  if (!attrs) return false;
  const cl = el.getAttribute('class');
  // (a forward is Gmail's quote block too, but it is content: its head says so)
  if (cl && QUOTE_CLASS.test(cl))
    return !forwardHead(el.firstChild?.nodeValue ?? el.firstElementChild?.firstChild?.nodeValue ?? '');
  const id = el.id;
  return !!id && /(?:^|_)(?:divRplyFwdMsg|appendonsend|OLK_SRC_BODY_SECTION)$/.test(id);
};

// (a regex of a loop is a constant: a literal is a new object each time it is evaluated)
const LABEL_END = /[\s:：]+$/g;
const LABEL_FROM = /^(?:from|de|von|da|van|od|från|fra)$/;
const LABEL_TO = /^(?:to|à|a|an|para|per|aan|till|til|do)$/;
const LABEL_CC = /^(?:cc|kopie|copie)$/;
const LABEL_BCC = /^(?:bcc|cci|cco|bkopie)$/;
// A details-table row's kind from its label cell's text (memoised: every message repeats the same few labels).
const rowKind = /* @__PURE__ */ memo((text): '' | 'from' | 'to' | 'cc' | 'bcc' => {
  const label = text.toLowerCase().replace(LABEL_END, '').trim();
  return LABEL_FROM.test(label)
    ? 'from'
    : LABEL_TO.test(label)
      ? 'to'
      : LABEL_CC.test(label)
        ? 'cc'
        : LABEL_BCC.test(label)
          ? 'bcc'
          : '';
});

function accountOf(doc: Document): string {
  const m = /\s-\s([^\s@]+@[^\s]+)\s-\s/.exec(doc.title);
  if (m) return normalizeAddress(m[1]!);
  for (const a of qsa(doc, '[role=banner] [aria-label*="@"], header [aria-label*="@"]')) {
    const x = /\(([^()\s]+@[^()\s]+)\)/.exec(attr(a, 'aria-label'));
    if (x) return normalizeAddress(x[1]!);
  }
  return '';
}

function addressOf(el: Element): MailAddress | null {
  const email = normalizeAddress(el.getAttribute('email') ?? '');
  if (!email) return null;
  // (the text may give the whole name the attribute shortens: name="Rodrigo" for "Rodrigo Ferreira")
  const text = clean(el.textContent ?? ''),
    short = attr(el, 'name');
  const name = short && !(text.startsWith(short + ' ') && text.length < 60) ? short : text;
  return name && !name.includes('@') ? { name, email } : { email };
}

/** Best display name per address: a real name beats "me"/"moi"/a first name. */
function bestName(names: Map<string, string>, a: MailAddress): void {
  const cur = names.get(a.email);
  // (the same name again changes nothing: most are)
  if (!a.name || cur === a.name) return;
  if (
    !cur ||
    (!looksLikePersonName(cur) && looksLikePersonName(a.name)) ||
    (looksLikePersonName(a.name) && a.name.length > cur.length)
  ) {
    names.set(a.email, a.name);
  }
}

/** Drafts inside a thread: editable body, compose form, or a `msg-a:r…` draft id. */
const DRAFT_MARKS = [
  'form',
  'textarea',
  '.bxy',
  '[contenteditable="true"]',
  '[g_editable="true"]',
  '[role=textbox]',
  '[data-draft-id]',
];

// One single-selector query per kind, each stopping at its first match: a selector list or a
// descendant selector is matched selector by selector on every element of the message (issue 9: ten
// times slower), so one of those runs only once its rightmost simple selector has found an element.
// A kind the thread holds nowhere (`has`) is not looked for in each message.
const DRAFT_ID = /msg-a:r/;
const SENT_ID = /^#?msg-f:/;
const DRAFT_LABEL = /^(?:draft|brouillon|entwurf|borrador|bozza)$/i;
function isDraft(container: Element, has: Has, id = container.getAttribute('data-message-id')): boolean {
  if (id && DRAFT_ID.test(id)) return true;
  for (let i = 0; i < DRAFT_MARKS.length; i++) if (has(DRAFT_MARKS[i]!) && qs(container, DRAFT_MARKS[i]!)) return true;
  if (has('.ag') && qs(container, '.ag') && qs(container, '.ae4 .ag')) return true;
  // (the first in document order of the two)
  const label =
    (has('.boq') && qs(container, '.boq')) || (has('font[color]') && qs(container, 'font[color]'))
      ? qs(container, 'h3 .boq, h3 font[color]')
      : null;
  return !!label && DRAFT_LABEL.test(textOf(label));
}

/**
 * Whether a message may hold an element matching a selector: false once the thread is known to hold none
 * (issue 9: most kinds of draft mark and of address holder are in no message, and looking for each in each
 * message cost one query per kind and message). The thread is asked once per pass, after the first few
 * messages (a pass after a change reads one or two: one query of the whole thread would cost it more).
 */
type Has = (selector: string) => boolean;
function threadHas(main: Element): Has {
  // (a main inside a list item: a message's list item may reach out of it, so every kind may be there)
  if (main.closest('[role=listitem]')) return () => true;
  const seen = new Map<string, boolean | number>();
  return (s) => {
    const v = seen.get(s) ?? 0;
    if (typeof v === 'boolean') return v;
    if (v < 8) {
      seen.set(s, v + 1);
      return true;
    }
    // a tag or a class first through main's live collection of it (the browser keeps its first element
    // until the DOM changes), then the selector
    const k = /^(\.?)([\w-]+)/.exec(s);
    const has =
      (!k || !!(k[1] ? main.getElementsByClassName(k[2]!) : main.getElementsByTagName(k[2]!))[0]) &&
      (k?.[0] === s || !!qs(main, s));
    seen.set(s, has);
    return has;
  };
}

function messageDate(m: Element, dayFirst: boolean): string {
  // (in document order up to the first that gives a date: a list query matched every element of the open message, its
  // quoted history included; each of the selectors asks for a title)
  // (a live collection read in order, never asked its length: the browser walks only as far as it is read)
  const all = m.getElementsByTagName('*');
  for (let i = 0, el = all[0]; el; el = all[++i]) {
    if (
      !el.hasAttribute('title') ||
      !el.matches('.g3[title], span[title][role=gridcell], span[title][alt], td span[title]')
    )
      continue;
    const d = parseMailDate(attr(el, 'title'), dayFirst);
    if (d) return d;
  }
  for (const el of qsa(m, 'tr')) {
    const cells = qsa(el, 'td');
    if (cells.length >= 2 && /^(?:date|datum|fecha)\s?:?$/i.test(textOf(cells[0]))) {
      const d = parseMailDate(textOf(cells[1]), dayFirst);
      if (d) return d;
    }
  }
  // (class names scrambled: a titled span that reads as a date)
  for (const el of qsa(m, 'span[title]')) {
    const d = parseMailDate(attr(el, 'title'), dayFirst);
    if (d) return d;
  }
  return '';
}

interface Header {
  from?: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  all: MailAddress[];
}

const FROM_SELECTORS = ['.gD[email]', 'h3 [email]', '[email][data-hovercard-id]', '[email]'];

/** The header of a message from its address holders, table rows and jid/hovercard elements (document order). */
// (plain loops, no closures: run for every message of every pass, most of it before the engine optimises it)
// The list with a new address at its end; a first address makes a list of one (a push on an empty array gives it room
// for 17: most header lists hold one or two, for every message of every pass).
function addNew(list: MailAddress[], a: MailAddress | null): MailAddress[] {
  if (!a) return list;
  if (!list.length) return [a];
  for (let i = 0; i < list.length; i++) if (list[i]!.email === a.email) return list;
  list.push(a);
  return list;
}

// A cell's row: its parent most often (a cell outside a row only in a page built by script).
const rowOf = (td: Element) => {
  const p = td.parentElement;
  return p?.tagName === 'TR' ? p : td.closest('tr');
};

// r: the message (its rows read), or (one) the message itself, a row without rows inside
function readHeader(r: Element, one: boolean, holders: Element[], ids: Element[], body: Element | null): Header {
  // each holder's address, read once
  const n = holders.length;
  const all: (MailAddress | null)[] = new Array(n);
  for (let i = 0; i < n; i++) all[i] = addressOf(holders[i]!);
  const h: Header = { to: [], cc: [], all: [] };
  let labelled = false;
  // the details table labels each row (de/à/cc…): the only place where To and Cc are told apart. The rows read are
  // those without rows inside and with two cells or more, by their first cell, in document order: found from the
  // message's cells, among which a row without rows inside has its cells one after another (issue 9: two queries per
  // row cost more than the rest of the header, the quoted history's signature tables holding hundreds of rows of one
  // cell).
  const tds = r.getElementsByTagName('td');
  let prev: Element | null = null,
    run = 0;
  for (let c = 0; c < tds.length; c++) {
    const row = rowOf(tds[c]!);
    run = row === prev ? run + 1 : 1;
    prev = row;
    // (its second cell: the row once)
    if (run !== 2 || !row || (one ? row !== r : row === r || !r.contains(row)) || qs(row, 'tr')) continue;
    const kind = rowKind(textOf(tds[c - 1]));
    if (!kind) continue;
    labelled = true;
    let held = false;
    for (let i = 0; i < n; i++) {
      const a = all[i];
      if (!a || !row.contains(holders[i]!)) continue;
      held = true;
      if (kind === 'from') h.from ??= a;
      else if (kind !== 'bcc') h[kind] = addNew(h[kind], a);
    }
    // a row whose addresses are plain text ("Name <a@b.fr>, c@d.fr"): read them from its value cell
    if (!held && (kind === 'to' || kind === 'cc')) {
      const cells = row.getElementsByTagName('td');
      for (const a of addressList(textOf(cells[cells.length - 1]))) h[kind] = addNew(h[kind], a);
    }
  }
  // the first holder matching the first selector that any matches
  for (let k = 0; !h.from && k < FROM_SELECTORS.length; k++) {
    const s = FROM_SELECTORS[k]!;
    let i = 0;
    while (i < n && !holders[i]!.matches(s)) i++;
    if (i === n) continue;
    h.from = all[i] ?? undefined;
    break;
  }
  if (!labelled) {
    // the recipient line (.hb; without it, 2025-12: the header's holders other than the sender's h3),
    // split at an inline "cc:" label
    let rcpt = holders.filter((el) => el.matches('.hb [email], [data-recipients] [email]'));
    // (a cc beside the recipient line, in its parent: "an mich, cc Camille …")
    const wide = rcpt[0]?.closest('.hb, [data-recipients]')?.parentElement;
    if (wide && !qs(wide, 'h3') && !body?.contains(wide) && !wide.contains(body))
      rcpt = holders.filter((el, i) => rcpt.includes(el) || (wide.contains(el) && all[i] !== h.from));
    // (the sender's holder is not a recipient, in an h3 or not)
    if (!rcpt.length)
      rcpt = holders.filter(
        (el, i) => !el.closest('h3') && !body?.contains(el) && !el.hasAttribute('jid') && all[i] !== h.from,
      );
    const line =
      (rcpt.length > 1 && wide) ||
      rcpt[0]?.closest('.hb, [data-recipients]') ||
      rcpt[0]?.parentElement?.closest('div, td');
    const marks = line ? ccMarks(line, rcpt) : [];
    rcpt.forEach((el, i) => {
      const a = all[holders.indexOf(el)]!;
      if (marks[i] === 1) h.cc = addNew(h.cc, a);
      else if (marks[i] !== 2) h.to = addNew(h.to, a);
    });
  }
  // (most often every holder has an address: their list as it is)
  let k = 0;
  while (k < n && all[k]) k++;
  if (k === n) h.all = all as MailAddress[];
  else for (let i = 0; i < n; i++) if (all[i]) h.all.push(all[i]!);
  for (const el of ids) {
    const email = normalizeAddress(el.getAttribute('jid') ?? el.getAttribute('data-hovercard-id') ?? '');
    if (email) h.all.push({ email, name: attr(el, 'data-name') || undefined });
  }
  return h;
}

/** What one message contributes, memoised per message id between incremental runs. */
interface Unit {
  m: Element;
  /** Where its header and body are read: m, or its list item when m holds no address. */
  r: Element;
  aria: string | null;
  body: Element | null;
  expanded: boolean;
  draft: boolean;
  header: Header;
  lines?: string[];
  /** The body's lines before cutQuoted cut them: a forward's thread reads them again (an Outlook-style header). */
  raw?: string[];
  index?: Map<string, number>;
  found?: [string, EmailRole | undefined, string | undefined][];
  /** Resumes a body read paused between two slices (see prepare); unset once the unit is read. */
  step?: (due?: Due) => boolean;
}

const unitKey = (m: Element) => m.getAttribute('data-message-id') || m.getAttribute('data-legacy-message-id') || '';

/** Elements of `m` (itself included: it may be below its list item) matching one simple selector, in document order. */
function within(m: Element, self: boolean, selector: string, rare = false): Element[] {
  // (a rare kind is looked for first: a query that stops at its first match, most often none)
  const found = rare && !qs(m, selector) ? [] : qsa(m, selector);
  if (self && m.matches(selector)) found.unshift(m);
  return found;
}

/**
 * Two lists of elements in document order merged into one in document order, an element in both once: what a query of
 * both selectors as a list gives (issue 9: a selector list is matched selector by selector on every element of the
 * message, its quoted history included; merging the two lists costs a comparison per element found).
 */
function inOrder(a: Element[], b: Element[]): Element[] {
  const out: Element[] = [];
  let i = 0,
    j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!,
      y = b[j]!;
    if (x === y) j++;
    // (an ancestor precedes its descendants: FOLLOWING is set for a descendant too)
    else if (!(x.compareDocumentPosition(y) & 4)) {
      out.push(y);
      j++;
      continue;
    }
    out.push(x);
    i++;
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

const firstWithin = (m: Element, self: boolean, selector: string): Element | null =>
  self && m.matches(selector) ? m : qs(m, selector);

// 2025-12: without Gmail's body classes (.a3s/.ii), an open (or not collapsed) message's body is the largest block beside
// its header: up from the sender's h3, the first sibling with text and no address holder.
const HIDDEN = /display\s*:\s*none/i;
function bodyByShape(m: Element): Element | null {
  // (no h3: up from the first address holder, the sender's)
  for (let el = qs(m, 'h3') ?? qs(m, '[email]'); el && el !== m && el.parentElement; el = el.parentElement) {
    let best: Element | null = null,
      len = 40;
    for (const c of el.parentElement.children) {
      // (the header's hidden details table, "de : / à : / date :", is no body)
      const n = c === el || HIDDEN.test(c.getAttribute('style') ?? '') ? 0 : (c.textContent ?? '').length;
      if (n > len) {
        best = c;
        len = n;
      }
    }
    // (another message's header holds an address; a newsletter's body has its own h3 headings)
    if (best && !qs(best, '[email], [data-hovercard-id]')) return best;
  }
  return null;
}

function readUnit(m: Element, has: Has, cache?: UnitCache, due?: Due): Unit {
  const container = m.closest('[role=listitem]') ?? m;
  const aria = container.getAttribute('aria-expanded');
  // (unitKey, with the data-message-id kept for isDraft)
  const mid = m.getAttribute('data-message-id');
  const id = mid || m.getAttribute('data-legacy-message-id') || '';
  const key = cache && id;
  const hit = key ? (cache!.get(key) as Unit | undefined) : undefined;
  if (hit && hit.m === m && hit.aria === aria)
    try {
      hit.step?.(due);
      return hit;
    } catch {
      // the page re-rendered the part a paused read was in: read the message again
    }
  // what the header, the body lookup and the draft check read: single-selector queries (see isDraft)
  const self = container !== m;
  // (a message closed early by a stray end tag, its header and body left after it in its list item)
  let holders = qsa(m, '[email]');
  const r = self && !holders.length ? container : m;
  if (r !== m) holders = qsa(r, '[email]');
  if (self && r.hasAttribute('email')) holders.unshift(r);
  const at = (s: string) => (has(s) ? firstWithin(r, self, s) : null);
  const body = at('.a3s') ?? at('.ii.gt') ?? at('[data-message-body]') ?? (aria !== 'false' ? bodyByShape(r) : null);
  const expanded = aria === 'true' || (!!body && clean(body.textContent ?? '').length > 0);
  const jids = has('[jid]') ? within(r, self, '[jid]', true) : [];
  const cards = has('[data-hovercard-id*="@"]') ? within(r, self, '[data-hovercard-id*="@"]', true) : [];
  const ids = !jids.length ? cards : !cards.length ? jids : inOrder(jids, cards);
  // (m itself, a row, counts only without rows inside)
  const header = readHeader(r, self && r.tagName === 'TR' && !qs(r, 'tr'), holders, ids, body);
  // (a sent message is no draft for the reply box below it in its list item)
  const draft = SENT_ID.test(id) ? isDraft(m, has, mid) : isDraft(container, has);
  const u: Unit = { m, r, aria, body, expanded, draft, header };
  if (expanded && body && !u.draft) {
    const found: Unit['found'] = [];
    // Once a message has given MAX distinct contact addresses, the result is full (ResultBuilder
    // keeps MAX): its other addresses change nothing, and its texts are not scanned (issue 10).
    const kept = new Set<string>();
    const addEmail = (a: string, role?: EmailRole, name?: string) => {
      // (found addresses are normalised already; one found again without a name would change nothing)
      if (kept.has(a) ? name : kept.size < MAX && (!isContactAddress(a) || kept.add(a))) found.push([a, role, name]);
    };
    // one walk for the lines, the addresses in them and the mailto: links (reported after the texts')
    const links: Element[] = [];
    const skip: SkipFn = (el, tag, attrs) => skipQuoted(el, tag, attrs) || (tag === 'A' && !links.push(el)); // (push returns a length ≥ 1: never skips)
    // (what textEmails does, without a sink object and a closure of its own per message)
    const r = linesReader(body, skip, false, (t) => {
      if (kept.size >= MAX) return;
      const at = textAddresses(t);
      for (let i = 0; i < at.length; i++) addEmail(at[i]!, 'text');
    });
    let walked = false,
      k = 0;
    u.step = (due) => {
      // the walk, then (in slices of their own when the walk's was spent) the mailto: links, reported
      // after the texts' (an open message can hold thousands), and what is read from the lines
      if (!walked) {
        if (!r.step(due)) return false;
        walked = true;
        if (due?.()) return false;
      }
      while (k < links.length) {
        mailtoLinks({ addEmail }, links.slice(k, (k += 250)));
        if (k < links.length && due?.()) return false;
      }
      u.lines = cutQuoted(r.lines);
      if (u.lines.length < r.lines.length) u.raw = r.lines;
      u.index = signatureIndex(u.lines);
      u.found = found;
      u.step = undefined;
      return true;
    };
    u.step(due);
  }
  if (key) cache!.set(key, u);
  return u;
}

// A promoted row: Gmail's ad classes, else (2025-12, class names change) its "Ad"/"Annonce"/"Anzeige" label.
const AD_LABEL = /^(?:ad|annonce|anzeige|werbung|sponsored|sponsoris[ée]e?|gesponsert)$/i;
const isAdRow = (r: Element) =>
  !!(r.closest('.am0, .bvA') || qs(r, '.am0, .bvA')) ||
  qsa(r, '[aria-label], span').some(
    (e) => AD_LABEL.test(attr(e, 'aria-label')) || (!e.children.length && AD_LABEL.test(textOf(e))),
  );

// (a main closed early by a stray end tag holds no address: the page is read whole)
const mainOf = (doc: Document, m = qs(doc, '[role=main]')) =>
  m && qs(m, '[email]') ? m : (doc.body ?? doc.documentElement);
const messagesOf = (main: Element) => {
  // the outermost: in document order, a message inside another follows the last outermost one, inside it
  let top: Element | null = null;
  const ms = main.closest('[data-message-id]')
    ? []
    : qsa(main, '[data-message-id]').filter((m) => !top?.contains(m) && !!(top = m));
  // 2025-12: a thread whose messages lack data-message-id (markup change) is still a list of
  // role=listitem messages, each with its sender in an h3 [email]
  if (ms.length) return ms;
  const items = qsa(main, '[role=listitem]').filter((m) => !m.parentElement?.closest('[role=listitem]'));
  const h3 = items.filter((m) => qs(m, 'h3 [email]'));
  // (nor an h3: inside a thread's container, the list items holding an address)
  return h3.length || !qs(main, '[data-thread-perm-id]') ? h3 : items.filter((m) => qs(m, '[email]'));
};

function detect(doc: Document, url: URL, cache?: UnitCache): Detection {
  const main = mainOf(doc);
  const heading = first(doc, [
    'h2[data-thread-perm-id]',
    'h2[data-legacy-thread-id]',
    '[role=main] h2.hP',
    'h2.hP',
    // (the thread's ids on its container, not on its heading)
    '[data-thread-perm-id] h2',
  ]);
  const messages = messagesOf(main);
  const isThread = !!heading || messages.length > 0;
  const subjectEl = heading ?? (messages.length ? qs(main, 'h2') : null);
  const b = new ResultBuilder(url.href, isThread ? 'gmail-thread' : 'gmail-inbox');
  const account = accountOf(doc);
  if (account) {
    b.exclude.add(account);
    b.exclude.add(hostOf(account) ?? account);
  }
  // (not en-US…, not plain en)
  const dayFirst = !/^en(?:-us|$)/i.test(doc.documentElement.getAttribute('lang') ?? '');
  const names = new Map<string, string>();

  if (!isThread) {
    // inbox rows: addresses live only in email= attributes (span.zF / span.yP)
    const rows = qsa(main, 'tr').filter((r) => qs(r, '[email]'));
    const holders = rows.length ? rows.flatMap((r) => (isAdRow(r) ? [] : qsa(r, '[email]'))) : qsa(main, '[email]');
    // a sender whose name is no person's and whose rows repeat one subject three times: a platform's notices
    // ("Une mission pourrait vous intéresser", "Neue Jobs für Sie"), no correspondent (the lists of other tabs and
    // folders, kept hidden, count: the rows with a thread id)
    const seen = new Map<string, number>(),
      bulk = new Set<string>();
    for (const t of qsa(doc, 'tr [data-thread-id]')) {
      const r = t.closest('tr')!,
        a = addressOf(qs(r, '[email]') ?? r),
        k = a && !isSenderPerson(a.name) && a.email + '\n' + textOf(t);
      if (k) seen.set(k, (seen.get(k) ?? 0) + 1);
      if ((seen.get(k || '') ?? 0) > 2) bulk.add(a!.email);
    }
    for (const el of holders) {
      const a = addressOf(el);
      if (!a || bulk.has(a.email)) continue;
      bestName(names, a);
      b.addEmail(a.email, undefined, undefined);
    }
    for (const e of b.emails) {
      const n = names.get(e.address);
      if (n) e.name = n;
      if (isSenderPerson(n)) b.addPerson({ name: n, email: e.address });
      addDomainCompany(b, e.address);
    }
    return b.build();
  }

  const has = threadHas(main);
  const items = messages.map((m) => readUnit(m, has, cache));

  const participants: Participant[] = [];
  const bodies: Parameters<typeof signatureCandidates>[1] = [];
  // (in a forward's thread, a "From: … Sent: …" header with no "Forwarded message" line opens the forwarded message)
  const forward = FORWARD_SUBJECT.test(textOf(subjectEl));
  // (index loops: no closure per message, no iterator object per step before the engine optimises this code)
  const addAll = (list: MailAddress[], role?: EmailRole) => {
    for (let i = 0; i < list.length; i++) b.addEmail(list[i]!.email, role);
  };
  const noteAll = (list: MailAddress[]) => {
    for (let i = 0; i < list.length; i++) bestName(names, list[i]!);
  };
  for (let n = 0; n < items.length; n++) {
    const it = items[n]!;
    const h = it.header;
    if (it.draft) continue;
    if (h.from) bestName(names, h.from);
    noteAll(h.to);
    noteAll(h.cc);
    noteAll(h.all);
    if (h.from) b.addEmail(h.from.email, 'from');
    if (it.expanded) {
      addAll(h.to, 'to');
      addAll(h.cc, 'cc');
    }
    addAll(h.all);
    if (forward && it.raw) {
      it.lines = cutQuoted(it.raw, true);
      it.index = signatureIndex(it.lines);
      it.raw = undefined;
    }
    if (it.lines && it.found) {
      bodies.push({ lines: it.lines, index: it.index, el: it.body });
      const fwd = forwardHeaderPeople(it.lines);
      for (let i = 0; i < fwd.length; i++) participants.push(fwd[i]!);
      for (let i = 0; i < it.found.length; i++) {
        const f = it.found[i]!;
        b.addEmail(f[0], f[1], f[2]);
      }
    }
  }
  for (const e of b.emails) {
    const n = names.get(e.address);
    if (n && !e.name && !/^(?:me|moi|ich|yo|io)$/i.test(n)) e.name = n;
  }

  // the open message: the last expanded, sent (non-draft) one
  const open = [...items].reverse().find((it) => it.expanded && !it.draft && it.header.from);
  if (open && open.header.from) {
    const h = open.header;
    const fix = (a: MailAddress): MailAddress => {
      const n = names.get(a.email);
      return n && looksLikePersonName(n)
        ? { name: n, email: a.email }
        : a.name && !/^(?:me|moi)$/i.test(a.name)
          ? a
          : { email: a.email };
    };
    const ids = heading?.closest('[data-thread-perm-id], [data-legacy-thread-id]') ?? null;
    let threadId = attr(heading, 'data-thread-perm-id') || attr(ids, 'data-thread-perm-id');
    if (!threadId || threadId === 'undefined')
      threadId = attr(heading, 'data-legacy-thread-id') || attr(ids, 'data-legacy-thread-id');
    if (!threadId) threadId = /#[^/]+\/([A-Za-z0-9]{10,})/.exec(url.hash)?.[1] ?? '';
    const subject = textOf(subjectEl) || doc.title.replace(/\s-\s[^\s]+@[^\s]+\s-\s.*$/, '').trim();
    const lines = open.lines ?? [];
    const messageId =
      (open.m.getAttribute('data-message-id') ?? '').replace(/^#/, '') ||
      open.m.getAttribute('data-legacy-message-id') ||
      undefined;
    b.message = {
      provider: 'gmail',
      threadId: threadId.slice(0, 300),
      subject: subject.slice(0, 2000),
      from: fix(h.from!),
      to: h.to.map(fix),
      cc: h.cc.map(fix),
      date: messageDate(open.r, dayFirst),
      bodyText: bodyText(lines),
    };
    if (messageId) b.message.messageId = messageId.slice(0, 300);
  }

  const people: Participant[] = [];
  for (const e of b.emails) people.push({ email: e.address, name: names.get(e.address) ?? e.name });
  for (const p of participants) {
    // (a forward header names an address the body gave without a name)
    (people.find((q) => q.email === p.email) ?? people[people.push(p) - 1]!).name ??= p.name;
    if (p.name) bestName(names, { email: p.email, name: p.name });
  }
  const signatures = signatureCandidates(b, bodies, people);
  return finishMail(b, people, names, signatures);
}

export const gmailDetector: Detector = {
  id: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com',
  detect,
  prepare(doc, cache, from, count, due) {
    const main = mainOf(doc);
    const messages = messagesOf(main);
    const has = threadHas(main);
    const end = Math.min(from + count, messages.length);
    for (let i = from; i < end; i++) {
      const m = messages[i]!;
      // a message without an id has no memo entry to resume from: read it whole
      if (readUnit(m, has, cache, unitKey(m) ? due : undefined).step) return i; // paused inside it
      if (i + 1 < end && due?.()) return i + 1;
    }
    return end < messages.length ? end : -1;
  },
  // a change inside a message (or its list item) invalidates that message only
  unitOf(node) {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    let m = el?.closest('[data-message-id]') ?? el?.closest('[role=listitem]')?.querySelector('[data-message-id]');
    for (
      let up = m?.parentElement?.closest('[data-message-id]');
      up;
      up = up.parentElement?.closest('[data-message-id]')
    )
      m = up;
    return m ? unitKey(m) || undefined : undefined;
  },
};
