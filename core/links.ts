/**
 * The one place where a stored or page-provided value becomes an `href` (STYLE.md: "every link is
 * safe by construction"). A web link is an absolute http(s) URL and nothing else: `javascript:`,
 * `data:`, `vbscript:`, `blob:`, `file:` and relative values give no link at all (the caller shows
 * the text). `mailto:` and `tel:` links are built from an address or a number, never taken as given.
 */
import { mailtoHref, telHref } from './contacts';

export type LinkKind = 'web' | 'mailto' | 'tel';

/** Longest URL turned into a link; longer values are shown as text. */
const MAX_URL = 8192;

/** The normalised http(s) URL of `value`, or null. Control characters and whitespace inside are refused. */
export function safeWebUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s === '' || s.length > MAX_URL) return null;
  // A URL parser strips tabs and newlines ("java\nscript:"), so refuse them before parsing.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(s)) return null;
  if (!/^https?:\/\//i.test(s)) return null;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

/**
 * An `href` for a value of the given kind, or undefined (so that JSX renders no `href` attribute).
 * 'web': an http(s) URL; 'mailto': one address or a list; 'tel': a phone number as typed.
 */
export function safeHref(value: unknown, kind: LinkKind = 'web'): string | undefined {
  switch (kind) {
    case 'web':
      return safeWebUrl(value) ?? undefined;
    case 'mailto':
      if (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
        return mailtoHref(value as string | string[]) ?? undefined;
      }
      return undefined;
    case 'tel':
      // Only what a phone number is made of; anything else is shown as text.
      return typeof value === 'string' && /^[+\d\s.()\-/]+$/.test(value) ? (telHref(value) ?? undefined) : undefined;
  }
}
