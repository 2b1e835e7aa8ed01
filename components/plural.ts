/**
 * Counted nouns with the language's plural rules (`Intl.PluralRules`): "1 invoice", "2 invoices",
 * « 0 facture », « 2 factures ». A counted message has one key per category the languages use,
 * `<base>_one` and `<base>_other` (`_few`/`_many` may be added for a language that needs them).
 */
import { browser } from 'wxt/browser';
import { t, uiLanguage, type MessageKey } from './i18n';

type Bases<K> = K extends `${infer B}_other` ? (`${B}_one` extends MessageKey ? B : never) : never;
export type PluralKey = Bases<MessageKey>;

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The message for `n`; its substitutions are `subs` (by default the count alone, as `$1`). */
export function plural(base: PluralKey, n: number, subs: readonly (string | number)[] = [n]): string {
  const lang = uiLanguage();
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  const category = r.select(n);
  const key = `${base}_${category}` as MessageKey;
  const text = browser.i18n.getMessage(key, subs.map(String));
  return text || t(`${base}_other` as MessageKey, ...subs);
}

/** "1 sheet" / "2 sheets" from two explicit keys, the count formatted for the UI language. */
export function pluralForms(n: number, forms: { one: MessageKey; other: MessageKey }): string {
  const lang = uiLanguage();
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  // The list's count is formatted at every keystroke: one formatter per language.
  let f = numbers.get(lang);
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(lang)));
  return t(r.select(n) === 'one' ? forms.one : forms.other, f.format(n));
}
