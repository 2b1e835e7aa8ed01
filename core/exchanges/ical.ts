/**
 * iCalendar (RFC 5545) invitations for meetings: METHOD:REQUEST with one VEVENT, UTC times, text
 * escaped (§3.3.11) and lines folded at 75 octets (§3.1). Pure: the caller gives the uid and stamp.
 */
import { foldLine } from '../text/fold-line';

export interface IcsAttendee {
  name?: string;
  email: string;
}

export interface IcsEvent {
  uid: string;
  /** Epoch ms. */
  startAt: number;
  endAt: number;
  stampAt: number;
  summary: string;
  description?: string;
  location?: string;
  organizer?: IcsAttendee;
  attendees: IcsAttendee[];
}

/** Escapes a TEXT value: backslash, semicolon, comma, and every line break (CRLF, bare CR, LF). */
export function escapeText(s: string): string {
  return stripControls(
    s
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n'),
  );
}

/** Other control characters have no place in a content line (RFC 5545 §3.1). */
// eslint-disable-next-line no-control-regex
const stripControls = (s: string) => s.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');

/** A CN parameter value: quoted, with the characters RFC 5545 forbids in a quoted string removed. */
function cn(name: string): string {
  return `"${stripControls(name.replace(/["\r\n]/g, ''))}"`;
}

/**
 * A CAL-ADDRESS: `mailto:` and the address, or null when the address is not one (whitespace, control
 * characters, separators): such a person is left out rather than let a value break the file.
 */
// eslint-disable-next-line no-control-regex
const ADDRESS = /^[^\s@<>()[\]\\,;:"\u0000-\u001f\u007f]+@[^\s@<>()[\]\\,;:"\u0000-\u001f\u007f]+$/;
function calAddress(email: string): string | null {
  const e = email.trim();
  return ADDRESS.test(e) ? `mailto:${e}` : null;
}

export function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function buildInvitation(event: IcsEvent, productId = '-//Fiche//Fiche CRM//FR'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${stripControls(event.uid.replace(/[\r\n]/g, ''))}`,
    `DTSTAMP:${utcStamp(event.stampAt)}`,
    `DTSTART:${utcStamp(event.startAt)}`,
    `DTEND:${utcStamp(Math.max(event.endAt, event.startAt))}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  const organizer = event.organizer ? calAddress(event.organizer.email) : null;
  if (event.organizer && organizer) {
    lines.push(`ORGANIZER${event.organizer.name ? `;CN=${cn(event.organizer.name)}` : ''}:${organizer}`);
  }
  for (const a of event.attendees) {
    const address = calAddress(a.email);
    if (address)
      lines.push(
        `ATTENDEE${a.name ? `;CN=${cn(a.name)}` : ''};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:${address}`,
      );
  }
  lines.push('STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A pre-filled Google Calendar link for the same event. */
export function googleCalendarLink(event: Omit<IcsEvent, 'uid' | 'stampAt' | 'organizer'>): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.summary,
    dates: `${utcStamp(event.startAt)}/${utcStamp(Math.max(event.endAt, event.startAt))}`,
  });
  if (event.description) params.set('details', event.description);
  if (event.location) params.set('location', event.location);
  if (event.attendees.length) params.set('add', event.attendees.map((a) => a.email).join(','));
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** The same event as an Outlook on the web compose link. */
export function outlookCalendarLink(event: Omit<IcsEvent, 'uid' | 'stampAt' | 'organizer'>): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.summary,
    startdt: new Date(event.startAt).toISOString(),
    enddt: new Date(Math.max(event.endAt, event.startAt)).toISOString(),
  });
  if (event.description) params.set('body', event.description);
  if (event.location) params.set('location', event.location);
  if (event.attendees.length) params.set('to', event.attendees.map((a) => a.email).join(','));
  return `https://outlook.office.com/calendar/deeplink/compose?${params.toString()}`;
}
