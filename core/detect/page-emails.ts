/**
 * Addresses of an ordinary web page, read the way a visitor reads them: plain text (also when a
 * hidden "anti-spam" span is inserted inside the address), obfuscated forms split over several inline
 * elements (`support <span>[at]</span> example <span>[dot]</span> eu`), Cloudflare's `data-cfemail`
 * (a documented XOR encoding), a link's `title` holding the address, and mailto: links. Code samples
 * (`pre`, `code`, `kbd`, `samp`) are not contact details.
 *
 * Fixtures note: TYPO3 pages with `javascript:linkTo_UnCryptMailto` links whose text holds a hidden
 * span; Cloudflare-protected contact pages; WordPress footers with `(at)`/`(dot)` forms.
 */
import { clean, qsa, walkSteps, type SkipFn, type Steps } from './dom';
import { findObfuscatedEmails, findPlainEmails, mailtoAddress } from './emails';
import { isSkipped, mailtoLinks, type EmailSink } from './scan';

const CODE_TAGS = /* @__PURE__ */ new Set(['PRE', 'CODE', 'KBD', 'SAMP', 'VAR']);
// An anti-spam span hidden from screen readers inside an address ("k.benali<span aria-hidden=true>.invalid</span>@…"):
// text glued to an address on both sides is no part of what a visitor reads.
const insideAddress = (el: Element): boolean => {
  const a = el.previousSibling,
    b = el.nextSibling;
  return (
    a?.nodeType === 3 &&
    b?.nodeType === 3 &&
    /\S$/.test(a.nodeValue!) &&
    /^\S/.test(b.nodeValue!) &&
    (/@[^\s@]*$/.test(a.nodeValue!) || /^[^\s@]*@/.test(b.nodeValue!))
  );
};
export const skipCode: SkipFn = (el, _tag, attrs) =>
  CODE_TAGS.has(el.tagName) || (attrs !== false && el.getAttribute('aria-hidden') === 'true' && insideAddress(el));
const MAX_PER_TEXT = 200;

// "service at pelicanbaymarine.com": a bare "at" between a mailbox and a domain with its TLD. Read only when
// the left side is a mailbox's usual name or a person-style local part ("jane.doe"), or a mail word comes just
// before ("email us: sales at …"): "look at example.com" or "we are at acme.io" stay prose.
const BARE_AT =
  /(?<![\w.@+-])([a-z0-9][a-z0-9._+-]{0,40})\s(?:at|AT)\s(?!www\.)((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}[a-z]{2,12})(?![\w@-]|\.[a-z0-9])/g;
const MAILBOX =
  /^(?:info|contact|kontakt|hello|hallo|bonjour|service|sales|support|office|admin|billing|accounts?|team|press|presse|media|jobs|careers|karriere|bookings?|reservations?|enquiries|inquiries|orders?|parts|studio|mail|post|bureau|buero|accueil|commercial|compta|rh|hr|recrutement|recruiting|bewerbung|vertrieb|verkauf|empfang|datenschutz|privacy|dpo|legal|shop|boutique|events?|marketing|partners|help|hilfe|aide)$/;
const MAIL_WORD =
  /\b(?:e-?mail|mail|courriel|write|écri(?:re|vez)|schreiben|schreibt|address|adresse|contact)\b[^.!?]{0,30}$/i;
const BRACKET_AT = /\s{0,3}[[({<]\s{0,3}(?:at|@)\s{0,3}[\])}>]\s{0,3}/gi;
const BRACKET_DOT = /\s{0,3}[[({<]\s{0,3}(?:dot|point)\s{0,3}[\])}>]\s{0,3}/gi;

/** The addresses written with a bare " at " in a text ("service at pelicanbaymarine.com"). */
export function findBareAtEmails(text: string): string[] {
  const out: string[] = [];
  if (!/\s(?:at|AT)\s/.test(text)) return out;
  const t = text.length > 20_000 ? text.slice(0, 20_000) : text;
  for (const m of t.matchAll(BARE_AT)) {
    const local = m[1]!;
    // "Our sales at makersmarket.com doubled": a determiner makes the word a noun of the sentence
    if (
      /\b(?:our|the|their|its|his|her|your|my|nos|les|ses|leurs|unsere?|die|der)\s$/i.test(
        t.slice(Math.max(0, m.index - 8), m.index),
      )
    )
      continue;
    if (!(
      MAILBOX.test(local) ||
      /^[a-z]+[._-][a-z]+$/.test(local) ||
      MAIL_WORD.test(t.slice(Math.max(0, m.index - 60), m.index))
    ))
      continue;
    for (const a of findPlainEmails(`${local}@${m[2]!}`)) if (!out.includes(a)) out.push(a);
    if (out.length >= MAX_PER_TEXT) break;
  }
  return out;
}

