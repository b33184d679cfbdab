/** Cheap measurements of a line's shape (word count, prose or paragraph) shared by the header heuristics. */

/** Whether a UTF-16 code unit is whitespace, exactly as regex `\s` defines it (without a regex call per character). */
export const isSpaceCode = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 0xa0 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/** Whether a UTF-16 code unit is an ASCII letter or digit. */
export const isAsciiAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

// A compiled regex scans several times faster than a loop over character codes, so thresholds use one.
const atLeast = new Map<number, RegExp>();

/** Whether a line has at least `n` (≥ 1) space-separated words, e.g. hasWords("a b  c", 3) → true. */
export const hasWords = (line: string, n: number): boolean => {
  // n words need n characters and n − 1 separators.
  if (line.length < 2 * n - 1) return false;
  let re = atLeast.get(n);
  if (!re) {
    // Word and space runs alternate, so this never backtracks more than once per character.
    re = new RegExp(`^\\s*(?:\\S+\\s+){${n - 1}}\\S`);
    atLeast.set(n, re);
  }
  return re.test(line);
};

const SENTENCE_END = /[.!?…]["'”’)\]]?$/;
const PARAGRAPH_END = /[.!?…:]["'”’)\]]?$/;

// Both endings span at most two characters; testing only those spares a regex scan of the whole line.
const ending = (line: string): string => line.trimEnd().slice(-2);

/** Whether a line reads like body prose: it ends a sentence or runs to paragraph length (≥ 12 words). */
export const isProseLine = (line: string): boolean =>
  hasWords(line, 12) || SENTENCE_END.test(ending(line));

/** Whether a line is a body paragraph rather than a headline: ≥ 12 words ending a sentence, or simply long (≥ 30 words). */
export const isParagraphLine = (line: string): boolean =>
  // Cheapest first: most lines fail the 12-word test, and most that pass end like a sentence.
  hasWords(line, 12) && (PARAGRAPH_END.test(ending(line)) || hasWords(line, 30));

/** Collapse every whitespace run to one space, touching only runs that need it (fast on long lines). */
export const collapseSpaces = (text: string): string => text.replace(/\s{2,}|[^\S ]/g, ' ');

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// What tidying changes: double spaces, and in one class, zero-width characters and every whitespace
// character but space and newline (one class scans faster than an alternation of classes).
const UNTIDY =
  / {2}|[\t\v\f\r\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;

/** Text → lines without zero-width characters, spaces collapsed and trimmed, empty lines dropped. */
export const tidyLines = (text: string): string[] => {
  // Most text needs no fixing, and one regex test costs far less than a replace over every line.
  const untidy = UNTIDY.test(text);
  const lines: string[] = [];
  for (const raw of (untidy ? text.replace(ZERO_WIDTH, '') : text).split('\n')) {
    const line = (untidy ? collapseSpaces(raw) : raw).trim();
    if (line !== '') lines.push(line);
  }
  return lines;
};
