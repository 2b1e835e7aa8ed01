/**
 * Phone numbers in text. Only called on text that is already known to be about contact details
 * (tel: links, labelled lines, signature and card lines), so the patterns can stay permissive in
 * layout while the callers keep precision. Bounded, linear patterns.
 */

// International (+33 4 72 00 18 42, +1 (617) 555-0142, +44 20 7946 0321, +49 711 7820 4415, +33 (0)6 …)
// or national with a trunk 0 (04 72 00 18 42, 0113 277 0634, 05191 979238, (617) 555-0142); a German switchboard's
// final " 0" or "-0" (+49 951 1234 0) belongs to the number.
const PHONE =
  /(?<![\d+])(?:\+\d{1,3}[\s.\u00a0-]{0,3}(?:\(0\)[\s.\u00a0-]{0,3})?|0)?\(?\d{1,5}\)?(?:[\s.\u00a0\/–-]{1,3}\(?\d{2,8}\)?|\s?[–-]\s?\d|\s0(?!\d)){1,6}(?!\d)/g;
// North America's national form without '+' or trunk 0 (919-951-0052, 1-415-429-6753, 212.555.0142): the
// area code and exchange never start with 0 or 1, and the 3-3-4 grouping is the plan's own.
const NANP = /^(?:1[\s.-])?[2-9]\d{2}([.-])[2-9]\d{2}\1\d{4}$/;
const LABEL_FAX = /\b(?:fax|télécopie|telecopie|telefax)\b/i;
// the same plan's numbers in looser groupings (450 555-0147, 514 555 0123), read only where the text is North
// American: a Canadian or US address (a province, a postal code, a state and ZIP), a Québec NEQ, a +1 number
const NANP_LOOSE = /^(?:1[\s.-])?[2-9]\d{2}[\s.-][2-9]\d{2}[\s.-]\d{4}$/;
const NORTH_AMERICA =
  /\b(?:Qu[ée]bec|Canada|Ontario|USA|United States|NEQ)\b|\b[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d\b|,\s(?!CS|BP)[A-Z]{2}\s\d{5}(?:-\d{4})?(?![\d,])|\+1[\s.(-]\d/;

export function phoneDigits(s: string): string {
  return s.replace(/\D/g, '');
}

function plausible(raw: string, northAmerica: () => boolean): boolean {
  const d = phoneDigits(raw);
  if (d.length < 9 || d.length > 15) return false;
  if (/^(\d)\1+$/.test(d)) return false;
  if (/^0{2,}/.test(d) && !raw.trim().startsWith('00')) return false;
  // dates (12/03/2024) and prices look like numbers: require a trunk 0, a '+', or a bracketed area code
  const t = raw.trim();
  if (!(t.startsWith('+') || t.startsWith('0') || t.startsWith('(') || NANP.test(t)))
    return NANP_LOOSE.test(t) && northAmerica();
  if (/\d{1,2}[./]\d{1,2}[./](?:19|20)?\d{2}\b/.test(t) && /\//.test(t)) return false;
  return true;
}

/** Phone numbers of a text, as written (trimmed); a number right after a fax label is skipped. */
export function findPhones(text: string, out: string[] = []): string[] {
  if (text.length > 20_000) text = text.slice(0, 20_000);
  PHONE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  let na: boolean | undefined;
  const northAmerica = () => (na ??= NORTH_AMERICA.test(text));
  while ((m = PHONE.exec(text))) {
    let raw = m[0];
    // two numbers split by " / " ("01 99 00 65 20 / 06 39 98 68 70"): the first ends there, the second read on its own
    // (an area code's slash stays: "089 / 1234567")
    const cut = /\s\/\s/.exec(raw);
    if (cut && phoneDigits(raw.slice(0, cut.index)).length >= 9) {
      raw = raw.slice(0, cut.index);
      PHONE.lastIndex = m.index + cut.index + cut[0].length;
    }
    const before = text.slice(Math.max(prevEnd, m.index - 24), m.index);
    prevEnd = m.index + raw.length;
    if (LABEL_FAX.test(before) || /(?:^|\s)F\s?[:.]?\s*$/.test(before)) continue;
    let p = raw.replace(/[\s.\u00a0\/-]+$/, '').trim();
    // a closing bracket that opens nowhere in the number is the sentence's ('(phone 020 7946 0321)')
    // and brackets around the whole number are the sentence's too ('Standard (01 99 00 12 12)')
    if (p.endsWith(')') && p.split('(').length < p.split(')').length) p = p.slice(0, -1).trim();
    else if (p.startsWith('(') && p.indexOf(')') === p.length - 1) p = p.slice(1, -1).trim();
    if (!plausible(p, northAmerica)) continue;
    const d = phoneDigits(p).slice(-9);
    if (!out.some((q) => phoneDigits(q).slice(-9) === d)) out.push(p);
  }
  return out;
}

/** The number of a tel: href, or ''. */
export function telNumber(href: string): string {
  if (!/^tel:/i.test(href.trim())) return '';
  let v = href.trim().slice(4);
  try {
    v = decodeURIComponent(v);
  } catch {
    /* raw */
  }
  v = v.split(/[;?]/)[0]!.trim();
  return phoneDigits(v).length >= 8 ? v : '';
}

/** Same number, whatever the formatting (last 9 digits, as the matcher does). */
export function samePhone(a: string, b: string): boolean {
  const x = phoneDigits(a).slice(-9),
    y = phoneDigits(b).slice(-9);
  return !!x && x === y;
}

export const PHONE_LABEL =
  /(?:^|[\s(])(?:t[ée]l(?:[ée]phone)?|tel|phone|ph|mob(?:ile)?|portable|cell|gsm|m|t|direct|durchwahl|standard|ligne directe|telefon|handy|mobil|fon|call us|appelez(?:-nous)?|dog & bone)\.?\s*(?:[:.]|\s)/i;

/**
 * The one number a sentence gives right after a name ("X, responsable maintenance, répond au 02 …", "call her
 * on …", "erreichbar unter 0511 …"); undefined when it gives none, or several.
 */
export function phoneAfter(text: string, name: string): string[] | undefined {
  const at = text.indexOf(name);
  if (at < 0) return undefined;
  const tail = text.slice(at + name.length, at + name.length + 240).split(/[!?]\s|\.\s+(?=\p{Lu})/u)[0]!;
  if (!/(?:\b(?:au|on|at|unter|sous le|via)|appelez(?:-(?:le|la|lui))? le)\s+[+(0]\d/.test(tail)) return undefined;
  const found = findPhones(tail);
  return found.length === 1 ? found : undefined;
}

// a writer giving their own number: "my studio phone is", "call me on", "mon portable : ", "appelez-moi au",
// "meine Durchwahl lautet", "erreichen Sie mich unter", "mi móvil es", "llámame al"
const OWN_NUMBER =
  /\b(?:my(?:\s[\p{L}-]{2,12}){0,2}\s(?:phone|number|line|mobile|cell)(?:\snumber)?(?:\sis|:)|(?:call|reach|text|ring)\sme\s(?:at|on)|mon\s(?:num[ée]ro|portable|t[ée]l[ée]phone|fixe|mobile)(?:\s(?:direct|pro(?:fessionnel)?|perso))?(?:\sest\sle|\s?:)|(?:appelez|contactez|joignez)-moi\sau|m[’']appeler\sau|me\sjoindre\sau|meine\s(?:\p{L}*nummer|durchwahl)\s(?:ist|lautet)|(?:erreichen|anrufen)(?:\s(?:sie|können sie))?\smich\sunter|mi\s(?:tel[ée]fono|m[óo]vil|n[úu]mero)(?:\s[\p{L}]{2,12})?\ses|ll[áa]ma(?:me|me)?\sal)\s*:?\s*(?=[+(0-9])/iu;
// the kind of line the writer names: a firm's (office, studio, shop, switchboard), not their own mobile
const OFFICE_WORD =
  /\b(?:office|studio|shop|work|business|bureau|atelier|fixe|standard|b[üu]ro|festnetz|oficina|estudio)\b/i;

/**
 * The one number a writer gives as their own in a message's prose ("My studio phone is (503) 555-0100", "Vous
 * pouvez m'appeler au 06 …"), and whether they name it their office's; undefined when there is none.
 */
export function ownNumber(text: string): { phone: string; office: boolean } | undefined {
  const m = OWN_NUMBER.exec(text.slice(0, 20_000));
  if (!m) return undefined;
  const phone = findPhones(text.slice(m.index + m[0].length, m.index + m[0].length + 30))[0];
  return phone ? { phone, office: OFFICE_WORD.test(m[0]) } : undefined;
}
