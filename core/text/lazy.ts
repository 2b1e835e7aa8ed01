/**
 * A value made on first use, then kept: for module-level tables that cost to build (a regular expression
 * made from long word lists is parsed when it is constructed). The background service worker evaluates
 * every module at each cold wake, before it can answer a lookup that needs none of them (SPEC §8).
 */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
