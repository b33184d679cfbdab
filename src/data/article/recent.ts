/** A small memo for pure but costly functions of a line that one parse asks about more than once. */

/** Wrap `f` so the last `size` distinct inputs are answered from memory; `f` must be pure. */
export const rememberRecent = <T>(
  f: (input: string) => T,
  size: number,
): ((input: string) => T) => {
  // Insertion order makes the Map a queue: the oldest entry is dropped first.
  const cache = new Map<string, { value: T }>();
  return (input: string): T => {
    const hit = cache.get(input);
    if (hit) return hit.value;
    const value = f(input);
    if (cache.size >= size) cache.delete(cache.keys().next().value ?? '');
    cache.set(input, { value });
    return value;
  };
};
