/**
 * The bench's Gmail-shaped 1 MB thread (scripts/detect-bench-pages.ts `gmailRealThreadPage`, issue 9):
 * 48 messages, six expanded, the others collapsed headers, each reply's history quoted and trimmed.
 * Asserted from what the generator wrote, not from a recording: every sender, every recipient of the
 * expanded messages (a collapsed header shows only its sender), the addresses of the expanded bodies and
 * signatures, none written only in the trimmed history, and the open message (the last one).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { detect } from '../../core/detect/registry';
import type { Detection } from '../../core/detect/types';
import { gmailRealThreadPage } from '../../scripts/detect-bench-pages';

const page = gmailRealThreadPage(1_000_000);
let d: Detection;

beforeAll(() => {
  const window = new Window({
    url: page.url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(page.html);
  d = detect(window.document as unknown as Document, page.url);
}, 60_000);

describe('the bench Gmail-shaped 1 MB thread', () => {
  it('is shaped as Gmail renders one: ≤ 100 messages, most collapsed, about 1 MB', () => {
    expect(page.messages.length).toBeLessThanOrEqual(100);
    const open = page.messages.filter((m) => m.expanded).length;
    expect(open).toBeGreaterThanOrEqual(4);
    expect(open).toBeLessThan(page.messages.length / 4);
    expect(page.html.length).toBeGreaterThan(900_000);
    expect(page.html.length).toBeLessThan(1_100_000);
    // the trimmed history holds most of the bytes
    const history = page.html.split('<div class="h5">').slice(1).join('').length;
    expect(history / page.html.length).toBeGreaterThan(0.7);
    expect(gmailRealThreadPage(1_000_000).html).toBe(page.html); // deterministic
  });

  it('finds every sender, the recipients of the expanded messages, and the addresses of their bodies', () => {
    const found = new Set(d.emails.map((e) => e.address));
    const expected = new Set<string>();
    for (const m of page.messages) {
      expected.add(m.from);
      if (!m.expanded) continue;
      for (const a of [...m.to, ...m.cc, ...m.bodyAddresses]) expected.add(a);
    }
    expect([...found].sort()).toEqual([...expected].sort());
    // the roles: a sender as such, an obfuscated address from the text
    const role = (a: string) => d.emails.find((e) => e.address === a)?.role;
    expect(role(page.messages.at(-1)!.from)).toBe('from');
    expect(role('suivi-23@atelier-verdier.fr')).toBe('text');
  });

  it('reads nothing from the trimmed history that is not also elsewhere', () => {
    expect(page.quotedOnly.length).toBeGreaterThan(5);
    for (const a of page.quotedOnly) {
      expect(page.html).toContain(a); // on the page, in the history only
      expect(d.emails.some((e) => e.address === a)).toBe(false);
    }
  });

  it('names the people and opens the last message', () => {
    const last = page.messages.at(-1)!;
    expect(d.message?.provider).toBe('gmail');
    expect(d.message?.from.email).toBe(last.from);
    expect(d.message?.to.map((a) => a.email)).toEqual(last.to);
    expect(d.message?.cc.map((a) => a.email)).toEqual(last.cc);
    expect(d.message?.threadId).toBe('thread-f:1793400000000000048');
    expect(d.message?.bodyText).toMatch(/^Bonjour \S+,\nPoint 1 sur /);
    expect(d.message?.bodyText).not.toContain('a écrit');
    expect(d.people.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Julien Roche', 'Sabine Kessler', 'Hugo Verdier', 'Inès Carvalho', 'Tobias Lindner']),
    );
    // the account itself is no person to add
    expect(d.people.some((p) => p.email === page.account)).toBe(false);
  });
});
