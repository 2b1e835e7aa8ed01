import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../public/_locales/en/messages.json';

type Catalog = Record<string, { message: string }>;

/** WXT's fake browser has no i18n: answer from the English catalogue, with $1… substitutions. */
function installI18n() {
  const catalog = en as Catalog;
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const entry = catalog[key];
    if (!entry) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
}

installI18n();
beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});
