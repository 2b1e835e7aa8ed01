/**
 * Shared by the webmail detectors: quoted-history cut-off, body text, signatures of participants.
 */
import { looksLikePersonName } from './text';
import { isFreemailDomain } from './freemail';
import { hostOf } from '../text/host';
import { parseNameAddress } from './emails';
import type { ResultBuilder } from './result';
import { MAX, normKey } from './result';
import type { Detection, SignatureCandidate } from './types';
import { memo } from '../text/memo';
import { attr, clean, qsa, type SkipFn } from './dom';

/**
 * A company for a correspondent's email domain, unless free-mail, excluded or already known. Not a
 * ResultBuilder method: only the webmail detectors use it, so the on-demand bundle leaves it out.
 */
export function addDomainCompany(b: ResultBuilder, address: string): void {
  const domain = hostOf(address);
  if (!domain || isFreemailDomain(domain) || b.exclude.has(domain)) return;
  if (b.index.has('d:' + domain)) return;
  b.addCompany({ name: domain, domain });
}

// Reply headers that start quoted history in a plain body: "Le mar. 12 mars 2024 à 18:02, X <x@y> a écrit :",
// "On Tue, Apr 9, 2024 at 7:51 AM X <x@y> wrote:", "Am … schrieb …:", "-----Original Message-----".
const REPLY_HEADER =
  /^(?:le\s.{4,200}\sa\s[ée]crit\s?:|on\s.{4,200}\swrote\s?:|am\s.{4,200}\sschrieb\s.{0,120}:|el\s.{4,200}\sescribi[óo]\s?:|il\s.{4,200}\sha\sscritto\s?:|-{2,}\s?(?:original message|message d'origine|ursprüngliche nachricht|mensaje original)\s?-{2,})/i;
const HEADER_FROM = /^(?:from|de|von|da|van)\s?:\s?\S/i;
const HEADER_SENT = /^(?:sent|envoyé|gesendet|enviado|inviato|date|datum)\s?:\s?\S/i;

// A sender's display name that opens on a trade or shop word ("Bäckerei Sommerfeld", "Fleurs de Loire",
// "Atelier Morin", "Holzhandel Peters", "Ferienhof Lenz") names the business behind a shared mailbox (info@,
// contact@), not a person.
const TRADE =
  /^(?:\p{L}+erei|\p{L}+(?:handel|hof|markt|laden)|fleurs|boulangerie|boucherie|menuiserie|plomberie|imprimerie|librairie|pharmacie|garage|atelier|cabinet|traiteur|restaurant|h[oô]tel)\s/iu;

/** A display name of a correspondent that is a person's. */
export const isSenderPerson = (n: string | undefined): n is string => !!n && looksLikePersonName(n) && !TRADE.test(n);

/**
 * The end of a webmail detection (Gmail's and Outlook's alike): each participant whose best display name is a
 * person's as a person, a company for each correspondent's domain, and the signature candidates.
 */
export function finishMail(
  b: ResultBuilder,
  people: Participant[],
  names: Map<string, string>,
  signatures: SignatureCandidate[],
): Detection {
  for (const p of people) {
    const n = names.get(p.email) ?? p.name;
    if (isSenderPerson(n)) b.addPerson({ name: n, email: p.email });
  }
  for (const e of b.emails) addDomainCompany(b, e.address);
  const d = b.build();
  if (signatures.length) d.signatures = signatures;
  return d;
}

/** A forward's header line ("---------- Forwarded message ---------", "Weitergeleitete Nachricht"…). */
export const FORWARDED = /(?:forwarded|transf[ée]r[ée]|weitergeleitet|reenviado|inoltrato)/i;

/** A forward's subject: "Fwd:", "FW:", "TR :" (French), "WG:" (German), "RV:" (Spanish), "I:" (Italian). */
export const FORWARD_SUBJECT = /^(?:fwd?|tr|wg|rv|i)\s?:/i;
/** A header's subject line naming a forward: the header quotes the forward (a reply to it), not what it forwarded. */
export const QUOTED_FORWARD =
  /(?:^|\s)(?:subject|objet|betreff|oggetto|asunto|onderwerp)\s?:\s?(?:fwd?|tr|wg|rv|i)\s?:/im;

/**
 * Body lines with quoted history removed (forwarded messages are kept: they are content). In a forward
 * (`forward`: its subject says so) the first "From: … Sent: …" header opens the forwarded message, not a quote
 * (unless its own subject is a forward's: a reply's history quoting the forward).
 */
export function cutQuoted(lines: string[], forward = false): string[] {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (REPLY_HEADER.test(l)) return lines.slice(0, i);
    if (HEADER_FROM.test(l) && lines.slice(i + 1, i + 3).some((x) => HEADER_SENT.test(x))) {
      const prev = lines.slice(Math.max(0, i - 2), i).join(' ');
      if (!FORWARDED.test(prev) && !(forward && !lines.slice(i + 1, i + 7).some((x) => QUOTED_FORWARD.test(x))))
        return lines.slice(0, i);
      forward = false;
    }
  }
  return lines;
}

export function bodyText(lines: string[]): string {
  const t = lines.join('\n');
  return t.length > 100_000 ? t.slice(0, 100_000) : t;
}

// An inline recipient label in a To line: "à moi, X cc : Y", "to me, X, cc: Y", "An: X; Cc: Y".
const CC_LABEL = /(?:^|[\s,;])(cc|kopie|copie|bcc|cci|cco|bkopie)\s?:?\s*$/i;

/**
 * For each of `els` (address holders inside one recipient `line`, in document order): 0 before any
 * label, 1 after an inline "cc:" label, 2 after "bcc:"/"cci:". Text inside the holders is not read.
 */
export function ccMarks(line: Element, els: Element[]): number[] {
  const marks = new Map<Element, number>();
  const w = line.ownerDocument.createTreeWalker(line, 5); // elements and text
  let mode = 0,
    inside: Element | null = null;
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    if (inside && inside.contains(n)) continue;
    inside = null;
    if (n.nodeType === 1) {
      if (els.includes(n as Element)) {
        marks.set(n as Element, mode);
        inside = n as Element;
      }
    } else {
      const m = CC_LABEL.exec(n.nodeValue ?? '');
      if (m) mode = /^(?:bcc|cci|cco|bkopie)$/i.test(m[1]!) ? 2 : 1;
    }
  }
  return els.map((e) => marks.get(e) ?? 0);
}

