/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com).
 *
 * Fixtures note: written against One Outlook 2023-24 (`#ReadingPaneContainerId` role=main,
 * `[data-app-section=ConversationContainer][data-convid]`, conversation items as role=listitem with
 * aria-expanded, header rows labelled by aria-label "From:/To:/Cc:" (and their French/German forms)
 * holding addresses in `title=`, `[data-testid=SentReceivedSavedTime]`, bodies as `[role=document]`
 * with history after `#x_appendonsend`/`#x_divRplyFwdMsg`), and the message list
 * (`[role=listbox] [role=option][data-convid]`, sender `span[title=address]`). Fluent class names
 * (OZZZK, AL_OM…) are not used.
 */
import type { Detection, Detector, MailAddress, UnitCache } from './types';
import { attr, clean, first, qs, qsa, textOf, type SkipFn } from './dom';
import { readBody } from './body-read';
import { normalizeAddress, parseNameAddress } from './emails';
import { normKey, ResultBuilder } from './result';
import { hostOf } from '../text/host';
import { looksLikePersonName, parseMailDate } from './text';
import {
  altLines,
  bodyText,
  ccMarks,
  cutQuoted,
  FORWARD_SUBJECT,
  forwardHeaderPeople,
  QUOTED_FORWARD,
  finishMail,
  signatureCandidates,
  type Participant,
} from './mail-common';

const HOSTS = /^(?:outlook\.live\.com|outlook\.office\.com|outlook\.office365\.com|outlook\.cloud\.microsoft)$/;
// (2025: a header row may be labelled by the word alone, aria-label="À")
const LABEL_FROM = /^(?:from|de|von|da|van)\s?(?::|$)/i;
const LABEL_TO = /^(?:to|à|a|an|para|per|aan)\s?(?::|$)/i;
const LABEL_CC = /^cc\s?(?::|$)/i;
// a Bcc shown on the sender's copy: a participant, never the message's cc
const LABEL_BCC = /^(?:bcc|cci|cco)\s?(?::|$)/i;
// A sender shown as "Name<address>" in the header, with no label of its own
const SENDER = /^[^<>@]{2,100}<[^<>\s@]+@[^<>\s]+>$/;
const SAFETY_TIP =
  /^(?:you don't often get email from|vous n['’]obtenez pas souvent|vous ne recevez pas souvent|sie erhalten nicht oft|some people who received this message don't often)/i;

// the account button's label: "Account manager for Jane Roe", "Compte Gestionnaire pour …", "Kontoverwaltung für …"
const ME = /(?:account|compte|konto)\S*\s(?:\S+\s)?(?:for|pour|für)\s(.+)$/i;

const REPLY_FROM = /^(?:from|de|von|da|van)\s?:$/i;
const HISTORY_ID =
  /(?:^|_)(?:appendonsend|divRplyFwdMsg|OLK_SRC_BODY_SECTION|mail-editor-reference-message-container)$/;
// Quoted history: from the first reply marker on, every element is skipped (a fresh state per read:
// a sliced read keeps its own between slices). In a forward (subject "FW:", "TR :", "WG:") the first header
// opens the forwarded message, which is read; the next one starts its history.
const historySkip = (): SkipFn => {
  let stopped = false,
    forward: boolean | undefined,
    kept: Element | undefined;
  return (el) => {
    if (stopped) return true;
    const id = el.id;
    // (ids scrambled: the reply header itself, a block opening on a bold "From:" label)
    const f = el.firstChild;
    const header = f?.nodeName === 'B' && REPLY_FROM.test(textOf(f as Element));
    if (!header && !(id && HISTORY_ID.test(id)))
      return el.tagName === 'BLOCKQUOTE' || el.classList.contains('gmail_quote');
    if (kept?.contains(el)) return false;
    if ((forward ??= FORWARD_SUBJECT.test(subjectOf(el.closest('[role=main]') ?? el.ownerDocument))) && !kept) {
      if (header || /divRplyFwdMsg$/.test(id)) {
        // (a header whose subject is itself a forward's quotes the forward: a reply to it, history)
        if (QUOTED_FORWARD.test(textOf(el))) return (stopped = true);
        kept = el;
      }
      return false;
    }
    return (stopped = true);
  };
};

