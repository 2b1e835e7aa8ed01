/**
 * iCalendar (RFC 5545) invitations for meetings: METHOD:REQUEST with one VEVENT, UTC times, text
 * escaped (§3.3.11) and lines folded at 75 octets (§3.1). Pure: the caller gives the uid and stamp.
 */
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

/** Escapes a TEXT value: backslash, semicolon, comma, newlines. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** A CN parameter value: quoted, with the characters RFC 5545 forbids in a quoted string removed. */
function cn(name: string): string {
  return `"${name.replace(/["\r\n]/g, '')}"`;
}

export function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Folds a content line at 75 octets, never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  const limit = () => (parts.length === 0 ? 75 : 74); // continuation lines start with a space
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (size + n > limit()) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function buildInvitation(event: IcsEvent, productId = '-//Fiche//Fiche CRM//FR'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.stampAt)}`,
    `DTSTART:${utcStamp(event.startAt)}`,
    `DTEND:${utcStamp(Math.max(event.endAt, event.startAt))}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.organizer) {
    lines.push(`ORGANIZER${event.organizer.name ? `;CN=${cn(event.organizer.name)}` : ''}:mailto:${event.organizer.email}`);
  }
  for (const a of event.attendees) {
    lines.push(`ATTENDEE${a.name ? `;CN=${cn(a.name)}` : ''};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${a.email}`);
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
