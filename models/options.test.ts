import { describe, expect, it } from 'vitest';
import { registrableDomain } from '../core/text/domain';
import { FicheDB } from '../storage/db';
import { getSettings } from '../storage/repos/settings';
import { actions, formatOwnAddresses, parseOwnAddresses, tabFromHash } from './options';

describe('tabFromHash', () => {
  it.each([
    ['#users', 'users'],
    ['#templates', 'templates'],
    ['#fields', 'fields'],
    ['#settings', 'settings'],
    ['#data', 'data'],
    ['#data/extra', 'data'],
    ['', 'users'],
    ['#nope', 'users'],
  ])('%s → %s', (hash, tab) => expect(tabFromHash(hash)).toBe(tab));
});

describe('parseOwnAddresses', () => {
  it('splits addresses from domains, normalising and de-duplicating', () => {
    expect(
      parseOwnAddresses(
        ' Me@Acme.fr \n\nacme.fr\n@shop.acme.co.uk\nhttps://www.acme.io/x\nme@acme.fr\nme@gmail.com',
        registrableDomain,
      ),
    ).toEqual({
      emails: ['me@acme.fr', 'me@gmail.com'],
      domains: ['acme.fr', 'acme.co.uk', 'acme.io'],
      errors: [],
    });
  });

  it('names the faulty lines', () => {
    expect(parseOwnAddresses('ok.fr\nme@\nnot a domain\ngmail.com\nlocalhost', registrableDomain).errors).toEqual([
      { line: 2, text: 'me@', problem: 'format' },
      { line: 3, text: 'not a domain', problem: 'format' },
      { line: 4, text: 'gmail.com', problem: 'freemail' },
      { line: 5, text: 'localhost', problem: 'format' },
    ]);
  });
});

describe('saveOwnAddresses', () => {
  it('saves both lists, or nothing when a line is wrong', async () => {
    const db = new FicheDB('test-' + crypto.randomUUID());
    expect(await actions.saveOwnAddresses('me@acme.fr\nacme.fr', db)).toEqual({ ok: true, count: 2 });
    const s = await getSettings(db);
    expect(s.ownEmails).toEqual(['me@acme.fr']);
    expect(s.ownDomains).toEqual(['acme.fr']);
    expect(formatOwnAddresses(s)).toBe('me@acme.fr\nacme.fr');
    const bad = await actions.saveOwnAddresses('other@acme.fr\nnope', db);
    expect(bad.ok).toBe(false);
    expect((await getSettings(db)).ownEmails).toEqual(['me@acme.fr']);
  });
});
