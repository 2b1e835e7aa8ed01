import { describe, expect, it } from 'vitest';
import { registrableDomain, withRegistrableDomains } from './domain';
import { hostOf } from './host';

describe('registrableDomain', () => {
  it.each([
    ['acme.fr', 'acme.fr'],
    ['www.acme.fr', 'acme.fr'],
    ['https://shop.acme.co.uk/path?q=1#x', 'acme.co.uk'],
    ['marie.curie@mail.acme.fr', 'acme.fr'],
    ['Jean@ACME.FR', 'acme.fr'],
    ['http://www.mairie.gouv.fr', 'mairie.gouv.fr'],
    ['club.asso.fr', 'club.asso.fr'],
    ['foo.bar.club.asso.fr', 'club.asso.fr'],
    ['example.com.au', 'example.com.au'],
    ['acme.de:8080', 'acme.de'],
    ['acme.fr.', 'acme.fr'],
    ['acme.fr..', 'acme.fr'],
    ['acme.com.pl', 'acme.com.pl'],
    ['shop.acme.com.pl', 'acme.com.pl'],
    ['com.pl', null],
    ['co.uk', null],
    ['localhost', null],
    ['192.168.0.1', null],
    ['', null],
    ['not a domain', null],
    ['-bad.fr', null],
    // the detectors' former copy: https URL and an address at a two-label suffix
    ['https://www.kestrel.io/x', 'kestrel.io'],
    ['a@okafor-sons.co.uk', 'okafor-sons.co.uk'],
    // the Public Suffix List (tldts), private section included: a site on a shared host is its own company
    ['foo.blogspot.com', 'foo.blogspot.com'],
    ['https://x.github.io/about', 'x.github.io'],
    ['github.io', null],
    ['acme.uk.com', 'acme.uk.com'],
    ['contact@acme.avocat.fr', 'acme.avocat.fr'],
    ['mail.google.com', 'google.com'],
    ['acme.internal', 'acme.internal'],
    ['bücher.de', 'bücher.de'],
  ])('%j → %j', (input, out) => {
    expect(registrableDomain(input)).toBe(out);
  });
});

describe('hostOf (what detectors send) and the background', () => {
  it.each([
    ['https://www.shop.acme.co.uk:8080/x', 'shop.acme.co.uk'],
    ['marie@mail.acme.fr', 'mail.acme.fr'],
    ['WWW.Acme.FR.', 'acme.fr'],
    ['localhost', 'localhost'],
    ['192.168.0.1', '192.168.0.1'],
    ['not a host', null],
    ['-bad.fr', null],
  ])('%j → %j', (input, out) => {
    expect(hostOf(input)).toBe(out);
  });
  it('gives the companies of a detection their registrable domains', () => {
    const d = {
      kind: 'mail',
      companies: [
        { name: 'Acme', domain: 'mail.acme.co.uk' },
        { name: 'Local', domain: 'localhost' },
        { name: 'None' },
      ],
    };
    expect(withRegistrableDomains(d).companies).toEqual([
      { name: 'Acme', domain: 'acme.co.uk' },
      { name: 'Local', domain: 'localhost' },
      { name: 'None' },
    ]);
  });
});
