// The side panel follows the page (SPEC §4): a Gmail thread served at its real URL is detected by the
// content script; the panel offers a sheet pre-filled with the sender's company and the sender as
// contact; once created, the page matches it by email.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, readShared, waitFor, unfoldForm } from './harness.mjs';

const expectedText = readShared('fixtures', 'pages', 'expected.json');
const html = readShared('fixtures', 'pages', 'gmail-thread-fr-3-messages.html');
const skip = !expectedText || !html ? 'the shared corpus (../shared/fixtures/pages) is absent' : false;

let b;
before(async () => {
  if (!skip) b = await launch({ lang: 'fr' });
});
after(async () => {
  await b?.close();
});

test('a Gmail thread: create the sender’s sheet from the panel, then the page matches it', { skip }, async () => {
  const url = JSON.parse(expectedText).pages['gmail-thread-fr-3-messages.html'].url;
  b.serve('https://mail.google.com/mail/u/0/*', html);
  const gmail = await b.context.newPage();
  await gmail.goto(url);
  const tabId = await waitFor(
    async () => {
      const [tab] = await b.inWorker(() => chrome.tabs.query({ url: 'https://mail.google.com/*' }));
      if (!tab) return null;
      const stored = await b.inWorker((key) => chrome.storage.session.get(key), `detection:${tab.id}`);
      return stored[`detection:${tab.id}`] ? tab.id : null;
    },
    { timeout: 10000, message: 'the Gmail detection in the background' },
  );

  const panel = await b.openPanel(`sidepanel.html?tab=${tabId}`);
  const section = panel.getByTestId('page-panel');
  await section.getByText('Sur cette page').waitFor();
  await section.getByText('Aucune fiche ne correspond encore à cette page.').waitFor();
  await section.getByTestId('create-from-page').click();

  // The form is pre-filled: the sender's company and the sender as first contact.
  assert.match(await panel.getByLabel('Nom', { exact: true }).first().inputValue(), /BATIROC/i);
  const contact = panel.getByTestId('prefill-contact');
  assert.equal(await contact.getByLabel('Prénom').inputValue(), 'Éloïse');
  assert.equal(await contact.getByLabel('Nom', { exact: true }).inputValue(), 'Dupré-Lefèvre');
  assert.equal(await contact.getByLabel('E-mails', { exact: true }).inputValue(), 'eloise.dupre-lefevre@batiroc.fr');
  await panel.getByRole('button', { name: 'Créer', exact: true }).click();
  await panel.getByTestId('sheet-name').waitFor();
  await panel.getByTestId('contacts').locator('li[data-contact-name="Éloïse Dupré-Lefèvre"]').waitFor();

  // Creating from an open email logs it on the new sheet at once ("one click confirms").
  const exchanges = panel.getByTestId('exchanges');
  await exchanges.locator('li[data-exchange-type="email"]').first().waitFor();
  assert.equal(await exchanges.locator('li[data-exchange-type="email"]').count(), 1);

  // Back to the list: the page now matches the new sheet, by the sender's email, already logged.
  await panel.getByRole('button', { name: 'Retour' }).click();
  await section.getByTestId('page-matches').getByText('Même e-mail : eloise.dupre-lefevre@batiroc.fr').waitFor();
  await section.getByTestId('already-logged').waitFor();
  assert.equal(await section.getByTestId('log-email').count(), 0);

  // Logging again through the protocol is idempotent: the background answers "already".
  const reply = await panel.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'email/log', tabId }), tabId);
  assert.equal(reply.ok, true);
  assert.deepEqual(reply.value.logged, []);
  assert.equal(reply.value.already.length, 1);
  await gmail.close();
  await panel.close();
});

test('an email from a known contact: "Log this email" in one click, then "already logged"', { skip }, async () => {
  const url = JSON.parse(expectedText).pages['gmail-thread-fr-3-messages.html'].url;
  const panel = await b.openPanel();
  // A sheet that knows the sender, created by hand.
  await panel.getByRole('button', { name: 'Nouvelle fiche' }).first().click();
  await panel.getByLabel('Nom', { exact: true }).first().fill('Batiroc (compta)');
  await unfoldForm(panel);
  await panel.getByLabel('Domaines e-mail').fill('batiroc.fr');
  await panel.getByRole('button', { name: 'Créer', exact: true }).click();
  await panel.getByTestId('sheet-name').waitFor();
  await panel.close();

  const gmail = await b.context.newPage();
  await gmail.goto(url);
  const [tab] = await b.inWorker(() => chrome.tabs.query({ url: 'https://mail.google.com/*' }));
  const p2 = await b.openPanel(`sidepanel.html?tab=${tab.id}`);
  const section = p2.getByTestId('page-panel');
  await section.getByTestId('page-matches').getByText('Batiroc (compta)').waitFor();
  await section.getByTestId('log-email').click();
  await p2
    .getByTestId('toast')
    .getByText(/E-mail enregistré sur 1 fiche/)
    .waitFor();
  await waitFor(async () => (await section.getByTestId('already-logged').count()) === 2, {
    message: 'both sheets already logged',
  });
  await section.getByTestId('page-matches').getByText('Batiroc (compta)').click();
  const item = p2.getByTestId('exchanges').locator('li[data-exchange-type="email"]');
  await item.waitFor();
  // a card is one line until opened: the direction shows in its details
  const line = item.locator('button.ex-line');
  if ((await line.getAttribute('aria-expanded')) !== 'true') await line.click();
  assert.match(await item.innerText(), /Reçu/);
  await gmail.close();
  await p2.close();
});
