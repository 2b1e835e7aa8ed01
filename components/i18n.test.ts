import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t, uiLanguage } from './i18n';
import { pluralForms } from './plural';

describe('t and pluralForms (English catalogue)', () => {
  it('asks the catalogue once for a message without substitutions, each time for one with', () => {
    const asked: string[] = [];
    const getMessage = fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
      asked.push(key);
      return getMessage(key, subs);
    }) as typeof getMessage;
    const flag = t('flagClient');
    expect(t('flagClient')).toBe(flag);
    expect(flag).not.toBe('flagClient');
    expect(t('viaPeople', 'Élodie Martin')).toContain('Élodie Martin');
    expect(t('viaPeople', 'Luc Durand')).toContain('Luc Durand');
    expect(asked.filter((k) => k === 'flagClient').length).toBeLessThanOrEqual(1);
    expect(asked.filter((k) => k === 'viaPeople')).toHaveLength(2);
  });
  it('formats counts with the UI language', () => {
    expect(uiLanguage()).toBe('en');
    expect(pluralForms(1, { one: 'sheetCountOne', other: 'sheetCountOther' })).toBe(t('sheetCountOne', '1'));
    expect(pluralForms(12345, { one: 'sheetCountOne', other: 'sheetCountOther' })).toBe(t('sheetCountOther', '12,345'));
  });
});
