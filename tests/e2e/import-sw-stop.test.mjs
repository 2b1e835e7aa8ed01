// Issue 10: the service worker is stopped in the middle of a 10,000-row CSV import (Chromium's own
// stop, over the DevTools protocol, as chrome://serviceworker-internals' Stop button does). Afterwards
// either every row is in the database or none is, and the Data tab says which, in a line that stays
// (a toast would be gone by the time the user looks); the side panel, which wakes the worker again,
// lists the same number of sheets.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { launch, waitFor } from './harness.mjs';

const ROWS = 10_000;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fiche-swstop-'));

/** Counts of the extension's database, read from an extension page (IndexedDB of its origin). */
function counts(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('fiche');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(['companies', 'people'], 'readonly');
          const out = {};
          for (const name of ['companies', 'people']) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            idb.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

describe('a 10,000-row import while the service worker is stopped', () => {
  const opened = [];
  after(async () => {
    for (const b of opened) await b.close().catch(() => {});
  });

  test('all rows or none, and the Data tab says which', { timeout: 120_000 }, async (t) => {
    const b = await launch({ lang: 'en' });
    opened.push(b);
    const page = await b.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(b.extensionUrl('options.html#data'));

    // The worker's state as Chromium reports it, through the options page's DevTools session.
    const cdp = await b.context.newCDPSession(page);
    const scope = `chrome-extension://${b.extensionId}/`;
    const status = new Map();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.startsWith(scope)) status.set(v.versionId, v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    const running = () => [...status.values()].includes('running');
    await waitFor(running, { timeout: 10_000, message: 'the service worker running' });

    const csv = [
      'Société;E-mail;Prénom;Nom',
      ...Array.from({ length: ROWS }, (_, i) => `Atelier ${i};contact${i}@atelier${i}.example;Prénom;Nom${i}`),
    ].join('\r\n');
    const csvPath = path.join(tmp, 'atelier.csv');
    fs.writeFileSync(csvPath, csv);
    await page.getByLabel('CSV file', { exact: true }).setInputFiles(csvPath);
    const importButton = page.getByRole('button', { name: `Import ${ROWS} sheets and ${ROWS} contacts` });
    await importButton.waitFor({ timeout: 60_000 });
    assert.deepEqual(await counts(page), { companies: 0, people: 0 });

    // Start the import, and stop the worker as soon as the import says it is working.
    await importButton.click();
    await page.getByTestId('io-progress').waitFor({ timeout: 30_000 });
    const progressAtStop = await page.getByTestId('io-progress').locator('progress').getAttribute('value');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitFor(() => !running(), { timeout: 10_000, message: 'the service worker stopped' });
    assert.equal(
      await page.getByTestId('io-import-result').count(),
      0,
      'the import had ended before the worker stopped',
    );

    // The import ends one way or the other; the Data tab keeps saying how.
    const done = page.getByTestId('io-import-result');
    const failed = page.getByText(/^Nothing was imported: /);
    await waitFor(async () => (await done.isVisible()) || (await failed.isVisible()), {
      timeout: 90_000,
      message: 'the end of the import',
    });

    // The worker comes back with the side panel and its first message (a ping, as the panel's own).
    const panel = await b.openPanel();
    const pong = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
    assert.equal(pong?.ok, true, JSON.stringify(pong));
    await waitFor(running, { timeout: 15_000, message: 'the service worker restarted' });
    const after = await counts(panel);
    const landed = after.companies === ROWS;
    assert.ok(
      (after.companies === ROWS && after.people === ROWS) || (after.companies === 0 && after.people === 0),
      `half an import: ${JSON.stringify(after)} (progress ${progressAtStop}% when the worker stopped)`,
    );
    t.diagnostic(
      `${landed ? 'landed' : 'rolled back'}: ${JSON.stringify(after)}, the worker stopped at ${progressAtStop}%`,
    );
    if (landed) {
      assert.equal(
        await done.innerText(),
        `Imported: ${ROWS} new sheets, 0 merged, 0 skipped, ${ROWS} contacts added.`,
      );
      assert.equal(await failed.count(), 0);
      await panel
        .getByText(`${ROWS.toLocaleString('en')} sheets`)
        .first()
        .waitFor({ timeout: 15_000 })
        .catch(async () => {
          await panel.getByText(`${ROWS} sheets`).first().waitFor({ timeout: 5_000 });
        });
    } else {
      assert.equal(await done.count(), 0);
      assert.ok(await failed.isVisible());
    }
    // Still said after the restart, not a toast that left.
    await page.waitForTimeout(4_500);
    assert.ok(
      landed ? await done.isVisible() : await failed.isVisible(),
      'the Data tab no longer says whether the import landed',
    );
    assert.deepEqual(errors, []);
  });
});
