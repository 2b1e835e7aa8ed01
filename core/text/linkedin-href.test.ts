import { describe, expect, it } from 'vitest';
import { normalizeLinkedinUrl } from './linkedin';
import { linkedinHref } from '../detect/mail-common';

// linkedinHref (the mail scripts' smaller copy) must give normalizeLinkedinUrl's output on every href.
const CASES = [
  'https://www.linkedin.com/company/acme-sas/',
  'https://fr.linkedin.com/company/Acme-SAS/about/?trk=x#y',
  'linkedin.com/company/acme-sas',
  'http://m.linkedin.com/company/12345/posts/',
  'https://www.linkedin.com/in/marie-curie-123/',
  'https://www.linkedin.com/in/marie-curie-123/overlay/contact-info/',
  'https://de.linkedin.com/in/Marie-Curie-123/details/experience/?x=1',
  'https://www.linkedin.com/in/h%C3%A9l%C3%A8ne-durand',
  'https://www.linkedin.com/in/hélène-durand/',
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/in/',
  'https://www.linkedin.com/search/results/people/?keywords=x',
  'https://notlinkedin.com/in/marie',
  'https://linkedin.com.evil.example/in/marie',
  'javascript:alert(1)',
  '',
  '   ',
  '/in/marie',
  '//www.linkedin.com/in/marie',
  'www.linkedin.com/in/Marie',
  ' https://WWW.LINKEDIN.COM/IN/Marie ',
  'HTTPS://linkedin.com/in/marie',
  'ftp://linkedin.com/in/marie',
  'mailto:x@linkedin.com/in/marie',
  'https://www.linkedin.com/in/%E0%A4%A',
  'https://www.linkedin.com/in/a%2Fb/',
  'https://www.linkedin.com/in/' + 'x'.repeat(201),
  'https://www.linkedin.com/in/' + 'x'.repeat(200),
  'https://www.linkedin.com/in/' + 'é'.repeat(40),
  'https://user:pw@linkedin.com/in/marie',
  'https://linkedin.com:8080/in/marie',
  'https://evil.example/?u=linkedin.com/in/marie',
  'https://www.linkedin.com/company/x?r=linkedin.com/in/y',
  'https://www.linkedin.com/school/X/',
  'https://www.linkedin.com/showcase/Y/x',
  'linkedin.com/in/marie?x=1',
  'http://[::1]/in/x',
  'https://xn--linkedin.com/in/x',
  'https://www.linkedin.com./in/x',
  'https://www.linkedin.com/in//x',
  'https://www.linkedin.com/in/%20/',
  'https://www.linkedin.com/in/ma rie',
  'https://www.linkedin.com\\in\\marie',
  'a:linkedin.com/in/x',
  '1a:linkedin.com/in/x',
  'data:text/html,linkedin.com/in/x',
  '/in/marie-curie/',
  'https://fr.linkedin.com/',
  'https://www.linkedin.com/in/marie-curie/',
  'https://www.linkedin.com/pub/dir/+/+',
  'https://www.linkedin.com/school/eth-zurich/?trk=x',
  'https://www.linkedin.com/showcase/acme-labs/',
];

describe('linkedinHref', () => {
  it.each(CASES)('%s', (href) => {
    expect(linkedinHref(href)).toBe(normalizeLinkedinUrl(href) ?? undefined);
  });
  it('matches on generated hrefs', () => {
    const parts = [
      ['', ' ', 'https://', 'http://', 'HTTP://', '//', '/', 'ftp://', 'x:', '+:'],
      ['', 'www.', 'fr.', 'M.', 'evil.'],
      ['linkedin.com', 'LinkedIn.COM', 'linkedin.com.', 'linkedin.co', 'linkedin.com:443'],
      ['/in/', '/IN/', '/In/', '/in//', '/company/', '/feed/'],
      ['', 'Marie', 'h%C3%A9l', 'é', '%ZZ', 'a%2F', 'x?y', 'x#y', '%', 'A B'],
      ['', '/', '/details/', '?trk=1', '#x', ' '],
    ];
    let n = 0;
    const rec = (i: number, s: string): void => {
      if (i === parts.length) {
        n++;
        expect(linkedinHref(s), s).toBe(normalizeLinkedinUrl(s) ?? undefined);
        return;
      }
      for (const p of parts[i]!) rec(i + 1, s + p);
    };
    rec(0, '');
    expect(n).toBeGreaterThan(10000);
  });
});
