import { describe, expect, it } from 'vitest';
import { validateEmail, validatePhone, validateUrl } from './fields';

describe('validateEmail', () => {
  it.each([
    ['marie.curie@acme.fr', 'marie.curie@acme.fr'],
    ['  Jean.Dupont+crm@Acme.CO.UK ', 'jean.dupont+crm@acme.co.uk'],
    ['mailto:contact@acme.fr', 'contact@acme.fr'],
    ["o'brien@example.ie", "o'brien@example.ie"],
  ])('accepts %j', (input, value) => {
    expect(validateEmail(input)).toEqual({ ok: true, value });
  });
  it.each([
    ['', 'empty'],
    ['marie', 'format'],
    ['marie@acme', 'format'],
    ['marie@@acme.fr', 'format'],
    ['.marie@acme.fr', 'format'],
    ['marie..curie@acme.fr', 'format'],
    ['marie curie@acme.fr', 'format'],
    ['marie@acme..fr', 'format'],
    ['marie@-acme.fr', 'format'],
    [`${'a'.repeat(250)}@acme.fr`, 'format'],
  ] as const)('rejects %j', (input, reason) => {
    expect(validateEmail(input)).toEqual({ ok: false, reason });
  });
});

describe('validateUrl', () => {
  it.each([
    ['https://www.acme.fr', 'https://www.acme.fr/'],
    ['HTTP://ACME.fr/Path?x=1', 'http://acme.fr/Path?x=1'],
    ['acme.fr', 'https://acme.fr/'],
    ['www.acme.fr/contact', 'https://www.acme.fr/contact'],
    ['acme.fr:8080/x', 'https://acme.fr:8080/x'],
    ['https://bücher.de', 'https://xn--bcher-kva.de/'],
  ])('accepts %j', (input, value) => {
    expect(validateUrl(input)).toEqual({ ok: true, value });
  });
  it.each([
    ['', 'empty'],
    ['javascript:alert(1)', 'protocol'],
    ['ftp://acme.fr', 'protocol'],
    ['mailto:a@acme.fr', 'protocol'],
    ['data:text/html,hi', 'protocol'],
    ['https://', 'format'],
    ['acme', 'format'],
    ['https://acme fr', 'format'],
    ['https://user:pw@acme.fr', 'format'],
  ] as const)('rejects %j', (input, reason) => {
    expect(validateUrl(input)).toEqual({ ok: false, reason });
  });
});

describe('validatePhone', () => {
  it.each([
    ['01 23 45 67 89', '01 23 45 67 89'],
    ['+33 1 23 45 67 89', '+33 1 23 45 67 89'],
    ['+33 (0)1.23.45.67.89', '+33 (0)1.23.45.67.89'],
    ['+44 20 7946 0958', '+44 20 7946 0958'],
    ['030-1234567', '030-1234567'],
    ['  06   12 34 56 78 ', '06 12 34 56 78'],
    ['123456', '123456'],
  ])('accepts %j', (input, value) => {
    expect(validatePhone(input)).toEqual({ ok: true, value });
  });
  it.each([
    ['', 'empty'],
    ['12345', 'format'],
    ['1'.repeat(21), 'format'],
    ['01 23 45 67 8a', 'format'],
    ['33+ 1 23 45 67 89', 'format'],
    ['tel: 0123456789', 'format'],
  ] as const)('rejects %j', (input, reason) => {
    expect(validatePhone(input)).toEqual({ ok: false, reason });
  });
});
