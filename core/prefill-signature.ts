/**
 * The sender's signature at the end of a message (issue 12: the Gmail pre-fill reads the job title,
 * phones and address). Loaded with the create form, not with the side panel's first paint: core/prefill
 * keeps the text (`signatureText`), this module reads it when the form opens.
 */
import { isMobileNumber, type AddressPrefill, type PersonPrefill } from './prefill';
import { splitRoleOrg } from './detect/role-org';

export interface SignatureInfo {
  title?: string;
  phone?: string;
  mobile?: string;
  address?: AddressPrefill;
}

/** The person with what their signature tells, where the detection left a blank; `signatureText` consumed. */
export function applySignature(person: PersonPrefill): PersonPrefill {
  const { signatureText, ...rest } = person;
  if (!signatureText) return rest;
  const sig = parseSignature(signatureText, `${person.firstName} ${person.lastName}`.trim());
  const phone = rest.phone || sig.phone || '';
  const mobile = rest.mobile || sig.mobile || '';
  return {
    ...rest,
    jobTitle: rest.jobTitle || sig.title || '',
    // A signature with a mobile only: it is the contact's phone too.
    phone: phone || mobile,
    ...(mobile && phone && mobile !== phone ? { mobile } : {}),
    ...(rest.address ? {} : sig.address ? { address: sig.address } : {}),
  };
}

const SIGN_OFF =
  /^(?:--\s*|—\s*|cordialement|bien (?:cordialement|à (?:vous|toi))|salutations|bonne (?:journée|soirée)|merci(?: beaucoup| d'avance)?|best(?: regards| wishes)?|kind regards|regards|many thanks|thanks(?: again)?|cheers|sincerely|mit freundlichen grüßen|viele grüße|saludos|un saluto|cordiali saluti)[\s,.!]*$/i;
const QUOTE_HEADER =
  /^(?:le .{4,80} a écrit\s*:|on .{4,80} wrote\s*:|-{2,}\s*(?:original message|message d'origine)\s*-{2,}|de\s*:\s.+@|from:\s.+@)/i;
const PHONE = /(?:\+|00)?\d[\d .\-()\u00a0]{7,18}\d/;
const PHONE_LABEL =
  /^(?:t[ée]l(?:[ée]phone)?|phone|tel|fixe|ligne directe|direct|standard|office|bureau|t|p|m|mob(?:ile)?|portable|port|cell(?:ular)?|gsm|handy)\.?\s*[:.]?\s*/i;
const MOBILE_LABEL = /^(?:m|mob(?:ile)?|portable|port|cell(?:ular)?|gsm|handy)\b/i;
const POSTCODE_CITY =
  /^(?:(?:F|FR|D|DE|B|BE|L|CH)\s*-\s*)?(\d{4,5})\s+([\p{L}][\p{L}'’ .\-]{1,60}?)(?:\s*(?:cedex\s*\d*)?)(?:\s*[,–-]\s*([\p{L}][\p{L} .\-]{1,40}))?$/iu;
const STREET =
  /(?:^\d{1,4}(?:\s?(?:bis|ter|[a-z]))?[\s,]+\p{L})|(?:straße|strasse|gasse|weg|platz|allee|laan|straat|gade|vej)\s+\d|\b(?:rue|avenue|av\.|bd|boulevard|chemin|allée|place|quai|route|impasse|cours|street|st\.|road|rd\.|lane|straße|strasse|weg|platz|via|calle)\b/iu;
const NOT_A_TITLE = /[@\d]|https?:|www\.|\|/i;

/**
 * Reads a signature at the end of a message's text: the lines after the last sign-off ("Cordialement",
 * "Best regards", "--") up to the quoted earlier message, or else the last lines. Returns the job title
 * (the line under the sender's name), the phone and mobile (by their labels, or French mobile
 * prefixes), and a postal address (a "postcode city" line, the street line above it). Only the last
 * 4,000 characters are read, so a long thread costs nothing.
 */
export function parseSignature(bodyText: string, senderName = ''): SignatureInfo {
  let lines = bodyText
    .slice(-4000)
    .split(/\r?\n/)
    .map((l) => l.replace(/\u00a0/g, ' ').trim());
  const quote = lines.findIndex((l) => QUOTE_HEADER.test(l) || l.startsWith('>'));
  if (quote >= 0) lines = lines.slice(0, quote);
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (SIGN_OFF.test(lines[i]!)) {
      start = i + 1;
      break;
    }
  }
  // Signature lines are short: a long line is prose, and bounding it bounds every regex below.
  const block = (start >= 0 ? lines.slice(start) : lines.slice(-8)).filter((l) => l && l.length <= 160).slice(0, 15);
  const out: SignatureInfo = {};

  // The title: the line after the sender's name (or after the first line when the name is not found).
  const nameKey = senderName.trim().toLowerCase();
  const words = nameKey.split(/\s+/).filter((w) => w.length > 1);
  const nameAt = block.findIndex((l) => {
    const low = l.toLowerCase();
    return (
      nameKey !== '' &&
      (low === nameKey ||
        (words.length > 0 && words.every((w) => low.includes(w)) && low.length <= nameKey.length + 10))
    );
  });
  const titleLine = nameAt >= 0 ? block[nameAt + 1] : undefined;
  if (titleLine && !NOT_A_TITLE.test(titleLine) && !STREET.test(titleLine) && titleLine.length <= 80) {
    // ("Honorary Treasurer, Kinsale Rowing Club": the role before its organisation)
    out.title = (splitRoleOrg(titleLine)?.[0] ?? titleLine).split(/\s+[-–|·]\s+/)[0]!.trim();
  }

  for (const line of block) {
    const number = PHONE.exec(line)?.[0];
    if (!number || number.replace(/\D/g, '').length < 9) continue;
    const label = line.slice(0, line.indexOf(number)).trim();
    if (label && !PHONE_LABEL.test(label) && !/^[\p{L} .]{0,20}:?$/u.test(label)) continue;
    const cleaned = number.replace(/\s+/g, ' ').trim();
    // A French 06/07 number is a mobile whatever its label ("Tél : 06…" is common).
    if (MOBILE_LABEL.test(label) || isMobileNumber(cleaned)) out.mobile ??= cleaned;
    else out.phone ??= cleaned;
  }

  for (let i = 0; i < block.length; i++) {
    const m = POSTCODE_CITY.exec(block[i]!);
    if (!m) continue;
    const above = block[i - 1];
    const inline = /^(.*\S)\s*[,–-]\s*((?:\d{4,5})\s+.+)$/.exec(block[i]!);
    const street = above && STREET.test(above) && !PHONE.test(above) ? above : '';
    if (!street && !inline) continue;
    out.address = {
      street: street.replace(/,\s*$/, ''),
      postalCode: m[1]!,
      city: m[2]!.trim(),
      country: (m[3] ?? '').trim(),
    };
    break;
  }
  // "12 rue des Lilas, 69003 Lyon" on one line.
  if (!out.address) {
    for (const line of block) {
      const m =
        /^(.+?\S)\s*[,–-]\s*(\d{4,5})\s+([\p{L}][\p{L}'’ .\-]{1,60}?)(?:\s*[,–-]\s*([\p{L}][\p{L} .\-]{1,40}))?$/u.exec(
          line,
        );
      if (m && STREET.test(m[1]!)) {
        out.address = { street: m[1]!, postalCode: m[2]!, city: m[3]!.trim(), country: (m[4] ?? '').trim() };
        break;
      }
    }
  }
  return out;
}
