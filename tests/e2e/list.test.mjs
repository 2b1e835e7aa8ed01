// The list and its search, driven as a user would (issues 9 and 12) on the demo data at 400×900:
// find a sheet by its email domain, its phone spaced or not, its city; the hit names the contact that
// matched; counts in words ("1 sheet"); rows show unpaid amount and last activity; Tab from the search
// box reaches a row and Enter opens it; the search box never controls an element that is not there;
// a sheet created in another panel shows in the list without a reload.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch } from './harness.mjs';

let b;
let page;
before(async () => {
  b = await launch({ lang: 'en' });
  page = await b.openPanel();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await page.locator('#sheet-results li').first().waitFor();
});
after(async () => {
  await b?.close();
});

const search = () => page.getByRole('combobox', { name: 'Search' });
/** The names of the rows shown once the list has answered the query. */
async function find(q) {
  await search().fill(q);
  await page.locator('#sheet-results[aria-busy="false"]').waitFor({ state: 'attached' });
  return page.locator('#sheet-results li:visible .title').allInnerTexts();
}

describe('sheet list and search', () => {
  test('finds a sheet by its email domain or a full address', async () => {
    assert.deepEqual(await find('transports-garnier.example'), ['Transports Garnier SARL']);
    assert.deepEqual(await find('@menuiserie-roux.example'), ['Menuiserie Roux EURL']);
    assert.deepEqual(await find('nadia.haddad@transports-garnier.example'), ['Transports Garnier SARL']);
    await page.getByText('1 sheet', { exact: true }).waitFor();
  });

  test('finds a sheet by a phone number, spaced or not, and names the contact that matched', async () => {
    for (const q of ['06 39 98 16 01', '0639981601', '+33 6 39 98 16 01', '06.39.98.16']) {
      assert.deepEqual(await find(q), ['Menuiserie Roux EURL'], q);
    }
    await page.locator('#sheet-results li', { hasText: 'Contact: Gilles Roux' }).waitFor();
    assert.deepEqual(await find('+44 20 7946 0124'), ['Brightwater Consulting Ltd']);
    await page.locator('#sheet-results li', { hasText: 'Contact: Oliver Hughes' }).waitFor();
  });

  test('finds sheets by city and postcode, in name order, counted in words', async () => {
    assert.deepEqual(await find('Grenoble'), ['Menuiserie Roux EURL']);
    assert.deepEqual(await find('bordeaux'), ['Transports Garnier SARL']);
    assert.deepEqual(await find('Lyon'), ['Atelier Lumière SARL', 'Boulangerie des Canuts']);
    await page.getByText('2 sheets', { exact: true }).waitFor();
    assert.deepEqual(await find('33700'), ['Transports Garnier SARL']);
    await page.locator('#sheet-results li', { hasText: 'Address: 33700 Mérignac' }).waitFor();
  });

  test('rows show the unpaid amount and the last activity', async () => {
    await search().fill('');
    // The rows paint from the sheets first; their unpaid amount and last activity follow.
    await page
      .locator('#sheet-results li', { hasText: /Unpaid €[\d,.]+/ })
      .first()
      .waitFor();
    await page
      .locator('#sheet-results li', { hasText: /Last activity \w{3} \d{1,2}, \d{4}/ })
      .first()
      .waitFor();
  });

  test('Tab from the search box reaches a row; arrows move; Enter opens it', async () => {
    assert.deepEqual(await find('Lyon'), ['Atelier Lumière SARL', 'Boulangerie des Canuts']);
    const box = search();
    const controls = await box.getAttribute('aria-controls');
    assert.ok(controls && (await page.locator(`#${controls}`).count()) === 1, 'aria-controls points to the listbox');
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    await box.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'option');
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Atelier Lumière SARL/);
    await page.keyboard.press('ArrowDown');
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Boulangerie des Canuts/);
    assert.equal(
      await page.locator('#sheet-results li[aria-selected="true"] .title').innerText(),
      'Boulangerie des Canuts',
    );
    await page.keyboard.press('Enter');
    await page.getByTestId('sheet-name').filter({ hasText: 'Boulangerie des Canuts' }).waitFor();
    // On a sheet the list is gone: the search box controls nothing rather than a missing element.
    assert.equal(await search().getAttribute('aria-controls'), null);
    assert.equal(await search().getAttribute('aria-expanded'), 'false');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.locator('#sheet-results li').first().waitFor();
  });

  test('a sheet created in another panel shows in the list, in name order, without a reload', async () => {
    await search().fill('');
    await page.locator('#sheet-results[aria-busy="false"] li').first().waitFor();
    const other = await b.openPanel();
    await other.getByRole('button', { name: 'New sheet' }).first().click();
    await other.getByLabel('Name', { exact: true }).fill('Aaa Première Fiche');
    await other.getByRole('button', { name: 'Create' }).click();
    await other.getByTestId('sheet-name').filter({ hasText: 'Aaa Première Fiche' }).waitFor();
    await page
      .locator('#sheet-results li')
      .first()
      .filter({ hasText: 'Aaa Première Fiche' })
      .waitFor({ timeout: 3000 });
    await other.close();
  });
});
