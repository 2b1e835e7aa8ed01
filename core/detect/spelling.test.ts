import { describe, expect, it } from 'vitest';
import { spellings, spellsMailbox } from './spelling';

describe('spellings', () => {
  it.each([
    ['Oberthür', ['oberthuer', 'oberthur']],
    ['Krämer', ['kraemer', 'kramer']],
    ['Strauß', ['strauss']],
    ['Hélène Cœurdevey', ['helene coeurdevey']],
    ['Lætitia', ['laetitia']],
    ['Jane Roe', ['jane roe']],
  ])('%s → %j', (word, out) => {
    expect(spellings(word)).toEqual(out);
  });
});

describe('spellsMailbox', () => {
  it.each([
    // exact: the whole name, its initials, its particles dropped, umlauts either way
    ['Antoine Berthelot', 'antoine.berthelot@firm.example', 'exact', true],
    ['Antoine Berthelot', 'aberthelot@firm.example', 'exact', true],
    ['Antoine Berthelot', 'a.berthelot', 'exact', true],
    ['Antoine Berthelot', 'antoineb@firm.example', 'exact', true],
    ['Antoine Berthelot', 'a.berthelot.compta@firm.example', 'exact', false],
    ['Antoine Berthelot', 'contact@firm.example', 'exact', false],
    ['Kévin Duhamel-Saint-Aubin', 'k.duhamel@firm.example', 'exact', true],
    ['Kévin Duhamel-Saint-Aubin', 'kevin.duhamel-saint-aubin@firm.example', 'exact', true],
    ['Jean-Pierre Lemaire', 'jp.lemaire@firm.example', 'exact', true],
    ['Jean-Pierre Lemaire', 'jeanpierre.lemaire@firm.example', 'exact', true],
    ['Marie de Villeneuve', 'm.devilleneuve@firm.example', 'exact', true],
    ['Marie de Villeneuve', 'marie.villeneuve@firm.example', 'exact', true],
    ['Henrike von Aschenbach', 'h.aschenbach@firm.example', 'exact', true],
    ['Henrike von Aschenbach', 'henrike.von.aschenbach@firm.example', 'exact', true],
    ['Henrike von Aschenbach', 'h.von@firm.example', 'exact', false],
    ['Yvonne Krämer', 'y.kraemer@firm.example', 'exact', true],
    ['Yvonne Krämer', 'y.kramer@firm.example', 'exact', true],
    ['Torsten Weiß', 'torsten.weiss@firm.example', 'exact', true],
    ['Gwen Ng', 'g.ng@firm.example', 'exact', false],
    ['Madonna', 'madonna@firm.example', 'exact', false],
    // initial: the first name's initial first, a surname word inside
    ['Grégory Tessandier', 'g.tessandier@cci.example', 'initial', true],
    ['Jannik Oberthür', 'jannik.oberthuer@ihk.example', 'initial', true],
    ['Jannik Oberthür', 'joberthur-ihk@ihk.example', 'initial', true],
    ['Rosalind Pembury', 'rpembury@chamber.example', 'initial', true],
    ['Rosalind Pembury', 'support@chamber.example', 'initial', false],
    ['Rosalind Pembury', 'pembury.office@chamber.example', 'initial', false],
    ['Kévin Duhamel-Saint-Aubin', 'k.duhamel@firm.example', 'initial', true],
    ['Henrike von Aschenbach', 'h.aschenbach@firm.example', 'initial', true],
    ['Henrike von Aschenbach', 'h.von@firm.example', 'initial', false],
    ['Madonna', 'madonna@chamber.example', 'initial', false],
    // any word: a word of the name of three letters or more, no particle
    ['Oriane Kervella', 'oriane.k@firm.example', 'any-word', true],
    ['Oriane Kervella', 'okervella@firm.example', 'any-word', true],
    ['Oriane Kervella', 'contact@firm.example', 'any-word', false],
    ['Jörg Müller-Lüdenscheidt', 'jmueller@firm.example', 'any-word', true],
    ['Jörg Müller-Lüdenscheidt', 'ludenscheidt@firm.example', 'any-word', true],
    ['Hélène Cœurdevey', 'hcoeurdevey@firm.example', 'any-word', true],
    ['Anna von Berg', 'vonda.s@firm.example', 'any-word', false],
    ['Li Wu', 'li.wu@firm.example', 'any-word', false],
  ] as const)('%s / %s (%s) → %s', (name, address, how, spells) => {
    expect(spellsMailbox(name, address, how)).toBe(spells);
  });
});