/** The conversation's subject in the reading pane. */
function subjectOf(pane: ParentNode): string {
  const el = first(pane, [
    '[role=heading][aria-level="2"] [title]',
    '[role=heading][aria-level="2"]',
    '[role=heading]',
  ]);
  return attr(el, 'title') || textOf(el);
}

function addressesIn(el: Element, cc?: MailAddress[]): MailAddress[] {
  const out: MailAddress[] = [];
  const holders = qsa(el, '[title*="@"]');
  // one line labelled "An: X; Cc: Y": what follows the inline "Cc:" goes to `cc` when asked
  const marks = cc ? ccMarks(el, holders) : [];
  for (const [i, t] of holders.entries()) {
    const email = normalizeAddress(attr(t, 'title').replace(/^mailto:/i, ''));
    if (!email || out.some((a) => a.email === email) || cc?.some((a) => a.email === email)) continue;
    const text = clean(t.textContent ?? '');
    const parsed = parseNameAddress(text);
    const name = parsed?.name ?? (text && !text.includes('@') ? text : '');
    if (marks[i] === 2) continue;
    (marks[i] === 1 ? cc! : out).push(name ? { name, email } : { email });
  }
  if (!holders.length) {
    const p = parseNameAddress(textOf(el));
    if (p) out.push(p);
  }
  return out;
}

function labelled(root: Element, re: RegExp): Element[] {
  const body = qs(root, '[role=document]');
  const rows = qsa(root, '[aria-label]').filter((e) => re.test(attr(e, 'aria-label')) && e.tagName !== 'BUTTON');
  // (2025: a header row opening on its label, an element or bare text: "À: <span title=address>…")
  return rows.length
    ? rows
    : qsa(root, '[title*="@"]')
        .map((t) => t.parentElement!)
        .filter((r, i, all) => {
          const lead = [...r.childNodes].find((n) => n.nodeType === 1 || n.nodeValue!.trim());
          return (
            all.indexOf(r) === i &&
            !body?.contains(r) &&
            !!lead &&
            re.test(textOf(lead)) &&
            !(lead as Element).hasAttribute?.('title')
          );
        });
}

/** The header's sender: a "From:"-labelled row, else (2025) an element outside the body reading "Name<address>". */
function senderOf(item: Element): Element | undefined {
  const body = qs(item, '[role=document]');
  return (
    labelled(item, LABEL_FROM)[0] ??
    qsa(item, 'span, div').find((e) => !body?.contains(e) && !e.contains(body) && SENDER.test(textOf(e)))
  );
}

function isDraft(item: Element): boolean {
  if (qs(item, '[contenteditable="true"], [role=textbox], textarea')) return true;
  return (
    /^\[?(?:draft|brouillon|entwurf)\]?\b/i.test(textOf(qs(item, '[data-testid=DraftLabel], .draftLabel'))) ||
    (/\b(?:draft|brouillon|entwurf)\b/i.test(attr(item, 'aria-label').replace(/^email message$/i, '')) &&
      !attr(item, 'aria-label').toLowerCase().startsWith('email'))
  );
}

const itemKey = (item: Element) => attr(item, 'data-convitem-id') || attr(qs(item, '[data-item-id]'), 'data-item-id');

