import { describe, expect, it } from 'vitest';
import { listedBusiness } from './listing';

const page = (ld: object) => {
  const doc = document.implementation.createHTMLDocument('x');
  const s = doc.createElement('script');
  s.type = 'application/ld+json';
  s.textContent = JSON.stringify(ld);
  doc.head.append(s);
  return doc;
};

describe('listedBusiness: a platform page about one business', () => {
  it('a directory entry: the business with its own site', () => {
    const doc = page({ '@type': 'Electrician', name: 'Élec Morvan & Fils', url: 'https://www.elec-morvan.fr/' });
    expect(listedBusiness(doc, 'guide-artisans-ouest.fr')).toEqual({
      name: 'Élec Morvan & Fils',
      hosts: ['elec-morvan.fr'],
    });
  });
  it("a booking site's practitioner: the practice they work for", () => {
    const doc = page({
      '@type': 'Dentist',
      name: 'Marion Keraudren',
      worksFor: { '@type': 'MedicalClinic', name: 'Cabinet dentaire du Port' },
    });
    expect(listedBusiness(doc, 'prendre-soin.fr')).toEqual({ name: 'Cabinet dentaire du Port', hosts: [] });
    // (on the practitioner's own site, no listing)
    expect(listedBusiness(doc, 'marion-keraudren.fr')).toBeUndefined();
  });
  it.each([
    // the site's own organisation, its other domain, a product: no listing
    [{ '@type': 'Organization', name: 'Guide Artisans Ouest', url: 'https://www.guide-artisans-ouest.com' }],
    [{ '@type': 'LocalBusiness', name: 'Bäckerei Sommerfeld', url: 'https://baeckerei-sommerfeld.com' }],
    [{ '@type': 'Product', name: 'Kettle', url: 'https://shop.example.org/kettle' }],
    [{ '@type': 'Plumber', name: 'Hydro Ouest' }],
  ])('%j is no listing', (ld) => {
    expect(
      listedBusiness(
        page(ld),
        ld.name === 'Bäckerei Sommerfeld' ? 'baeckerei-sommerfeld.de' : 'guide-artisans-ouest.fr',
      ),
    ).toBeUndefined();
  });
});
