/**
 * The options page's data access (SPEC §1): live queries the tabs subscribe to, the actions they
 * call, and the current tab. Components never import `storage/` themselves (STYLE.md import rules).
 */
import { signal } from '@preact/signals';
import type { CustomFieldDef, Template, User } from '../core/domain';
import { isFreemailDomain } from '../core/detect/freemail';
import { validateEmail } from '../core/validation/fields';
import { db } from '../storage/db';
import * as customFields from '../storage/repos/custom-fields';
import { getSettings, setSetting, type Settings } from '../storage/repos/settings';
import * as templates from '../storage/repos/templates';
import * as users from '../storage/repos/users';
import * as wipe from '../storage/repos/wipe';

export type { Settings } from '../storage/repos/settings';
export type { UserInput, UserErrors } from '../storage/repos/users';
export type { TemplateInput, TemplateErrors, TemplateKind } from '../storage/repos/templates';
export type { CustomFieldInput, CustomFieldErrors, CustomFieldEntity } from '../storage/repos/custom-fields';
export { emptyUser } from '../storage/repos/users';
export { emptyTemplate, TEMPLATE_PLACEHOLDERS } from '../storage/repos/templates';
export { emptyCustomField, CUSTOM_FIELD_TYPES, hasOptions } from '../storage/repos/custom-fields';

/* ---------- tabs ---------- */

export const OPTION_TABS = ['users', 'templates', 'pipelines', 'fields', 'settings', 'data'] as const;
export type OptionTab = (typeof OPTION_TABS)[number];

/** "#templates" → 'templates'; anything unknown opens the first tab. */
export function tabFromHash(hash: string): OptionTab {
  const name = hash.replace(/^#/, '').split(/[/?]/)[0] ?? '';
  return (OPTION_TABS as readonly string[]).includes(name) ? (name as OptionTab) : 'users';
}

export const optionsTab = signal<OptionTab>(typeof location === 'undefined' ? 'users' : tabFromHash(location.hash));

/** Shows a tab and puts it in the address, so that a link (options.html#fields) opens it. */
export function openTab(tab: OptionTab) {
  optionsTab.value = tab;
  if (typeof location !== 'undefined' && location.hash !== `#${tab}`) history.replaceState(null, '', `#${tab}`);
}

/* ---------- own addresses (settings) ---------- */

export type OwnAddressProblem = 'format' | 'freemail';
export interface OwnAddressError {
  /** 1-based line number in the text the user typed. */
  line: number;
  text: string;
  problem: OwnAddressProblem;
}

/**
 * Reads the "my addresses and domains" text, one entry a line: a line with an @ inside is an
 * address, anything else (or "@acme.fr") a domain, stored as its registrable domain since that is
 * what matching compares. A free-mail domain is refused as an own domain: it would make every
 * Gmail sender "me"; the user's own Gmail address is fine.
 */
export function parseOwnAddresses(
  text: string,
  registrableDomain: (host: string) => string | null,
): { emails: string[]; domains: string[]; errors: OwnAddressError[] } {
  const emails = new Set<string>();
  const domains = new Set<string>();
  const errors: OwnAddressError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const s = raw.trim();
    if (s === '') return;
    const line = i + 1;
    if (/^[^@]+@/.test(s) || /^mailto:/i.test(s)) {
      const v = validateEmail(s);
      if (v.ok) emails.add(v.value);
      else errors.push({ line, text: s, problem: 'format' });
      return;
    }
    const bare = s.replace(/^@/, '').replace(/^\*\./, '');
    const d = /\s/.test(bare) ? null : registrableDomain(bare);
    if (!d || !/\.[\p{L}]{2,63}$|\.xn--[a-z0-9-]+$/u.test(d)) errors.push({ line, text: s, problem: 'format' });
    else if (isFreemailDomain(d)) errors.push({ line, text: s, problem: 'freemail' });
    else domains.add(d);
  });
  return { emails: [...emails], domains: [...domains], errors };
}

export const formatOwnAddresses = (s: Pick<Settings, 'ownEmails' | 'ownDomains'>) =>
  [...s.ownEmails, ...s.ownDomains].join('\n');

/* ---------- queries ---------- */

export const queries = {
  users: (): Promise<User[]> => users.listUsers(),
  templates: (kind: Template['kind']): Promise<Template[]> => templates.listTemplates(kind),
  templateCounts: async (): Promise<Record<Template['kind'], number>> => {
    const all = await templates.listTemplates();
    const out = { comment: 0, email: 0, letter: 0 };
    for (const t of all) out[t.kind]++;
    return out;
  },
  customFields: (entity: CustomFieldDef['entity']): Promise<CustomFieldDef[]> => customFields.listCustomFields(entity),
  customFieldValueCount: (def: Pick<CustomFieldDef, 'id' | 'entity'>): Promise<number> =>
    customFields.countCustomFieldValues(def),
  managedSheetCount: (userId: string): Promise<number> => users.countManagedSheets(userId),
  settings: (): Promise<Settings> => getSettings(),
  recordCount: (): Promise<number> => wipe.countAllRecords(),
};

/* ---------- actions ---------- */

export const actions = {
  saveUser: users.saveUser,
  setMe: users.setMe,
  removeUser: users.removeUser,

  saveTemplate: templates.saveTemplate,
  setDefaultTemplate: templates.setDefaultTemplate,
  deleteTemplate: templates.deleteTemplate,
  restoreTemplate: templates.restoreTemplate,

  saveCustomField: customFields.saveCustomField,
  moveCustomField: customFields.moveCustomField,
  deleteCustomField: customFields.deleteCustomField,
  restoreCustomField: customFields.restoreCustomField,

  setTheme: (theme: Settings['theme']) => setSetting('theme', theme),
  setInvoiceMakes: (value: Settings['invoiceMakes']) => setSetting('invoiceMakes', value),
  /** The letters' sender block; each part trimmed and bounded (it is printed, never interpreted). */
  setSender: (sender: Settings['sender']) =>
    setSetting('sender', {
      name: sender.name.trim().slice(0, 200),
      company: sender.company.trim().slice(0, 200),
      address: sender.address.trim().slice(0, 1000),
    }),

  /** Validates and saves both lists together, or changes nothing and returns the faulty lines. */
  async saveOwnAddresses(
    text: string,
    database = db,
  ): Promise<{ ok: true; count: number } | { ok: false; errors: OwnAddressError[] }> {
    // The Public Suffix List (tldts, 116 KB gzipped) is not part of the page's first paint.
    const parsed = parseOwnAddresses(text, (await import('../core/text/domain')).registrableDomain);
    if (parsed.errors.length) return { ok: false, errors: parsed.errors };
    await database.transaction('rw', database.settings, async () => {
      await setSetting('ownEmails', parsed.emails, database);
      await setSetting('ownDomains', parsed.domains, database);
    });
    return { ok: true, count: parsed.emails.length + parsed.domains.length };
  },

  wipeAllData: wipe.wipeAllData,
};