/** The reading pane, its conversation items and the open one (the last expanded, sent item with a body). */
function openOf(doc: Document): { pane: Element | null; items: Element[]; open?: Element | null } {
  let pane = first(doc, [
    '#ReadingPaneContainerId',
    '[data-app-section=ConversationContainer]',
    '[role=main][aria-label*="Reading" i]',
    '[role=main]',
  ]);
  // (ids scrambled: the block around the first body that holds the subject heading)
  for (let el = pane ? null : qs(doc, '[role=document]'); el && !pane; el = el.parentElement)
    if (qs(el, '[role=heading]')) pane = el;
  // a pane closed early (a stray end tag) leaves the message after it: the block that holds both
  const body = pane && !qs(pane, '[role=document]') && qs(doc, '[role=document]');
  while (body && pane && !pane.contains(body)) pane = pane.parentElement;
  const items = pane
    ? qsa(pane, '[role=listitem]').filter(
        (i) => (i.getAttribute('aria-expanded') !== null || qs(i, '[role=document]')) && !i.closest('[role=listbox]'),
      )
    : [];
  let open = [...items]
    .reverse()
    .find(
      (i) =>
        (i.getAttribute('aria-expanded') === 'true' || !!qs(i, '[role=document]')) &&
        !isDraft(i) &&
        qs(i, '[role=document]'),
    );
  // a lone message is not always a list item (nor is a body always inside its item): the block around
  // the body that holds a sender
  for (
    let el = open || !pane ? null : qs(pane, '[role=document]')?.parentElement;
    el && !open;
    el = el === pane ? null : el.parentElement
  ) {
    if (senderOf(el) && !isDraft(el)) open = el;
  }
  return { pane, items, open };
}

