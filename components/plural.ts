/**
 * Counted phrases ("1 sheet", "2 sheets"; in French "0 fiche", "1 fiche", "2 fiches"): the browser's
 * i18n catalogues have no plural forms, so each phrase has one key per CLDR category we need, and
 * `Intl.PluralRules` of the UI language picks it.
 */
import { t, uiLanguage, type MessageKey } from './i18n';

let rules: Intl.PluralRules | null = null;

export function plural(n: number, forms: { one: MessageKey; other: MessageKey }): string {
  rules ??= new Intl.PluralRules(uiLanguage());
  const count = new Intl.NumberFormat(uiLanguage()).format(n);
  return t(rules.select(n) === 'one' ? forms.one : forms.other, count);
}
