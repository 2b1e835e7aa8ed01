/**
 * Daily use at 400×900 in English (issue 12, the parts on sending, forms, money and letters): an email
 * sent through the webmail is a draft until confirmed, "Send later" and due tasks get alarms and a
 * notification that opens the compose page, forms take focus, close on Escape and guard unsaved
 * changes, the Gmail pre-fill reads the signature with Create in view, a VAT rate computes the
 * incl.-tax amount, and a letter uses the chosen address, prints its date once and the sender block.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, waitFor } from './harness.mjs';

let b;
before(async () => {
  b = await launch({ lang: 'en' });
  const page = await b.openPanel();
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'demo/load' }));
  assert.equal(reply.ok, true, JSON.stringify(reply));
  await page.close();
});
after(async () => {
  await b?.close();
});

async function panel() {
  const page = await b.openPanel();
  await page.setViewportSize({ width: 400, height: 900 });
  return page;
}

async function openSheet(page, name) {
  await page.getByRole('combobox', { name: 'Search' }).fill(name);
  await page.locator('#sheet-results li', { hasText: name }).first().click();
  await page.getByTestId('sheet-name').filter({ hasText: name }).waitFor();
}

const focusedInside = (page, selector) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);

describe('daily use', () => {
  test('an email sent through Gmail stays a draft until the user confirms it; one status per card', async () => {
    const page = await panel();
    await openSheet(page, 'Atelier Lumière');
    const ex = page.getByTestId('exchanges');
    await ex.getByRole('button', { name: 'Add an exchange' }).click();
    const form = ex.getByRole('form', { name: 'Add an exchange' });
    await form.waitFor();
    assert.ok(await focusedInside(page, 'form'), 'focus moves into the form');
    await form.getByRole('tab', { name: 'Email' }).click();
    await form.getByLabel('Élodie Martin').check();
    await form.getByLabel('Subject').fill('Daily check');
    await form.getByLabel('Message').fill('Hello Élodie');
    const [compose] = await Promise.all([
      b.context.waitForEvent('page'),
      form.getByRole('button', { name: 'Gmail' }).click(),
    ]);
    await compose.waitForURL(/mail\.google\.com/).catch(() => {});
    assert.equal(new URL(compose.url()).searchParams.get('su'), 'Daily check');
    await compose.close();
    const card = ex.locator('li[data-exchange-title="Daily check"]');
    await card.waitFor();
    assert.equal(
      await card.getByTestId('exchange-status').innerText(),
      'Draft',
      'opening the compose window sent nothing',
    );
    await ex.getByTestId('sent-confirm').getByRole('button', { name: 'Not yet: keep the draft' }).click();
    assert.equal(await card.getByTestId('exchange-status').innerText(), 'Draft');
    await card.locator('button.ex-line').click(); // a card is one line until opened
    await card.getByRole('button', { name: 'Mark as sent' }).click();
    await waitFor(async () => (await card.getByTestId('exchange-status').innerText()) === 'Sent', {
      message: 'marked sent',
    });
    assert.equal(await card.getByTestId('exchange-status').count(), 1, 'one status');
    assert.doesNotMatch(await card.innerText(), /↗/);
    await page.close();
  });

  test('forms: focus in and back, Escape closes, unsaved changes are guarded on Escape and Back', async () => {
    const page = await panel();
    await openSheet(page, 'Atelier Lumière');
    const ex = page.getByTestId('exchanges');
    const plus = ex.getByRole('button', { name: 'Add an exchange' });
    await plus.click();
    const form = ex.getByRole('form', { name: 'Add an exchange' });
    await form.waitFor();
    assert.ok(await focusedInside(page, 'form'), 'focus is in the form as soon as it shows');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    await waitFor(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Add an exchange'), {
      message: 'focus back on +',
    });

    await plus.click();
    await form.getByLabel('Title', { exact: true }).fill('Unsaved note');
    await page.keyboard.press('Escape');
    const guard = page.getByTestId('leave-guard');
    await guard.waitFor();
    await guard.getByRole('button', { name: 'Keep editing' }).click();
    assert.equal(await form.getByLabel('Title', { exact: true }).inputValue(), 'Unsaved note');
    // The action bar stays in view while the form is on screen.
    assert.equal(await form.locator('.form-actions').evaluate((el) => getComputedStyle(el).position), 'sticky');
    await page.getByRole('button', { name: 'Back' }).click();
    await guard.waitFor();
    assert.ok(await page.getByTestId('sheet').isVisible(), 'Back waits for the answer');
    await guard.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByTestId('sheet').waitFor({ state: 'detached' });
    await page.close();
  });

  test('every form shown in place asks before Escape drops its edits: task, ticket, opportunity and the options forms', async () => {
    // [where, the button that opens the form, the form's name, a field to type in]
    const forms = [
      ['sheet', 'Plan a task', 'Add a task', 'Task'],
      ['sheet', 'Open a ticket', 'Open a ticket', 'Subject'],
      ['sheet', 'Add an opportunity', 'Add an opportunity', 'Title'],
      ['options', /Add a member$/, 'Add a member', 'Name'],
      ['options#templates', /Add a template$/, 'Add a template', 'Name'],
      ['options#fields', /Add a field$/, 'Add a field', 'Label'],
      ['options#pipelines', /Add a pipeline$/, 'Add a pipeline', 'Pipeline name'],
    ];
    for (const [where, button, name, field] of forms) {
      let page;
      if (where === 'sheet') {
        page = await panel();
        await openSheet(page, 'Atelier Lumière');
      } else {
        page = await b.context.newPage();
        await page.goto(b.extensionUrl(`options.html${where.slice('options'.length)}`));
        await page.getByRole('tablist').waitFor();
      }
      await page.getByRole('button', { name: button }).first().click();
      const form = page.getByRole('form', { name });
      await form.getByLabel(field, { exact: true }).fill('Unsaved words');
      await page.keyboard.press('Escape');
      const guard = page.getByTestId('leave-guard');
      await guard.waitFor().catch(() => assert.fail(`${name}: Escape dropped the edits without asking`));
      await guard.getByRole('button', { name: 'Keep editing' }).click();
      assert.equal(await form.getByLabel(field, { exact: true }).inputValue(), 'Unsaved words', name);
      await page.keyboard.press('Escape');
      await guard.getByRole('button', { name: 'Discard changes' }).click();
      await form.waitFor({ state: 'detached' });
      await page.close();
    }
  });

  test('"Send later" and a due task get alarms; at the time a notification opens the compose page', async () => {
    // The last sweep was two minutes ago, as after a sleep: what fell due since is shown at the next sweep.
    await b.inWorker(() => chrome.storage.local.set({ 'reminders:lastSweep': Date.now() - 120_000 }));
    const page = await panel();
    await openSheet(page, 'Atelier Lumière');
    const ex = page.getByTestId('exchanges');
    await ex.getByRole('button', { name: 'Add an exchange' }).click();
    const form = ex.getByRole('form', { name: 'Add an exchange' });
    await form.getByRole('tab', { name: 'Email' }).click();
    await form.getByLabel('Élodie Martin').check();
    await form.getByLabel('Subject').fill('Later check');
    await form.getByLabel('Message').fill('Scheduled body');
    await form.getByRole('checkbox', { name: 'Send later' }).check();
    const thisMinute = await page.evaluate(() => {
      const d = new Date();
      const p = (n) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    });
    await form.locator('input[name="scheduledAt"]').fill(thisMinute);
    await form.getByRole('button', { name: 'Schedule' }).click();
    await ex.locator('li[data-exchange-title="Later check"]').waitFor();

    const name = await waitFor(
      async () =>
        Object.keys(await b.inWorker(() => chrome.notifications.getAll())).find((n) => n.startsWith('fiche:email:')),
      { timeout: 10_000, message: 'a notification for the scheduled email' },
    );
    // A click on the notification opens this page (the click itself is the browser's to make).
    const id = name.slice('fiche:email:'.length);
    const composePage = await b.openPanel(`sidepanel.html?compose=${encodeURIComponent(id)}`);
    await composePage.setViewportSize({ width: 400, height: 900 });
    const view = composePage.getByTestId('compose-view');
    await view.getByText('Later check').waitFor();
    const [gmail] = await Promise.all([
      b.context.waitForEvent('page'),
      view.getByRole('button', { name: 'Gmail' }).click(),
    ]);
    await gmail.close();
    await view.getByRole('button', { name: 'Yes, it was sent' }).click();
    await view.getByText('This email was sent.').waitFor();

    // A task due tomorrow: an alarm at 9:00 that day, derived from the database.
    const tasks = page.getByTestId('tasks');
    await tasks.getByRole('button', { name: 'Add a task' }).click();
    const taskForm = tasks.getByRole('form', { name: 'Add a task' });
    const tomorrow = await page.evaluate(() => {
      const d = new Date(Date.now() + 86_400_000);
      const p = (n) => String(n).padStart(2, '0');
      return {
        day: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`,
        at: new Date(d.getFullYear(), d.getMonth(), d.getDate(), 9).getTime(),
      };
    });
    await taskForm.getByLabel('Task').fill('Call Élodie back');
    await taskForm.getByLabel('Due date').fill(tomorrow.day);
    await taskForm.getByRole('button', { name: 'Save' }).click();
    const alarm = await waitFor(
      async () =>
        (await b.inWorker(() => chrome.alarms.getAll())).find(
          (a) => a.name.startsWith('fiche:task:') && a.scheduledTime === tomorrow.at,
        ),
      { message: 'an alarm for the task' },
    );
    assert.ok(alarm);

    // A click on the task's notification opens its sheet on the task: the folded section unfolds, the task has the focus.
    await tasks.locator('h2 .section-toggle').click();
    await waitFor(async () => (await tasks.getAttribute('data-folded')) === 'true', { message: 'tasks folded' });
    const companyId = await page.getByTestId('sheet').getAttribute('data-company-id');
    const taskId = alarm.name.slice('fiche:task:'.length);
    const taskPage = await b.openPanel(
      `sidepanel.html?sheet=${encodeURIComponent(companyId)}&task=${encodeURIComponent(taskId)}`,
    );
    await taskPage.setViewportSize({ width: 400, height: 900 });
    await waitFor(
      async () =>
        (await taskPage.evaluate(() => document.activeElement?.getAttribute('data-task'))) === 'Call Élodie back',
      {
        message: 'the task has the focus',
      },
    );
    assert.equal(await taskPage.getByTestId('tasks').getAttribute('data-folded'), null);
    const box = await taskPage.locator('li[data-task="Call Élodie back"]').boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 900, 'the task is on screen');
    await taskPage.close();
    await composePage.close();
    await page.close();
  });

  test('the Gmail pre-fill reads the signature, and Create shows without scrolling at 400×900', async () => {
    const page = await panel();
    const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzDaily';
    b.serve(
      'https://mail.google.com/mail/u/0/*',
      `<!DOCTYPE html><html lang="en"><head><title>Quote - me@example-own.test - Gmail</title></head><body>
      <div role="main"><h2 class="hP" data-thread-perm-id="thread-f:1800000000000000777" data-legacy-thread-id="18f7">Quote for the showroom</h2>
      <div role="list"><div role="listitem" aria-expanded="true"><div data-message-id="#msg-f:1800000000000000777">
      <h3><span class="gD" email="karim.benali@batiroc-daily.example" name="Karim Benali">Karim Benali</span></h3>
      <span class="g3" title="Wed, Mar 13, 2024, 10:42 AM">10:42 AM</span>
      <div class="a3s"><div>Hello,</div><div>Could you send the quote?</div><div><br></div><div>Best regards,</div>
      <div>Karim Benali</div><div>Purchasing Director</div><div>12 rue des Lilas</div><div>69003 Lyon</div>
      <div>Phone: 04 72 00 00 00</div><div>Mobile: 06 12 34 56 78</div></div></div></div></div></div></body></html>`,
    );
    const gmail = await b.context.newPage();
    await gmail.goto(url);
    await gmail.bringToFront();
    const create = page.getByRole('button', { name: /^Create “/ });
    await create.waitFor({ timeout: 10_000 });
    await create.click();
    const form = page.getByRole('form', { name: 'New sheet' });
    await form.waitFor();
    const contact = form.getByTestId('prefill-contact');
    assert.equal(await contact.getByLabel('Job title').inputValue(), 'Purchasing Director');
    assert.equal(await contact.getByLabel('Phone').inputValue(), '04 72 00 00 00');
    assert.equal(await contact.getByLabel('Mobile').inputValue(), '06 12 34 56 78');
    assert.match(
      await form.getByTestId('form-main-address').locator('summary').innerText(),
      /12 rue des Lilas, 69003 Lyon/,
    );
    const box = await form.getByRole('button', { name: 'Create', exact: true }).boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 900, `Create at ${JSON.stringify(box)}`);
    assert.equal(await page.evaluate(() => document.scrollingElement.scrollTop), 0, 'no scrolling needed');
    assert.equal(
      await page.evaluate(() => document.documentElement.scrollWidth <= 400),
      true,
      'nothing scrolls sideways',
    );
    await form.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByTestId('sheet-name').filter({ hasText: 'Batiroc Daily' }).waitFor();
    await gmail.close();
    await page.close();
  });

  test('a VAT rate computes the incl.-tax amount; CSV amounts for French Excel', async () => {
    const page = await panel();
    await openSheet(page, 'Atelier Lumière');
    const sales = page.getByTestId('sales');
    await sales.getByRole('button', { name: 'Record a quote, an order or an invoice' }).click();
    await sales.getByRole('menuitem', { name: 'Record a quote' }).click();
    const form = sales.getByRole('form', { name: 'Record a quote' });
    await form.getByLabel('Amount excl. tax').fill('999.99');
    assert.equal(await form.getByLabel('Amount incl. tax').inputValue(), '1199.99', 'France 20 % by default');
    await form.getByLabel('VAT rate').selectOption({ label: 'France 5.5%' });
    assert.equal(
      await form.getByLabel('Amount incl. tax').inputValue(),
      '1054.99',
      '999.99 × 1.055 = 1054.989 → 1054.99',
    );
    await form.getByLabel('VAT rate').selectOption({ label: 'Germany 19%' });
    assert.equal(await form.getByLabel('Amount incl. tax').inputValue(), '1189.99');
    await form.getByRole('button', { name: 'Cancel' }).click();

    const options = await b.context.newPage();
    await options.goto(b.extensionUrl('options.html#data'));
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options
        .getByRole('button', { name: /invoices/i })
        .first()
        .click(),
    ]);
    const text = await new Promise((resolve, reject) => {
      download.createReadStream().then((s) => {
        const chunks = [];
        s.on('data', (c) => chunks.push(c));
        s.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        s.on('error', reject);
      }, reject);
    });
    const [header, first] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    assert.match(header, /;/, 'the delimiter is ;');
    assert.match(first, /;"?-?\d+,\d{2}"?;/, `decimal commas: ${first}`); // quoted: the cell holds a comma
    assert.doesNotMatch(first, /;-?\d+\.\d{2};/);
    await options.close();
    await page.close();
  });

  test('a letter: placeholders from the chosen address, the date once, the sender block from settings', async () => {
    const options = await b.context.newPage();
    await options.goto(b.extensionUrl('options.html#settings'));
    const sender = options.getByRole('form', { name: 'Letters: sender' });
    await sender.getByLabel('Your name').fill('Bob Martin');
    await sender.getByLabel('Company').fill('Martin Conseil');
    await sender.getByLabel('Postal address').fill('8 quai Saint-Antoine\n69002 Lyon');
    await sender.getByRole('button', { name: 'Save' }).click();
    await options.getByTestId('toast').waitFor();
    await options.close();

    const page = await panel();
    await openSheet(page, 'Atelier Lumière');
    const ex = page.getByTestId('exchanges');
    await ex.getByRole('button', { name: 'Add an exchange' }).click();
    const form = ex.getByRole('form', { name: 'Add an exchange' });
    await form.getByRole('tab', { name: 'Letter' }).click();
    await form.getByLabel('Template').selectOption({ label: 'Relance de paiement' });
    await form.getByLabel('Address', { exact: true }).selectOption({ label: 'Atelier' });
    const body = await form.getByLabel('Content', { exact: true }).inputValue();
    assert.match(body, /3 impasse des Tanneurs/, 'the chosen address');
    assert.doesNotMatch(body, /14 rue des Capucins/, 'not the main one');
    await form.getByRole('button', { name: 'Save' }).click();
    const letter = ex.locator('li[data-exchange-type="letter"]', { hasText: 'Relance – facture impayée' }).first();
    await letter.waitFor();
    assert.equal(await letter.getByTestId('exchange-status').innerText(), 'Draft', 'not "Sent Draft"');
    await letter.locator('button.ex-line').click(); // a card is one line until opened
    const [print] = await Promise.all([
      b.context.waitForEvent('page'),
      letter.getByRole('button', { name: 'Print', exact: true }).click(),
    ]);
    const sheet = print.getByTestId('letter');
    await sheet.waitFor();
    assert.match(
      await print.getByTestId('letter-sender').innerText(),
      /Bob Martin\s+Martin Conseil\s+8 quai Saint-Antoine\s+69002 Lyon/,
    );
    const text = await sheet.innerText();
    const day = await print.evaluate(() =>
      new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date()),
    );
    assert.equal(text.split(day).length - 1, 1, `the date (${day}) printed once:\n${text}`);
    assert.equal(text.split('3 impasse des Tanneurs').length - 1, 1, 'the address printed once');
    await print.close();
    await page.close();
  });
});
