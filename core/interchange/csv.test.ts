import { describe, expect, it } from 'vitest';
import { decodeBytes, detectDelimiter, neutralizeFormula, parseCsv, restoreNeutralized, serializeCsv } from './csv';

describe('parseCsv', () => {
  it.each([
    [
      'a;b\r\n1;2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a\tb\n1\t2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['"x;y";"say ""hi"""\n', [['x;y', 'say "hi"']]],
    ['"line\r\nbreak";z', [['line\r\nbreak', 'z']]],
    [
      'a;b\n\n\n1;2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['a;;c', [['a', '', 'c']]],
    [
      '\ufeffnom;ville\nA;Paris',
      [
        ['nom', 'ville'],
        ['A', 'Paris'],
      ],
    ],
    ['5" screen;x', [['5" screen', 'x']]],
  ])('%j', (text, rows) => expect(parseCsv(text)).toEqual({ ok: true, rows }));

  it('names the row of a quote never closed', () => {
    expect(parseCsv('a;b\n1;2\n"open;3')).toEqual({ ok: false, error: { code: 'unterminated-quote', row: 3 } });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a;b;c', ';'],
    ['a,b,c', ','],
    ['a\tb', '\t'],
    ['"x,y";b;c', ';'],
    ['single', ';'],
  ] as const)('%j → %j', (text, d) => expect(detectDelimiter(text)).toBe(d));
});

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 with BOM', [0xef, 0xbb, 0xbf, 0xc3, 0xa9], 'é', 'utf-8', true],
    ['UTF-8 without BOM', [0xc3, 0xa9, 0x61], 'éa', 'utf-8', false],
    [
      'Windows-1252 (French Excel)',
      [0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9, 0x80],
      'Société€',
      'windows-1252',
      false,
    ],
  ] as const)('%s', (_, bytes, text, encoding, hadBom) => {
    expect(decodeBytes(new Uint8Array(bytes))).toEqual({ text, encoding, hadBom });
  });
});

describe('serializeCsv', () => {
  it.each([
    [[['a', 'b']], '\ufeffa;b\r\n'],
    [[['x;y', 'say "hi"']], '\ufeff"x;y";"say ""hi"""\r\n'],
    [[['two\nlines']], '\ufeff"two\nlines"\r\n'],
    [[['=1+1', '+33 6 12', '-cmd', '@SUM(A1)']], "\ufeff'=1+1;'+33 6 12;'-cmd;'@SUM(A1)\r\n"],
    [[['-12.50', 3, true, null]], '\ufeff-12.50;3;1;\r\n'],
  ] as const)('%j', (rows, text) => expect(serializeCsv(rows)).toBe(text));

  it('round-trips through parseCsv', () => {
    const rows = [
      ['name', 'note'],
      ["Épi; d'Or", 'a "quoted"\r\nline'],
      ['', 'x'],
    ];
    const parsed = parseCsv(serializeCsv(rows));
    expect(parsed).toEqual({ ok: true, rows });
  });

  it.each([
    ['=HYPERLINK("x")', true],
    ['\tx', true],
    ['normal', false],
    ['-5', false],
    ['+3.2', false],
  ])('neutralizeFormula %j', (cell, prefixed) => {
    expect(neutralizeFormula(cell).startsWith("'")).toBe(prefixed);
  });
});

// Issue 10, defects 4 and 5.
describe('cells that hold any delimiter are quoted, whatever the file uses', () => {
  it.each([';', ',', '\t'] as const)('delimiter %j', (delimiter) => {
    const cells = ['a,b', 'a;b', 'a\tb', 'say "hi"', 'two\nlines', 'cr\rhere'];
    const text = serializeCsv([cells], { delimiter, bom: false });
    expect(text).toBe(cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(delimiter) + '\r\n');
    // English Excel splits on ",": a quoted cell stays one cell under any delimiter.
    for (const d of [';', ',', '\t'] as const) expect(parseCsv(text, { delimiter: d })).toMatchObject({ ok: true });
    expect(parseCsv(text, { delimiter })).toEqual({ ok: true, rows: [cells] });
  });
});

describe('restoreNeutralized', () => {
  it.each([
    '=1+1',
    '+33 6 12 34 56 78',
    '-cmd',
    '@SUM(A1)',
    '\tx',
    "'=already neutral",
    "''+x",
    "'quoted already",
    "'Tis",
    'plain',
    '-12.50',
    '',
  ])('%j round-trips', (cell) => {
    expect(restoreNeutralized(neutralizeFormula(cell))).toBe(cell);
  });
});
