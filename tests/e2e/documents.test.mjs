// Documents of a sheet (SPEC §2.7): upload, size shown, signature status, download through the
// object URL, rename, the size limit, delete with undo, and a sheet with a document refuses deletion.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, waitFor } from './harness.mjs';

let b;
before(async () => {
  b = await launch({ lang: 'en' });
});
after(async () => {
  await b?.close();
});

describe('documents', () => {
  test('upload, signature, download, rename, size limit, delete with undo, deletion refused', async () => {
    const page = await b.openPanel();
    await page.getByRole('button', { name: 'New sheet' }).first().click();
    await page.getByLabel('Name', { exact: true }).fill('Archives Martin');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('sheet-name').filter({ hasText: 'Archives Martin' }).waitFor();

    // No document yet: the section waits in the "Add …" card; picking it unfolds the section and
    // opens the file chooser.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('add-sections').getByRole('button', { name: 'Add documents' }).click(),
    ]);
    const section = page.getByTestId('documents');
    await section.getByText('No document.').waitFor();
    const text = 'Devis n° 42 — bon pour accord';
    await chooser.setFiles([
      { name: 'devis-42.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
      { name: 'plan.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(3000, 7) },
    ]);
    const row = section.locator('li[data-document-name="devis-42.txt"]');
    await row.waitFor();
    assert.equal(await row.getByTestId('document-size').innerText(), `${Buffer.byteLength(text)} B`);
    assert.equal(
      await section.locator('li[data-document-name="plan.bin"]').getByTestId('document-size').innerText(),
      '2.9 KB',
    );
    assert.match(await row.innerText(), /text\/plain/);

    // Signature status, tracked by hand.
    await row.getByLabel('Signature').selectOption({ label: 'Signed' });
    await row.locator('[data-signature="signed"]').waitFor();

    // Download: the link's object URL serves the stored content.
    const href = await row.getByTestId('document-download').getAttribute('href');
    assert.match(href, /^blob:chrome-extension:/);
    assert.equal(await row.getByTestId('document-download').getAttribute('download'), 'devis-42.txt');
    assert.equal(await page.evaluate((u) => fetch(u).then((r) => r.text()), href), text);

    // Rename.
    await row.getByRole('button', { name: 'Rename' }).click();
    await section.getByLabel('Document name').fill('Devis 42 signé.txt');
    await section.getByRole('form', { name: 'Rename' }).getByRole('button', { name: 'Save' }).click();
    const renamed = section.locator('li[data-document-name="Devis 42 signé.txt"]');
    await renamed.waitFor();
    await renamed.locator('[data-signature="signed"]').waitFor();

    // Over the limit: a clear error naming the file, nothing added.
    await section
      .locator('input[type=file]')
      .setInputFiles([{ name: 'video.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(25 * 1024 * 1024 + 1) }]);
    await section
      .getByTestId('document-error')
      .filter({ hasText: '“video.mp4” is too large: at most 25 MB a file.' })
      .waitFor();
    assert.equal(await section.locator('li[data-document-name]').count(), 2);

    // Delete with undo: the same document comes back, content included.
    await renamed.getByRole('button', { name: 'Delete' }).click();
    await renamed.waitFor({ state: 'detached' });
    const toast = page.getByTestId('toast');
    await toast
      .filter({ hasText: 'Document “Devis 42 signé.txt” deleted.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await renamed.waitFor();
    const href2 = await renamed.getByTestId('document-download').getAttribute('href');
    assert.equal(await page.evaluate((u) => fetch(u).then((r) => r.text()), href2), text);

    // A sheet with documents cannot be deleted.
    await page.getByTestId('delete-sheet').click();
    const refusal = await page.getByTestId('delete-refused').innerText();
    assert.match(refusal, /cannot be deleted: it has 2 document/);

    // The documents survive a reload (stored in IndexedDB as Blobs).
    await page.reload();
    await page.getByRole('combobox', { name: 'Search' }).fill('Archives Martin');
    await page.locator('#sheet-results li', { hasText: 'Archives Martin' }).click();
    await waitFor(async () => (await page.getByTestId('documents').locator('li[data-document-name]').count()) === 2, {
      message: 'documents after reload',
    });
    await page.close();
  });
});
