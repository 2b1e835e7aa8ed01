// Firefox e2e, the flows most likely to differ from Chromium, driven as a user does (harness.mjs):
// - a LinkedIn profile at its real URL is detected; a sheet created from it in the panel is pre-filled with
//   the person and the company; the page then matches it, and the toolbar button (MV2 `browserAction`,
//   not `action`) shows the count;
// - an Outlook on the web message at its real URL is detected and shown in the sidebar, which follows the
//   active tab as the user switches tabs; a sheet created from it logs the message at once;
// - an ordinary company site is read only on demand: Firefox hides its URL from Fiche until the site is
//   allowed; then "Read this page" injects the on-demand scripts (scripting.executeScript, seven files in
//   one isolated world) and the panel lists what the page holds, its DOM untouched;
// - a CSV import shows its progress and writes every row.
// What automation cannot do in Firefox 140 ESR: click the toolbar button or a context-menu item, or press an
// extension's keyboard shortcut (BiDi's key events go to the page, never to Firefox's shortcut handling;
// its chrome windows are not reachable over BiDi in 140). Those are the gestures that grant activeTab, so
// the on-demand test allows the site through `permissions.request`, the permission "Read this page" asks
// for; the pref `extensions.webextOptionalPermissionPrompts: false` stands for the user's "Allow" on
// Firefox's prompt, which is browser chrome.
// The tests run in order on one browser: each builds on the data of the one before.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  byText,
  click,
  field,
  launch,
  readStore,
  ROOT,
  sidebarText,
  waitFor,
  waitSidebarText,
  waitText,
} from './harness.mjs';

const fixture = (dir, file) => {
  const folder = path.join(ROOT, 'tests/fixtures', dir);
  return {
    html: fs.readFileSync(path.join(folder, file), 'utf8'),
    expected: JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')).pages[file],
  };
};
const linkedin = fixture('pages', 'linkedin-profile-2025-view-name-fr.html');
const outlook = fixture('pages-mail-linkedin', 'outlook-message-de-signature.html');
const site = fixture('pages-web', 'mentions-legales-sarl-fr.html');
const re = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** The detection the background stored for the tab showing `url` that satisfies `where`, once it is there. */
function storedDetection(page, url, where = () => true) {
  return waitFor(
    async () => {
      const all = await page.evaluate(() => browser.storage.session.get(null));
      for (const [key, value] of Object.entries(all)) {
        if (key.startsWith('detection:') && value?.url === url && where(value.detection)) {
          return { tabId: Number(key.slice('detection:'.length)), ...value };
        }
      }
      return null;
    },
    { timeout: 15_000, message: `the detection of ${url} in the background` },
  );
}

/** The ids of every open tab, asked from an extension page (Firefox hides a tab's URL and title from Fiche
 * where it has no permission, but not its id). */
const tabIds = (panel) => panel.evaluate(async () => (await browser.tabs.query({})).map((t) => t.id));

const badgeOf = (page, tabId) => page.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
const inputValue = (el) => el.evaluate((x) => x.value);

