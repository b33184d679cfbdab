/**
 * Memory for functions of names and role texts, which come back in every sentence and article.
 */

/**
 * A copy of `s` that does not keep the text it was sliced from alive: in V8 a slice refers to
 * its whole source text, so a remembered slice would keep every article it came from.
 */
const detached = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/**
 * Remembers `compute` by its argument. The memory is dropped when full, as a long run meets
 * many names; keys (and what is computed from them) are detached copies.
 */
export const memoByName = <T>(compute: (name: string) => T): ((name: string) => T) => {
  const memory = new Map<string, T>();
  return (name) => {
    let value = memory.get(name);
    if (value === undefined) {
      if (memory.size >= 5000) memory.clear();
      const key = detached(name);
      value = compute(key);
      memory.set(key, value);
    }
    return value;
  };
};
