/**
 * vCard 4.0 (RFC 6350) for contacts: serialize (FN, N, EMAIL, TEL;TYPE=work/cell, ORG, TITLE, URL,
 * PHOTO as a data URI) and parse, tolerant of vCard 3.0 (TYPE=CELL, PHOTO;ENCODING=b, bare type
 * parameters). Lines are folded at 75 octets of UTF-8, never inside a character; text is escaped
 * (backslash, comma, semicolon, newline). Pure.
 */

import { foldLine } from '../text/fold-line';
import { safeWebUrl } from '../links';

export interface VcardContact {
  firstName: string;
  lastName: string;
  emails: string[];
  phone: string;
  mobile: string;
  org: string;
  title: string;
  linkedinUrl?: string;
  /** `data:image/jpeg;base64,...` */
  photoDataUri?: string;
}

// eslint-disable-next-line no-control-regex -- control characters are what this drops
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** RFC 6350 §3.4: backslash, comma, semicolon and newlines escaped in text values. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL, '');
}

/**
 * A contact photo as a data URI: raster images only (an SVG can hold script), base64 only. Null for
 * anything else, so that such a photo is neither written nor read.
 */
export function rasterPhotoUri(uri: string): string | null {
  const m = /^data:image\/(png|jpeg|jpg|gif|webp);base64,([A-Za-z0-9+/=\s]+)$/i.exec(uri.trim());
  if (!m) return null;
  const type = m[1]!.toLowerCase() === 'jpg' ? 'jpeg' : m[1]!.toLowerCase();
  return `data:image/${type};base64,${m[2]!.replace(/\s+/g, '')}`;
}

/** A URL property value: an http(s) URL only, with the characters that separate values escaped. */
function urlValue(url: string): string | null {
  const safe = safeWebUrl(url);
  return safe === null ? null : safe.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

export function unescapeText(s: string): string {
  return s.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits on a separator not preceded by a backslash (components of N, ORG), then unescapes each part. */
export function splitEscaped(s: string, sep: ';' | ','): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) {
      cur += c + s[i + 1];
      i++;
    } else if (c === sep) {
      out.push(unescapeText(cur));
      cur = '';
    } else cur += c;
  }
  out.push(unescapeText(cur));
  return out;
}

