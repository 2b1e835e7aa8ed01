// Firefox e2e: the built Firefox extension (MV2, sidebar_action) in Debian's firefox-esr over WebDriver
// BiDi (harness.mjs). As a user: the side panel renders, in the sidebar Firefox opens at install and
// in a tab; a sheet is created and lands in the database; a Gmail thread served at its real URL is
// detected by the content script, shown in the sidebar when its tab is active, matched to the sheet by
// its domain and logged once, however often "Log this email" is pressed; a backup is downloaded.
// The tests run in order on one browser: each builds on the data of the one before.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  byText,
  click,
  EXT,
  fill,
  launch,
  readStore,
  ROOT,
  sidebarText,
  waitFor,
  waitSidebarText,
  waitText,
} from './harness.mjs';

const corpus = path.join(ROOT, 'tests/fixtures/pages-mail-linkedin');
const GMAIL_FILE = 'gmail-thread-fr-signatures.html';
const gmailHtml = fs.readFileSync(path.join(corpus, GMAIL_FILE), 'utf8');
const gmail = JSON.parse(fs.readFileSync(path.join(corpus, 'expected.json'), 'utf8')).pages[GMAIL_FILE];
const SHEET = 'Atelier Ferrand';
const DOMAIN = 'atelier-ferrand.fr';
const re = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const SUBJECT = re(gmail.message.subject);

/** The detection the background stored for the tab showing `url`, once it is there. */
function storedDetection(page, url) {
  return waitFor(
    () =>
      page.evaluate(async (url) => {
        const all = await browser.storage.session.get(null);
        for (const [key, value] of Object.entries(all)) {
          if (key.startsWith('detection:') && value?.url === url && value.detection?.message) {
            return { tabId: Number(key.slice('detection:'.length)), ...value };
          }
        }
        return null;
      }, url),
    { timeout: 15_000, message: `the detection of ${url} in the background` },
  );
}

