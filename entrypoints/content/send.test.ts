/**
 * Issue 10, defect 9: the background refuses URLs over 2,048 characters, so a long LinkedIn search
 * URL got no detection at all. The glue cuts what it sends: the message must pass the real schema.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { messageSchema } from '../../core/messages';
import type { Detection } from '../../core/detect/types';
import { sendDetection } from './send';

const ctx = { isInvalid: false } as ContentScriptContext;
const longSearch = `https://www.linkedin.com/search/results/people/?keywords=${'directeur%20commercial%20'.repeat(150)}&origin=GLOBAL_SEARCH_HEADER&sid=abc`;

afterEach(() => vi.restoreAllMocks());

describe('sendDetection', () => {
  it('cuts a URL over 2,048 characters so that the background accepts the detection', async () => {
    expect(longSearch.length).toBeGreaterThan(3000);
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(longSearch);
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      sent.push(m);
      return undefined;
    });
    const detection: Detection = {
      url: longSearch,
      kind: 'linkedin-search',
      emails: [],
      people: [{ name: 'Ann Lee', linkedinUrl: 'https://www.linkedin.com/in/ann-lee/' }],
      companies: [],
    };
    expect(await sendDetection(ctx, detection)).toBe('sent');
    expect(sent).toHaveLength(1);
    const parsed = messageSchema.safeParse(sent[0]);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    const m = sent[0] as { url: string; detection: Detection };
    expect(m.url.startsWith('https://www.linkedin.com/search/results/people/')).toBe(true);
    expect(m.detection.kind).toBe('linkedin-search');
    expect(m.detection.people[0]).toMatchObject({
      name: 'Ann Lee',
      linkedinUrl: 'https://www.linkedin.com/in/ann-lee/',
    });
  });
});
