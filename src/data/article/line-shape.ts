/** Cheap measurements of a line's shape (word count, prose or paragraph) shared by the header heuristics. */

/** Number of space-separated words, counting at most `max` so huge lines stay cheap, e.g. "a b  c" → 3. */
export const countWords = (line: string, max = 64): number => {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length && words < max; i++) {
    const space = /\s/.test(line[i] ?? '');
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
};

const SENTENCE_END = /[.!?…]["'”’)\]]?$/;

/** Whether a line reads like body prose: it ends a sentence or runs to paragraph length (≥ 12 words). */
export const isProseLine = (line: string): boolean =>
  countWords(line) >= 12 || SENTENCE_END.test(line.trimEnd());

/** Whether a line is a body paragraph rather than a headline: ≥ 12 words ending a sentence, or simply long (≥ 30 words). */
export const isParagraphLine = (line: string): boolean => {
  const words = countWords(line);
  return words >= 30 || (words >= 12 && /[.!?…:]["'”’)\]]?$/.test(line.trimEnd()));
};

/** Collapse every whitespace run to one space, touching only runs that need it (fast on long lines). */
export const collapseSpaces = (text: string): string => text.replace(/\s{2,}|[^\S ]/g, ' ');