// A hang (a lost BiDi reply) fails the suite instead of stalling `npm test`.
describe('Fiche in Firefox', { timeout: 180_000 }, () => {
  let b;
  let panel;
  let companyId;

  before(async () => {
    b = await launch();
  });
  after(async () => {
    await b?.close();
  });

  test('the panel renders, in the sidebar Firefox opened at install and in a tab', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(EXT, 'manifest.json'), 'utf8'));
    assert.equal(manifest.sidebar_action.default_panel, 'sidepanel.html');
    panel = await b.openPanel();
    // The real sidebar: Firefox opened it when the add-on was installed.
    await waitSidebarText(panel, /No client sheet yet/);
    const where = await panel.evaluate(() => browser.extension.getViews({ type: 'sidebar' })[0].location.pathname);
    assert.equal(where, '/sidepanel.html');
    // The same page in a tab, which the tests drive with real clicks and typing.
    await waitText(panel, /No client sheet yet/);
    assert.match(await panel.evaluate(() => document.documentElement.lang), /^en\b/);
    await byText(panel, 'button', 'New sheet');
    // The page is the extension's own, with the WebExtension API (not a web page under its URL).
    assert.equal(await panel.evaluate(() => browser.runtime.id), 'fiche@fiche.local');
    assert.equal(await panel.evaluate(() => browser.runtime.getManifest().manifest_version), manifest.manifest_version);
    assert.deepEqual(b.errors, []);
  });

  test('a sheet created in the panel is stored in the database', async () => {
    await click(panel, 'New sheet');
    await fill(panel, 'Name', SHEET);
    // Optional parts are folded on creation: open "More details" as a user does.
    await (await panel.waitForSelector('[data-testid="more-details"] summary')).click();
    await fill(panel, 'Email domains', DOMAIN);
    await click(panel, 'Create');
    await waitText(panel, new RegExp(SHEET), { selector: '[data-testid="sheet-name"]' });

    const companies = await readStore(panel, 'companies');
    assert.equal(companies.length, 1);
    assert.equal(companies[0].name, SHEET);
    assert.deepEqual(companies[0].domains, [DOMAIN]);
    companyId = companies[0].id;

    // Back to the list: the sheet is listed, read back from the database.
    await click(panel, 'Back');
    const item = await byText(panel, '#sheet-results li', new RegExp(SHEET));
    assert.ok(item);
    assert.deepEqual(b.errors, []);
  });

  test('a Gmail thread served at its real URL is detected, matched and logged once', async () => {
    const site = await b.openSite(gmail.url, { 'https://mail.google.com/mail/u/0/': gmailHtml });
    assert.equal(await site.evaluate(() => location.href), gmail.url);

    // Detected: the content script's detection reaches the background (storage.session, per tab).
    const stored = await storedDetection(panel, gmail.url);
    assert.equal(stored.detection.kind, 'gmail-thread');
    assert.equal(stored.detection.message.from.email, gmail.message.from.email);
    assert.equal(stored.detection.message.subject, gmail.message.subject);
    assert.equal(stored.detection.message.threadId, gmail.message.threadId);

    // Matched: the sidebar follows the active tab; with the Gmail tab in front it shows the thread
    // and the sheet that knows its domain.
    await site.bringToFront();
    await waitSidebarText(panel, SUBJECT, { selector: '[data-testid="page-panel"]', timeout: 15_000 });
    const inSidebar = await waitSidebarText(panel, new RegExp(SHEET), { selector: '[data-testid="page-matches"]' });
    assert.match(inSidebar, re(`Same domain: ${DOMAIN}`));
    await waitSidebarText(panel, re(`Log this email on “${SHEET}”`), { selector: '[data-testid="log-email"]' });

    // The same panel following that tab, in a tab of its own, for real clicks.
    const follow = await b.openPanel(`?tab=${stored.tabId}`);
    await waitText(follow, SUBJECT, { selector: '[data-testid="page-panel"]' });
    const matches = await waitText(follow, re(SHEET), { selector: '[data-testid="page-matches"]' });
    assert.match(matches, re(`Same domain: ${DOMAIN}`));
    assert.equal(await follow.$eval('[data-testid="page-matches"] li', (li) => li.dataset.companyId), companyId);

    // Logged once: a double click on "Log this email", then the badge; the button is gone.
    const log = await follow.waitForSelector('[data-testid="log-email"]');
    assert.match(await log.evaluate((el) => el.textContent), re(`Log this email on “${SHEET}”`));
    await log.click({ count: 2 });
    await waitText(follow, /Email logged on 1 sheet\./, { selector: '[data-testid="toast"]' });
    await follow.waitForSelector('[data-testid="already-logged"]');
    await waitFor(async () => (await follow.$('[data-testid="log-email"]')) === null, { message: 'no log button' });
    // Back on the Gmail tab, the sidebar follows it again: already logged, nothing left to log.
    await site.bringToFront();
    await waitSidebarText(panel, /Already logged/, { selector: '[data-testid="page-matches"]' });
    await waitFor(async () => (await sidebarText(panel, '[data-testid="log-email"]')) === null, {
      message: 'no log button in the sidebar',
    });

    // Asking again through the protocol (the keyboard shortcut's path) changes nothing.
    const reply = await follow.evaluate(
      (tabId) => browser.runtime.sendMessage({ type: 'email/log', tabId }),
      stored.tabId,
    );
    assert.equal(reply.ok, true, JSON.stringify(reply));
    assert.deepEqual(reply.value.logged, []);
    assert.equal(reply.value.already.length, 1);

    const emails = (await readStore(follow, 'interactions')).filter((i) => i.type === 'email');
    assert.equal(emails.length, 1, JSON.stringify(emails.map((e) => e.title)));
    assert.equal(emails[0].companyId, companyId);
    assert.equal(emails[0].direction, 'in');
    assert.match(emails[0].title, SUBJECT);

    // The sheet shows that one exchange (in front again: a background tab gets no animation frames).
    await follow.bringToFront();
    await click(follow, new RegExp(`^${SHEET}`), '[data-testid="page-matches"] li');
    await waitText(follow, new RegExp(SHEET), { selector: '[data-testid="sheet-name"]' });
    await follow.waitForSelector('[data-testid="exchanges"] li[data-exchange-type="email"]');
    assert.equal((await follow.$$('[data-testid="exchanges"] li[data-exchange-type]')).length, 1);
    assert.deepEqual(b.errors, []);
    await follow.close();
    await site.close();
  });

  test('a backup is downloaded with the sheet and its exchange', async () => {
    const options = await b.open('options.html#data');
    await click(options, 'Download a backup');
    const file = await b.downloaded(/^fiche-backup-.*\.json$/);
    const backup = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(backup.fiche.app, 'fiche');
    assert.equal(backup.fiche.counts.companies, 1);
    assert.equal(backup.fiche.counts.interactions, 1);
    const tables = Object.fromEntries(backup.data.data.map((t) => [t.tableName, t.rows]));
    assert.equal(tables.companies[0].name, SHEET);
    assert.equal(tables.interactions[0].companyId, companyId);
    assert.deepEqual(b.errors, []);
    await options.close();
  });
});
