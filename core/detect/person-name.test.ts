import { describe, expect, it } from 'vitest';
import { cleanPersonName, withCleanNames } from './person-name';

describe('cleanPersonName', () => {
  it.each([
    ['Dr. Anna-Lena Vogt', 'Anna-Lena Vogt'],
    ['Prof. Dr. Henrik Albers', 'Henrik Albers'],
    ['Dr.-Ing. Jonas Weber', 'Jonas Weber'],
    ['Me Hélène de Saint-Aubin', 'Hélène de Saint-Aubin'],
    ['Herr Jonas Weber', 'Jonas Weber'],
    ['Mrs Jane Roe', 'Jane Roe'],
    // a cleric's title (issue 7: a parish's team)
    ['Père Gilles Aubry', 'Gilles Aubry'],
    ['Sœur Marie Lenoir', 'Marie Lenoir'],
    ['Pfarrer Jan Berg', 'Jan Berg'],
    ['Father Liam Doyle', 'Liam Doyle'],
    ['Père Noël', 'Père Noël'],
    ['GUEYE Aminata', 'Aminata Gueye'],
    ['LE BIHAN Yannick', 'Yannick Le Bihan'],
    ['MERCIER Jean-Philippe', 'Jean-Philippe Mercier'],
    // unchanged: a first name first, all capitals, or nothing left but a surname
    ['Jean-Philippe MERCIER', 'Jean-Philippe MERCIER'],
    ['JEAN DUPONT', 'JEAN DUPONT'],
    ['Dr. Vogt', 'Dr. Vogt'],
    ['M. MERCIER', 'M. MERCIER'],
    ['Katharina van der Meulen', 'Katharina van der Meulen'],
    ['Melanie Dreyer', 'Melanie Dreyer'],
    // honours and degrees after the name, with or without commas; a call to act before it
    ['Dame Ruth Ellery DBE', 'Ruth Ellery'],
    ['Omar Haddad KC', 'Omar Haddad'],
    ['Ana Ruiz, PhD, FREng', 'Ana Ruiz'],
    ['Tobias Wrenfield CEng MICE', 'Tobias Wrenfield'],
    ['Greta Lindqvist MSc', 'Greta Lindqvist'],
    ['Hamish Orr IEng MIET', 'Hamish Orr'],
    ['Prof. Sir Colm Rafferty FRS FMedSci', 'Colm Rafferty'],
    ['Contactez Gwendoline Le Floch', 'Gwendoline Le Floch'],
    ['Kontaktieren Sie Jana Roth', 'Jana Roth'],
    ['Write to Tom Hale', 'Tom Hale'],
    ['Lucien Morel SARL', 'Lucien Morel SARL'],
    // Swiss and Austrian academic titles (issue 7)
    ['lic. iur. Seraina Caduff', 'Seraina Caduff'],
    ['Dr. iur. Gian Andri Tscharner', 'Gian Andri Tscharner'],
    ['lic. oec. Beat Schnyder', 'Beat Schnyder'],
  ])('%s → %s', (raw, want) => expect(cleanPersonName(raw)).toBe(want));
});

describe('withCleanNames', () => {
  it('merges a person named with and without a degree, keeps the array when nothing changes', () => {
    const got = withCleanNames([
      { name: 'Dr. Anna Vogt', email: 'a@x.de' },
      { name: 'Anna Vogt', title: 'Partnerin' },
    ]);
    expect(got).toEqual([{ name: 'Anna Vogt', email: 'a@x.de', title: 'Partnerin' }]);
    const same = [{ name: 'Anna Vogt' }];
    expect(withCleanNames(same)).toBe(same);
  });
  it('keeps two people of one name with different addresses apart', () => {
    expect(
      withCleanNames([
        { name: 'Anna Vogt', email: 'a@x.de' },
        { name: 'Dr. Anna Vogt', email: 'b@y.de' },
      ]),
    ).toHaveLength(2);
  });
});