function detect(doc: Document, url: URL, cache?: UnitCache): Detection {
  const { pane, items, open } = openOf(doc);
  const account =
    normalizeAddress(textOf(qs(doc, '#meInitialsButton .ms-hidden, [id*=meInitials] [class*=hidden]'))) ||
    normalizeAddress(
      /\(([^()\s]+@[^()\s]+)\)/.exec(
        attr(qs(doc, '#meInitialsButton, [aria-label*="@"][id*=me]'), 'aria-label'),
      )?.[1] ?? '',
    ) ||
    // (the folder pane's root: the signed-in mailbox)
    normalizeAddress(attr(qs(doc, '[role=tree] [role=treeitem][aria-level="1"][title*="@"]'), 'title'));
  const b = new ResultBuilder(url.href, open ? 'outlook-message' : 'outlook-list');
  if (account) {
    b.exclude.add(account);
    b.exclude.add(hostOf(account) ?? account);
  }
  const participants: Participant[] = [];
  const names = new Map<string, string>();
  const note = (a: MailAddress) => {
    if (a.name && (!names.get(a.email) || looksLikePersonName(a.name))) names.set(a.email, a.name);
    if (!participants.some((p) => p.email === a.email)) participants.push(a);
  };

  let bodyL: string[] = [],
    body: Element | null = null;
  if (open && pane) {
    const fromEl = senderOf(open);
    const from = fromEl ? addressesIn(fromEl)[0] : undefined;
    const cc: MailAddress[] = [];
    const to = labelled(open, LABEL_TO).flatMap((el) => addressesIn(el, cc));
    for (const el of labelled(open, LABEL_CC))
      for (const a of addressesIn(el)) if (!cc.some((x) => x.email === a.email)) cc.push(a);
    for (const a of [...(from ? [from] : []), ...to, ...cc]) note(a);
    if (from) b.addEmail(from.email, 'from', from.name);
    for (const a of to) b.addEmail(a.email, 'to', a.name);
    for (const a of cc) b.addEmail(a.email, 'cc', a.name);
    for (const a of labelled(open, LABEL_BCC).flatMap((el) => addressesIn(el))) {
      note(a);
      b.addEmail(a.email, 'to', a.name);
    }
    const subject = subjectOf(pane);
    body = qs(open, '[role=document]');
    const read = body ? readBody(body, itemKey(open), cache, historySkip) : { lines: [], found: [] };
    bodyL = cutQuoted(
      read.lines.filter((l) => !SAFETY_TIP.test(l) && !/^learn why this is important$/i.test(l)),
      FORWARD_SUBJECT.test(subject),
    );
    if (body) bodyL.push(...altLines(body, historySkip()));
    for (const [a, role, name] of read.found) b.addEmail(a, role, name);
    // (a forwarded message's header names its sender and recipients: correspondents too)
    forwardHeaderPeople(bodyL).forEach(note);
    const convId =
      attr(
        pane.closest('[data-convid]') ?? qs(pane, '[data-convid]') ?? (pane.hasAttribute('data-convid') ? pane : null),
        'data-convid',
      ) || decodeURIComponent(/\/id\/([^/?#]+)/.exec(url.pathname)?.[1] ?? '');
    const timeEl = qs(open, '[data-testid=SentReceivedSavedTime]');
    const lang = doc.documentElement.getAttribute('lang') ?? '';
    const dayFirst =
      !/^en-us$/i.test(lang) &&
      !(
        /^en$|^$/i.test(lang) &&
        /\d{1,2}\/\d{1,2}\/\d{4}\s+\d{1,2}:\d{2}\s*[AP]M/i.test(attr(timeEl, 'title') || textOf(timeEl))
      );
    if (from) {
      b.message = {
        provider: 'outlook',
        threadId: convId.slice(0, 300),
        subject: subject.slice(0, 2000),
        from,
        to,
        cc,
        date: parseMailDate(attr(timeEl, 'title') || textOf(timeEl), dayFirst),
        bodyText: bodyText(bodyL),
      };
      const mid = attr(open, 'data-convitem-id') || attr(qs(open, '[data-item-id]'), 'data-item-id');
      if (mid) b.message.messageId = mid.slice(0, 300);
    }
  }
  // collapsed items of the conversation and the message list: their senders are correspondents too
  // (a row closed early by a stray end tag leaves the next rows outside the list: rows keep their data-convid)
  const list = qs(doc, '[role=listbox]');
  const rows = new Set(list ? [...qsa(list, '[role=option]'), ...qsa(doc, '[role=option][data-convid]')] : []);
  for (const root of [...items.filter((i) => i !== open), ...rows]) {
    for (const a of addressesIn(root).slice(0, 3)) {
      note(a);
      b.addEmail(a.email, undefined, a.name);
    }
  }
  // an earlier message left expanded above the open one: its signer's signature is read too
  const bodies = bodyL.length ? [{ lines: bodyL, el: body }] : [];
  for (const i of items) {
    const el = i !== open && i.getAttribute('aria-expanded') !== 'false' && !isDraft(i) && qs(i, '[role=document]');
    if (el) bodies.push({ lines: cutQuoted(readBody(el, itemKey(i), cache, historySkip).lines), el });
  }
  // the signed-in user shown by name only ("Account manager for Jane Roe", the title "Mail - Jane Roe - Outlook"):
  // the participant of that name is the account, their domain the user's own firm
  if (!account) {
    const me = normKey(
      qsa(doc, '[role=banner] [aria-label]')
        .map((x) => ME.exec(attr(x, 'aria-label'))?.[1])
        .find(Boolean) ??
        / - (.+) - Outlook$/.exec(doc.title)?.[1] ??
        '',
    );
    const a = me && participants.find((p) => normKey(names.get(p.email) ?? '') === me)?.email;
    if (a) {
      b.exclude.add(a);
      b.exclude.add(hostOf(a) ?? a);
    }
  }
  const signatures = bodies.length ? signatureCandidates(b, bodies, participants) : [];
  return finishMail(b, participants, names, signatures);
}

export const outlookDetector: Detector = {
  id: 'outlook',
  matches: (url) => HOSTS.test(url.hostname),
  detect,
  // the open message's body, read over several tasks when it is big (issue 10)
  // (the open item is looked for once per pass, again only if the page removed it: on 50,000 elements
  // each lookup costs milliseconds)
  prepare(doc, cache, from, _count, due) {
    let at = from ? (cache.get('') as [Element | null | undefined, string] | undefined) : undefined;
    if (!at?.[0]?.isConnected) {
      const { open } = openOf(doc);
      cache.set('', (at = [open && qs(open, '[role=document]'), open ? itemKey(open) : '']));
    }
    const [body, key] = at;
    return body && key && readBody(body, key, cache, historySkip, due).step ? 1 : -1;
  },
  unitOf(node) {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const item = el?.closest('[role=listitem]');
    return item ? itemKey(item) || undefined : undefined;
  },
};
