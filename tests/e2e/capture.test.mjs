// Adding the people a page shows to the sheets that exist (SPEC §4), in the real side panel: opened by
// a trusted click as a user does, following the active tab. Pages are served at their real URLs so the
// content scripts run as in production; everything the test does in the panel goes through what a user
// sees (English UI, buttons named "Add …" inside each person's list item, the toast's Undo).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch, readShared, ROOT, waitFor, unfoldForm } from './harness.mjs';

const fixture = (f) => fs.readFileSync(path.join(ROOT, 'tests/fixtures/e2e-capture', f), 'utf8');
const URLS = {
  people: 'https://www.linkedin.com/company/northwind-traders/people/',
  gmail: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzCapture01',
  search: 'https://www.linkedin.com/search/results/people/?keywords=business%20club%20lyon&origin=GLOBAL_SEARCH_HEADER',
};
const sharedExpected = readShared('fixtures', 'pages', 'expected.json');
const profileHtml = readShared('fixtures', 'pages', 'linkedin-profile-fr-contact-info.html');
const profileUrl = sharedExpected
  ? JSON.parse(sharedExpected).pages['linkedin-profile-fr-contact-info.html'].url
  : null;

/** @type {Awaited<ReturnType<typeof launch>>} */
let b;
/** @type {import('puppeteer-core').Page} */
let panel;

/** A sheet made through the panel's own forms, as a user would. */
async function createSheet(page, { name, domains, linkedin, contact }) {
  await page.goto(b.extensionUrl('sidepanel.html'));
  await page.getByRole('button', { name: 'New sheet' }).first().click();
  await page.getByLabel('Name', { exact: true }).first().fill(name);
  await unfoldForm(page);
  if (domains) await page.getByLabel('Email domains').fill(domains);
  if (linkedin) await page.getByLabel('LinkedIn page').fill(linkedin);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByTestId('sheet-name').waitFor();
  if (contact) {
    await page.getByRole('button', { name: 'Add a contact' }).click();
    const form = page.getByRole('form', { name: 'Add a contact' });
    await form.getByLabel('Last name').fill(contact.lastName);
    await form.getByLabel('First name').fill(contact.firstName);
    if (contact.email) await form.getByLabel('Emails', { exact: true }).fill(contact.email);
    if (contact.jobTitle) await form.getByLabel('Job title').fill(contact.jobTitle);
    if (contact.linkedin) await form.getByLabel('LinkedIn profile').fill(contact.linkedin);
    await form.getByRole('button', { name: 'Save' }).click();
    await page
      .getByTestId('contacts')
      .locator(`li[data-contact-name="${contact.firstName} ${contact.lastName}"]`)
      .waitFor();
  }
}

/** Opens a site's page in a tab and brings it to front: the side panel follows it. */
async function visit(url, html, servedAt = url) {
  b.serve(servedAt, html);
  const page = await b.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  return page;
}

const person = (name) => panel.waitForSelector(`li[data-person-name="${name}"]`, { timeout: 10000 });
const button = async (scope, name) =>
  scope.waitForSelector(`::-p-aria([name="${name}"][role="button"])`, { timeout: 10000 });
const textOf = (handle) => handle.evaluate((el) => el.innerText);
async function waitText(scope, text, timeout = 10000) {
  await waitFor(async () => (await textOf(scope)).includes(text), { timeout, message: `"${text}"` });
}
async function toast(text) {
  const el = await panel.waitForSelector('[data-testid="toast"]', { timeout: 10000 });
  await waitText(el, text);
  return el;
}
const sheetNames = () =>
  panel.evaluate(() => [...document.querySelectorAll('li[role="option"] .title')].map((e) => e.textContent));
async function backToList(shown = '[data-testid="page-panel"]') {
  const back = await panel.$('::-p-aria([name="Back"][role="button"])');
  if (back) await back.click();
  await panel.waitForSelector(shown, { timeout: 10000 });
}

