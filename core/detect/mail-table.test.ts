import { describe, expect, it } from 'vitest';
import { pastedTableRows, withPastedTables } from './mail-table';
import type { Detection } from './types';

describe('pastedTableRows: a contacts table pasted into a message, one cell a line', () => {
  it.each([
    [
      'fr',
      'Nom\nSociété\nFonction\nE-mail\nTéléphone',
      [
        'Odile Parmentier\nVerrerie Aubrac\nDG\no.parmentier@verrerie-aubrac.fr\n06 39 98 10 20',
        'Paul Morel\nKerlan Dourdan\nChef de projet\np.morel@kerlan.fr',
        'Claire Vidal\nForge Lanvin\nGérante\ncvidal@forge-lanvin.fr\n06 39 98 11 22 / 01 99 00 33 44',
      ],
    ],
    [
      'en',
      'Name\nCompany\nJob title\nEmail\nPhone',
      [
        'Nigel Ashdown\nTarnmoor Haulage\nManaging Director\nnigel@tarnmoor.co.uk\n020 7946 0101',
        'Priya Holt\nBramble Cargo\nHead of Sales\npriya.holt@bramble-cargo.co.uk',
        'Owen Marsh\nColdharbour Mills\nCFO\nowen@coldharbour.co.uk\n020 7946 0103',
      ],
    ],
    [
      'de',
      'Name\nFirma\nFunktion\nE-Mail\nTelefon',
      [
        'Jonas Kiefer\nHollerbeck Brandt GmbH\nGeschäftsführer\nj.kiefer@hollerbeck.de\n030 5550101',
        'Lena Vogt\nNordmole Spedition\nLeiterin Vertrieb\nlena.vogt@nordmole.de',
        'Timo Brandt\nWeserguss\nProkurist\nt.brandt@weserguss.de\n030 5550103',
      ],
    ],
  ])('%s: each row keeps its own person, title, firm and numbers', (_, head, rows) => {
    const got = pastedTableRows(`Bonjour,\nVoici la liste.\n${head}\n${rows.join('\n')}\nMerci et à bientôt.`);
    expect(got.map((r) => r.person?.name)).toEqual(rows.map((r) => r.split('\n')[0]));
    expect(got.map((r) => r.person?.company)).toEqual(rows.map((r) => r.split('\n')[1]));
    expect(got.map((r) => r.person?.title)).toEqual(rows.map((r) => r.split('\n')[2]));
    // (the second row has no number: the third row's name is no number of it)
    expect(got[1]!.person?.phones).toBeUndefined();
    expect(got[2]!.person?.phones?.length).toBeGreaterThan(0);
  });

  it('a row of a generic mailbox gives its firm, with the number, and no person', () => {
    const got = pastedTableRows(
      'Nom\nSociété\nFonction\nE-mail\nTéléphone\n(service achats)\nVerrerie Aubrac\n—\nachats@verrerie-aubrac.fr\n01 99 00 92 79\nPaul Morel\nKerlan Dourdan\nDG\np.morel@kerlan.fr\n06 39 98 11 22',
    );
    expect(got[0]).toEqual({
      email: 'achats@verrerie-aubrac.fr',
      company: { name: 'Verrerie Aubrac', phones: ['01 99 00 92 79'] },
    });
    expect(got[1]!.person).toEqual({
      name: 'Paul Morel',
      email: 'p.morel@kerlan.fr',
      title: 'DG',
      company: 'Kerlan Dourdan',
      phones: ['06 39 98 11 22'],
    });
  });

  it('no header, no table: a signature’s lines are no row', () => {
    expect(pastedTableRows('Bien à vous,\nPaul Morel\nDG\np.morel@kerlan.fr\n06 39 98 11 22')).toEqual([]);
  });
});

describe('withPastedTables', () => {
  it('adds the rows’ people and names their firms as the table writes them', () => {
    const d: Detection = {
      url: 'https://mail.google.com/mail/u/0/#inbox/abc',
      kind: 'gmail-thread',
      emails: [],
      people: [{ name: 'Adrien Sauvage', email: 'adrien@hexa.example' }],
      companies: [
        { name: 'kerlan-dourdan.fr', domain: 'kerlan-dourdan.fr' },
        { name: 'Forge', domain: 'forge-lanvin.fr' },
      ],
      message: {
        provider: 'gmail',
        threadId: 'abc',
        subject: 'Contacts',
        from: { name: 'Adrien Sauvage', email: 'adrien@hexa.example' },
        to: [],
        cc: [],
        date: '2026-11-09T09:00',
        bodyText:
          'Nom\nSociété\nFonction\nE-mail\nPaul Morel\nKerlan Dourdan\nDG\np.morel@kerlan-dourdan.fr\nClaire Vidal\nForge Lanvin\nGérante\ncvidal@forge-lanvin.fr',
      },
    } as Detection;
    const got = withPastedTables(d);
    expect(got.people.map((p) => [p.name, p.company])).toEqual([
      ['Adrien Sauvage', undefined],
      ['Paul Morel', 'Kerlan Dourdan'],
      ['Claire Vidal', 'Forge Lanvin'],
    ]);
    expect(got.companies.map((c) => [c.name, c.domain])).toEqual([
      ['Kerlan Dourdan', 'kerlan-dourdan.fr'],
      ['Forge Lanvin', 'forge-lanvin.fr'],
    ]);
  });
});
