// Opportunities, tasks and tickets (SPEC §2.5), driven as a user in a real Chromium: a pipeline set
// up in the options page, then on a sheet an opportunity (probability pre-filled from its step)
// moved and won, an overdue task ticked done, a ticket commented and closed; and a step in use that
// cannot be deleted until its opportunities are moved.
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

async function dismissToast(page) {
  const toast = page.getByTestId('toast');
  if (await toast.isVisible().catch(() => false))
    await toast.getByRole('button', { name: 'Close', exact: true }).click();
}

async function openPage(file) {
  const page = await b.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(b.extensionUrl(file));
  return { page, errors };
}

async function addStep(card, name, probability) {
  const form = card.getByRole('form', { name: 'Add the step' });
  await form.getByLabel('Step name').fill(name);
  await form.getByLabel('Probability (%)').fill(String(probability));
  await form.getByRole('button', { name: 'Add the step' }).click();
  await card.locator(`li[data-step="${name}"]`).waitFor();
}

const stepNames = (card) => card.locator('li[data-step]').evaluateAll((rows) => rows.map((r) => r.dataset.step));

describe('opportunities, tasks and tickets', () => {
  test('a pipeline set up in the options, then used on a sheet', async () => {
    // ---- Options: the default pipeline exists on first use; add our own and make it the default.
    const { page: options, errors: optionErrors } = await openPage('options.html#pipelines');
    assert.equal(await options.getByRole('tab', { name: 'Pipelines' }).getAttribute('aria-selected'), 'true');
    const sales = options.locator('article[data-pipeline="Sales"]');
    await sales.waitFor();
    assert.deepEqual(await stepNames(sales), ['Qualification', 'Proposal sent', 'Negotiation', 'Signature']);

    await options.getByRole('button', { name: 'Add a pipeline' }).click();
    await options.getByRole('form', { name: 'Add a pipeline' }).getByLabel('Pipeline name').fill('sales');
    await options.getByRole('form', { name: 'Add a pipeline' }).getByRole('button', { name: 'Save' }).click();
    await options.getByText('A pipeline already has this name.').waitFor();
    await options.getByRole('form', { name: 'Add a pipeline' }).getByLabel('Pipeline name').fill('Partnerships');
    await options.getByRole('form', { name: 'Add a pipeline' }).getByRole('button', { name: 'Save' }).click();
    const partners = options.locator('article[data-pipeline="Partnerships"]');
    await partners.getByText('No steps yet').waitFor();

    // A bad probability is refused with a message; then three steps, reordered with the keyboard-reachable arrows.
    const addForm = partners.getByRole('form', { name: 'Add the step' });
    await addForm.getByLabel('Step name').fill('Agreement');
    await addForm.getByLabel('Probability (%)').fill('150');
    await addForm.getByRole('button', { name: 'Add the step' }).click();
    await partners.getByText('Enter a whole number from 0 to 100.').waitFor();
    await addForm.getByLabel('Probability (%)').fill('75');
    await addForm.getByRole('button', { name: 'Add the step' }).click();
    await partners.locator('li[data-step="Agreement"]').waitFor();
    await addStep(partners, 'First contact', 20);
    await addStep(partners, 'Trial', 50);
    await partners.getByRole('button', { name: 'Move “First contact” up' }).click();
    await waitFor(
      async () => JSON.stringify(await stepNames(partners)) === JSON.stringify(['First contact', 'Agreement', 'Trial']),
      { message: 'step moved up' },
    );
    await partners.getByRole('button', { name: 'Move “Agreement” down' }).focus();
    await options.keyboard.press('Enter');
    await waitFor(
      async () => JSON.stringify(await stepNames(partners)) === JSON.stringify(['First contact', 'Trial', 'Agreement']),
      { message: 'step moved down' },
    );

    // Rename a step and change its probability.
    await partners.getByRole('button', { name: 'Edit “Trial”' }).click();
    const editForm = partners.getByRole('form', { name: 'Edit the step' });
    await editForm.getByLabel('Step name').fill('Pilot');
    await editForm.getByLabel('Probability (%)').fill('55');
    await editForm.getByRole('button', { name: 'Save' }).click();
    await partners.locator('li[data-step="Pilot"]').getByText('55 %').waitFor();

    await partners.getByRole('button', { name: 'Make default' }).click();
    await waitFor(
      async () =>
        (await options.locator('article[data-pipeline]').first().getAttribute('data-pipeline')) === 'Partnerships',
      { message: 'made default' },
    );
    await dismissToast(options);

    // ---- Sheet: a new sheet; add an opportunity.
    const { page, errors } = await openPage('sidepanel.html');
    await page.getByRole('button', { name: 'New sheet' }).first().click();
    await page.getByLabel('Name', { exact: true }).fill('Verrerie Dumas');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('sheet-name').filter({ hasText: 'Verrerie Dumas' }).waitFor();

    const opps = page.getByTestId('opportunities');
    await page.getByRole('button', { name: 'Add an opportunity', exact: true }).click(); // the "Add …" card's while the section is empty
    const form = opps.getByRole('form', { name: 'Add an opportunity' });
    const selectedText = (label) =>
      form.getByLabel(label, { exact: true }).evaluate((s) => s.options[s.selectedIndex].text);
    assert.equal(await selectedText('Pipeline'), 'Partnerships', 'the default pipeline is offered first');
    assert.equal(await selectedText('Step'), 'First contact');
    assert.equal(await form.getByLabel('Probability (%)').inputValue(), '20', 'probability pre-filled from the step');
    await form.getByLabel('Step', { exact: true }).selectOption({ label: 'Agreement' });
    assert.equal(await form.getByLabel('Probability (%)').inputValue(), '75');
    await form.getByLabel('Step', { exact: true }).selectOption({ label: 'First contact' });
    assert.equal(await form.getByLabel('Probability (%)').inputValue(), '20');

    // Empty title and a malformed amount are refused, with messages next to the fields.
    await form.getByLabel('Amount').fill('12,34,5');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Required.').waitFor();
    await form.getByText('Enter an amount such as 1 234,56 or 1,234.56.').waitFor();
    await form.getByLabel('Title').fill('Vitrine du salon');
    await form.getByLabel('Amount').fill('1 234,56');
    await form.getByLabel('Expected date').fill('2031-05-20');
    await form.getByRole('button', { name: 'Save' }).click();
    const row = opps.locator('li[data-opportunity="Vitrine du salon"]');
    await row.waitFor();
    assert.equal(await row.getByTestId('opp-amount').innerText(), '€1,234.56');
    assert.equal(await row.getByTestId('opp-step').innerText(), 'First contact');
    assert.equal(await row.getByTestId('opp-probability').innerText(), '20 %');
    await dismissToast(page);

    // Move it to another step: it takes that step's probability.
    await row.getByLabel('Step').selectOption({ label: 'Pilot (55 %)' });
    await waitFor(async () => (await row.getByTestId('opp-step').innerText()) === 'Pilot', {
      message: 'moved to Pilot',
    });
    assert.equal(await row.getByTestId('opp-probability').innerText(), '55 %');
    await dismissToast(page);

    // Won: it leaves the open list and shows under the closed ones.
    await row.getByRole('button', { name: 'Mark “Vitrine du salon” won' }).click();
    await opps.getByText('No open opportunity.').waitFor();
    await dismissToast(page);
    await opps.getByRole('button', { name: 'Show closed (1)' }).click();
    const closedRow = opps.getByTestId('opp-closed').locator('li[data-opportunity="Vitrine du salon"]');
    await closedRow.getByText('Won', { exact: true }).waitFor();
    assert.equal(await closedRow.getAttribute('data-status'), 'won');

    // ---- Tasks: one due in the past is shown overdue; ticking it done moves it to the done ones.
    const tasks = page.getByTestId('tasks');
    await page.getByRole('button', { name: 'Add a task', exact: true }).click(); // the "Add …" card's while the section is empty
    const taskForm = tasks.getByRole('form', { name: 'Add a task' });
    await taskForm.getByLabel('Task').fill('Envoyer les échantillons');
    await taskForm.getByLabel('Due date').fill('2020-01-15');
    await taskForm.getByLabel('Project').selectOption({ label: 'New project…' });
    await taskForm.getByLabel('New project name').fill('Salon 2031');
    await taskForm.getByRole('button', { name: 'Save' }).click();
    const task = tasks.locator('li[data-task="Envoyer les échantillons"]');
    await task.waitFor();
    assert.equal(await task.getAttribute('data-overdue'), 'true');
    await task.getByText('Overdue').waitFor();
    await task.getByText('Salon 2031').waitFor();
    await dismissToast(page);
    // click, not check(): the row leaves the open list at once, and check() re-reading the state of a
    // detached checkbox waits for it forever (a race seen once the save also syncs the reminders).
    await task.getByRole('checkbox', { name: 'Envoyer les échantillons' }).click();
    await tasks.getByText('No open task.').waitFor();
    await dismissToast(page);
    await tasks.getByRole('button', { name: 'Show closed (1)' }).click();
    const doneTask = tasks.getByTestId('task-closed').locator('li[data-task="Envoyer les échantillons"]');
    assert.equal(await doneTask.getByRole('checkbox').isChecked(), true);
    assert.equal(await doneTask.getAttribute('data-overdue'), null, 'a done task is not overdue');

    // ---- Tickets: open one, comment on it, close it.
    const tickets = page.getByTestId('tickets');
    await page.getByRole('button', { name: 'Open a ticket', exact: true }).click(); // the "Add …" card's while the section is empty
    const ticketForm = tickets.getByRole('form', { name: 'Open a ticket' });
    await ticketForm.getByLabel('Subject').fill('Verre fêlé à la livraison');
    await ticketForm.getByLabel('Priority').selectOption('high');
    await ticketForm.getByLabel('Question').fill('Deux pièces arrivées fêlées.');
    await ticketForm.getByRole('button', { name: 'Save' }).click();
    const ticket = tickets.locator('li[data-ticket="Verre fêlé à la livraison"]');
    await ticket.waitFor();
    assert.equal(await ticket.getByTestId('ticket-priority').innerText(), 'High');
    assert.equal(await ticket.getByTestId('ticket-status').innerText(), 'Open');
    await dismissToast(page);
    await ticket.getByRole('button', { name: 'Comments (1)' }).click();
    await ticket.getByLabel('New comment').fill('Remplacement expédié.');
    await ticket.getByRole('button', { name: 'Add the comment' }).click();
    await ticket.getByRole('button', { name: 'Comments (2)' }).waitFor();
    const comments = await ticket.getByTestId('ticket-comments').locator('li').allInnerTexts();
    assert.equal(comments.length, 2);
    assert.match(comments[1], /Remplacement expédié\./);
    await ticket.getByRole('button', { name: 'Close “Verre fêlé à la livraison”' }).click();
    await tickets.getByText('No open ticket.').waitFor();
    await dismissToast(page);
    await tickets.getByRole('button', { name: 'Show closed (1)' }).click();
    await tickets
      .getByTestId('ticket-closed')
      .locator('li[data-ticket="Verre fêlé à la livraison"][data-status="closed"]')
      .waitFor();

    // ---- Back in the options: the step in use cannot simply be deleted; its opportunity moves first.
    await options.bringToFront();
    const pilot = partners.locator('li[data-step="Pilot"]');
    await pilot.getByText('1 opportunity', { exact: true }).waitFor();
    await pilot.getByRole('button', { name: 'Delete “Pilot”' }).click();
    await pilot.getByText('“Pilot” holds 1 opportunity:').waitFor();
    await pilot.getByLabel('Move them to').selectOption({ label: 'Agreement' });
    await pilot.getByRole('button', { name: 'Move and delete' }).click();
    await waitFor(
      async () => JSON.stringify(await stepNames(partners)) === JSON.stringify(['First contact', 'Agreement']),
      { message: 'step deleted' },
    );
    await partners.locator('li[data-step="Agreement"]').getByText('1 opportunity', { exact: true }).waitFor();
    // The sheet follows live: the closed opportunity now sits at "Agreement".
    await waitFor(async () => (await closedRow.getByTestId('opp-step').innerText()) === 'Agreement', {
      message: 'sheet updated live',
    });

    // Delete an unused step, and undo.
    await dismissToast(options);
    await partners.getByRole('button', { name: 'Delete “First contact”' }).click();
    await waitFor(async () => JSON.stringify(await stepNames(partners)) === JSON.stringify(['Agreement']), {
      message: 'unused step deleted',
    });
    await options.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
    await waitFor(
      async () => JSON.stringify(await stepNames(partners)) === JSON.stringify(['First contact', 'Agreement']),
      { message: 'step restored' },
    );

    assert.deepEqual(optionErrors, []);
    assert.deepEqual(errors, []);
    await page.close();
    await options.close();
  });

  test('deleting an opportunity, a task and a ticket can be undone; French labels', async () => {
    const fr = await launch({ lang: 'fr' });
    try {
      const page = await fr.context.newPage();
      await page.goto(fr.extensionUrl('sidepanel.html'));
      await page.getByRole('button', { name: 'Nouvelle fiche' }).first().click();
      await page.getByLabel('Nom', { exact: true }).fill('Fromagerie Bel');
      await page.getByRole('button', { name: 'Créer' }).click();
      await page.getByTestId('sheet-name').filter({ hasText: 'Fromagerie Bel' }).waitFor();

      // First use on the sheet creates the French default pipeline "Ventes".
      const opps = page.getByTestId('opportunities');
      await page.getByRole('button', { name: 'Ajouter une opportunité', exact: true }).click();
      const form = opps.getByRole('form', { name: 'Ajouter une opportunité' });
      assert.equal(await form.getByLabel('Pipeline').evaluate((s) => s.options[s.selectedIndex].text), 'Ventes');
      assert.equal(await form.getByLabel('Probabilité (%)').inputValue(), '10');
      await form.getByLabel('Titre').fill('Plateaux de fêtes');
      await form.getByLabel('Montant').fill('2 500');
      await form.getByRole('button', { name: 'Enregistrer' }).click();
      const row = opps.locator('li[data-opportunity="Plateaux de fêtes"]');
      await row.waitFor();
      assert.match((await row.getByTestId('opp-amount').innerText()).replace(/\s/g, ' '), /2 500,00 €/);
      await row.getByRole('button', { name: 'Supprimer' }).click();
      await opps.getByText('Aucune opportunité en cours.').waitFor();
      await page.getByTestId('toast').getByRole('button', { name: 'Annuler' }).click();
      await row.waitFor();

      const tasks = page.getByTestId('tasks');
      await page.getByRole('button', { name: 'Ajouter une tâche', exact: true }).click();
      await tasks.getByRole('form').getByLabel('Tâche').fill('Rappeler');
      await tasks.getByRole('form').getByRole('button', { name: 'Enregistrer' }).click();
      const task = tasks.locator('li[data-task="Rappeler"]');
      await task.waitFor();
      await task.getByRole('button', { name: 'Supprimer' }).click();
      await tasks.getByText('Aucune tâche en cours.').waitFor();
      await page.getByTestId('toast').getByRole('button', { name: 'Annuler' }).click();
      await task.waitFor();

      const tickets = page.getByTestId('tickets');
      await page.getByRole('button', { name: 'Ouvrir un ticket', exact: true }).click();
      await tickets.getByRole('form').getByLabel('Objet').fill('Commande incomplète');
      await tickets.getByRole('form').getByRole('button', { name: 'Enregistrer' }).click();
      const ticket = tickets.locator('li[data-ticket="Commande incomplète"]');
      await ticket.waitFor();
      await ticket.getByRole('button', { name: 'Supprimer' }).click();
      await tickets.getByText('Aucun ticket en cours.').waitFor();
      await page.getByTestId('toast').getByRole('button', { name: 'Annuler' }).click();
      await ticket.waitFor();
    } finally {
      await fr.close();
    }
  });
});
