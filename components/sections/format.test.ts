import { describe, expect, test } from 'vitest';
import { formatRelative } from './format';

const DAY = 86_400_000;
/** A local date at a given hour, `n` days before 2026-12-05. */
const at = (n: number, hour: number) => new Date(2026, 11, 5 - n, hour, 0, 0, 0).getTime();

describe('formatRelative counts calendar days beyond a day, whatever the hour', () => {
  test.each([
    // [days ago, hour of the event, hour now, expected]
    [30, 10, 5, 'last month'],
    [30, 10, 23, 'last month'],
    [29, 10, 5, '29 days ago'],
    [29, 1, 23, '29 days ago'],
    [2, 10, 5, '2 days ago'],
    [1, 10, 22, 'yesterday'],
  ])('%i days ago at %i:00, read at %i:00 → %s', (n, hour, nowHour, expected) => {
    expect(formatRelative(at(n, hour), at(0, nowHour))).toBe(expected);
  });

  test('within a day it counts hours and minutes', () => {
    const now = at(0, 12);
    expect(formatRelative(now - 3 * 3_600_000, now)).toBe('3 hours ago');
    expect(formatRelative(now + 5 * 60_000, now)).toBe('in 5 minutes');
  });

  test('a year and more', () => {
    expect(formatRelative(at(400, 9), at(0, 9))).toBe('last year');
    expect(formatRelative(at(0, 9) + 60 * DAY, at(0, 9))).toBe('in 2 months');
  });
});
