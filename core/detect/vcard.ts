/**
 * vCard blocks pasted as a mail's signature ("BEGIN:VCARD … END:VCARD", one property a line or, once the mail
 * client has joined its lines, all on one), read in the background only (./interpret.ts): the signer's name,
 * address, title, firm and numbers, given back as the lines a written signature would show so that the one
 * signature reader reads them (and the legal lines that follow the card).
 */

export interface VCardSignature {
  name: string;
  email?: string;
  /** Title, firm, "Tel:"/"Mobile:" numbers, site, then the lines after the card (a legal footer). */
  lines: string[];
}

const BLOCK = /BEGIN:VCARD\b([\s\S]{0,3000}?)END:VCARD/gi;
// a property starts a line, or follows a space when the card's lines were joined
const PROPERTY = /(?:^|\s)(?=(?:VERSION|N|FN|ORG|TITLE|ROLE|TEL|EMAIL|URL|ADR|NOTE|LABEL|PHOTO|BDAY|X-[A-Z-]+)[;:])/;

/** Each vCard block of a text, with the lines that follow it (up to `after`). */
export function findVCards(text: string, after = 3): VCardSignature[] {
  const out: VCardSignature[] = [];
  for (const m of text.matchAll(BLOCK)) {
    const props: [string, string, string][] = [];
    for (const part of m[1]!.split(PROPERTY)) {
      const p = /^([A-Z-]+)((?:;[^:\n]*)?):(.*)$/s.exec(part.trim());
      if (p) props.push([p[1]!.toUpperCase(), p[2]!.toUpperCase(), p[3]!.replace(/\s+/g, ' ').trim()]);
    }
    const get = (k: string) => props.find((p) => p[0] === k)?.[2] ?? '';
    let name = get('FN');
    if (!name) {
      const [last = '', given = ''] = get('N').split(';');
      name = `${given} ${last}`.trim();
    }
    if (!name) continue;
    const lines: string[] = [];
    const title = get('TITLE') || get('ROLE');
    if (title) lines.push(title);
    // (the firm's name first, then its units: "Firm;Sales")
    const org = get('ORG').split(';')[0]!.trim();
    if (org) lines.push(org);
    for (const [k, params, value] of props) {
      if (k !== 'TEL' || /FAX/.test(params) || !value) continue;
      lines.push(`${/CELL|MOBILE/.test(params) ? 'Mobile' : 'Tel'}: ${value.replace(/^tel:/i, '')}`);
    }
    const url = get('URL');
    if (url) lines.push(url);
    const rest = text
      .slice(m.index + m[0].length)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, after);
    const email = get('EMAIL').toLowerCase() || undefined;
    out.push({ name, ...(email ? { email } : {}), lines: [...lines, ...rest] });
  }
  return out;
}
