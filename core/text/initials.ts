/**
 * The letters of an avatar: a person's first and last names ("Jean de La Fontaine" → "JF"), a
 * company's first two words ("Acme Industries SAS" → "AI"); "?" when there is no letter.
 */
export function initials(name: string, of: 'person' | 'company' = 'company'): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const second = of === 'person' ? (words.length > 1 ? words[words.length - 1] : undefined) : words[1];
  return ((words[0]?.[0] ?? '') + (second?.[0] ?? '')).toUpperCase() || '?';
}
