import { describe, expect, it } from 'vitest';
import { normalizeLinkedinUrl } from './linkedin';

describe('LinkedIn URLs', () => {
  it.each([
    ['https://www.linkedin.com/company/acme-sas/', 'https://www.linkedin.com/company/acme-sas/'],
    ['https://fr.linkedin.com/company/Acme-SAS/about/?trk=x#y', 'https://www.linkedin.com/company/acme-sas/'],
    ['linkedin.com/company/acme-sas', 'https://www.linkedin.com/company/acme-sas/'],
    ['http://m.linkedin.com/company/12345/posts/', 'https://www.linkedin.com/company/12345/'],
    ['https://www.linkedin.com/in/marie-curie-123/', 'https://www.linkedin.com/in/marie-curie-123/'],
    [
      'https://www.linkedin.com/in/marie-curie-123/overlay/contact-info/',
      'https://www.linkedin.com/in/marie-curie-123/',
    ],
    [
      'https://de.linkedin.com/in/Marie-Curie-123/details/experience/?x=1',
      'https://www.linkedin.com/in/marie-curie-123/',
    ],
    ['https://www.linkedin.com/in/h%C3%A9l%C3%A8ne-durand', 'https://www.linkedin.com/in/h%C3%A9l%C3%A8ne-durand/'],
    ['https://www.linkedin.com/in/hélène-durand/', 'https://www.linkedin.com/in/h%C3%A9l%C3%A8ne-durand/'],
  ])('%s → %s', (input, out) => {
    expect(normalizeLinkedinUrl(input)).toBe(out);
  });
  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/search/results/people/?keywords=x',
    'https://notlinkedin.com/in/marie',
    'https://linkedin.com.evil.example/in/marie',
    'javascript:alert(1)',
    `https://www.linkedin.com/in/${'a'.repeat(201)}/`,
    '',
  ])('%s → null', (input) => {
    expect(normalizeLinkedinUrl(input)).toBeNull();
  });
  it.each([
    ['/in/marie-curie/', undefined, 'https://www.linkedin.com/in/marie-curie/'],
    ['/in/marie-curie/', new URL('https://acme.example/team'), null],
    ['in/marie-curie', new URL('https://fr.linkedin.com/'), 'https://www.linkedin.com/in/marie-curie/'],
    ['https://www.linkedin.com/school/eth-zurich/?trk=x', undefined, 'https://www.linkedin.com/school/eth-zurich/'],
    ['https://www.linkedin.com/showcase/acme-labs/', undefined, 'https://www.linkedin.com/showcase/acme-labs/'],
    ['https://www.linkedin.com/pub/dir/+/+', undefined, null],
  ])('%s against %s → %s', (input, base, out) => {
    expect(normalizeLinkedinUrl(input, base)).toBe(out);
  });
});
