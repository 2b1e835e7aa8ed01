/**
 * The content scripts' own context (./context.ts) behaves as WXT's ContentScriptContext, which it
 * replaces in their builds, for everything they use of it: each case runs against both.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext } from './context';

type Ctx = Pick<WxtContext, 'isInvalid' | 'onInvalidated' | 'setTimeout' | 'addEventListener'>;
const made: { name: string; make: (name: string, options?: { noScriptStartedPostMessage?: boolean }) => Ctx }[] = [
  { name: 'WXT', make: (n, o) => new WxtContext(n, o) },
  { name: 'Fiche', make: (n, o) => new ContentScriptContext(n, o) },
];

describe.each(made)('$name content-script context', ({ make }) => {
  const runtimeId = fakeBrowser.runtime.id;
  const live: Ctx[] = [];
  const ctx = (name = 'gmail', options?: { noScriptStartedPostMessage?: boolean }) => {
    const c = make(name, options);
    live.push(c);
    return c;
  };
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    // a newer copy of every script ends the ones of this case
    for (const name of ['gmail', 'linkedin']) make(name, { noScriptStartedPostMessage: true });
    live.length = 0;
    (fakeBrowser.runtime as { id?: string }).id = runtimeId;
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('is valid at first and runs its timeouts', () => {
    const c = ctx();
    const f = vi.fn();
    c.setTimeout(f, 100);
    expect(c.isInvalid).toBe(false);
    vi.advanceTimersByTime(100);
    expect(f).toHaveBeenCalledOnce();
  });

  it('a newer copy of the same script invalidates it; another script does not', () => {
    const old = ctx('gmail');
    const ended = vi.fn();
    old.onInvalidated(ended);
    const other = ctx('linkedin');
    expect(old.isInvalid).toBe(false);
    const f = vi.fn();
    old.setTimeout(f, 10);
    const newer = ctx('gmail');
    expect(ended).toHaveBeenCalledOnce();
    expect(old.isInvalid).toBe(true);
    expect(newer.isInvalid).toBe(false);
    expect(other.isInvalid).toBe(false);
    vi.advanceTimersByTime(10);
    expect(f).not.toHaveBeenCalled();
  });

  it('announces itself to the page unless told not to', () => {
    const post = vi.spyOn(window, 'postMessage');
    ctx('gmail', { noScriptStartedPostMessage: true });
    expect(post).not.toHaveBeenCalled();
    ctx('gmail');
    expect(post).toHaveBeenCalledOnce();
    const [message, origin] = post.mock.calls[0]!;
    expect(origin).toBe('*');
    expect(message).toMatchObject({
      type: expect.stringContaining('wxt:content-script-started'),
      contentScriptName: 'gmail',
    });
  });

  it('is invalid once the extension is reloaded (no runtime id): timeouts and listeners end', () => {
    const c = ctx();
    const ended = vi.fn();
    const removed = vi.fn();
    c.onInvalidated(ended);
    c.onInvalidated(removed)();
    const f = vi.fn();
    c.setTimeout(f, 10);
    const heard = vi.fn();
    c.addEventListener(window, 'resize', heard);
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    expect(c.isInvalid).toBe(true);
    expect(ended).toHaveBeenCalledOnce();
    expect(removed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    expect(f).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('resize'));
    expect(heard).not.toHaveBeenCalled();
  });

  it("sends 'wxt:locationchange' when the URL changes (checked every second without the Navigation API)", () => {
    const c = ctx();
    const changed = vi.fn();
    c.addEventListener(window, 'wxt:locationchange', changed);
    history.pushState(null, '', '#inbox/one');
    vi.advanceTimersByTime(999);
    expect(changed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(changed).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(3000);
    expect(changed).toHaveBeenCalledOnce();
    history.pushState(null, '', '#inbox/two');
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledTimes(2);
    ctx(); // a newer copy: this one stops listening
    history.pushState(null, '', '#inbox/three');
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledTimes(2);
  });
});

it('an update stops the previous release: a copy built on either context invalidates the other', () => {
  const older = new WxtContext('gmail');
  const newer = new ContentScriptContext('gmail');
  expect(older.isInvalid).toBe(true);
  expect(newer.isInvalid).toBe(false);
  new WxtContext('gmail');
  expect(newer.isInvalid).toBe(true);
});
