// Duplicates and merge (SPEC §5), driven as a user would: two sheets on one domain, each with a
// contact and an address for invoices; the duplicate notice; the merge from the kept sheet through
// Edit → Advanced with its preview; the absorbed sheet's contact finds the kept sheet; undo from the
// toast and from the sheet puts both sheets back.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, waitFor, unfoldForm } from './harness.mjs';

let b;
before(async () => {
  b = await launch({ lang: 'en' });
});
after(async () => {
  await b?.close();
});

async function createSheet(page, name, fields) {
  await page.getByRole('button', { name: 'New sheet' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await unfoldForm(page);
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByTestId('sheet-name').filter({ hasText: name }).waitFor();
}

async function addContact(page, last, first, email) {
  const contacts = page.getByTestId('contacts');
  await page.getByRole('button', { name: 'Add a contact', exact: true }).click(); // the section's "+", or the "Add …" card's while empty
  const form = contacts.getByRole('form');
  await form.getByLabel('Last name').fill(last);
  await form.getByLabel('First name').fill(first);
  await form.getByLabel('Emails', { exact: true }).fill(email);
  await form.getByRole('button', { name: 'Save' }).click();
  await contacts.locator(`li[data-contact-name="${first} ${last}"]`).waitFor();
}

async function openSheet(page, name) {
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill(name);
  await page.locator('#sheet-results li', { hasText: name }).first().click();
  await page.getByTestId('sheet-name').filter({ hasText: name }).waitFor();
}

const listed = async (page, query) => {
  await page.getByRole('combobox', { name: 'Search' }).fill(query);
  await page.waitForTimeout(150);
  return page.locator('#sheet-results li').allInnerTexts();
};

async function mergeFromEdit(page, absorbedName) {
  await page.getByRole('button', { name: 'Edit' }).first().click();
  const section = page.getByTestId('merge-section');
  await section.getByRole('searchbox', { name: 'Sheet to absorb' }).fill(absorbedName.slice(0, 9));
  await section.getByTestId('merge-result').filter({ hasText: absorbedName }).click();
  const preview = section.getByTestId('merge-preview');
  await preview.waitFor();
  return preview;
}

describe('duplicates and merge', () => {
  test('notice, merge with preview, absorbed sheet resolves to the kept one, undo from the toast and from the sheet', async () => {
    const page = await b.openPanel();
    const address = (city) => ({
      Website: 'https://www.kestrel-conseil.fr',
      Street: '4 quai Perrache',
      'Postal code': '69002',
      City: city,
    });
    await createSheet(page, 'Kestrel Conseil', address('Lyon'));
    await addContact(page, 'Morel', 'Anne', 'anne@kestrel-conseil.fr');
    await createSheet(page, 'Kestrel Lyon SAS', address('Villeurbanne'));
    await addContact(page, 'Petit', 'Hugo', 'hugo.petit@kestrel-conseil.fr');

    // The second sheet says it may be a duplicate of the first, with the reason.
    const notice = page.getByTestId('duplicate-notice');
    await notice.filter({ hasText: 'Possible duplicate: Kestrel Conseil (same domain)' }).waitFor();
    await notice.getByRole('button', { name: 'Merge…' }).waitFor();
    await notice.getByRole('button', { name: 'Not a duplicate' }).waitFor();

    // The merge is started on the sheet to keep.
    await openSheet(page, 'Kestrel Conseil');
    await page.getByTestId('duplicate-notice').filter({ hasText: 'Kestrel Lyon SAS (same domain)' }).waitFor();
    let preview = await mergeFromEdit(page, 'Kestrel Lyon SAS');
    const moves = await preview.locator('[data-moves]').allInnerTexts();
    assert.deepEqual(moves, ['1 contact', '1 address']);
    assert.match(
      await preview.getByTestId('merge-conflicts').innerText(),
      /Name: “Kestrel Conseil” kept, “Kestrel Lyon SAS” saved/,
    );
    await preview.getByRole('button', { name: 'Merge', exact: true }).click();

    // The kept sheet has both contacts and one address for invoices (its own).
    await page.getByTestId('sheet-name').filter({ hasText: 'Kestrel Conseil' }).waitFor();
    const toast = page.getByTestId('toast');
    await toast.filter({ hasText: '“Kestrel Lyon SAS” merged into this sheet.' }).waitFor();
    const contacts = page.getByTestId('contacts');
    await waitFor(async () => (await contacts.locator('li[data-contact-name]').count()) === 2, {
      message: 'two contacts',
    });
    const addresses = page.getByTestId('addresses');
    assert.equal(await addresses.locator('li[data-address-label]').count(), 2);
    assert.equal(await addresses.locator('[data-flag="invoices"]').count(), 1);
    assert.match(await page.getByTestId('main-address').innerText(), /Lyon/);
    assert.equal(await page.getByTestId('duplicate-notice').count(), 0);

    // Undo from the toast: both sheets are back, each with its own contact.
    await toast.getByRole('button', { name: 'Undo' }).click();
    await toast.filter({ hasText: 'Merge undone' }).waitFor();
    await waitFor(async () => (await contacts.locator('li[data-contact-name]').count()) === 1, {
      message: 'one contact again',
    });
    assert.deepEqual((await listed(page, 'Kestrel')).length, 2);

    // Merge again, then check the list and the search, and undo from the sheet.
    await openSheet(page, 'Kestrel Conseil');
    preview = await mergeFromEdit(page, 'Kestrel Lyon SAS');
    await preview.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByTestId('merge-record').filter({ hasText: 'Merged with “Kestrel Lyon SAS”' }).waitFor();
    const names = await listed(page, 'Kestrel');
    assert.equal(names.length, 1, `one sheet listed: ${names}`);
    assert.match(names[0], /Kestrel Conseil/);
    const byEmail = await listed(page, 'hugo.petit@kestrel');
    assert.equal(byEmail.length, 1);
    assert.match(byEmail[0], /Kestrel Conseil/);
    await page.locator('#sheet-results li').first().click();
    await page.getByTestId('merge-record').getByRole('button', { name: 'Undo the merge' }).click();
    await page.getByTestId('toast').filter({ hasText: 'Merge undone' }).waitFor();
    await page.getByTestId('merge-record').waitFor({ state: 'detached' });
    assert.equal((await listed(page, 'Kestrel')).length, 2);
    await openSheet(page, 'Kestrel Lyon SAS');
    await page.getByTestId('contacts').locator('li[data-contact-name="Hugo Petit"]').waitFor();
    assert.equal(await page.getByTestId('addresses').locator('[data-flag="invoices"]').count(), 1);

    // "Not a duplicate" is remembered.
    await page.getByTestId('duplicate-notice').getByRole('button', { name: 'Not a duplicate' }).click();
    await page.getByTestId('duplicate-notice').waitFor({ state: 'detached' });
    await page.reload();
    await openSheet(page, 'Kestrel Conseil');
    await page.waitForTimeout(300);
    assert.equal(await page.getByTestId('duplicate-notice').count(), 0);
    await page.close();
  });
});