export interface Participant {
  name?: string;
  email: string;
}

// (regexes of hot loops are constants: a literal is a new object each time it is evaluated)
// A forward header's fields (FR/EN/DE/ES/IT/NL): its sender opens it, To and Cc follow within a few lines.
const FORWARD_FROM = /^(?:from|de|von|da|van)\s?:\s?(.{3,1000})$/i;
const FORWARD_TO = /^(?:to|[àa]|an|para|aan|cc|kopie|copie)\s?:\s?(.{3,1000})$/i;
// one address per entry: entries end after an address ("A <a@x>, B <b@y>"), not at a name's comma ("Lacaze, Jérôme <j@x>")
const ENTRY_END = /(?<=>|@[\w.-]+)\s*[,;]\s*/;

/** People named in forward headers inside a body: `De : "Hannah Schmidt" <hannah@…>`, its To and Cc lines. */
export function forwardHeaderPeople(lines: string[]): Participant[] {
  const out: Participant[] = [];
  let header = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const from = FORWARD_FROM.exec(l);
    if (from) header = i + 8;
    const m = from ?? (i <= header ? FORWARD_TO.exec(l) : null);
    if (!m) continue;
    out.push(...addressList(m[1]!));
  }
  return out;
}

/** The addresses of a plain-text list: "Name <a@b.fr>, c@d.fr; "Lacaze, Jérôme" <j@x.fr>" (at most 20, normalised). */
export function addressList(text: string): Participant[] {
  const out: Participant[] = [];
  for (const e of text.split(ENTRY_END).slice(0, 20)) {
    const p = parseNameAddress(e);
    if (p) out.push(p);
  }
  return out;
}

// (and a German signing authority: "i. A. Svenja Hoffmann", "i.V.", "ppa.")
const TITLE = /^(?:dr\.?|prof\.?|mr\.?|mrs\.?|ms\.?|m\.|mme|i\.\s?[av]\.|ppa?\.)\s+/i;
const SEP = /\s?[|,·–—-]\s/;

// The name keys of one line (the exact line, or the part before a separator), memoised by the line: a
// thread's bodies repeat their lines (quoted history, signatures) and are read again on every pass.
const nameKeys = /* @__PURE__ */ memo((raw) => {
  const keys: string[] = [];
  // (a title starts with d, p, m or i; a separator that counts starts within 70 characters and is at
  // most 3 long: the regexes read no further)
  const c = raw.charCodeAt(0) | 32;
  const t = c === 100 || c === 112 || c === 109 || c === 105 ? raw.replace(TITLE, '') : raw;
  const sep = SEP.exec(t.length > 73 ? t.slice(0, 73) : t);
  // a name is ≤ 60 characters: a longer line can only be "name | title…" (keyed by its head)
  if (t.length <= 70) keys.push(normKey(t));
  if (sep && sep.index <= 70) keys.push(normKey(t.slice(0, sep.index)));
  return keys;
});

/** Where each possible name line is (exact line, or the part before a separator): built once per body. */
export function signatureIndex(lines: string[]): Map<string, number> {
  const at = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.length > 200) continue;
    const keys = nameKeys(lines[i]!);
    for (let k = 0; k < keys.length; k++) at.set(keys[k]!, i);
  }
  return at;
}

/**
 * Finds each participant's possible signature in body lines (a line that is, or starts with, their name)
 * and keeps it as a candidate (the name line's tail and the lines under it): the background reads title,
 * company, phones and legal ids from it (./interpret.ts), so the content scripts carry no signature parser.
 * Linear in lines + participants per body: participants are looked up from the body's name lines,
 * never the other way round (a long thread has hundreds of both).
 */
