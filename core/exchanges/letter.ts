/**
 * The printed letter (SPEC §2.4): sender block, recipient block, date, subject, body. A letter
 * template may already write the recipient's address (`{{address.lines}}`) or the date (`{{today}}`)
 * in its body: the page then leaves its own out, so that each is printed once.
 */

export interface LetterParts {
  /** The body as saved (its template already rendered). */
  content: string;
  /** The recipient block's lines: the sheet's name, then the chosen address. */
  recipientLines: readonly string[];
  /** Every way the letter's day may be written in the body (UI format, DD/MM/YYYY, long…); the first is printed. */
  dateTexts: readonly string[];
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function letterLayout(p: LetterParts): { showRecipient: boolean; showDate: boolean } {
  const body = fold(p.content);
  // The address is in the body when its street line (the first line after the name) is there.
  const addressLines = p.recipientLines.slice(1).map(fold).filter(Boolean);
  const showRecipient = addressLines.length === 0 || !body.includes(addressLines[0]!);
  const showDate = !p.dateTexts.map(fold).some((d) => d && body.includes(d));
  return { showRecipient, showDate };
}

/** The sender block's lines: name, company, then the address lines; blank parts left out. */
export function senderLines(sender: { name: string; company: string; address: string }): string[] {
  return [sender.name, sender.company, ...sender.address.split(/\r?\n/)].map((l) => l.trim()).filter(Boolean);
}
