import { describe, expect, test } from 'vitest';
import { buildInvitation, escapeText, foldLine, googleCalendarLink, utcStamp } from './ical';

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
    expect(folded.split('\r\n').map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
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
    expect(ics.replace(/\r\n /g, '')).toContain('ATTENDEE;CN="Léa LD Dupont";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea@dupont.fr');
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  });

  test('Google Calendar link', () => {
    const url = new URL(googleCalendarLink({ startAt: Date.UTC(2026, 0, 2, 10), endAt: Date.UTC(2026, 0, 2, 11), summary: 'Point', attendees: [{ email: 'a@b.fr' }] }));
    expect(url.searchParams.get('dates')).toBe('20260102T100000Z/20260102T110000Z');
    expect(url.searchParams.get('add')).toBe('a@b.fr');
  });
});
