// Quotes, orders and invoices, driven as a user would (SPEC §2.6, §4): a prospect's quote is
// accepted, converted to an order, invoiced; the sheet becomes a client and its revenue follows;
// payments settle the invoice, which then shows only under "All quotes, orders and sales"; the
// sheet can no longer be deleted; a GBP invoice has its own revenue line; drafts delete with undo.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, waitFor } from './harness.mjs';

let b;
before(async () => {
  b = await launch({ lang: 'en' });
});
after(async () => {
  await b?.close();
});

async function createSheet(page, name, labels = { newSheet: 'New sheet', name: 'Name', create: 'Create' }) {
  await page.getByRole('button', { name: labels.newSheet }).first().click();
  await page.getByLabel(labels.name, { exact: true }).fill(name);
  await page.getByRole('button', { name: labels.create, exact: true }).click();
  await page.getByTestId('sheet-name').filter({ hasText: name }).waitFor();
}

/** Picks an item: from the sheet's "Add …" card while the sheet has no sales (issue 12), else from the section's "+" menu. */
async function record(page, item) {
  const sales = page.getByTestId('sales');
  const fromCard = page.getByTestId('add-sections').getByRole('button', { name: item, exact: true });
  if (await fromCard.count()) {
    await fromCard.click();
  } else {
    await sales.getByRole('button', { name: 'Record a quote, an order or an invoice' }).click();
    await sales.getByRole('menuitem', { name: item }).click();
  }
  return sales.getByRole('form', { name: item });
}

const row = (page, kind, number) =>
  page.getByTestId('sales').locator(`li[data-sales-kind="${kind}"][data-number="${number}"]`);
const badges = (r) => r.locator('[data-badge]').evaluateAll((els) => els.map((e) => e.dataset.badge));
const numbers = (page) =>
  page
    .getByTestId('sales')
    .locator('li[data-number]')
    .evaluateAll((els) => els.map((e) => `${e.dataset.salesKind}:${e.dataset.number}`));

