import { describe, expect, it } from 'vitest';
import { registrableDomain } from './domain';

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
  ])('%j → %j', (input, out) => {
    expect(registrableDomain(input)).toBe(out);
  });
});
