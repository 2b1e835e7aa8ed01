/**
 * The bench's 1 MB Gmail thread (scripts/detect-bench-pages.ts) is detected the same way whatever is
 * done to make detection fast: every sender and recipient, the obfuscated addresses in the bodies,
 * the open message. The expected detection was recorded before the single-pass rewrite.
 */
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import fs from 'node:fs';
import path from 'node:path';
import { detect } from '../../core/detect/registry';
import { gmailThreadPage } from '../../scripts/detect-bench-pages';

const EXPECTED = path.join(__dirname, 'bench-thread.expected.json');

describe('the bench 1 MB Gmail thread', () => {
  it('is detected as recorded', () => {
    const { html, url } = gmailThreadPage(1_000_000);
    const window = new Window({
      url,
      settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
    });
    window.document.write(html);
    const d = detect(window.document as unknown as Document, url);
    if (process.env.RECORD) fs.writeFileSync(EXPECTED, JSON.stringify(d, null, 1) + '\n');
    const expected = JSON.parse(fs.readFileSync(EXPECTED, 'utf8'));
    expect(d.emails.length).toBe(200);
    expect(d.emails.some((e) => e.address === 'compta@client3.fr')).toBe(true);
    expect(d).toEqual(expected);
  }, 60_000);
});
