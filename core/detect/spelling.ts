/**
 * How domains spell names: a word folded as a domain writes it, and whether a domain spells a firm's name. Shared by
 * the list readers, the people readers and the firms' lists (in ondemand-names.js, shipped once: wxt.config.ts).
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
