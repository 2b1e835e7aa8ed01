/**
 * Sending goes through the user's own webmail or mail app (SPEC §2.4): Fiche has no mail server.
 * These build the pre-filled compose addresses.
 */
export interface Draft {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
}

export type Sender = 'gmail' | 'outlook' | 'mailto';

export function composeUrl(sender: Sender, d: Draft): string {
  const to = d.to.filter(Boolean).join(',');
  const cc = d.cc.filter(Boolean).join(',');
  if (sender === 'gmail') {
    const p = new URLSearchParams({ view: 'cm', fs: '1', to, su: d.subject, body: d.body });
    if (cc) p.set('cc', cc);
    return `https://mail.google.com/mail/?${p.toString()}`;
  }
  if (sender === 'outlook') {
    const p = new URLSearchParams({ to, subject: d.subject, body: d.body });
    if (cc) p.set('cc', cc);
    return `https://outlook.office.com/mail/deeplink/compose?${p.toString()}`;
  }
  const params: string[] = [];
  if (cc) params.push(`cc=${encodeURIComponent(cc)}`);
  if (d.subject) params.push(`subject=${encodeURIComponent(d.subject)}`);
  if (d.body) params.push(`body=${encodeURIComponent(d.body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${d.to.map((e) => encodeURIComponent(e).replace(/%40/g, '@')).join(',')}${params.length ? `?${params.join('&')}` : ''}`;
}
