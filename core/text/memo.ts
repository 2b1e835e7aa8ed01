/**
 * Bounded memo of a pure function of a string (detection asks the same few names, addresses and
 * texts thousands of times per pass on long threads). Exact: the function is pure. Keys longer than
 * `maxKey` are not kept (they are computed each time); the map is emptied once it holds `max` entries.
 */
export function memo<T>(fn: (k: string) => T, max = 4096, maxKey = 1000): (k: string) => T {
  const m = new Map<string, T>();
  return (k) => {
    let v = m.get(k);
    if (v === undefined) {
      v = fn(k);
      if (k.length <= maxKey) {
        if (m.size >= max) m.clear();
        m.set(k, v);
      }
    }
    return v;
  };
}
