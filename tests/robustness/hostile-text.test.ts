/**
 * Robustness (issue 10, defect 3): hostile text given to the scans every content script runs. Each
 * was quadratic: the email scan deduplicated with Array.includes (8,000 addresses: 3 s), the legal-name
 * pattern backtracked over long digit runs (20,000 digits: 617 ms), registrableDomain stripped trailing
 * dots with a regex (a run of dots: seconds). Loose bounds (a loaded CI machine): linear work is a few ms.
 */
import { describe, expect, it } from 'vitest';
import { findEmails } from '../../core/detect/emails';
import { MAX_SCANNED_TEXT, textEmails } from '../../core/detect/scan';
import { findLegalNames } from '../../core/detect/text';
import { registrableDomain } from '../../core/text/domain';

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

describe('hostile text', () => {
  it('8,000 distinct addresses in one text: a capped list, in linear time', () => {
    const text = Array.from({ length: 8000 }, (_, i) => `u${i}@d${i}.fr`).join(' ');
    const { value, ms } = timed(() => findEmails(text));
    expect(value.length).toBeGreaterThan(0);
    expect(value.length).toBeLessThanOrEqual(1000);
    expect(new Set(value).size).toBe(value.length);
    expect(ms).toBeLessThan(400);
  });

  it('a text node is scanned for addresses up to MAX_SCANNED_TEXT characters, cut between words', () => {
    const found: string[] = [];
    const scan = textEmails({ addEmail: (a) => found.push(a) });
    // an address across the cut is not read as a shorter one (ann@acme.com as ann@acme.co)
    const pad = 'x '.repeat((MAX_SCANNED_TEXT - 20) / 2); // ann@acme.com spans the cut
    scan(`debut@acme.fr ${pad}ann@acme.com ${'y '.repeat(500_000)} fin@acme.fr`);
    expect(found).toEqual(['debut@acme.fr']);
  });

  it('the same address 8,000 times is found once', () => {
    const { value } = timed(() => findEmails('ann@acme.fr '.repeat(8000)));
    expect(value).toEqual(['ann@acme.fr']);
  });

  it('20,000 digits and long capitalised runs: no legal-name backtracking', () => {
    for (const text of ['1'.repeat(20_000), 'A'.repeat(20_000), `${'Ab1 '.repeat(5000)}x`]) {
      const { ms } = timed(() => findLegalNames(text));
      expect(ms, text.slice(0, 10)).toBeLessThan(150);
    }
    expect(findLegalNames('© 2024 Aubrac Menuiseries Industrie SAS au capital de 10 000 €')).toEqual([
      'Aubrac Menuiseries Industrie SAS',
    ]);
  });

  it('registrableDomain on a run of dots: linear, and trailing dots still dropped', () => {
    const dots = `a${'.'.repeat(50_000)}b`;
    expect(timed(() => registrableDomain(dots)).ms).toBeLessThan(100);
    expect(registrableDomain('www.acme.fr...')).toBe('acme.fr');
    expect(registrableDomain(`acme.fr${'.'.repeat(50_000)}`)).toBe('acme.fr');
  });
});
