import type { Sentence } from '../../../src/data/types';

/** Naive sentence list for date tests: one sentence per line, offsets into the joined text. */
export const linesAsSentences = (...lines: string[]): Sentence[] => {
  let offset = 0;
  return lines.map((text) => {
    const sentence: Sentence = { text, span: [offset, offset + text.length] };
    offset += text.length + 1;
    return sentence;
  });
};