describe('quotes, orders and invoices', () => {
  test('quote → order → invoice → paid; prospect becomes client; revenue live; sheet kept', async () => {
    const page = await b.openPanel();
    await createSheet(page, 'Atelier Prospect');
    const header = page.getByTestId('sheet').locator('header');
    await header.getByText('Prospect', { exact: true }).waitFor();
    const sales = page.getByTestId('sales');
    // No sales yet: they are offered in the sheet's "Add …" card.
    await page.getByTestId('add-sections').getByRole('button', { name: 'Record a quote', exact: true }).waitFor();

    // A quote, typed French-style.
    let form = await record(page, 'Record a quote');
    await form.getByLabel('Number', { exact: true }).fill('D-2026-001');
    await form.getByLabel('Amount excl. tax').fill('1 000');
    await form.getByLabel('Amount incl. tax').fill('1 200,00');
    await form.getByLabel('Title').fill('Refonte du site');
    await form.getByRole('button', { name: 'Save' }).click();
    const quote = row(page, 'quote', 'D-2026-001');
    await quote.waitFor();
    assert.deepEqual(await badges(quote), ['sent']);
    assert.match(await quote.getByTestId('sales-amount').innerText(), /€1,200\.00/);

    // The number is unique per kind: a second quote D-2026-001 is refused next to the field.
    form = await record(page, 'Record a quote');
    await form.getByLabel('Number', { exact: true }).fill('d-2026-001');
    await form.getByLabel('Amount excl. tax').fill('10');
    await form.getByLabel('Amount incl. tax').fill('9');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('A quote already has this number.').waitFor();
    await form.getByText('The amount incl. tax cannot be lower than the amount excl. tax.').waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();

    // Accept it (it stays in view while unfolded), then convert it to an order.
    await quote.locator('.sales-toggle').click();
    await quote.getByRole('button', { name: 'Mark accepted' }).click();
    await waitFor(async () => (await badges(quote)).join() === 'accepted', { message: 'quote accepted' });
    await quote.getByRole('button', { name: 'Convert to an order' }).click();
    form = sales.getByRole('form', { name: 'Record an order' });
    assert.equal(await form.getByLabel('Amount excl. tax').inputValue(), '1000.00');
    assert.equal(await form.getByLabel('Title').inputValue(), 'Refonte du site');
    await form.getByLabel('Number', { exact: true }).fill('C-2026-001');
    await form.getByRole('button', { name: 'Save' }).click();
    const order = row(page, 'order', 'C-2026-001');
    await order.waitFor();
    assert.deepEqual(await badges(order), ['to-invoice']);
    assert.deepEqual(await numbers(page), ['order:C-2026-001'], 'the accepted quote left the open list');

    // Invoice the order (pre-filled): the prospect becomes a client, revenue shows at once.
    await order.locator('.sales-toggle').click();
    await order.getByRole('button', { name: 'Invoice this order' }).click();
    form = sales.getByRole('form', { name: 'Record an invoice' });
    assert.equal(await form.getByLabel('Amount incl. tax').inputValue(), '1200.00');
    await form.getByLabel('Number', { exact: true }).fill('F-2026-001');
    await form.getByRole('button', { name: 'Save' }).click();
    const invoice = row(page, 'invoice', 'F-2026-001');
    await invoice.waitFor();
    await header.getByText('Client', { exact: true }).waitFor();
    assert.equal(await header.getByText('Prospect', { exact: true }).count(), 0);
    await page.getByTestId('revenue-excl').filter({ hasText: '€1,000.00' }).waitFor();
    assert.match(await page.getByTestId('revenue-unpaid').innerText(), /€1,200\.00/);
    assert.deepEqual(await numbers(page), ['invoice:F-2026-001'], 'the fully invoiced order left the open list');
    assert.deepEqual(await badges(invoice), ['remaining']);

    // A partial payment, then the rest (default amount: what is left); an overpayment is warned.
    await invoice.locator('.sales-toggle').click();
    await invoice.getByRole('button', { name: 'Record a payment' }).click();
    let pay = invoice.getByRole('form', { name: 'Record a payment' });
    assert.equal(await pay.getByLabel('Amount paid').inputValue(), '1200.00');
    await pay.getByLabel('Amount paid').fill('500');
    await pay.getByRole('button', { name: 'Record a payment' }).click();
    await invoice.getByText('€700.00 left to pay').waitFor();
    await page.getByTestId('revenue-unpaid').filter({ hasText: '€700.00' }).waitFor();
    await invoice.getByRole('button', { name: 'Record a payment' }).click();
    pay = invoice.getByRole('form', { name: 'Record a payment' });
    assert.equal(await pay.getByLabel('Amount paid').inputValue(), '700.00');
    await pay.getByLabel('Amount paid').fill('800');
    await pay.getByTestId('overpayment').filter({ hasText: '€100.00 more' }).waitFor();
    await pay.getByLabel('Amount paid').fill('700');
    assert.equal(await pay.getByTestId('overpayment').count(), 0);
    await pay.getByRole('button', { name: 'Record a payment' }).click();
    await waitFor(async () => (await badges(invoice)).join() === 'paid', { message: 'invoice fully paid' });
    await page.getByTestId('revenue-unpaid').filter({ hasText: '€0.00' }).waitFor();

    // Removing a payment has an undo.
    await invoice.getByRole('button', { name: /Remove the payment of €700\.00/ }).click();
    await invoice.getByText('€700.00 left to pay').waitFor();
    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
    await waitFor(async () => (await badges(invoice)).join() === 'paid', { message: 'payment restored' });

    // Folded, the paid invoice leaves the open list; "All" shows everything, grouped, newest first.
    await invoice.locator('.sales-toggle').click();
    await sales.getByTestId('sales-empty').filter({ hasText: 'Nothing open' }).waitFor();
    await sales.getByRole('button', { name: 'All quotes, orders and sales' }).click();
    await waitFor(async () => (await numbers(page)).join() === 'quote:D-2026-001,order:C-2026-001,invoice:F-2026-001', {
      message: 'all listed',
    });
    assert.deepEqual(await badges(row(page, 'order', 'C-2026-001')), ['invoiced']);

    // An issued invoice cannot be deleted: the edit form says why.
    await invoice.locator('.sales-toggle').click();
    await invoice.getByRole('button', { name: 'Edit Invoice F-2026-001' }).click();
    form = sales.getByRole('form', { name: 'Edit Invoice F-2026-001' });
    await form.getByTestId('sales-keep-reason').filter({ hasText: 'kept for traceability' }).waitFor();
    assert.equal(await form.getByRole('button', { name: 'Delete this draft' }).count(), 0);
    await form.getByRole('button', { name: 'Cancel' }).click();

    // The sheet has documents now: deleting it is refused.
    await page.getByRole('button', { name: 'Delete this sheet', exact: true }).click();
    assert.match(
      await page.getByTestId('delete-refused').innerText(),
      /cannot be deleted: it has 1 quote.*1 order.*1 invoice/,
    );

    // A second currency gets its own revenue line.
    form = await record(page, 'Record an invoice');
    await form.getByLabel('Number', { exact: true }).fill('F-2026-002');
    await form.getByLabel('Currency').selectOption('GBP');
    await form.getByLabel('Amount excl. tax').fill('250');
    await form.getByLabel('Amount incl. tax').fill('300');
    await form.getByLabel('Due date').fill('2020-01-31');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('This date is before the document’s date.').waitFor();
    await form.getByLabel('Due date').fill('');
    await form.getByRole('button', { name: 'Save' }).click();
    const gbp = page.getByTestId('revenue').locator('[data-currency="GBP"]');
    await gbp.getByText('£250.00').waitFor();
    assert.match(await page.getByTestId('revenue').locator('[data-currency="EUR"]').innerText(), /€1,000\.00/);
    await page.close();
  });

  test('a draft is deleted with undo; keyboard reaches the menu', async () => {
    const page = await b.openPanel();
    await createSheet(page, 'Brouillons & Cie');
    const sales = page.getByTestId('sales');
    // Unfold the empty section from the "Add …" card, then leave its form: its "+" menu is there.
    await page.getByTestId('add-sections').getByRole('button', { name: 'Record a quote', exact: true }).click();
    await sales.getByRole('form').getByRole('button', { name: 'Cancel' }).click();
    await sales.getByRole('button', { name: 'Record a quote, an order or an invoice' }).focus();
    await page.keyboard.press('Enter');
    await waitFor(() => page.evaluate(() => document.activeElement?.textContent === 'Record a quote'), {
      message: 'first item focused',
    });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Record an invoice');
    await page.keyboard.press('Escape');
    assert.equal(await sales.getByRole('menu').count(), 0);

    const form = await record(page, 'Record a quote');
    await form.getByLabel('Number', { exact: true }).fill('D-DRAFT-1');
    await form.getByLabel('Status').selectOption('draft');
    await form.getByLabel('Amount excl. tax').fill('1,234.56');
    await form.getByLabel('Amount incl. tax').fill('1481.47');
    await form.getByRole('button', { name: 'Save' }).click();
    const quote = row(page, 'quote', 'D-DRAFT-1');
    await quote.waitFor();
    assert.match(await quote.getByTestId('sales-amount').innerText(), /€1,481\.47/);
    await quote.locator('.sales-toggle').click();
    await quote.getByRole('button', { name: 'Edit Quote D-DRAFT-1' }).click();
    await sales.getByRole('button', { name: 'Delete this draft' }).click();
    await page.getByText('Quote D-DRAFT-1 deleted.').waitFor();
    // (the toast follows the delete's transaction; the row leaves with the live query's next render, which a loaded
    // machine can put a few frames later: failed once under CI at load 7)
    await quote.waitFor({ state: 'detached', timeout: 10_000 });
    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
    await quote.waitFor();
    await page.close();
  });
});

