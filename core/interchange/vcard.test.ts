import { describe, expect, it } from 'vitest';
import { foldLine } from '../text/fold-line';
import { escapeText, parseVcards, serializeVcard, unescapeText, unfold, type VcardContact } from './vcard';

const contact: VcardContact = {
  firstName: 'Élodie',
  lastName: 'Martin; fils',
  emails: ['elodie@epidor.fr', 'e.martin@gmail.com'],
  phone: '+33 1 23 45 67 89',
  mobile: '06 12 34 56 78',
  org: "Boulangerie Épi d'Or, Paris",
  title: 'Gérante\nfondatrice',
  linkedinUrl: 'https://www.linkedin.com/in/elodie-martin/',
  photoDataUri: `data:image/jpeg;base64,${'A'.repeat(300)}`,
};

describe('escaping', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\nlines'],
  ])('%j ↔ %j', (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
    expect(unescapeText(escaped)).toBe(raw);
  });
});

describe('folding', () => {
  it('folds at 75 octets, never inside a multi-byte character, and unfolds back', () => {
    const line = `NOTE:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    for (const l of folded.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toEqual([line]);
  });
  it('leaves short lines alone', () => expect(foldLine('FN:Ana')).toBe('FN:Ana'));
});

describe('serializeVcard / parseVcards', () => {
  it('writes vCard 4.0 with the expected properties', () => {
    const text = serializeVcard(contact);
    const lines = unfold(text);
    expect(lines.slice(0, 4)).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Élodie Martin\\; fils',
      'N:Martin\\; fils;Élodie;;;',
    ]);
    expect(lines).toContain("ORG:Boulangerie Épi d'Or\\, Paris");
    expect(lines).toContain('TEL;TYPE=cell:06 12 34 56 78');
    expect(lines).toContain('EMAIL;TYPE=work;PREF=1:elodie@epidor.fr');
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
  });

  it('round-trips', () => {
    expect(parseVcards(serializeVcard(contact) + serializeVcard({ ...contact, emails: ['b@b.fr'] }))).toEqual({
      ok: true,
      contacts: [contact, { ...contact, emails: ['b@b.fr'] }],
    });
  });

  it('reads vCard 3.0 (bare types, ENCODING=b photos, grouped properties)', () => {
    const v3 = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Paul Roux',
      'N:Roux;Paul;;;',
      'item1.EMAIL;TYPE=INTERNET,WORK:Paul@Garage.fr',
      'TEL;TYPE=CELL,VOICE:06 00 00 00 00',
      'TEL;WORK:04 00 00 00 00',
      'ORG:Garage Central;Atelier',
      'PHOTO;ENCODING=b;TYPE=JPEG:AAAA',
      ' BBBB',
      'END:VCARD',
    ].join('\r\n');
    expect(parseVcards(v3)).toEqual({
      ok: true,
      contacts: [
        {
          firstName: 'Paul',
          lastName: 'Roux',
          emails: ['paul@garage.fr'],
          phone: '04 00 00 00 00',
          mobile: '06 00 00 00 00',
          org: 'Garage Central',
          title: '',
          photoDataUri: 'data:image/jpeg;base64,AAAABBBB',
        },
      ],
    });
  });

  it.each([
    ['hello', { code: 'no-vcard', card: 0 }],
    ['BEGIN:VCARD\nFN:x\n', { code: 'unterminated', card: 1 }],
  ])('refuses %j', (text, error) => expect(parseVcards(text)).toEqual({ ok: false, error }));
});

// Issue 10, defects 2 and 6.
describe('hostile vCard values', () => {
  it('no value adds a line: URL and emails with CR/LF stay in their property', () => {
    const text = serializeVcard({
      ...contact,
      emails: ['a@x.fr\r\nEMAIL:spy@evil.example', 'b@x.fr\rNOTE:evil'],
      title: 'T\rNOTE:evil',
      linkedinUrl: 'https://www.linkedin.com/in/x\r\nEMAIL:spy@evil.example',
    });
    const lines = unfold(text);
    expect(lines.filter((l) => /^EMAIL/.test(l)).length).toBe(2);
    expect(lines.some((l) => /^NOTE/.test(l))).toBe(false);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const url = lines.find((l) => l.startsWith('URL'));
    expect(url === undefined || !/[\r\n]/.test(url)).toBe(true);
  });

  it('writes a URL only when it is an http(s) URL, with , ; and \\ escaped', () => {
    expect(serializeVcard({ ...contact, linkedinUrl: 'javascript:alert(1)' })).not.toContain('URL');
    const text = serializeVcard({ ...contact, linkedinUrl: 'https://www.linkedin.com/in/a,b;c/' });
    const url = unfold(text).find((l) => l.startsWith('URL'))!;
    expect(url).toBe('URL;TYPE=work:https://www.linkedin.com/in/a\\,b\\;c/');
    expect(parseVcards(text)).toMatchObject({
      ok: true,
      contacts: [{ linkedinUrl: 'https://www.linkedin.com/in/a,b;c/' }],
    });
  });

  it('refuses SVG (and any non-raster) photos, in both directions', () => {
    const svg = 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+';
    expect(serializeVcard({ ...contact, photoDataUri: svg })).not.toContain('PHOTO');
    for (const card of [
      `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A B\r\nPHOTO:${svg}\r\nEND:VCARD\r\n`,
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A B\r\nPHOTO;ENCODING=b;TYPE=svg+xml:PHN2Zy8+\r\nEND:VCARD\r\n',
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A B\r\nPHOTO:data:text/html;base64,PHNjcmlwdD4=\r\nEND:VCARD\r\n',
    ]) {
      const r = parseVcards(card);
      expect(r.ok && r.contacts[0]!.photoDataUri).toBeFalsy();
    }
    const png = parseVcards(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A B\r\nPHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo=\r\nEND:VCARD\r\n',
    );
    expect(png.ok && png.contacts[0]!.photoDataUri).toBe('data:image/png;base64,iVBORw0KGgo=');
  });
});
