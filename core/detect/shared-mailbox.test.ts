import { describe, expect, it } from 'vitest';
import { isSharedMailbox } from './shared-mailbox';

describe('isSharedMailbox', () => {
  it.each([
    ['Harbourline Ops', 'ops@harbourline.co.uk', true],
    ['Auftragsbüro Nordlicht', 'auftrag@nordlicht-fenster.de', true],
    ['Achats Groupe Méliade', 'achats@groupe-meliade.fr', true],
    ['Kundendienst Brakel', 'service@brakel.de', true],
    ['Sales Team', 'sales@acme.io', true],
    ['Anna Ops', 'anna.ops@acme.io', false],
    ['Katrin Vogel', 'k.vogel@nordlicht-fenster.de', false],
    ['Léa Service', 'lea.service@acme.fr', false],
    ['Jonas', 'info@acme.de', false],
  ])('%s <%s> → %s', (name, address, shared) => {
    expect(isSharedMailbox(name, address)).toBe(shared);
  });
});