describe('Fiche in Firefox: LinkedIn, Outlook, a company site, a CSV import', { timeout: 180_000 }, () => {
  let b;
  let panel;
  let linkedinTab;
  let linkedinTabId;
  let outlookTab;
  let outlookTabId;

  before(async () => {
    b = await launch({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
    panel = await b.openPanel();
    await waitText(panel, /No client sheet yet/);
  });
  after(async () => {
    await b?.close();
  });

  test('a LinkedIn profile at its real URL: a sheet created from it is pre-filled, then matches and badges the page', async () => {
    const { html, expected } = linkedin;
    linkedinTab = await b.openSite(expected.url, { 'https://www.linkedin.com/in/': html });
    const stored = await storedDetection(panel, expected.url);
    linkedinTabId = stored.tabId;
    assert.equal(stored.detection.kind, 'linkedin-profile');
    const person = expected.people[0];
    assert.equal(stored.detection.people[0].name, person.name);
    assert.equal(stored.detection.message, undefined);

    // The real sidebar follows the tab: the person is on the page, no sheet matches yet.
    await linkedinTab.bringToFront();
    await waitSidebarText(panel, re(person.name), { selector: '[data-testid="page-panel"]', timeout: 15_000 });
    await waitSidebarText(panel, re(`Create “${person.company}”`), { selector: '[data-testid="create-from-page"]' });

    // The panel following that tab, in a tab of its own, for real clicks: create the sheet from the page.
    const follow = await b.openPanel(`?tab=${linkedinTabId}`);
    const create = await byText(follow, '[data-testid="create-from-page"]', `Create “${person.company}”`);
    await create.click();
    await waitText(follow, /Pre-filled from www\.linkedin\.com/);
    assert.equal(await inputValue(await field(follow, 'Name')), person.company);
    const contact = { within: '[data-testid="prefill-contact"]' };
    const [first, ...last] = person.name.split(' ');
    assert.equal(await inputValue(await field(follow, 'First name', contact)), first);
    assert.equal(await inputValue(await field(follow, 'Last name', contact)), last.join(' '));
    assert.equal(await inputValue(await field(follow, 'Job title', contact)), person.title);
    await click(follow, 'Create');
    await waitText(follow, re(person.company), { selector: '[data-testid="sheet-name"]' });
    await follow.waitForSelector(`[data-testid="contacts"] li[data-contact-name="${person.name}"]`);

    // Back to the list: the page matches the new sheet by the profile's LinkedIn address.
    await click(follow, 'Back');
    const matches = await waitText(follow, re(person.company), { selector: '[data-testid="page-matches"]' });
    assert.match(matches, /Same LinkedIn page/);
    assert.equal(await follow.$('[data-testid="create-from-page"]'), null);

    // Read again (a reload), the page now matches one sheet: the toolbar button says so.
    assert.equal(await badgeOf(panel, linkedinTabId), '');
    await linkedinTab.reload({ waitUntil: 'load' });
    const badge = await waitFor(async () => (await badgeOf(panel, linkedinTabId)) || null, {
      message: 'the badge of the LinkedIn tab',
    });
    assert.equal(badge, '1');
    assert.deepEqual(b.errors, []);
    await follow.close();
  });

  test('an Outlook message at its real URL is detected; the sidebar follows tab switches; a sheet from it logs it', async () => {
    const { html, expected } = outlook;
    outlookTab = await b.openSite(expected.url, { 'https://outlook.office.com/mail/': html });
    const stored = await storedDetection(panel, expected.url, (d) => !!d.message);
    outlookTabId = stored.tabId;
    assert.equal(stored.detection.kind, 'outlook-message');
    assert.equal(stored.detection.message.from.email, expected.message.from.email);
    // The subject as shown, with its reply prefix ("AW:"); the corpus holds it without.
    assert.match(stored.detection.message.subject, re(expected.message.subject));
    assert.equal(stored.detection.message.threadId, expected.message.threadId);

    // The sidebar shows the active tab's page, and follows each switch.
    const subject = re(expected.message.subject);
    const person = linkedin.expected.people[0];
    const pagePanel = { selector: '[data-testid="page-panel"]', timeout: 15_000 };
    await outlookTab.bringToFront();
    const shown = await waitSidebarText(panel, subject, pagePanel);
    assert.match(shown, re(expected.message.from.email));
    await linkedinTab.bringToFront();
    await waitSidebarText(panel, re(person.name), pagePanel);
    assert.doesNotMatch(await sidebarText(panel, '[data-testid="page-panel"]'), subject);
    await waitSidebarText(panel, re(person.company), { selector: '[data-testid="page-matches"]' });
    await outlookTab.bringToFront();
    await waitSidebarText(panel, subject, pagePanel);
    assert.equal(await sidebarText(panel, '[data-testid="page-matches"]'), null);

    // A sheet created from the open message logs it on that sheet at once.
    const company = expected.companies[0].name;
    const follow = await b.openPanel(`?tab=${outlookTabId}`);
    await click(follow, `Create “${company}”`, '[data-testid="create-from-page"]');
    assert.equal(await inputValue(await field(follow, 'Name')), company);
    const emails = await field(follow, 'Emails', { within: '[data-testid="prefill-contact"]' });
    assert.equal(await inputValue(emails), expected.message.from.email);
    await click(follow, 'Create');
    await waitText(follow, re(company), { selector: '[data-testid="sheet-name"]' });
    await follow.waitForSelector('[data-testid="exchanges"] li[data-exchange-type="email"]');
    assert.equal((await follow.$$('[data-testid="exchanges"] li[data-exchange-type]')).length, 1);
    // The sidebar, on the Outlook tab, now shows the match, already logged.
    await outlookTab.bringToFront();
    await waitSidebarText(panel, re(company), { selector: '[data-testid="page-matches"]' });
    await waitSidebarText(panel, /Already logged/, { selector: '[data-testid="page-matches"]' });
    assert.deepEqual(b.errors, []);
    await follow.close();
  });

  test('a company site is read on demand: once the site is allowed, "Read this page" runs the on-demand scripts', async () => {
    const { html, expected } = site;
    const origin = `${new URL(expected.url).origin}/`;
    const known = await tabIds(panel);
    const page = await b.openSite(expected.url, { [origin]: html });
    const [tabId, ...more] = (await tabIds(panel)).filter((id) => !known.includes(id));
    assert.equal(typeof tabId, 'number', 'the company site’s tab');
    assert.deepEqual(more, []);
    const before = await page.evaluate(() => document.documentElement.outerHTML);

    // No content script runs there, and Firefox hides the tab's URL from Fiche: the panel following the
    // tab shows no "On this page" at all.
    const follow = await b.openPanel(`?tab=${tabId}`);
    await waitText(follow, /New sheet/);
    assert.equal(await follow.evaluate(async (id) => (await browser.tabs.get(id)).url ?? null, tabId), null);
    assert.equal(await follow.$('[data-testid="page-panel"]'), null);

    // The user allows the site (the permission "Read this page" asks for; Firefox's prompt is answered by
    // the pref, see the header). A real click: Firefox takes permissions.request only from user input.
    await follow.evaluate((origin) => {
      const button = document.createElement('button');
      button.textContent = 'e2e: allow the site';
      button.onclick = () =>
        void browser.permissions.request({ origins: [`${origin}*`] }).then(
          (ok) => (button.dataset.granted = String(ok)),
          (e) => (button.dataset.granted = `error: ${e.message}`),
        );
      document.body.prepend(button);
    }, origin);
    await click(follow, 'e2e: allow the site');
    const granted = await waitFor(
      () => follow.evaluate(() => document.querySelector('button[data-granted]')?.dataset.granted ?? null),
      { message: 'the permission answer' },
    );
    assert.equal(granted, 'true');
    await follow.evaluate(() => document.querySelector('button[data-granted]').remove());

    // Fiche now sees the tab's URL. A tab switch (to the site, back to the panel) makes the panel look
    // again: the page is not read yet.
    assert.equal(await follow.evaluate(async (id) => (await browser.tabs.get(id)).url, tabId), expected.url);
    await page.bringToFront();
    await waitSidebarText(panel, /Fiche reads this site only when you ask\./, {
      selector: '[data-testid="page-panel"]',
    });
    await follow.bringToFront();
    const notRead = await waitText(follow, /Fiche reads this site only when you ask\./, {
      selector: '[data-testid="page-panel"]',
    });
    assert.match(notRead, /Read this page/);
    await click(follow, 'Read this page');
    // The user looks at the page, the sidebar beside it (a tab in the background has its timers slowed to
    // one a second, and the on-demand detector yields to the page every 8 ms).
    await page.bringToFront();

    // The on-demand scripts ran in the page: the background stored a company-site detection.
    const stored = await storedDetection(panel, expected.url, (d) => d.kind === 'company-site');
    assert.equal(stored.tabId, tabId);
    const addresses = stored.detection.emails.map((e) => e.address);
    for (const email of expected.emails) assert.ok(addresses.includes(email), `${email} in ${addresses}`);
    const company = expected.companies[0].name;
    assert.ok(
      stored.detection.companies.some((c) => c.name === company),
      JSON.stringify(stored.detection.companies),
    );
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before, 'the page’s DOM untouched');
    // The real sidebar lists what the page holds and offers its sheet; so does the panel.
    const pagePanel = { selector: '[data-testid="page-panel"]' };
    const inSidebar = await waitSidebarText(panel, re(`Create “${company}”`), pagePanel);
    assert.match(inSidebar, re(`${expected.emails.length} emails`));
    await follow.bringToFront();
    await waitText(follow, re(`Create “${company}”`), pagePanel);
    assert.deepEqual(b.errors, []);
    await follow.close();
    await page.close();
  });

  test('a CSV import shows its progress, then writes every row', async () => {
    const ROWS = 3000;
    const lines = ['Société;Adresse;Code postal;Ville;Prénom;Nom;E-mail;Fonction'];
    for (let i = 0; i < ROWS; i++)
      lines.push(`Atelier Essai ${i};${i} rue des Tests;75011;Paris;Jean;Essai${i};jean${i}@essai${i}.example;Gérant`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fiche-ff-csv-'));
    const file = path.join(dir, 'clients.csv');
    fs.writeFileSync(file, '\ufeff' + lines.join('\r\n'));
    try {
      const before = await readStore(panel, 'companies', 'count');
      const options = await b.open('options.html#data');
      const input = await field(options, 'CSV file');
      await input.uploadFile(file);
      await waitText(options, re(`clients.csv: ${ROWS} rows, UTF-8, separator “;”.`));
      const button = await byText(options, 'button', `Import ${ROWS} sheets and ${ROWS} contacts`, { timeout: 20_000 });

      // Every figure the progress bar shows, recorded in the page as it changes.
      await options.evaluate(() => {
        const seen = (window.__progress = []);
        new MutationObserver(() => {
          const bar = document.querySelector('[data-testid="io-progress"] progress');
          if (bar && seen.at(-1) !== bar.value) seen.push(bar.value);
        }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      await button.click();
      await waitText(options, re(`Imported: ${ROWS} new sheets, 0 merged, 0 skipped, ${ROWS} contacts added.`), {
        selector: '[data-testid="io-import-result"]',
        timeout: 60_000,
      });
      const seen = await options.evaluate(() => window.__progress);
      assert.ok(
        seen.some((p) => p > 0 && p < 100),
        `a figure between 0 and 100 shown: ${JSON.stringify(seen)}`,
      );
      assert.deepEqual(
        [...seen].sort((x, y) => x - y),
        seen,
        'the progress only goes forward',
      );
      assert.equal(await options.$('[data-testid="io-progress"]'), null);
      assert.equal(await readStore(options, 'companies', 'count'), before + ROWS);
      assert.deepEqual(b.errors, []);
      await options.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
