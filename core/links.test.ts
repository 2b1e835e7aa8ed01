import { describe, expect, it } from 'vitest';
import { safeHref, safeWebUrl } from './links';

describe('safeHref (web)', () => {
  it.each([
    ['https://acme.fr', 'https://acme.fr/'],
    ['http://acme.fr/a?b=c#d', 'http://acme.fr/a?b=c#d'],
    ['  https://www.linkedin.com/company/acme/ ', 'https://www.linkedin.com/company/acme/'],
    ['HTTPS://ACME.FR/X', 'https://acme.fr/X'],
  ])('%s → %s', (input, href) => {
    expect(safeHref(input)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'blob:chrome-extension://abc/123',
    'file:///etc/passwd',
    'chrome-extension://abc/options.html',
    '//evil.example/x',
    '/relative',
    'acme.fr',
    'https://user:pw@acme.fr/',
    'https://',
    'http:evil.example',
    `https://acme.fr/${'a'.repeat(9000)}`,
    '',
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBeUndefined();
    expect(safeWebUrl(input)).toBeNull();
  });

  it('refuses values of other types', () => {
    for (const v of [undefined, null, 3, true, ['https://acme.fr'], { href: 'https://acme.fr' }])
      expect(safeHref(v)).toBeUndefined();
  });
});

describe('safeHref (mailto, tel)', () => {
  it('builds mailto and tel links from values, never passing a scheme through', () => {
    expect(safeHref('a@acme.fr', 'mailto')).toBe('mailto:a@acme.fr');
    expect(safeHref(['a@acme.fr', 'b@acme.fr'], 'mailto')).toBe('mailto:a@acme.fr,b@acme.fr');
    expect(safeHref('javascript:alert(1)', 'mailto')).toBeUndefined();
    expect(safeHref('+33 1 23 45 67 89', 'tel')).toBe('tel:+33123456789');
    expect(safeHref('javascript:alert(1)', 'tel')).toBeUndefined();
    expect(safeHref(12, 'tel')).toBeUndefined();
  });
});
