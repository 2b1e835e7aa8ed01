import { describe, expect, it } from 'vitest';
import { domainRoleOrg, splitRoleOrg } from './role-org';

describe('splitRoleOrg: a signature line "Title, Organisation"', () => {
  it.each([
    ['Honorary Treasurer, Kinsale Rowing Club', ['Honorary Treasurer', 'Kinsale Rowing Club']],
    ['Head of Sales at Brightwell Joinery Ltd', ['Head of Sales', 'Brightwell Joinery Ltd']],
    ['Gérante chez Fontaine Paysage', ['Gérante', 'Fontaine Paysage']],
    ['Projektleiterin bei Küstenwind Service GmbH', ['Projektleiterin', 'Küstenwind Service GmbH']],
    ['Directrice commerciale – Atelier Roux', ['Directrice commerciale', 'Atelier Roux']],
    ['Trésorière, Club de Voile de Lorient', ['Trésorière', 'Club de Voile de Lorient']],
    ['Office Manager, Müller & Söhne', ['Office Manager', 'Müller & Söhne']],
    ['Marketing Manager, Sales GmbH', ['Marketing Manager', 'Sales GmbH']],
    ['Senior Quantity Surveyor, Pritchard QS Ltd', ['Senior Quantity Surveyor', 'Pritchard QS Ltd']],
    // a middle dot or a bar between the pieces; a department for a role
    ['Departamento comercial · Azulejos Tormes S.L.', ['Departamento comercial', 'Azulejos Tormes S.L.']],
    ['Service achats | Menuiserie Vallet SARL', ['Service achats', 'Menuiserie Vallet SARL']],
    ['Abteilung Einkauf – Kruse Holzbau GmbH', ['Abteilung Einkauf', 'Kruse Holzbau GmbH']],
    ['Head of Sales · Brightwell Joinery Ltd', ['Head of Sales', 'Brightwell Joinery Ltd']],
  ])('%s', (line, expected) => expect(splitRoleOrg(line)).toEqual(expected));
  it.each([
    // a region, a department, a topic, a second role after the role; a name before the role
    ['Sales Director, EMEA'],
    ['Head of Sales, Northern Europe'],
    ['Chef de projet – Direction technique'],
    ['Senior Consultant, Digital Transformation'],
    ['Head of Sales, Marketing'],
    ['Partner, Head of Litigation'],
    ['Anna Berg, Sales Manager'],
    ['Kinsale Rowing Club'],
    ['Gérante, 12 rue des Saules'],
    ['Manager at the weekend, usually'],
    ['Service · Qualité · Délais'],
  ])('%s is not split', (line) => expect(splitRoleOrg(line)).toBeNull());
});

describe('domainRoleOrg: "Role – Firm" with the firm the sender domain spells', () => {
  it.each([
    ['Affrètement – Transports Vidalou', 'transportsvidalou', ['Affrètement', 'Transports Vidalou']],
    ['Disposition – Spedition Kroeger', 'speditionkroeger', ['Disposition', 'Spedition Kroeger']],
    ['Front desk – Harlow Removals', 'harlowremovals', ['Front desk', 'Harlow Removals']],
    // a firm the domain does not spell, a town, a legal form for a role, no domain's name
    ['Affrètement – Transports Vidalou', 'cargolux', null],
    ['SARL – Transports Vidalou', 'transportsvidalou', null],
    ['Affrètement – Transports Vidalou', undefined, null],
  ])('%s (%s)', (line, label, expected) => expect(domainRoleOrg(line, label)).toEqual(expected));
});
