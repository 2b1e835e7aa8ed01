import { describe, expect, it } from 'vitest';
import { isForeignService, isForeignVendor } from './services';
import { interpretDetection } from './interpret';

describe('isForeignService', () => {
  it.each([
    ['orcid.org', 'https://lab.univ-exemple.fr/membres/', true],
    ['www.eventbrite.fr', 'https://www.atelier-roux.example/agenda', true],
    ['apps.apple.com', 'https://www.atelier-roux.example/', true],
    ['calendly.com', 'https://www.atelier-roux.example/rdv', true],
    // a service's own site is its page; a firm whose name merely contains a service's is a firm
    ['stripe.com', 'https://stripe.com/fr/about', false],
    ['zoom-events.example', 'https://www.atelier-roux.example/', false],
    ['atelier-roux.example', 'https://www.atelier-roux.example/', false],
  ])('%s on %s: %s', (domain, url, want) => expect(isForeignService(domain, url)).toBe(want));

  it('drops a linked service from a web page, keeps it in a mail thread (a person of that firm writes)', () => {
    const companies = [{ name: 'ORCID', domain: 'orcid.org' }, { name: 'Atelier Roux' }];
    const web = interpretDetection({
      url: 'https://www.atelier-roux.example/',
      kind: 'company-site',
      emails: [],
      people: [],
      companies,
    });
    expect(web.companies.map((c) => c.name)).toEqual(['Atelier Roux']);
    const mail = interpretDetection({
      url: 'https://mail.google.com/mail/u/0/#inbox/abc',
      kind: 'gmail-thread',
      emails: [],
      people: [],
      companies,
    });
    expect(mail.companies.map((c) => c.name)).toEqual(['ORCID', 'Atelier Roux']);
  });
});

describe('isForeignVendor', () => {
  it.each([
    ['SAP', 'https://www.conseil-ivoire.example/references', true],
    ['Microsoft Gold Partner', 'https://www.conseil-ivoire.example/', true],
    ['Amazon Web Services', 'https://summit.example.org/', true],
    ['Snowflake', 'https://summit.example.org/', true],
    ['Oracle Cloud', 'https://www.agence-brume.example/', true],
    // the vendor's own site; a firm whose name starts with a vendor's word
    ['SAP', 'https://www.sap.com/france/about.html', false],
    ['Snowflake Bakery', 'https://summit.example.org/', false],
    ['Sapinières du Morvan', 'https://summit.example.org/', false],
  ])('%s on %s: %s', (name, url, want) => expect(isForeignVendor(name, url)).toBe(want));

  it('drops a vendor logo from a web page, keeps it as the employer of a listed speaker', () => {
    const d = interpretDetection({
      url: 'https://summit.example.org/',
      kind: 'other',
      emails: [],
      people: [{ name: 'Wen Hollis', title: 'Principal Engineer', company: 'Google' }],
      companies: [{ name: 'Snowflake' }, { name: 'Google' }, { name: 'Tarnbeck Analytics' }],
    });
    expect(d.companies.map((c) => c.name)).toEqual(['Google', 'Tarnbeck Analytics']);
  });
});