describe('people on a page, added to the sheets that exist (real side panel)', () => {
  before(async () => {
    b = await launch({ debugPort: true });
    // Settings: the user's own address and domain, never proposed.
    const options = await b.context.newPage();
    await options.goto(b.extensionUrl('options.html'));
    await options.getByRole('tab', { name: 'Settings' }).click();
    const own = options.locator('form', { has: options.getByLabel('Addresses and domains') });
    await own.getByLabel('Addresses and domains').fill('sam@my-studio.example\nmy-studio.example');
    await own.getByRole('button', { name: 'Save' }).click();
    await options.getByText(/Saved: 2 address/).waitFor();

    const seed = await b.context.newPage();
    await createSheet(seed, {
      name: 'Northwind Traders',
      linkedin: 'https://www.linkedin.com/company/northwind-traders/',
    });
    await createSheet(seed, {
      name: 'Contoso Logistics',
      domains: 'contoso-logistics.example',
      contact: { firstName: 'Priya', lastName: 'Shah', email: 'priya.shah@contoso-logistics.example' },
    });
    await createSheet(seed, { name: 'Demir Transports', domains: 'demir-transports.example' });
    await createSheet(seed, {
      name: 'Lemaître Holding',
      contact: {
        firstName: 'François-Xavier',
        lastName: 'Lemaître',
        jobTitle: 'Gérant',
        linkedin: 'https://www.linkedin.com/in/fx-lemaitre/',
      },
    });
    await seed.close();
    ({ panel } = await b.openSidePanel(options));
  });
  after(async () => {
    await b?.close();
  });

  test('a LinkedIn company People page: Update sheet with the page’s facts, then add two people to the company’s sheet', async () => {
    const page = await visit(URLS.people, fixture('linkedin-company-people.html'));
    const section = await panel.waitForSelector('[data-testid="page-panel"]', { timeout: 10000 });
    await waitText(section, 'Northwind Traders');

    // Company facts: the website and domain the page shows fill the sheet's empty fields, with their source.
    const facts = await panel.waitForSelector('[data-testid="capture-facts"]', { timeout: 10000 });
    await (await button(facts, 'Update sheet')).click();
    const diff = await facts.waitForSelector('[data-testid="capture-diff"]');
    await waitText(diff, 'https://www.northwind-traders.example/');
    await (await button(diff, 'Apply')).click();
    await toast('Northwind Traders updated');

    const stored = await b.inWorker(async () =>
      Object.values(await chrome.storage.session.get(null)).find((v) =>
        v?.url?.includes('/company/northwind-traders/people'),
      ),
    );
    assert.ok(stored?.detection.people.length, 'the People tab is read: its people reach the background');
    for (const name of ['Hannah Okafor', 'Mathis Renaud']) {
      const li = await person(name);
      await waitText(li, 'New');
      await (await button(li, 'Add to Northwind Traders')).click();
      await toast(`${name} added to Northwind Traders`);
      await waitText(li, 'Contact of Northwind Traders');
    }
    const ines = await person('Inês Carvalho');
    assert.ok((await textOf(ines)).includes('New'), 'the third person is still new');
    // The sheet lists both, with where they came from.
    await (await button(await person('Hannah Okafor'), 'Northwind Traders')).click();
    const contacts = await panel.waitForSelector('[data-testid="contacts"]', { timeout: 10000 });
    await waitText(contacts, 'Mathis Renaud');
    await waitText(contacts, 'Added from linkedin.com (a LinkedIn company page)');
    await waitText(await panel.waitForSelector('[data-testid="fact-sources"]'), 'Website from linkedin.com');
    await backToList();
    await page.close();
  });

  test('a Gmail thread: the cc’d colleague is added to the client’s sheet; the user’s own domain and strangers are not proposed', async () => {
    const page = await visit(URLS.gmail, fixture('gmail-thread-cc.html'), 'https://mail.google.com/mail/u/0/*');
    const priya = await person('Priya Shah');
    await waitText(priya, 'Contact of Contoso Logistics');
    const tom = await person('Tom Baker');
    await waitText(tom, 'New');
    const names = await panel.$$eval('li[data-testid="page-person"]', (els) =>
      els.map((e) => e.getAttribute('data-person-name')),
    );
    assert.deepEqual(
      names,
      ['Priya Shah', 'Tom Baker'],
      'neither Lucy (own domain) nor Ravi (another company) is proposed',
    );

    // Keyboard: the button is a real button inside the list item.
    const add = await button(tom, 'Add to Contoso Logistics');
    await add.focus();
    await panel.keyboard.press('Enter');
    await toast('Tom Baker added to Contoso Logistics');
    await waitText(tom, 'Contact of Contoso Logistics');

    await (await button(tom, 'Contoso Logistics')).click();
    const contacts = await panel.waitForSelector('[data-testid="contacts"]', { timeout: 10000 });
    await waitText(contacts, 'tom.baker@contoso-logistics.example');
    await waitText(contacts, 'Added from mail.google.com (an email)');
    await backToList();
    await page.close();
  });

  test('a list of people of several companies: select three, add them; the missing sheets are created; undo removes them', async () => {
    const page = await visit(URLS.search, fixture('linkedin-search-members.html'));
    const clara = await person('Clara Vidal');
    await button(clara, 'Add to a new sheet “Vidal Menuiseries”');
    await button(await person('Yusuf Demir'), 'Add to Demir Transports');
    for (const name of ['Clara Vidal', 'Yusuf Demir', 'Agathe Morel']) {
      await (await (await person(name)).waitForSelector(`::-p-aria([name="Select ${name}"][role="checkbox"])`)).click();
    }
    const before = await sheetNames();
    await (await button(panel, 'Add 3 people')).click();
    const done = await toast('People added: 3; sheets created: 2');
    for (const [name, sheet] of [
      ['Clara Vidal', 'Vidal Menuiseries'],
      ['Yusuf Demir', 'Demir Transports'],
      ['Agathe Morel', 'Atelier Morel'],
    ]) {
      await waitText(await person(name), `Contact of ${sheet}`);
    }
    await waitFor(async () => (await sheetNames()).includes('Atelier Morel'), {
      message: 'the new sheets in the list',
    });
    assert.deepEqual((await sheetNames()).filter((n) => !before.includes(n)).sort(), [
      'Atelier Morel',
      'Vidal Menuiseries',
    ]);
    await waitText(await person('Hugo Lambert'), 'New');

    await (await button(done, 'Undo')).click();
    const undone = await toast('Undone: 3 contacts and 2 sheets removed');
    await (await button(undone, 'Close')).click(); // the toast sits over the end of the list
    await waitText(await person('Clara Vidal'), 'New');
    await waitText(await person('Yusuf Demir'), 'New');
    await waitFor(async () => !(await sheetNames()).includes('Atelier Morel'), { message: 'the created sheets gone' });
    assert.deepEqual((await sheetNames()).sort(), before.sort(), 'undo removed what was created, and only that');

    // Another sheet than the one the page suggests: search it, add there.
    const hugo = await person('Hugo Lambert');
    await (await button(hugo, 'Add to another sheet…')).click();
    const search = await hugo.waitForSelector('input[type="search"][aria-label="Search a sheet"]', { timeout: 10000 });
    await search.type('Demir');
    await (await button(hugo, 'Add Hugo Lambert to Demir Transports')).click();
    await toast('Hugo Lambert added to');
    await waitText(hugo, 'Already on Demir Transports');
    await page.close();
  });

  test('"Add to Fiche" on a selection goes through the same list: Add to the sheet of the address’s domain', async () => {
    // What the background stores when the context menu is clicked on "Dana Lee <dana.lee@contoso-logistics.example>"
    // (a browser's context menu cannot be clicked by a test): the panel picks it up.
    await b.inWorker(() =>
      chrome.storage.session.set({
        pendingPrefill: {
          prefill: {
            company: {
              name: 'Contoso Logistics',
              kind: 'company',
              domains: ['contoso-logistics.example'],
              website: 'https://contoso-logistics.example',
            },
            person: {
              firstName: 'Dana',
              lastName: 'Lee',
              email: 'dana.lee@contoso-logistics.example',
              jobTitle: '',
              phone: '',
              linkedinUrl: '',
            },
            source: 'person',
          },
          from: 'blog.example.org',
          pageUrl: 'https://blog.example.org/team-news',
          at: Date.now(),
        },
      }),
    );
    const card = await panel.waitForSelector('[data-testid="selection-panel"]', { timeout: 10000 });
    const dana = await card.waitForSelector('li[data-person-name="Dana Lee"]');
    await (await button(dana, 'Add to Contoso Logistics')).click();
    await toast('Dana Lee added to Contoso Logistics');
    await waitText(dana, 'Contact of Contoso Logistics');
    await (await button(dana, 'Contoso Logistics')).click();
    await waitText(
      await panel.waitForSelector('[data-testid="contacts"]', { timeout: 10000 }),
      'Added from blog.example.org (a selection)',
    );
    await backToList('[data-testid="selection-panel"]');
    await (await button(await panel.waitForSelector('[data-testid="selection-panel"]'), 'Close')).click();
    await waitFor(async () => !(await panel.$('[data-testid="selection-panel"]')), {
      message: 'the selection card closed',
    });
  });

  test(
    'a person already on another sheet: "Already on …", and Update fills only the empty fields',
    { skip: !profileHtml && 'the shared corpus is absent' },
    async () => {
      const page = await visit(profileUrl, profileHtml);
      const fx = await person('François-Xavier Lemaître');
      await waitText(fx, 'Already on Lemaître Holding');
      assert.equal(
        await fx.$('::-p-aria([name^="Add to"][role="button"])'),
        null,
        'no Add for someone already a contact',
      );
      await (await button(fx, 'Update')).click();
      const diff = await fx.waitForSelector('[data-testid="capture-diff"]');
      const rows = await diff.$$eval('tbody tr', (trs) =>
        trs.map((tr) => [tr.dataset.field, !!tr.querySelector('input[type=checkbox]')]),
      );
      assert.deepEqual(
        Object.fromEntries(rows),
        { email: true, jobTitle: false, phone: true },
        'the title differs but is kept; empty email and phone can be filled',
      );
      await (await button(diff, 'Apply')).click();
      await toast('François-Xavier Lemaître updated');

      await (await button(fx, 'Lemaître Holding')).click();
      const contacts = await panel.waitForSelector('[data-testid="contacts"]', { timeout: 10000 });
      await waitText(contacts, 'fx.lemaitre@maison-lemaitre.fr');
      await waitText(contacts, '+33 3 80 22 14 07');
      const text = await textOf(contacts);
      assert.ok(text.includes('Gérant') && !text.includes('Directeur commercial'), 'the job title was not overwritten');
      await backToList();
      await page.close();
    },
  );
});
