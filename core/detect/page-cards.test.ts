import { describe, expect, it } from 'vitest';
import { personFromCard } from './page-cards';
import { ResultBuilder } from './result';

const url = 'https://www.mairie-exemple.example/conseil';
function read(name: string, html: string) {
  document.body.innerHTML = html;
  const el = document.body.firstElementChild!;
  const nameEl = el.querySelector('span')!;
  return personFromCard({ name, el, nameEl }, 'Mairie', new URL(url), new ResultBuilder(url, 'company-site')).person;
}

describe('personFromCard: a role in the element after the name’s, run on with it (issue 7, blind lists)', () => {
  const card = (n: string, role: string) =>
    `<li><span>${n}</span><span>${role}</span><span>Liste « Ensemble »</span><a href="mailto:elu@mairie-exemple.example">Écrire</a></li>`;
  it.each([
    ['Odile Parmentier', 'Maire', 'Maire'],
    ['Paul Morel', '1er adjoint – Finances', '1er adjoint'],
    ['Claire Vidal', '2e adjointe – Culture', '2e adjointe'],
    ['Nigel Ashdown', 'Mayor', 'Mayor'],
    ['Owen Marsh', 'Councillor – Planning', 'Councillor'],
    ['Jonas Kiefer', 'Bürgermeister', 'Bürgermeister'],
    ['Lena Vogt', 'Geschäftsführerin – Vertrieb', 'Geschäftsführerin'],
  ])('%s / %s -> %s', (n, role, want) => {
    const p = read(n, card(n, role));
    expect(p.title).toBe(want);
    expect(p.email).toBe('elu@mairie-exemple.example');
  });
  it('a party’s list right after the name is no title', () => {
    expect(read('Paul Morel', card('Paul Morel', 'Liste « Ensemble »')).title).toBeUndefined();
  });
});
