import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../storage/db';
import { createCompany, emptyCompany } from '../../storage/repos/companies';
import { actions } from '../../models/options';
import { dismissToast } from '../../models/toast';
import { OptionsApp } from './OptionsApp';

let root: HTMLElement;

async function waitFor<T>(fn: () => T | null | undefined | false, what = 'condition'): Promise<T> {
  const end = Date.now() + 3000;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${root.innerHTML.slice(0, 2000)}`);
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}
const $ = <E extends Element = HTMLElement>(sel: string) => root.querySelector<E>(sel as string) as E | null;
const button = (text: string) =>
  [...root.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text,
  );
async function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(() => (el as HTMLElement).click());
}
async function type(sel: string, value: string) {
  const el = await waitFor(() => $<HTMLInputElement>(sel), sel);
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function submit(sel = 'form') {
  const form = await waitFor(() => $<HTMLFormElement>(sel), sel);
  await act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

beforeEach(async () => {
  await actions.wipeAllData();
  dismissToast();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  history.replaceState(null, '', '#');
});

describe('OptionsApp', () => {
  it('opens the tab named in the hash, and arrow keys move between tabs', async () => {
    history.replaceState(null, '', '#fields');
    await act(() => render(<OptionsApp />, root));
    expect($('[role=tab][aria-selected=true]')!.textContent).toBe('Custom fields');
    await waitFor(() => root.textContent?.includes('No custom fields for sheets yet'), 'empty state');
    await act(() => {
      $('[role=tablist]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect($('[role=tab][aria-selected=true]')!.textContent).toBe('Settings');
    expect(location.hash).toBe('#settings');
    await act(() => {
      $('[role=tablist]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    });
    expect($('[role=tab][aria-selected=true]')!.textContent).toBe('Team');
  });

  it('adds users and keeps one "me"', async () => {
    await act(() => render(<OptionsApp />, root));
    await waitFor(() => root.textContent?.includes('No team members yet'), 'empty team');
    await click(button('+ Add a member'));
    await submit();
    await waitFor(() => root.textContent?.includes('Required.'), 'name required');
    await type('input[name=name]', 'Ana');
    await type('input[name=email]', 'not-an-email');
    await submit();
    await waitFor(() => root.textContent?.includes('This is not a valid email address.'), 'email error');
    await type('input[name=email]', 'Ana@Acme.fr');
    await click($('input[name=isMe]'));
    await submit();
    await waitFor(() => $('[data-user=Ana]'), 'Ana listed');
    expect((await db.users.toArray()).map((u) => [u.name, u.email, u.isMe])).toEqual([['Ana', 'ana@acme.fr', true]]);

    await click(button('+ Add a member'));
    await type('input[name=name]', 'Bob');
    await submit();
    await waitFor(() => $('[data-user=Bob]'), 'Bob listed');
    await click([...$('[data-user=Bob]')!.querySelectorAll('button')].find((b) => b.textContent === 'This is me'));
    await waitFor(() => $('[data-user=Bob] .badge'), 'Bob is me');
    const users = await db.users.toArray();
    expect(users.filter((u) => u.isMe).map((u) => u.name)).toEqual(['Bob']);
  });

  it('refuses to remove an account manager unless the sheets are cleared', async () => {
    const r = await actions.saveUser({ name: 'Ana', email: '', isMe: false });
    if (!r.ok) throw new Error('setup');
    await createCompany({ ...emptyCompany(), name: 'Acme', accountManagerId: r.id });
    await act(() => render(<OptionsApp />, root));
    await waitFor(() => $('[data-user=Ana]'), 'Ana listed');
    await click(button('Remove “Ana”'));
    await waitFor(
      () =>
        root.textContent?.includes(
          'Ana is the account manager of 1 sheet. Remove anyway? That sheet will have no account manager.',
        ),
      'refusal with count',
    );
    await click(button('Clear and remove'));
    await waitFor(() => !$('[data-user=Ana]'), 'Ana removed');
    expect((await db.companies.toArray())[0]!.accountManagerId).toBeUndefined();
  });

  it('deletes a template and brings it back with undo', async () => {
    await actions.saveTemplate({ kind: 'comment', name: 'Intro', subject: '', body: 'Hello', isDefault: true });
    history.replaceState(null, '', '#templates');
    await act(() => render(<OptionsApp />, root));
    await waitFor(() => $('[data-template=Intro]'), 'template listed');
    await click(button('Delete “Intro”'));
    await waitFor(() => !$('[data-template=Intro]'), 'template gone');
    await click(await waitFor(() => $('[data-testid=toast] button'), 'undo'));
    await waitFor(() => $('[data-template=Intro]'), 'template back');
    expect((await db.templates.toArray())[0]!.isDefault).toBe(true);
  });

  it('warns before changing the type of a field that has values', async () => {
    const r = await actions.saveCustomField({
      entity: 'company',
      label: 'Level',
      type: 'single',
      optionsText: 'Gold\nSilver',
    });
    if (!r.ok) throw new Error('setup');
    await createCompany({ ...emptyCompany(), name: 'Acme', customFields: { [r.id]: 'Gold' } });
    history.replaceState(null, '', '#fields');
    await act(() => render(<OptionsApp />, root));
    await waitFor(() => $('[data-field=Level]'), 'field listed');
    await click(button('Edit “Level”'));
    const select = await waitFor(() => $<HTMLSelectElement>('select[name=type]'), 'type select');
    await act(() => {
      select.value = 'number';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => root.textContent?.includes('1 sheet has a value in this field.'), 'type change warning');
    await submit();
    await waitFor(() => root.textContent?.includes('Number'), 'type saved');
    expect((await db.customFieldDefs.get(r.id))!.type).toBe('number');
  });

  it('deletes all data only after the word is typed', async () => {
    await actions.saveUser({ name: 'Ana', email: '', isMe: true });
    history.replaceState(null, '', '#data');
    await act(() => render(<OptionsApp />, root));
    await waitFor(() => root.textContent?.includes('The database holds 1 record.'), 'count');
    await click(button('Delete all data…'));
    const confirm = () => button('Delete everything')!;
    await type('input[name=confirmWord]', 'delet');
    expect(confirm().disabled).toBe(true);
    await type('input[name=confirmWord]', 'DELETE');
    expect(confirm().disabled).toBe(false);
    await submit();
    await waitFor(() => root.textContent?.includes('The database holds 0 records.'), 'wiped');
    expect(await db.users.count()).toBe(0);
  });
});
