/** Small helpers for joining words as copy does. */

/** "a", "a and b", "a, b and c". */
export const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** "leaders" → "Leaders". */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "the EU" → "EU": an organisation's name used as a modifier ("EU foreign ministers"). */
export const modifier = (org: string): string => org.replace(/^the /, '');

/** Headline case for outlets that capitalise every major word. */
export const titleCase = (s: string): string =>
  s.replace(/\b(\p{Ll})(\p{L}*)/gu, (word, first: string, rest: string) =>
    /^(?:a|an|and|as|at|but|by|for|in|of|on|or|the|to|with)$/.test(word)
      ? word
      : first.toUpperCase() + rest,
  );
