/**
 * The content scripts' context, in place of WXT's ContentScriptContext (wxt.config.ts resolves
 * `wxt/utils/content-script-context` to this file in their builds): the same behaviour for what they use
 * of it (observe.ts: isInvalid, onInvalidated, setTimeout, addEventListener with 'wxt:locationchange'),
 * without what they never call (setInterval, requestAnimationFrame, requestIdleCallback, block, signal,
 * a logger): ~330 B gzip of each 15 KB budget. As WXT's, with the same event names and messages (so an
 * update stops the previous release's copy, and the reverse): a newer copy of the same script in the page
 * invalidates this one, and so does the extension's reload (no runtime id); invalidation clears its
 * timeouts and listeners. context.test.ts runs each case against both.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';

/** An event name unique to the extension and this content script (WXT's getUniqueEventName). */
const unique = (name: string) => `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:${name}`;
const STARTED = unique('wxt:content-script-started');
const LOCATION_CHANGE = unique('wxt:locationchange');
const INVALIDATED = 'Content script context invalidated';

export class ContentScriptContext implements Pick<
  WxtContext,
  'isInvalid' | 'onInvalidated' | 'setTimeout' | 'addEventListener'
> {
  private readonly controller = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);
  private watching = false;

  constructor(name: string, options?: { noScriptStartedPostMessage?: boolean }) {
    const detail = { contentScriptName: name, messageId: this.id };
    document.dispatchEvent(new CustomEvent(STARTED, { detail }));
    if (!options?.noScriptStartedPostMessage) window.postMessage({ type: STARTED, ...detail }, '*');
    const newer = (e: Event) => {
      const d = e instanceof CustomEvent ? (e.detail as typeof detail | undefined) : undefined;
      if (d?.contentScriptName === name && d.messageId !== this.id) this.controller.abort(INVALIDATED);
    };
    document.addEventListener(STARTED, newer);
    this.onInvalidated(() => document.removeEventListener(STARTED, newer));
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.controller.abort(INVALIDATED);
    return this.controller.signal.aborted;
  }

  onInvalidated(cb: () => void): () => void {
    const signal = this.controller.signal;
    signal.addEventListener('abort', cb);
    return () => signal.removeEventListener('abort', cb);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (!this.isInvalid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void {
    if (type === 'wxt:locationchange' && !this.isInvalid) this.watchLocation();
    target.addEventListener?.(type.startsWith('wxt:') ? unique(type) : type, handler, {
      ...options,
      signal: this.controller.signal,
    });
  }

  /** 'wxt:locationchange' on each URL change: the Navigation API where there is one, else a check every second. */
  private watchLocation() {
    if (this.watching) return;
    this.watching = true;
    let last = location.href;
    const seen = (url: string) => {
      const href = new URL(url).href;
      if (href === last) return;
      last = href;
      window.dispatchEvent(new Event(LOCATION_CHANGE));
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function')
      navigation.addEventListener(
        'navigate',
        (e) => seen((e as unknown as { destination: { url: string } }).destination.url),
        {
          signal: this.controller.signal,
        },
      );
    else {
      const id = setInterval(() => {
        if (!this.isInvalid) seen(location.href);
      }, 1000);
      this.onInvalidated(() => clearInterval(id));
    }
  }
}
