/** Short dates and times for the compact views of a sheet (timeline cards, summary, My tasks), in the UI language. */
import { uiLanguage } from '../i18n';

const sameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * A card's "when": the time alone today, the day and time this year, the full day otherwise; a
 * meeting shows its end too ("14:00–15:00").
 */
export function formatWhen(ms: number, endMs?: number, now = new Date()): string {
  const d = new Date(ms);
  const lang = uiLanguage();
  const time = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' });
  const end = endMs !== undefined && sameDay(d, new Date(endMs)) ? `–${time.format(new Date(endMs))}` : '';
  if (sameDay(d, now)) return time.format(d) + end;
  const day = new Intl.DateTimeFormat(
    lang,
    d.getFullYear() === now.getFullYear()
      ? { day: 'numeric', month: 'short' }
      : { day: 'numeric', month: 'short', year: 'numeric' },
  );
  return `${day.format(d)}, ${time.format(d)}${end}`;
}

/** A span of time: "3 Mar 2025, 14:00–15:00", or both ends in full when it spans days. */
export function formatRange(startMs: number, endMs: number): string {
  const f = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  try {
    return f.formatRange(new Date(startMs), new Date(endMs));
  } catch {
    return `${f.format(new Date(startMs))} – ${f.format(new Date(endMs))}`;
  }
}

/** "3 days ago", "in 2 hours", "yesterday": the nearest unit, in the UI language. */
export function formatRelative(ms: number, now = Date.now()): string {
  const rtf = new Intl.RelativeTimeFormat(uiLanguage(), { numeric: 'auto' });
  const diff = ms - now;
  const abs = Math.abs(diff);
  const MIN = 60_000;
  const HOUR = 60 * MIN;
  const DAY = 24 * HOUR;
  if (abs < HOUR) return rtf.format(Math.round(diff / MIN), 'minute');
  if (abs < DAY) return rtf.format(Math.round(diff / HOUR), 'hour');
  // Beyond a day, count calendar days, so "30 days ago" does not turn into "last month" with the hour of the day.
  const midnight = (t: number) => new Date(t).setHours(0, 0, 0, 0);
  const days = Math.round((midnight(ms) - midnight(now)) / DAY);
  if (Math.abs(days) < 30) return rtf.format(days, 'day');
  if (Math.abs(days) < 365) return rtf.format(Math.round(days / 30), 'month');
  return rtf.format(Math.round(days / 365), 'year');
}
