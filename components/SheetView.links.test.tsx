/**
 * Issue 10, defect 1: stored URL fields holding `javascript:`/`data:` URLs (from an older backup,
 * or a custom field whose type changed to url) must never become an `href`. The records are
 * written straight into the database, bypassing the schemas, as an old database would hold them.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../storage/db';
import { SheetView } from './SheetView';

let root: HTMLElement;

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
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const HOSTILE = [
  'javascript:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  ' JaVaScRiPt:alert(1)',
  'java\nscript:alert(1)',
];

describe('links of a sheet', () => {
  it.each(HOSTILE)('renders no href from a stored %j', async (bad) => {
    const now = Date.now();
    await db.customFieldDefs.add({
      id: 'cf-url',
      entity: 'company',
      label: 'Portal',
      type: 'url',
      options: [],
      position: 0,
      createdAt: now,
      updatedAt: now,
    });
    await db.customFieldDefs.add({
      id: 'cf-purl',
      entity: 'person',
      label: 'Blog',
      type: 'url',
      options: [],
      position: 0,
      createdAt: now,
      updatedAt: now,
    });
    await db.companies.add({
      id: 'c1',
      name: 'Acme',
      nameKey: 'acme',
      kind: 'company',
      isProspect: true,
      isClient: false,
      isSupplier: false,
      website: bad,
      linkedinUrl: bad,
      phone: bad,
      domains: [],
      categories: [],
      customFields: { 'cf-url': bad },
      comment: '',
      createdAt: now,
      updatedAt: now,
    });
    await db.people.add({
      id: 'p1',
      companyId: 'c1',
      firstName: 'Ann',
      lastName: 'Lee',
      emails: [bad],
      jobTitle: '',
      phone: bad,
      mobile: bad,
      linkedinUrl: bad,
      isBillingContact: false,
      customFields: { 'cf-purl': bad },
      createdAt: now,
      updatedAt: now,
    });
    await db.interactions.add({
      id: 'i1',
      companyId: 'c1',
      type: 'note',
      happensAt: now,
      title: 'n',
      content: '',
      personIds: [],
      sourceUrl: bad,
      createdAt: now,
      updatedAt: now,
    });
    render(<SheetView id="c1" />, root);
    await waitFor(
      () => root.querySelector('[data-person-id="p1"]') && root.textContent?.includes('Portal'),
      'the sheet with its contact',
    );
    const hrefs = [...root.querySelectorAll('[href]')].map((a) => a.getAttribute('href') ?? '');
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:|tel:|#|blob:)/);
    expect(hrefs.join(' ')).not.toMatch(/script|data:/i);
    // The value still shows, as text.
    expect(root.textContent).toContain(bad.trim().slice(0, 10));
  });
});
