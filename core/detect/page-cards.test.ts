import { describe, expect, it } from 'vitest';
import { civicRank, findCards, personFromCard } from './page-cards';
import { done } from './dom';
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

describe('findCards: a council’s members by shape, their ranked roles under their names, no class (issue 7, scrambled)', () => {
  const card = (n: string, role: string, wrap: boolean) => {
    const inner = `<img alt=""><span>${n}</span><span>${role}</span><span>Liste « Ensemble »</span><a href="mailto:elu@mairie-exemple.example">Écrire</a>`;
    return `<li>${wrap ? `<div>${inner}</div>` : inner}</li>`;
  };
  it.each([
    [
      'fr',
      [
        ['Odile PARMENTIER', 'Maire'],
        ['Paul MOREL', '1er adjoint – Finances'],
        ['Claire VIDAL', '2e adjointe – Culture'],
      ],
    ],
    [
      'en',
      [
        ['Nigel Ashdown', 'Mayor'],
        ['Owen Marsh', '2nd Councillor'],
        ['Ruth Pellow', 'Councillor – Planning'],
      ],
    ],
    [
      'de',
      [
        ['Jonas Kiefer', 'Bürgermeister'],
        ['Lena Vogt', '1. Bürgermeisterin'],
        ['Tilo Brandt', 'Bürgermeister'],
      ],
    ],
  ])('%s: each member is a card', (_, rows) => {
    document.body.innerHTML = `<main><h2>Le conseil</h2><ul>${rows.map(([n, r], i) => card(n!, r!, i === 1)).join('')}</ul></main>`;
    const cards = done(findCards(document.body, new Set()));
    expect(cards.map((c) => c.name)).toEqual(rows.map(([n]) => n));
  });

  it.each([
    ['Maire', true],
    ['1er adjoint – Finances', true],
    ['1. Bürgermeisterin', true],
    ['3 adjoints', false],
    ['12 conseillers', false],
    ['Mairie de Lhéry', false],
  ])('civicRank %s → %s', (t, want) => expect(civicRank(t)).toBe(want));
});
