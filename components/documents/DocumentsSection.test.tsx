/**
 * Issue 10, defect 2: a stored HTML or SVG document must not open as a page of the extension's
 * origin. Only PDF, raster images and plain text open inline; anything else is served as
 * application/octet-stream (a download), whatever type the record or its Blob claims.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../storage/db';
import { DocumentsSection } from './DocumentsSection';

let root: HTMLElement;
const blobsByUrl = new Map<string, Blob>();

async function waitFor<T>(fn: () => T | null | undefined | false, what: string): Promise<T> {
  const end = Date.now() + 3000;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  root = document.createElement('div');
  document.body.append(root);
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:test/${++n}`;
    blobsByUrl.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
  blobsByUrl.clear();
});

async function addDoc(id: string, name: string, mimeType: string, body: string, blobType = mimeType) {
  const now = Date.now();
  const content = new Blob([body], { type: blobType });
  await db.documents.add({
    id,
    companyId: 'c1',
    name,
    mimeType,
    size: content.size,
    content,
    signatureStatus: 'none',
    createdAt: now,
    updatedAt: now,
  });
}

describe('documents open inline only when they cannot hold script', () => {
  it('serves HTML and SVG as octet-stream downloads, PDF and text inline', async () => {
    await addDoc('d-html', 'page.html', 'text/html', '<script>alert(document.domain)</script>');
    await addDoc('d-svg', 'logo.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    // A record that claims PDF but whose Blob says HTML (an edited backup): served as PDF, never HTML.
    await addDoc('d-pdf', 'quote.pdf', 'application/pdf', '%PDF-1.4', 'text/html');
    await addDoc('d-txt', 'notes.txt', 'text/plain', 'hello');
    render(<DocumentsSection companyId="c1" />, root);
    await waitFor(
      () => root.querySelectorAll('[data-document-id]').length === 4 && blobsByUrl.size >= 4,
      'four documents',
    );

    const row = (id: string) => root.querySelector(`[data-document-id="${id}"]`)!;
    const links = (id: string) => [...row(id).querySelectorAll('a[href]')];
    for (const id of ['d-html', 'd-svg']) {
      for (const a of links(id)) {
        expect(blobsByUrl.get(a.getAttribute('href')!)?.type, id).toBe('application/octet-stream');
        expect(a.hasAttribute('download'), `${id} link downloads`).toBe(true);
      }
    }
    const pdfOpen = links('d-pdf').find((a) => !a.hasAttribute('download'))!;
    expect(blobsByUrl.get(pdfOpen.getAttribute('href')!)?.type).toBe('application/pdf');
    const txtOpen = links('d-txt').find((a) => !a.hasAttribute('download'))!;
    expect(blobsByUrl.get(txtOpen.getAttribute('href')!)?.type).toBe('text/plain;charset=utf-8');
  });
});
