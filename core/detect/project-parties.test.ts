import { describe, expect, it } from 'vitest';
import { projectClients } from './project-parties';

const body = (html: string): HTMLElement => new DOMParser().parseFromString(html, 'text/html').body;
const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;

describe('projectClients', () => {
  it.each([
    [
      'FR table',
      `<table>${row('Programme', 'Gymnase, 1 200 m²')}${row('Maître d’ouvrage', 'Commune de Saint-Roch-des-Prés')}</table>`,
      ['Commune de Saint-Roch-des-Prés'],
    ],
    [
      'FR, a bracket after',
      `<table>${row('Maîtrise d’ouvrage :', 'Office Public Bellerive (69)')}</table>`,
      ['Office Public Bellerive'],
    ],
    ['EN dl', '<dl><dt>Client</dt><dd>Halden Foods — Leeds</dd><dt>Value</dt><dd>£2.4m</dd></dl>', ['Halden Foods']],
    [
      'DE table',
      `<table>${row('Bauherr', 'Wohnbau Lenz GmbH')}${row('Fertigstellung', '2025')}</table>`,
      ['Wohnbau Lenz GmbH'],
    ],
    ['IT dl', '<dl><dt>Committente</dt><dd>Comune di Arvena</dd></dl>', ['Comune di Arvena']],
    ['ES table', `<table>${row('Promotor', 'Inmobiliaria Costa Nerja')}</table>`, ['Inmobiliaria Costa Nerja']],
    // a private client by name, a sentence, another label: none
    ['a private client', `<table>${row('Client', 'M. et Mme Roux')}${row('Bauherr', 'Familie Brandt')}</table>`, []],
    [
      'a heading row',
      '<table><tr><th>Client</th><th>Projet</th></tr><tr><td>Halden Foods</td><td>Usine</td></tr></table>',
      [],
    ],
    ['a sentence', `<table>${row('Client', 'un particulier, qui souhaite rester anonyme.')}</table>`, []],
    ['another label', `<table>${row('Architecte', 'Atelier Ravel')}${row('Clients', 'Voir la liste')}</table>`, []],
  ])('%s', (_, html, names) => {
    expect(projectClients(body(html)).map((c) => c.name)).toEqual(names);
  });
});
