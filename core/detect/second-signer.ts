/**
 * A second person a signature names under its signer: a clerk or an assistant signs, then the person they write
 * for ("Maître Anne Roe, notaire", "Pour le Dr Paul Roe", "On behalf of Jane Roe, Managing Director",
 * "i. A. von Dr. Jan Roe, Geschäftsführer"). That line is neither the signer's title nor their firm: it names
 * someone with their own title, at the signer's firm. Background only (the body text suffices).
 */
import { looksLikeJobTitle, looksLikePersonName } from './text';
import { normKey } from './result';

export interface SecondSigner {
  /** The line's index among the signature's lines. */
  at: number;
  name: string;
  title?: string;
}

// (who one writes for: "Pour le Dr …", "On behalf of …", "Im Auftrag von …", "i. A. …")
const FOR =
  /^(?:pour|p\.\s?o\.?|on behalf of|for and on behalf of|im auftrag(?:\s(?:von|für))?|i\.\s?a\.(?:\s(?:von|für))?)\s+(?:(?:le|la|l['’])\s+)?/iu;
// (a courtesy or professional title before the name: "Maître", "Me", "Dr", "Prof.")
const HONORIFIC = /^(?:(?:ma[iî]tre|me|dr\.?|docteur|doctor|pr\.?|prof\.?|professeur|professor)\s+)+/iu;
// professions a title-word list leaves out (a notary, a bailiff, a doctor): a title after the name
const PROFESSION =
  /^(?:notaire|notar(?:in)?|huissier(?: de justice)?|commissaire de justice|avocate?|rechtsanw[aä]lt(?:in)?|steuerberater(?:in)?|wirtschaftspr[üu]fer(?:in)?|expert-comptable|solicitor|barrister|notary(?: public)?|m[ée]decin|pharmacien(?:ne)?|architecte?|architekt(?:in)?|g[ée]om[eè]tre-expert)\b/iu;

// ("J. Roe, Director" under "Jane Roe": the signer again)
const sameInitials = (a: string, b: string): boolean => {
  const [x, y] = [a, b].map((n) => n.trim().split(/\s+/));
  return x!.at(-1) === y!.at(-1) && x![0]![0] === y![0]![0];
};

/**
 * The second person a signature's lines name (not the signer), with their title, when a line reads as one: a
 * courtesy title or "pour"/"on behalf of" before a person's name, or a person's name then a title after a comma.
 */
export function secondSigner(signer: string, lines: readonly string[]): SecondSigner | undefined {
  const own = normKey(signer);
  for (let at = 0; at < lines.length && at < 8; at++) {
    const l = lines[at]!.trim();
    if (l.length < 5 || l.length > 120) continue;
    const lead = FOR.exec(l)?.[0] ?? '';
    const rest = l.slice(lead.length);
    const hon = HONORIFIC.exec(rest)?.[0] ?? '';
    const [who = '', ...tail] = rest.slice(hon.length).split(/,\s+|\s[–—-]\s/);
    const title = tail.join(', ').trim();
    const name = who.trim();
    if (!looksLikePersonName(name) || normKey(name) === own || sameInitials(name, signer)) continue;
    const titled = !!title && tail.length === 1 && (looksLikeJobTitle(title) || PROFESSION.test(title));
    // (a name alone, or a name and a title, reads as another person only with a lead word or a courtesy title
    // before it, or a title after it)
    if (title && !titled) continue;
    if (!lead && !hon && (!titled || at === 0)) continue;
    return titled ? { at, name, title } : { at, name };
  }
  return undefined;
}
