/**
 * How domains spell names: a word folded as a domain writes it, and whether a domain spells a firm's name. Shared by
 * the list readers, the people readers and the firms' lists (in ondemand-shared.js, shipped once: wxt.config.ts).
 */
/** Lower case without accents, German umlauts written out ("Pöhlmann" → "poehlmann"), as domains spell names. */
export const fold = (w: string) =>
  w
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');

/** The domain spells the name: "Quarry Labs"/quarrylabs.com, "Crédit Maritime Bretagne"/credit-maritime-bzh.fr. */
export function spellsDomain(name: string, host: string): boolean {
  const label = fold(host.split('.').slice(0, -1).join('.')).replace(/^xn--/, '');
  const flat = label.replace(/[^a-z0-9]/g, '');
  const words = fold(name)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3);
  if (!flat || !words.length) return false;
  const joined = words.join('');
  if (joined.length >= 4 && (flat.includes(joined) || joined.includes(flat))) return true;
  // ("Lantern Security"/lanternsec.com, "Mécaprécis Auvergne"/mecaprecis.fr; not "de", "les")
  return words.some((w) => w.length >= 4 && flat.includes(w)) || (flat.length >= 4 && joined.startsWith(flat));
}

/**
 * A word's spellings in a mailbox or a domain, lower case and without accents: German umlauts written out and
 * dropped ("Oberthür" → "oberthuer", "oberthur"), ß as ss, French ligatures written out ("Cœur" → "coeur").
 */
export const spellings = (w: string): string[] => {
  const plain = w.toLowerCase().replace(/ß/g, 'ss').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  const out = fold(plain);
  const dropped = plain.normalize('NFD').replace(/\p{M}/gu, '');
  return out === dropped ? [out] : [out, dropped];
};

// the particles of a surname, no name of their own in a mailbox ("Henrike von Aschenbach" → h.aschenbach)
const PARTICLE = /^(?:de|du|des|d|la|le|van|von|der|den|vom|zu|di|da|del|dos|das|ten|ter|af)$/;

/**
 * How strictly a mailbox's local part spells a person's name: 'exact' is it all ("antoine.berthelot", "aberthelot",
 * "a.berthelot", "antoineb", "k.duhamel" of "Kévin Duhamel-Saint-Aubin"), 'initial' holds the first name's initial
 * first and a surname word ("g.tessandier", "jannik.oberthuer-ihk"), 'any-word' holds any word of the name of three
 * letters or more ("oriane.k" of "Oriane Kervella"). A name of one word spells no mailbox but by 'any-word'.
 */
export function spellsMailbox(name: string, address: string, how: 'exact' | 'initial' | 'any-word'): boolean {
  const local = address.split('@')[0]!;
  const boxes = spellings(local).map((b) => b.replace(/[^a-z0-9]/g, ''));
  return spellings(name).some((n) => {
    const words = n
      .replace(/[’']/g, '')
      .split(/\s+/)
      .map((w) => w.replace(/[^a-z-]/g, ''))
      .filter((w) => w.replace(/-/g, ''));
    const parts = words.flatMap((w) => w.split('-')).filter(Boolean);
    if (how === 'any-word')
      return parts.some((w) => w.length > 2 && !PARTICLE.test(w) && boxes.some((b) => b.includes(w)));
    if (words.length < 2) return false;
    const [given, ...rest] = words;
    const last = rest.filter((w, k) => k === rest.length - 1 || !PARTICLE.test(w));
    const surnames = last.flatMap((w) => w.split('-')).filter((w) => w.length >= 3 && !PARTICLE.test(w));
    if (how === 'initial') return boxes.some((b) => b.startsWith(given![0]!) && surnames.some((w) => b.includes(w)));
    // (the given name whole, its initial or its parts' initials, "Jean-Pierre" → jp; the surname whole, with or
    // without its particles, or its first word)
    const first = given!.replace(/-/g, '');
    const firsts = [
      first,
      first[0]!,
      given!
        .split('-')
        .map((w) => w[0])
        .join(''),
    ];
    const lasts = [rest.join(''), last.join(''), last[0]!.split('-')[0]!].map((w) => w.replace(/-/g, ''));
    return boxes.some(
      (b) =>
        b.length >= 5 &&
        (firsts.some((f) => lasts.some((l) => l && f + l === b)) || lasts.some((l) => l && first + l[0] === b)),
    );
  });
}