describe('in French', () => {
  let fr;
  before(async () => {
    fr = await launch({ lang: 'fr' });
  });
  after(async () => {
    await fr?.close();
  });

  test('amounts typed "1 234,56" are read as such; an overdue invoice is flagged; labels in French', async () => {
    const page = await fr.openPanel();
    await createSheet(page, 'Boulangerie Dupain', { newSheet: 'Nouvelle fiche', name: 'Nom', create: 'Créer' });
    const sales = page.getByTestId('sales');
    await page
      .getByTestId('add-sections')
      .getByRole('button', { name: 'Enregistrer une facture', exact: true })
      .click();
    await sales.getByRole('heading', { name: 'Devis, commandes et factures' }).waitFor();
    const form = sales.getByRole('form', { name: 'Enregistrer une facture' });
    // The next free number is suggested in the French habit.
    await waitFor(async () => /^F-\d{4}-001$/.test(await form.getByLabel('Numéro').inputValue()), {
      message: 'number suggested',
    });
    await form.getByLabel('Date', { exact: true }).fill('2026-01-05');
    await form.getByLabel('Date d’échéance').fill('2026-02-04');
    await form.getByLabel('Montant HT').fill('1 234,567');
    await form.getByLabel('Montant TTC').fill('1 481,47');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.getByText('Deux décimales au plus.').waitFor();
    await form.getByLabel('Montant HT').fill('1 234,56');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    const invoice = sales.locator('li[data-sales-kind="invoice"]');
    await invoice.waitFor();
    assert.deepEqual(await badges(invoice), ['remaining', 'overdue']);
    assert.match(await invoice.innerText(), /En retard/);
    await page
      .getByTestId('revenue-excl')
      .filter({ hasText: /1\s234,56\s€/ })
      .waitFor();
    await page.getByTestId('sheet').locator('header').getByText('Client', { exact: true }).waitFor();
    await page.close();
  });
});
