// Import, export and backup e2e, as a user in a real Chromium, in the options page's Data tab:
// a French CSV (";", one invalid SIRET) is previewed, the bad row left out, the rest imported and
// found in the side panel; the sheets CSV export is captured (BOM, Axonaut headers); a backup is
// downloaded, everything wiped, the backup restored and the data found again.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { launch } from './harness.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fiche-io-'));

function luhnSiret(n) {
  const body = String(100000000000 + n).padStart(13, '0');
  for (let d = 0; d <= 9; d++) {
    const s = body + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let x = s.charCodeAt(s.length - 1 - i) - 48;
      if (i % 2) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return s;
  }
}

async function openData(b) {
  const page = await b.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(b.extensionUrl('options.html#data'));
  return { page, errors };
}

async function dismissToast(page) {
  const toast = page.getByTestId('toast');
  if (await toast.isVisible().catch(() => false)) await toast.getByRole('button', { name: 'Close' }).click();
}

async function readDownload(download) {
  const p = path.join(tmp, download.suggestedFilename());
  await download.saveAs(p);
  return { path: p, bytes: fs.readFileSync(p) };
}

describe('import, export and backup', () => {
  const opened = [];
  after(async () => {
    for (const b of opened) await b.close().catch(() => {});
  });

  test('CSV import with a bad row, export, backup, wipe and restore', async () => {
    const b = await launch({ lang: 'en' });
    opened.push(b);
    const { page, errors } = await openData(b);

    // A French Excel file: ";" separator, French headers, Windows-1252 bytes (é as 0xE9).
    const csv = [
      'Société;SIRET;Adresse;Code postal;Ville;Prénom;Nom;E-mail;Fonction',
      `Boulangerie Épi d'Or;73282932000074;3 rue du Four;75006;Paris;Élodie;Martin;elodie@epidor.fr;Gérante`,
      `Garage Central;12345678901234;1 av. Foch;69001;Lyon;Paul;Roux;paul@garage-central.fr;Patron`,
      `Cirque Orion;;;;;Inès;Faure;ines@orion.example;Directrice`,
    ].join('\r\n');
    const csvPath = path.join(tmp, 'clients.csv');
    fs.writeFileSync(csvPath, Buffer.from(csv, 'latin1'));
    await page.getByLabel('CSV file', { exact: true }).setInputFiles(csvPath);
    await page.getByText('clients.csv: 3 rows, Windows-1252, separator “;”.').waitFor();
    // The mapping is pre-filled from the French headers.
    assert.equal(await page.getByLabel('Column “Société”').inputValue(), 'name');
    assert.equal(await page.getByLabel('Column “Prénom”').inputValue(), 'firstName');
    assert.equal(await page.getByLabel('Column “E-mail”').inputValue(), 'email');
    // The preview shows the decoded accents; the bad SIRET is named with its row and field.
    await page.getByTestId('io-preview').getByText("Boulangerie Épi d'Or").waitFor();
    const rowErrors = page.getByTestId('io-row-errors');
    await rowErrors.getByText('Row 3, SIRET (“SIRET”): invalid SIRET (check digit, Luhn) — “12345678901234”').waitFor();
    // Nothing can be imported while a row has errors, until the user leaves them out.
    const importButton = page.getByRole('button', { name: 'Import 2 sheets and 2 contacts' });
    assert.equal(await importButton.isDisabled(), true);
    await page.getByLabel('Leave out the 1 rows with errors').check();
    await importButton.click();
    await page
      .getByTestId('toast')
      .getByText('Imported: 2 new sheets, 0 merged, 0 skipped, 2 contacts added.')
      .waitFor();
    await dismissToast(page);

    // The side panel finds them.
    const panel = await b.openPanel();
    await panel.getByRole('combobox', { name: 'Search' }).fill('Épi');
    await panel.locator('#sheet-results li', { hasText: "Boulangerie Épi d'Or" }).waitFor();
    await panel.getByRole('combobox', { name: 'Search' }).fill('orion');
    await panel.locator('#sheet-results li', { hasText: 'Cirque Orion' }).waitFor();

    // Importing the same file again: both sheets are recognised as already there.
    await page.getByLabel('CSV file', { exact: true }).setInputFiles(csvPath);
    await page.getByLabel('Leave out the 1 rows with errors').check();
    await page.getByTestId('io-duplicates').getByText('Already in Fiche (2)').waitFor();
    await page.getByRole('button', { name: 'Choose another file' }).click();

    // Sheets CSV export: UTF-8 BOM, ";" and Axonaut's field names.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Sheets (CSV)' }).click(),
    ]);
    const exported = await readDownload(csvDownload);
    assert.deepEqual([...exported.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = exported.bytes.toString('utf8').slice(1);
    const [header, ...lines] = text.trim().split('\r\n');
    assert.ok(
      header.startsWith(
        'id;name;siret;siren;intracommunity_number;address_street;address_zip_code;address_city;address_country;is_prospect;is_customer',
      ),
      header,
    );
    assert.equal(lines.length, 2);
    assert.match(text, /Boulangerie Épi d'Or;73282932000074;732829320;/);
    await dismissToast(page);

    // Backup, wipe, restore.
    const [backupDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    const backup = await readDownload(backupDownload);
    const json = JSON.parse(backup.bytes.toString('utf8'));
    assert.equal(json.fiche.app, 'fiche');
    assert.equal(json.fiche.schemaVersion, 5);
    assert.equal(json.fiche.counts.companies, 2);
    assert.equal(json.fiche.counts.people, 2);
    await dismissToast(page);

    await page.getByRole('button', { name: 'Delete all data…' }).click();
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await dismissToast(page);
    await panel.reload();
    await panel.getByRole('combobox', { name: 'Search' }).fill('orion');
    await panel.waitForTimeout(300);
    assert.equal(await panel.locator('#sheet-results li', { hasText: 'Cirque Orion' }).count(), 0);

    // A file that is not a backup is refused, changing nothing.
    fs.writeFileSync(path.join(tmp, 'nope.json'), '{"hello":1}');
    await page.getByLabel('Restore from a backup file', { exact: true }).setInputFiles(path.join(tmp, 'nope.json'));
    await page.getByTestId('io-restore-error').getByText('This file is not a Fiche backup').waitFor();

    await page.getByLabel('Restore from a backup file', { exact: true }).setInputFiles(backup.path);
    const counts = page.getByTestId('io-restore-counts');
    await counts.locator('[data-table="companies"]').waitFor();
    assert.deepEqual(await counts.locator('[data-table="companies"] td').allInnerTexts(), ['Sheets', '0', '2']);
    const confirm = page.getByRole('button', { name: 'Replace everything with this backup' });
    assert.equal(await confirm.isDisabled(), true);
    await page.getByLabel('I understand that the current data will be replaced').check();
    await confirm.click();
    await page
      .getByTestId('toast')
      .getByText(/Backup restored/)
      .waitFor();

    await panel.reload();
    await panel.getByRole('combobox', { name: 'Search' }).fill('orion');
    await panel.locator('#sheet-results li', { hasText: 'Cirque Orion' }).waitFor();
    assert.deepEqual(errors, []);
  });

  test('10,000-row CSV import in Chromium (timed, reported)', async () => {
    const b = await launch({ lang: 'en' });
    opened.push(b);
    const { page } = await openData(b);
    page.on('console', (m) => m.text().startsWith('[io') && console.log(m.text()));
    const lines = ['name;siret;address_street;address_zip_code;address_city;firstname;lastname;email;phone_number'];
    for (let i = 0; i < 10_000; i++)
      lines.push(
        `Société ${i};${luhnSiret(i)};${i} rue de la Paix;75002;Paris;Jean;Dupont${i};jean${i}@societe${i}.fr;01 23 45 67 89`,
      );
    const p = path.join(tmp, 'big.csv');
    fs.writeFileSync(p, '\ufeff' + lines.join('\r\n'));
    const start = Date.now();
    await page.getByLabel('CSV file', { exact: true }).setInputFiles(p);
    const button = page.getByRole('button', { name: 'Import 10000 sheets and 10000 contacts' });
    await button.waitFor({ timeout: 20000 });
    const parsed = Date.now();
    await button.click();
    // The result line stays (a toast goes after a few seconds). Timed and reported, not a timing assertion:
    // on a loaded 2-core machine the write alone can take over 30 s.
    await page.getByTestId('io-import-result').getByText('Imported: 10000 new sheets').waitFor({ timeout: 120_000 });
    const done = Date.now();
    console.log(
      `[io] 10,000 rows: read+parse+validate+plan ${parsed - start} ms, write ${done - parsed} ms, total ${done - start} ms`,
    );
    const count = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('fiche');
          open.onsuccess = () => {
            const req = open.result.transaction('companies').objectStore('companies').count();
            req.onsuccess = () => resolve(req.result);
          };
        }),
    );
    assert.equal(count, 10_000);
  });
});
