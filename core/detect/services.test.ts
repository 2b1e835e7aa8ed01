import { describe, expect, it } from 'vitest';
import { isForeignInstitution, isForeignService, isForeignVendor } from './services';
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

describe('isForeignInstitution (issue 7: a legal notice’s regulator, bank, insurer or host)', () => {
  it.each([
    // regulators and ombudsmen (EN, FR, DE/CH), collecting societies
    ['Financial Conduct Authority', 'https://www.hollybank-advisers.example.co.uk/', true],
    ['FCA', 'https://www.hollybank-advisers.example.co.uk/', true],
    ['Financial Ombudsman Service', 'https://www.hollybank-advisers.example.co.uk/', true],
    ['ORIAS', 'https://www.cabinet-roussel.example.fr/', true],
    ['Autorité des marchés financiers', 'https://www.cabinet-roussel.example.fr/', true],
    ['FINMA', 'https://www.bergtreuhand.example.ch/', true],
    ['BaFin', 'https://www.kanzlei-lenz.example.de/', true],
    ['Sacem', 'https://www.festival-des-saules.example.fr/', true],
    ['GEMA', 'https://www.chor-am-see.example.de/', true],
    // a bank's regional branch or foundation on a sponsors' wall, an insurer, hosts with their legal forms
    ['Crédit Agricole Normandie Mécénat', 'https://www.festival-des-saules.example.fr/', true],
    ['Sparkasse', 'https://www.chor-am-see.example.de/', true],
    ['Hiscox', 'https://www.hollybank-advisers.example.co.uk/', true],
    ['OVH SAS', 'https://www.cabinet-roussel.example.fr/', true],
    ['IONOS SE', 'https://www.kanzlei-lenz.example.de/', true],
    ['Infomaniak Network SA', 'https://www.bergtreuhand.example.ch/', true],
    ['o2switch', 'https://www.plomberie-aubrac.example.fr/', true],
    ['Netlify', 'https://www.hollybank-advisers.example.co.uk/', true],
    // the institution's own site; firms whose names merely start like one
    ['Crédit Agricole', 'https://www.credit-agricole.fr/particulier.html', false],
    ['Sacem', 'https://www.sacem.fr/', false],
    ['Allianz für Cybersicherheit', 'https://www.kanzlei-lenz.example.de/', false],
    ['Axalta Coatings', 'https://www.kanzlei-lenz.example.de/', false],
    ['Strato Conseil', 'https://www.strato-conseil.example.fr/', false],
    ['Atelier Roux', 'https://www.atelier-roux.example/', false],
  ])('%s on %s: %s', (name, url, want) => expect(isForeignInstitution(name, url)).toBe(want));

  it('drops them from a web page, keeps them as the employer of a listed person and in a mail thread', () => {
    const companies = [{ name: 'Sacem' }, { name: 'Hiscox' }, { name: 'Festival des Saules' }];
    const web = interpretDetection({
      url: 'https://www.festival-des-saules.example.fr/',
      kind: 'company-site',
      emails: [],
      people: [{ name: 'Maëlys Tardieu', title: 'Underwriter', company: 'Hiscox' }],
      companies,
    });
    expect(web.companies.map((c) => c.name)).toEqual(['Hiscox', 'Festival des Saules']);
    const mail = interpretDetection({
      url: 'https://mail.google.com/mail/u/0/#inbox/abc',
      kind: 'gmail-thread',
      emails: [],
      people: [],
      companies,
    });
    expect(mail.companies.map((c) => c.name)).toEqual(['Sacem', 'Hiscox', 'Festival des Saules']);
  });
});
