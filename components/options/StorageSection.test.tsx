/**
 * Issue 10, defect 7: persistent storage is asked from a page, and the Data tab shows whether
 * storage is persistent and how much of the quota is used.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistence } from '../../models/storage';
import { StorageSection } from './StorageSection';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

function stubStorage(initial: boolean) {
  let persisted = initial;
  const storage = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => (persisted = true)),
    estimate: vi.fn(async () => ({ usage: 5 * 1024 * 1024, quota: 2 * 1024 * 1024 * 1024 })),
  };
  vi.stubGlobal('navigator', { ...navigator, storage });
  return storage;
}

async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
}

describe('storage in the Data tab', () => {
  it('shows non-persistent storage with usage, and asks for persistence on request', async () => {
    const storage = stubStorage(false);
    root = document.createElement('div');
    document.body.append(root);
    render(<StorageSection />, root);
    await settle();
    expect(root.querySelector('[data-testid="storage-persisted"]')?.textContent).toContain('not persistent');
    expect(root.querySelector('[data-testid="storage-usage"]')?.textContent).toBe(
      '5 MB used of 2,048 MB available to Fiche.',
    );
    const ask = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Ask for persistent storage')!;
    await act(() => ask.click());
    await settle();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[data-testid="storage-persisted"]')?.textContent).toContain('Storage is persistent');
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Ask for persistent storage')).toBe(
      false,
    );
  });

  it('requestPersistence asks only when not yet persistent', async () => {
    const storage = stubStorage(true);
    expect(await requestPersistence()).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
    const fresh = stubStorage(false);
    expect(await requestPersistence()).toBe(true);
    expect(fresh.persist).toHaveBeenCalledTimes(1);
  });
});
