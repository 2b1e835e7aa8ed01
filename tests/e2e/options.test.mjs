// Options page e2e, as a user in a real Chromium: the team (at most one "me"), a default comment
// template, one custom field of each type for sheets, tabs opened by link, and the French UI.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { launch, waitFor, waitText } from './harness.mjs';

/** Reads a whole object store straight from IndexedDB, to check what the UI wrote. */
function readStore(page, store) {
  return page.evaluate(
    (store) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('fiche');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => {
            resolve(req.result);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

async function openOptions(b, hash = '') {
  const page = await b.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(b.extensionUrl(`options.html${hash}`));
  return { page, errors };
}

/** Closes the toast so that it never covers a button the next step clicks. */
async function dismissToast(page) {
  const toast = page.getByTestId('toast');
  if (await toast.isVisible().catch(() => false)) await toast.getByRole('button', { name: 'Close' }).click();
}

describe('options page', () => {
  const opened = [];
  after(async () => {
    for (const b of opened) await b.close().catch(() => {});
  });

  test('team, templates and custom fields, as a user would set them up', async () => {
    const b = await launch({ lang: 'en' });
    opened.push(b);
    const { page, errors } = await openOptions(b);

    // Team: starts empty.
    assert.equal(await page.getByRole('tab', { name: 'Team' }).getAttribute('aria-selected'), 'true');
    await page.getByText('No team members yet').waitFor();

    // First user, marked as me.
    await page.getByRole('button', { name: 'Add a member' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Ana Lopez');
    await page.getByLabel('Email', { exact: true }).fill('ana@acme.fr');
    await page.getByLabel('This is me').check();
    await page.getByRole('button', { name: 'Save' }).click();
    const ana = page.locator('[data-user="Ana Lopez"]');
    await ana.getByText('me', { exact: true }).waitFor();
    await dismissToast(page);

    // Second user: a bad email is refused with a message, then fixed; marking them as me moves the flag.
    await page.getByRole('button', { name: 'Add a member' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Bob Martin');
    await page.getByLabel('Email', { exact: true }).fill('bob@');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').filter({ hasText: 'This is not a valid email address.' }).waitFor();
    await page.getByLabel('Email', { exact: true }).fill('bob@acme.fr');
    await page.getByLabel('This is me').check();
    await page.getByText('Ana Lopez is “me” at the moment: saving moves it here.').waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    const bob = page.locator('[data-user="Bob Martin"]');
    await bob.getByText('me', { exact: true }).waitFor();
    await waitFor(async () => (await ana.getByText('me', { exact: true }).count()) === 0, {
      message: 'Ana losing "me"',
    });
    await dismissToast(page);
    const users = await readStore(page, 'users');
    assert.equal(users.length, 2);
    assert.deepEqual(
      users.filter((u) => u.isMe).map((u) => u.name),
      ['Bob Martin'],
    );
    assert.equal(users.find((u) => u.name === 'Bob Martin').email, 'bob@acme.fr');

    // Templates: a default comment template; the hash follows the tab.
    await page.getByRole('tab', { name: 'Templates' }).click();
    assert.match(page.url(), /#templates$/);
    await page.getByText('No comment templates yet').waitFor();
    await page.getByRole('button', { name: 'Add a template' }).click();
    await page.getByLabel('Name', { exact: true }).fill('First contact');
    await page.getByLabel('Text', { exact: true }).fill('Met ');
    await page.getByRole('button', { name: '{{contact.firstName}}' }).click();
    await page.getByLabel('Default comment: pre-fills new sheets').check();
    await page.getByRole('button', { name: 'Save' }).click();
    const tpl = page.locator('[data-template="First contact"]');
    await tpl.getByText('Default', { exact: true }).waitFor();
    await dismissToast(page);
    const templates = await readStore(page, 'templates');
    assert.equal(templates.length, 1);
    assert.equal(templates[0].kind, 'comment');
    assert.equal(templates[0].isDefault, true);
    assert.equal(templates[0].body, 'Met {{contact.firstName}}');

    // Custom fields: one of each type for sheets.
    await page.getByRole('tab', { name: 'Custom fields' }).click();
    assert.match(page.url(), /#fields$/);
    await page.getByText('No custom fields for sheets yet').waitFor();
    const types = [
      ['text', 'Text'],
      ['number', 'Number'],
      ['date', 'Date'],
      ['single', 'Single choice'],
      ['multiple', 'Multiple choice'],
      ['checkbox', 'Checkbox'],
      ['url', 'Web address (URL)'],
    ];
    for (const [type, typeLabel] of types) {
      await page.getByRole('button', { name: 'Add a field' }).click();
      await page.getByLabel('Label', { exact: true }).fill(`My ${type}`);
      await page.getByLabel('Type', { exact: true }).selectOption(type);
      if (type === 'single' || type === 'multiple') {
        // Options are required, and must differ.
        await page.getByRole('button', { name: 'Save' }).click();
        await page.getByText('Enter at least one option, one per line.').waitFor();
        await page.getByLabel('Options', { exact: true }).fill('Gold\nSilver\ngold');
        await page.getByRole('button', { name: 'Save' }).click();
        await page.getByText('“gold” is listed twice: each option must be different.').waitFor();
        await page.getByLabel('Options', { exact: true }).fill('Gold\nSilver\nBronze');
      }
      await page.getByRole('button', { name: 'Save' }).click();
      await page.locator(`[data-field="My ${type}"] .sub`).filter({ hasText: typeLabel }).waitFor();
      await dismissToast(page);
    }
    const defs = (await readStore(page, 'customFieldDefs')).sort((x, y) => x.position - y.position);
    assert.deepEqual(
      defs.map((d) => d.type),
      types.map(([type]) => type),
    );
    assert.ok(defs.every((d) => d.entity === 'company'));
    assert.deepEqual(defs.find((d) => d.type === 'single').options, ['Gold', 'Silver', 'Bronze']);
    assert.deepEqual(defs.find((d) => d.type === 'text').options, []);

    // Reorder with the keyboard-reachable buttons.
    await page.getByRole('button', { name: 'Move “My url” up' }).click();
    await waitFor(async () => (await page.locator('[data-field]').nth(5).getAttribute('data-field')) === 'My url', {
      message: 'reorder',
    });

    // A link opens a tab directly; arrow keys move between tabs.
    const second = await openOptions(b, '#fields');
    assert.equal(await second.page.getByRole('tab', { name: 'Custom fields' }).getAttribute('aria-selected'), 'true');
    await second.page.locator('[data-field]').first().waitFor();
    assert.equal(await second.page.locator('[data-field]').count(), 7);
    await second.page.getByRole('tab', { name: 'Custom fields' }).focus();
    await second.page.keyboard.press('ArrowRight');
    assert.equal(await second.page.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected'), 'true');
    assert.match(second.page.url(), /#settings$/);

    assert.deepEqual([...errors, ...second.errors], []);

    // The side panel uses all of it: the default comment pre-fills a new sheet, Bob ("me") is the
    // account manager, each custom field type is validated and shown, and "My clients" lists it.
    const panel = await b.openPanel();
    await panel.getByRole('button', { name: 'New sheet' }).first().click();
    await panel.getByLabel('Name', { exact: true }).fill('Cirque Orion');
    await panel.getByTestId('more-details').locator('summary').click();
    assert.equal(await panel.getByLabel('Comments').inputValue(), 'Met {{contact.firstName}}');
    await panel.getByLabel('Account manager').selectOption({ label: 'Bob Martin (me)' });
    const field = (type) => panel.locator(`[data-custom-field="My ${type}"]`);
    await field('text').fill('Big top');
    await field('number').fill('douze');
    await field('url').fill('ftp://orion.example');
    await panel.getByRole('button', { name: 'Create' }).click();
    await panel.getByText('Enter a number.').waitFor();
    await panel.getByText('Enter a web address starting with http:// or https://.').waitFor();
    await field('number').fill('12,5');
    await field('url').fill('https://orion.example/');
    await field('date').fill('2027-03-14');
    await field('single').selectOption('Silver');
    await field('multiple').getByLabel('Gold').check();
    await field('multiple').getByLabel('Bronze').check();
    await field('checkbox').locator('input').check();
    await panel.getByRole('button', { name: 'Create' }).click();
    await panel.getByTestId('sheet-name').filter({ hasText: 'Cirque Orion' }).waitFor();
    const value = (type) => panel.locator(`[data-custom-value="My ${type}"]`).innerText();
    assert.equal(await value('text'), 'Big top');
    assert.equal(await value('number'), '12.5');
    assert.match(await value('date'), /2027/);
    assert.equal(await value('single'), 'Silver');
    assert.equal(await value('multiple'), 'Gold, Bronze');
    assert.equal(await value('checkbox'), 'Yes');
    assert.equal(await value('url'), 'https://orion.example/');
    await waitText(panel.getByTestId('sheet'), /Bob Martin/);
    await waitText(panel.getByTestId('sheet'), /Met\b/);
    await panel.getByRole('button', { name: 'Back' }).click();
    await panel.getByRole('button', { name: 'My clients' }).click();
    await panel.locator('#sheet-results li', { hasText: 'Cirque Orion' }).waitFor();
    assert.equal(await panel.locator('#sheet-results li').count(), 1);

    // The theme setting repaints the open panel at once.
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Dark', { exact: true }).check();
    await waitFor(async () => (await panel.evaluate(() => document.documentElement.dataset.theme)) === 'dark', {
      message: 'dark panel',
    });
  });

  test('speaks French in a French browser', async () => {
    const b = await launch({ lang: 'fr' });
    opened.push(b);
    const { page } = await openOptions(b, '#data');
    await page.getByRole('tab', { name: 'Données' }).waitFor();
    assert.equal(await page.getByRole('tab', { name: 'Données' }).getAttribute('aria-selected'), 'true');
    await page.getByRole('tab', { name: 'Équipe' }).click();
    await page.getByText('Aucun membre dans l’équipe').waitFor();
  });
});