export function signatureCandidates(
  b: ResultBuilder,
  bodies: { lines: string[]; index?: Map<string, number>; el?: Element | null }[],
  participants: Participant[],
): SignatureCandidate[] {
  const out: SignatureCandidate[] = [];
  const byName = new Map<string, number[]>();
  participants.forEach((p, n) => {
    if (!p.name) return;
    const k = normKey(p.name);
    const list = byName.get(k);
    if (list) list.push(n);
    else byName.set(k, [n]);
  });
  if (!byName.size) return out;
  for (const { lines, index, el } of bodies) {
    const at = index ?? signatureIndex(lines);
    const found: number[] = [];
    for (const key of at.keys()) {
      const ns = byName.get(key);
      if (ns) found.push(...ns);
    }
    found.sort((x, y) => x - y);
    for (const n of found) {
      const p = participants[n]!;
      const i = at.get(normKey(p.name!));
      // (the user's own signature tells nothing of a correspondent)
      if (i === undefined || !looksLikePersonName(p.name!) || b.exclude.has(p.email) || out.length >= MAX) continue;
      const c: SignatureCandidate = {
        name: p.name!,
        email: p.email,
        first: lines[i]!.slice(lines[i]!.toLowerCase().indexOf(p.name!.toLowerCase()) + p.name!.length),
        lines: lines.slice(i + 1, i + 11).map((l) => l.slice(0, 2000)),
      };
      const li = el && signerLinkedin(el, lines.slice(i, i + 8));
      if (li) c.linkedinUrl = li;
      if (b.exclude.has(hostOf(p.email) ?? '')) c.own = true;
      out.push(c);
    }
  }
  return out;
}

/**
 * The signer's LinkedIn profile: the first /in/ link of the body (outside quoted history) whose text
 * ("LinkedIn", the name, the URL) is on the signature's lines.
 */
function signerLinkedin(el: Element, sig: string[]): string | undefined {
  const text = sig.join('\n').toLowerCase();
  // (the links through the body's live collection of them, by their href: a selector of a tag and an attribute is
  // matched on every element of the body, its quoted history included; issue 9)
  const links = el.getElementsByTagName('a');
  for (let i = 0, a = links[0]; a; a = links[++i]) {
    if (!a.getAttribute('href')?.includes('linkedin.com/in/')) continue;
    const t = clean(a.textContent ?? '').toLowerCase();
    if (t && text.includes(t) && !a.closest('blockquote')) return linkedinHref(a.getAttribute('href')!);
  }
  return undefined;
}

/**
 * normalizeLinkedinUrl (core/text/linkedin.ts) without a base, in fewer bytes for the mail content
 * scripts: the same canonical URL for every input (core/text/linkedin-href.test.ts proves it on the
 * normalizer's cases and on generated hrefs), undefined where it gives null.
 */
export function linkedinHref(href: string): string | undefined {
  try {
    const u = new URL(href.trim().replace(/^(?![a-z][a-z0-9+.-]*:|\/)/i, 'https://'), 'https://www.linkedin.com/');
    const m =
      /^https?:$/.test(u.protocol) &&
      /(?:^|\.)linkedin\.com$/.test(u.hostname) &&
      /^\/(in|company|school|showcase)\/([^/]+)/i.exec(u.pathname);
    const slug = m && encodeURIComponent(decodeURIComponent(m[2]!).toLowerCase());
    if (slug && slug.length <= 200) return `https://www.linkedin.com/${m[1]!.toLowerCase()}/${slug}/`;
  } catch {
    // not a URL, or a malformed percent-encoding: no profile
  }
  return undefined;
}

// an image standing for a signature, its alt text "Name – Title – Firm – phone" (3 pieces or more)
const SIG_ALT = /^[^–|·•]{3,60}(?:\s[–|·•-]\s[^–|·•]{2,80}){2,6}$/;

/**
 * The lines an image-only signature shows (its alt text, one piece a line), for the images of the body a
 * reading keeps (`skip`, a fresh history skip: quoted history left out).
 */
export function altLines(body: Element, skip: SkipFn): string[] {
  const out: string[] = [];
  // (the images through the body's live collection: a selector is matched on every element of a long thread)
  const imgs = body.getElementsByTagName('img');
  let any = false;
  for (let i = 0, im = imgs[0]; im && !any; im = imgs[++i]) any = SIG_ALT.test(attr(im, 'alt'));
  if (!any) return out;
  let hid: Element | undefined;
  for (const el of qsa(body, '*')) {
    if (hid?.contains(el)) continue;
    if (skip(el, el.tagName)) hid = el;
    else if (el.tagName === 'IMG' && SIG_ALT.test(attr(el, 'alt'))) out.push(...attr(el, 'alt').split(/\s[–|·•-]\s/));
  }
  return out;
}