/** Joins folded lines back (CRLF or LF followed by a space or a tab). */
export function unfold(text: string): string[] {
  return text
    .replace(/\r\n|\r/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n')
    .filter((l) => l.trim() !== '');
}

export function serializeVcard(c: VcardContact): string {
  const fn = `${c.firstName} ${c.lastName}`.trim() || c.emails[0] || c.org || '-';
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escapeText(fn)}`,
    `N:${escapeText(c.lastName)};${escapeText(c.firstName)};;;`,
  ];
  if (c.org) lines.push(`ORG:${escapeText(c.org)}`);
  if (c.title) lines.push(`TITLE:${escapeText(c.title)}`);
  c.emails.forEach((e, i) => lines.push(`EMAIL;TYPE=work${i === 0 ? ';PREF=1' : ''}:${escapeText(e)}`));
  if (c.phone) lines.push(`TEL;TYPE=work,voice:${escapeText(c.phone)}`);
  if (c.mobile) lines.push(`TEL;TYPE=cell:${escapeText(c.mobile)}`);
  const url = c.linkedinUrl ? urlValue(c.linkedinUrl) : null;
  if (url) lines.push(`URL;TYPE=work:${url}`);
  const photo = c.photoDataUri ? rasterPhotoUri(c.photoDataUri) : null;
  if (photo) lines.push(`PHOTO:${photo}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export const serializeVcards = (cs: readonly VcardContact[]) => cs.map(serializeVcard).join('');

interface ContentLine {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

/** "item1.TEL;TYPE=CELL,VOICE;PREF=1:+33…" → name TEL, params, value. Quoted parameter values may hold ; and :. */
export function parseContentLine(line: string): ContentLine | null {
  let i = 0;
  let quoted = false;
  let colon = -1;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const head = line.slice(0, colon);
  const value = line.slice(colon + 1);
  const pieces: string[] = [];
  let cur = '';
  quoted = false;
  for (const c of head) {
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) {
      pieces.push(cur);
      cur = '';
    } else cur += c;
  }
  pieces.push(cur);
  const name = (pieces[0] ?? '').replace(/^[^.]*\./, '').toUpperCase();
  const params = new Map<string, string[]>();
  for (const p of pieces.slice(1)) {
    const eq = p.indexOf('=');
    // vCard 2.1/3.0 bare parameters ("TEL;CELL:") are types.
    const key = eq < 0 ? 'TYPE' : p.slice(0, eq).toUpperCase();
    const raw = eq < 0 ? p : p.slice(eq + 1);
    const values = raw
      .split(',')
      .map((v) => v.replace(/^"|"$/g, '').trim())
      .filter(Boolean);
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return { name, params, value };
}

const types = (l: ContentLine) => (l.params.get('TYPE') ?? []).map((t) => t.toLowerCase());

export type VcardParseResult =
  { ok: true; contacts: VcardContact[] } | { ok: false; error: { code: 'no-vcard' | 'unterminated'; card: number } };

/** Every vCard of a file (4.0, 3.0 tolerated). Unknown properties are ignored. */
export function parseVcards(text: string): VcardParseResult {
  const lines = unfold(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const contacts: VcardContact[] = [];
  let cur: VcardContact | null = null;
  let fn = '';
  for (const raw of lines) {
    const l = parseContentLine(raw);
    if (!l) continue;
    if (l.name === 'BEGIN' && l.value.trim().toUpperCase() === 'VCARD') {
      if (cur) return { ok: false, error: { code: 'unterminated', card: contacts.length + 1 } };
      cur = { firstName: '', lastName: '', emails: [], phone: '', mobile: '', org: '', title: '' };
      fn = '';
      continue;
    }
    if (!cur) continue;
    switch (l.name) {
      case 'END':
        if (!cur.firstName && !cur.lastName && fn) {
          const parts = fn.trim().split(/\s+/);
          cur.lastName = parts.length > 1 ? parts.pop()! : '';
          cur.firstName = parts.join(' ');
        }
        contacts.push(cur);
        cur = null;
        break;
      case 'FN':
        fn = unescapeText(l.value);
        break;
      case 'N': {
        const [last = '', first = ''] = splitEscaped(l.value, ';');
        cur.lastName = last.trim();
        cur.firstName = first.trim();
        break;
      }
      case 'EMAIL': {
        const e = unescapeText(l.value)
          .trim()
          .replace(/^mailto:/i, '')
          .toLowerCase();
        if (e && !cur.emails.includes(e)) cur.emails.push(e);
        break;
      }
      case 'TEL': {
        const v = unescapeText(l.value).trim().replace(/^tel:/i, '');
        const t = types(l);
        if (t.includes('cell') || t.includes('mobile')) cur.mobile ||= v;
        else if (!t.includes('fax')) cur.phone ||= v;
        break;
      }
      case 'ORG':
        cur.org = (splitEscaped(l.value, ';')[0] ?? '').trim();
        break;
      case 'TITLE':
        cur.title = unescapeText(l.value).trim();
        break;
      case 'URL':
      case 'X-SOCIALPROFILE': {
        const v = unescapeText(l.value.trim());
        if (/linkedin\.com\//i.test(v)) cur.linkedinUrl ??= v;
        break;
      }
      case 'PHOTO': {
        const v = l.value.trim();
        // Raster images only: an SVG photo is dropped (it can hold script).
        if (/^data:/i.test(v)) {
          const photo = rasterPhotoUri(v);
          if (photo) cur.photoDataUri = photo;
        } else {
          const enc = (l.params.get('ENCODING') ?? []).map((x) => x.toLowerCase());
          if (enc.includes('b') || enc.includes('base64')) {
            const type = (types(l)[0] ?? 'jpeg').replace(/^image\//, '');
            const photo = rasterPhotoUri(`data:image/${type};base64,${v}`);
            if (photo) cur.photoDataUri = photo;
          }
        }
        break;
      }
    }
  }
  if (cur) return { ok: false, error: { code: 'unterminated', card: contacts.length + 1 } };
  if (contacts.length === 0) return { ok: false, error: { code: 'no-vcard', card: 0 } };
  return { ok: true, contacts };
}
