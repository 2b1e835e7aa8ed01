/**
 * UI strings come from the browser's i18n catalogues (`public/_locales/{en,fr}`): the language follows
 * the browser's. `MessageKey` is checked against the English catalogue at compile time.
 */
import { browser } from 'wxt/browser';
type Catalog = typeof import('../public/_locales/en/messages.json');
export type MessageKey = keyof Catalog;

/**
 * The messages without substitutions, by key: a page's catalogue and language do not change while it
 * lives, and each `getMessage` crosses into the extension bindings (a keystroke's render of the list
 * asked for about thirty: a tenth of the keystroke, bench of issue 9).
 */
const plain = new Map<MessageKey, string>();

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  if (subs.length === 0) {
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = browser.i18n.getMessage(key) || key));
    return text;
  }
  const text = browser.i18n.getMessage(key, subs.map(String));
  return text || key;
}

let language: string | undefined;

export function uiLanguage(): string {
  if (language !== undefined) return language;
  try {
    return (language = browser.i18n.getUILanguage() || 'en');
  } catch {
    return 'en';
  }
}

export const isFrench = () => uiLanguage().toLowerCase().startsWith('fr');

export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat(uiLanguage(), { style: 'currency', currency }).format(cents / 100);
}

export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(new Date(y, m - 1, d));
}

export function formatInstant(ms: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
}

/** Today as a local calendar day, 'YYYY-MM-DD'. */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
