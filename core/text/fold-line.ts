/** Content-line folding shared by iCalendar (RFC 5545 §3.1) and vCard (RFC 6350 §3.2). */

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
