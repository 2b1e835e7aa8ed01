/**
 * Bounded memo of a pure function of a string (detection asks the same few names and addresses
 * thousands of times per pass on long threads). Exact: the function is pure. Keys longer than
 * `maxKey` are not kept; the map is emptied once it holds `max` entries.
 */
export function memo<T>(fn: (k: string) => T, max: number, maxKey = 1e9): (k: string) => T {
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