/** A line with its written-out addresses put back ("yard (at) x (dot) com", "service at x.com" -> "…@…"). */
export function unobfuscate(text: string): string {
  let t = text;
  if (/[[({<]\s{0,3}(?:at|@)\s{0,3}[\])}>]/i.test(t)) {
    const u = t.replace(BRACKET_AT, '@').replace(BRACKET_DOT, '.');
    if (findPlainEmails(u).length > findPlainEmails(t).length) t = u;
  }
  for (const a of findBareAtEmails(t)) {
    const [l, d] = a.split('@');
    t = t.replace(new RegExp(`${l!.replace(/[.+]/g, '\\$&')}\\s(?:at|AT)\\s${d!.replace(/\./g, '\\.')}`, 'i'), a);
  }
  return t;
}

/** Cloudflare email protection: hex, first byte the key, each next byte XOR key. '' when malformed. */
export function decodeCfEmail(hex: string): string {
  if (!/^(?:[0-9a-f]{2}){4,200}$/i.test(hex)) return '';
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) {
    const c = parseInt(hex.slice(i, i + 2), 16) ^ key;
    if (c < 32 || c > 126) return '';
    out += String.fromCharCode(c);
  }
  return out;
}

/**
 * Every address of the page under root. Texts of one element separated only by hidden elements are
 * read as one text (the hidden span inside "name@<span hidden>spam</span>domain.fr"); texts of two
 * different elements are never glued ("a@b.fr" + "Contact" is not "a@b.frContact"). In steps (see `done`).
 */
export function* scanPageEmailsSteps(
  b: EmailSink,
  root: ParentNode & Node,
  lines: readonly string[],
  skip: SkipFn = skipCode,
): Steps<void> {
  let run = '';
  const flush = () => {
    if (run.length >= 5 && run.includes('@')) {
      const found = findPlainEmails(run.length > 100_000 ? run.slice(0, 100_000) : run);
      for (const a of found.slice(0, MAX_PER_TEXT)) b.addEmail(a, 'text');
    }
    run = '';
  };
  yield* walkSteps(
    root,
    (t) => {
      run += t;
    },
    skip,
    flush,
    flush,
  );
  flush();
  yield;
  // obfuscated forms, over each visible line (inline elements joined, fields set apart)
  for (const l of lines) {
    if (l.length >= 9 && /[[({<]\s{0,3}(?:at|arobase|@)\s{0,3}[\])}>]|arobase/i.test(l)) {
      for (const a of findObfuscatedEmails(l).slice(0, MAX_PER_TEXT)) b.addEmail(a, 'text');
    }
    if (l.length >= 9 && l.length < 5000) for (const a of findBareAtEmails(l)) b.addEmail(a, 'text');
  }
  yield;
  for (const el of qsa(root, '[data-cfemail]')) {
    if (isSkipped(el, root, skip)) continue;
    const a = findPlainEmails(decodeCfEmail(el.getAttribute('data-cfemail') ?? ''))[0];
    if (a) b.addEmail(a, 'mailto');
  }
  for (const a of qsa(root, 'a[href*="email-protection#"]')) {
    if (isSkipped(a, root, skip)) continue;
    const hex = (a.getAttribute('href') ?? '').split('#')[1] ?? '';
    const addr = findPlainEmails(decodeCfEmail(hex))[0];
    if (addr) b.addEmail(addr, 'mailto');
  }
  // a link whose visible text is (part of) an address and whose title is the address
  for (const a of qsa(root, 'a[title*="@"]')) {
    if (isSkipped(a, root, skip) || !(a.textContent ?? '').includes('@')) continue;
    const addr = findPlainEmails(clean(a.getAttribute('title') ?? ''))[0];
    if (addr) b.addEmail(addr, 'mailto');
  }
  // the mailto: links (any case), a step each
  for (const a of qsa(root, 'a[href^="mailto:" i]')) {
    yield;
    if (!isSkipped(a, root, skip)) mailtoLinks(b, [a]);
  }
  // an address cut into sibling spans is one word of its line ("<span>ana</span><span>@</span>…")
  for (const l of lines)
    if (/\S@\S/.test(l)) for (const a of findPlainEmails(l).slice(0, MAX_PER_TEXT)) b.addEmail(a, 'text');
}

/** The address an element shows or links to (mailto, cfemail, title, text), or ''. */
export function elementEmail(el: Element): string {
  for (const a of qsa(el, 'a[href^="mailto:" i]')) {
    const m = mailtoAddress(a.getAttribute('href') ?? '');
    if (m) return m;
  }
  const cf = qsa(el, '[data-cfemail]')[0];
  if (cf) {
    const m = findPlainEmails(decodeCfEmail(cf.getAttribute('data-cfemail') ?? ''))[0];
    if (m) return m;
  }
  return '';
}
