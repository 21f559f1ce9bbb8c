// A bounded cache for pure parsers of short strings. A Compose file repeats the same host IP and port specs
// thousands of times, and each keystroke checks the file again: the parse of an unchanged string is looked up.

const NONE: unique symbol = Symbol('no result');

/**
 * `parse` with its results kept by input, for parsers whose results are never changed by their callers. Holds at
 * most `limit` entries: when full it starts over, which keeps the memory bounded and the common strings warm.
 */
export function memoized<T>(parse: (text: string) => T, limit = 20_000): (text: string) => T {
  // An undefined result is kept as NONE, so that one lookup tells a miss from a hit (most lookups of a new file miss).
  let cache = new Map<string, T | typeof NONE>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
    const value = parse(text);
    if (cache.size >= limit) cache = new Map();
    // Long strings are rare and would hold memory for nothing.
    if (text.length <= 256) cache.set(text, value === undefined ? NONE : value);
    return value;
  };
}
