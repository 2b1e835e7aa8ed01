import { describe, expect, test } from 'vitest';
import { formFromCompany, validateCompanyForm, type CompanyFormValues } from './company-form';
import type { CustomFieldDef } from './domain';

const base = (over: Partial<CompanyFormValues>): CompanyFormValues => ({
  ...formFromCompany({}),
  name: 'Atelier Dupont',
  ...over,
});

describe('company form validation', () => {
  test.each<[string, Partial<CompanyFormValues>, Record<string, string>]>([
    ['name required', { name: '  ' }, { name: 'required' }],
    ['SIREN with 8 digits', { siren: '73282932' }, { siren: 'siren-format' }],
    ['SIREN failing Luhn', { siren: '732829321' }, { siren: 'luhn' }],
    ['SIRET failing Luhn', { siret: '73282932000075' }, { siret: 'luhn' }],
    ['SIRET of another SIREN', { siren: '732829320', siret: '40483304800022' }, { siret: 'siret-siren' }],
    ['FR VAT not built on the SIREN', { siren: '732829320', vat: 'FR83404833048' }, { vat: 'vat-siren-mismatch' }],
    ['FR VAT with a wrong key', { vat: 'FR00404833048' }, { vat: 'vat-checksum' }],
    ['website with a javascript: scheme', { website: 'javascript:alert(1)' }, { website: 'url' }],
    ['LinkedIn URL of another site', { linkedinUrl: 'https://example.com/company/x' }, { linkedinUrl: 'linkedin' }],
    ['phone made of letters', { phone: 'call me' }, { phone: 'phone' }],
  ])('%s', (_, over, errors) => {
    const r = validateCompanyForm(base(over));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(errors);
  });

  test('a valid form is normalised', () => {
    const r = validateCompanyForm(
      base({
        name: '  Atelier   Dupont ',
        siren: '732 829 320',
        siret: '732 829 320 00074',
        vat: 'fr 44 732829320',
        website: 'dupont.fr',
        domains: '@Dupont.fr, dupont-group.com;',
        categories: 'bois, artisan',
        linkedinUrl: 'fr.linkedin.com/company/atelier-dupont/about/',
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      name: 'Atelier Dupont',
      siren: '732829320',
      siret: '73282932000074',
      vat: 'FR44732829320',
      domains: ['dupont.fr', 'dupont-group.com'],
      categories: ['bois', 'artisan'],
      linkedinUrl: 'https://www.linkedin.com/company/atelier-dupont/',
    });
    expect(r.value.website).toMatch(/^https:\/\/dupont\.fr\/?$/);
  });

  test('the SIREN is taken from the SIRET when only the SIRET is given', () => {
    const r = validateCompanyForm(base({ siret: '73282932000074' }));
    expect(r.ok && r.value.siren).toBe('732829320');
  });

  test('custom fields are validated by type', () => {
    const def = (id: string, type: CustomFieldDef['type'], options: string[] = []): CustomFieldDef => ({
      id,
      entity: 'company',
      label: id,
      type,
      options,
      position: 0,
      createdAt: 0,
      updatedAt: 0,
    });
    const defs = [def('n', 'number'), def('s', 'single', ['A', 'B']), def('u', 'url')];
    const bad = validateCompanyForm(base({ customFields: { n: 'douze', s: 'C', u: 'ftp://x' } }), defs);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(['custom:n', 'custom:s', 'custom:u']);
    const good = validateCompanyForm(base({ customFields: { n: '12,5', s: 'B', u: 'https://x.fr' } }), defs);
    expect(good.ok && good.value.customFields).toMatchObject({ n: 12.5, s: 'B' });
  });
});
