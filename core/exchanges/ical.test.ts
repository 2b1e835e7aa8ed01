import { describe, expect, test } from 'vitest';
import { buildInvitation, escapeText, googleCalendarLink, utcStamp } from './ical';
import { foldLine } from '../text/fold-line';

describe('iCalendar', () => {
  test.each([
    ['a;b,c\\d', 'a\\;b\\,c\\\\d'],
    ['line 1\nline 2', 'line 1\\nline 2'],
  ])('escapeText(%j)', (input, out) => expect(escapeText(input)).toBe(out));

  test('utcStamp', () => expect(utcStamp(Date.UTC(2026, 11, 1, 9, 30))).toBe('20261201T093000Z'));

  test('folding keeps every line within 75 octets and never splits a UTF-8 character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const enc = new TextEncoder();
    for (const l of folded.split('\r\n')) expect(enc.encode(l).length).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((l, i) => (i ? l.slice(1) : l))
        .join(''),
    ).toBe(line);
  });

  test('a METHOD:REQUEST invitation with organizer and attendees', () => {
    const ics = buildInvitation({
      uid: 'i-1@fiche',
      startAt: Date.UTC(2026, 11, 3, 13, 0),
      endAt: Date.UTC(2026, 11, 3, 14, 0),
      stampAt: Date.UTC(2026, 11, 1, 8, 0),
      summary: 'Rendez-vous, chantier',
      location: '12 rue des Lilas; Lyon',
      organizer: { name: 'Marie Martin', email: 'marie@cabinet-martin.fr' },
      attendees: [{ name: 'Léa "LD" Dupont', email: 'lea@dupont.fr' }],
    });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('\r\nMETHOD:REQUEST\r\n');
    expect(ics).toContain('\r\nDTSTART:20261203T130000Z\r\n');
    expect(ics).toContain('\r\nSUMMARY:Rendez-vous\\, chantier\r\n');
    expect(ics).toContain('\r\nLOCATION:12 rue des Lilas\\; Lyon\r\n');
    expect(ics).toContain('ORGANIZER;CN="Marie Martin":mailto:marie@cabinet-martin.fr');
    expect(ics.replace(/\r\n /g, '')).toContain(
      'ATTENDEE;CN="Léa LD Dupont";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea@dupont.fr',
    );
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  });

  test('Google Calendar link', () => {
    const url = new URL(
      googleCalendarLink({
        startAt: Date.UTC(2026, 0, 2, 10),
        endAt: Date.UTC(2026, 0, 2, 11),
        summary: 'Point',
        attendees: [{ email: 'a@b.fr' }],
      }),
    );
    expect(url.searchParams.get('dates')).toBe('20260102T100000Z/20260102T110000Z');
    expect(url.searchParams.get('add')).toBe('a@b.fr');
  });
  // Issue 10, defect 6: no value can add a line to the file.
  test('escapes CRLF, bare CR and LF in every value; an attendee email cannot add lines', () => {
    expect(escapeText('a\rb\r\nc\nd')).toBe('a\\nb\\nc\\nd');
    const ics = buildInvitation({
      uid: 'i-2@fiche\r\nX-UID:evil',
      startAt: Date.UTC(2026, 11, 3, 13, 0),
      endAt: Date.UTC(2026, 11, 3, 14, 0),
      stampAt: Date.UTC(2026, 11, 1, 8, 0),
      summary: 'One\rTwo',
      description: 'a\r\nb\rc\nd',
      location: 'L\r\nATTENDEE:mailto:loc@evil.example',
      organizer: { name: 'Org\rX', email: 'org@x.fr\r\nATTENDEE:mailto:org@evil.example' },
      attendees: [
        { name: 'A\r\nB', email: 'ok@dupont.fr' },
        { email: 'lea@dupont.fr\r\nATTENDEE:mailto:spy@evil.example' },
        { email: 'b@x.fr\rMETHOD:CANCEL' },
      ],
    });
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    // Every line is a property of ours, and no CR or LF hides inside one.
    for (const l of lines.slice(0, -1))
      expect(l).toMatch(
        /^(BEGIN|VERSION|PRODID|CALSCALE|METHOD|UID|DTSTAMP|DTSTART|DTEND|SUMMARY|DESCRIPTION|LOCATION|ORGANIZER|ATTENDEE|STATUS|SEQUENCE|END)[;:]/,
      );
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.filter((l) => l.startsWith('ATTENDEE')).length).toBe(1);
    expect(lines.filter((l) => l.startsWith('METHOD')).length).toBe(1);
    expect(lines.filter((l) => /^(ATTENDEE|ORGANIZER)/.test(l)).join('\n')).not.toContain('evil.example');
    expect(lines.find((l) => l.startsWith('ATTENDEE'))).toContain(':mailto:ok@dupont.fr');
  });
});
