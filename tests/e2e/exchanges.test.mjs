// Exchanges on a sheet (SPEC §2.4), as a user: a note, an incoming call, a meeting with its
// iCalendar invitation, an email from a template sent through Gmail's compose window, a printable
// letter, a text message; filters, edit, delete with undo.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import { launch, waitFor } from './harness.mjs';

let b;
before(async () => {
  b = await launch({ lang: 'en' });
});
after(async () => {
  await b?.close();
});

test('the six kinds of exchange', async () => {
  const options = await b.context.newPage();
  await options.goto(b.extensionUrl('options.html#templates'));
  // An email template with placeholders, set up in the options page.
  await options.getByRole('button', { name: /^Email/ }).click();
  await options.getByRole('button', { name: 'Add a template' }).click();
  await options.getByLabel('Name', { exact: true }).fill('Relance');
  await options.getByLabel('Subject', { exact: true }).fill('Suite à notre échange, {{company.name}}');
  await options.getByLabel('Text', { exact: true }).fill('Bonjour {{contact.firstName}},');
  await options.getByRole('button', { name: 'Save' }).click();
  await options.locator('[data-template="Relance"]').waitFor();
  await options.close();

  const page = await b.openPanel();
  await page.getByRole('button', { name: 'New sheet' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Garage Morel');
  await page.getByTestId('form-main-address').locator('summary').click();
  await page.getByLabel('Street').fill('3 route de Lyon');
  await page.getByLabel('City').fill('Vienne');
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByTestId('sheet-name').waitFor();
  const contacts = page.getByTestId('contacts');
  await page.getByRole('button', { name: 'Add a contact', exact: true }).click(); // the "Add …" card's while the section is empty
  await contacts.getByLabel('Last name').fill('Morel');
  await contacts.getByLabel('First name').fill('Jules');
  await contacts.getByLabel('Emails', { exact: true }).fill('jules@garage-morel.test');
  await contacts.getByRole('button', { name: 'Save' }).click();
  await contacts.locator('li[data-contact-name="Jules Morel"]').waitFor();

  const ex = page.getByTestId('exchanges');
  const add = async (kindLabel) => {
    await page.getByRole('button', { name: 'Add an exchange', exact: true }).click(); // the section's "+", or the "Add …" card's while empty
    await ex.getByRole('tab', { name: kindLabel }).click();
    return ex.getByRole('form', { name: 'Add an exchange' });
  };
  // A card is one line until opened (issue 12): its details and actions show once it is expanded.
  const expand = async (card) => {
    const line = card.locator('.ex-line');
    if ((await line.getAttribute('aria-expanded')) !== 'true') await line.click();
    return card;
  };

  // Note
  let form = await add('Note');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('Give a title or some content.').waitFor();
  await form.getByLabel('Title', { exact: true }).fill('Premier contact');
  await form.getByLabel('Report').fill('Intéressé par un entretien annuel.');
  await form.getByLabel('Jules Morel').check();
  await form.getByRole('button', { name: 'Save' }).click();
  await ex.locator('li[data-exchange-title="Premier contact"]').waitFor();

  // Incoming call
  form = await add('Call');
  await form.getByLabel('Title', { exact: true }).fill('Appel entrant');
  await form.getByLabel('Received').check();
  await form.getByRole('button', { name: 'Save' }).click();
  assert.match(await (await expand(ex.locator('li[data-exchange-title="Appel entrant"]'))).innerText(), /Received/);

  // Meeting with an invitation
  form = await add('Meeting');
  await form.getByLabel('Title', { exact: true }).fill('Visite atelier');
  await form.getByLabel('Start', { exact: true }).fill('2027-01-12T14:00');
  await form.getByLabel('End', { exact: true }).fill('2027-01-12T13:00');
  await form.getByLabel('Place').fill('Vienne');
  await form.getByLabel('Jules Morel').check();
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('The end is before the start.').waitFor();
  await form.getByLabel('End', { exact: true }).fill('2027-01-12T15:30');
  await form.getByRole('button', { name: 'Save' }).click();
  const meeting = ex.locator('li[data-exchange-title="Visite atelier"]');
  await meeting.waitFor();
  await expand(meeting);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    meeting.getByRole('button', { name: /Download the invitation/ }).click(),
  ]);
  const ics = fs.readFileSync(await download.path(), 'utf8');
  assert.match(ics, /METHOD:REQUEST/);
  assert.match(ics, /SUMMARY:Visite atelier/);
  assert.match(ics.replace(/\r\n /g, ''), /ATTENDEE;CN="Jules Morel".*mailto:jules@garage-morel\.test/);
  assert.match(
    await meeting.getByRole('link', { name: 'Add to Google Calendar' }).getAttribute('href'),
    /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE/,
  );

  // Email from a template, sent through Gmail's compose window
  form = await add('Email');
  await form.getByLabel('Jules Morel').check();
  await form.getByLabel('Template').selectOption({ label: 'Relance' });
  assert.equal(await form.getByLabel('Subject').inputValue(), 'Suite à notre échange, Garage Morel');
  assert.equal(await form.getByLabel('Message').inputValue(), 'Bonjour Jules,');
  const [compose] = await Promise.all([
    b.context.waitForEvent('page'),
    form.getByRole('button', { name: 'Gmail' }).click(),
  ]);
  await compose.waitForURL(/mail\.google\.com/).catch(() => {});
  const composeUrl = new URL(compose.url());
  assert.equal(composeUrl.host, 'mail.google.com');
  assert.equal(composeUrl.searchParams.get('to'), 'jules@garage-morel.test');
  assert.equal(composeUrl.searchParams.get('su'), 'Suite à notre échange, Garage Morel');
  await compose.close();
  // Opening the compose window sends nothing: the email is a draft until the user says it left.
  const email = ex.locator('li[data-exchange-title="Suite à notre échange, Garage Morel"]');
  await email.waitFor();
  assert.equal(await email.getByTestId('exchange-status').innerText(), 'Draft');
  await ex.getByTestId('sent-confirm').getByRole('button', { name: 'Yes, it was sent' }).click();
  await waitFor(async () => /Sent/.test(await (await expand(email)).innerText()), { message: 'email confirmed sent' });

  // Letter, printable in a tab of its own
  form = await add('Letter');
  await form.getByLabel('Title', { exact: true }).fill('Proposition de contrat');
  await form.getByLabel('Content', { exact: true }).fill('Madame, Monsieur,\nVeuillez trouver…');
  await form.getByRole('button', { name: 'Save' }).click();
  const letter = ex.locator('li[data-exchange-title="Proposition de contrat"]');
  await letter.waitFor();
  await expand(letter);
  const [print] = await Promise.all([
    b.context.waitForEvent('page'),
    letter.getByRole('button', { name: 'Print', exact: true }).click(),
  ]);
  await print.getByTestId('letter').waitFor();
  assert.match(
    await print.getByTestId('letter').innerText(),
    /Garage Morel[\s\S]*3 route de Lyon[\s\S]*Vienne[\s\S]*Proposition de contrat/,
  );
  await print.close();
  await letter.getByRole('button', { name: 'Mark as sent' }).click();
  await waitFor(async () => /Sent/.test(await letter.innerText()), { message: 'letter sent' });

  // Text message
  form = await add('Text message');
  await form.getByLabel('Content', { exact: true }).fill('RDV confirmé');
  await form.getByRole('button', { name: 'Save' }).click();
  await ex.locator('li[data-exchange-type="text"]').waitFor();

  // Newest first, filters, delete with undo
  assert.equal(await ex.locator('li[data-exchange-type]').count(), 6);
  assert.equal(
    await ex.locator('li[data-exchange-type]').first().getAttribute('data-exchange-type'),
    'meeting',
    'the 2027 meeting is the newest',
  );
  await ex.getByRole('button', { name: 'Call', exact: true }).click();
  assert.equal(await ex.locator('li[data-exchange-type]').count(), 1);
  await ex.getByRole('button', { name: 'All', exact: true }).click();
  await (
    await expand(ex.locator('li[data-exchange-title="Appel entrant"]'))
  )
    .getByRole('button', { name: 'Delete' })
    .click();
  await waitFor(async () => (await ex.locator('li[data-exchange-type]').count()) === 5, { message: 'deleted' });
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await ex.locator('li[data-exchange-title="Appel entrant"]').waitFor();
});
