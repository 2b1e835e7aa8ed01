/**
 * Sends a detection to the background (`page/detected`). Shared by the observing glue and the
 * one-shot on-demand script. Stops quietly once the extension context is invalidated.
 */
import { browser } from 'wxt/browser';
import type { Detection } from '../../core/detect/types';

// ("Extension context invalidated" included: it contains "context invalidated")
function isInvalidated(e: unknown): boolean {
  return /context invalidated|Receiving end does not exist/i.test(String((e as Error)?.message ?? e));
}

/**
 * The background accepts page URLs of at most 2,000 characters (core/detect/schema.ts): a longer one
 * (a LinkedIn search) loses its query and fragment, which matching does not need. Kept tiny: the
 * Gmail bundle is within a few bytes of its 15 KB gzip budget.
 */
const cut = (h: string) => (h.length > 2000 ? ((u) => u.origin + u.pathname)(new URL(h)) : h).slice(0, 2000);

/** What sending needs of a script's context: whether the extension was reloaded since it started. */
export interface SendContext {
  readonly isInvalid: boolean;
}

/** 'sent', 'retry' (background asleep or not ready) or 'invalid' (extension reloaded). */
export async function sendDetection(ctx: SendContext, detection: Detection): Promise<'sent' | 'retry' | 'invalid'> {
  try {
    await browser.runtime.sendMessage({
      type: 'page/detected',
      url: cut(location.href),
      detection: { ...detection, url: cut(detection.url) },
    });
    return 'sent';
  } catch (e) {
    return isInvalidated(e) && ctx.isInvalid ? 'invalid' : 'retry';
  }
}
