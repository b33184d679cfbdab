/** Finding an article's headline among its first lines when no metadata names it. */
import { isBoilerplateLine, isPlacedByline, lineKey } from './boilerplate';
import { isDateOnlyLine } from './dateline';
import { countWords, isParagraphLine } from './line-shape';

/** Whether a line could be a headline: 2–30 words, starts with a capital/digit/quote, no closing full stop or comma. */
export const isHeadlineLike = (line: string): boolean => {
  const words = countWords(line);
  if (words < 2 || words > 30 || line.length > 220) return false;
  if (!/^[\p{Lu}\p{N}"'“‘]/u.test(line)) return false;
  // "… for the U.S." may end a headline; "… said on Tuesday." ends a sentence.
  if (/[,;]$/.test(line) || (/\.$/.test(line) && !/(?:^|\s)(?:\p{L}\.){2,}$/u.test(line))) {
    return false;
  }
  return !isBoilerplateLine(line) && !isDateOnlyLine(line);
};

/** Index of the first paragraph-like line (the body's start), or lines.length. */
export const bodyStartIndex = (lines: readonly string[]): number => {
  const i = lines.findIndex((line) => isParagraphLine(line) && !isBoilerplateLine(line));
  return i < 0 ? lines.length : i;
};

const HEADER_WINDOW = 15;

const lowercaseShare = (line: string): number => {
  const words = line.split(/\s+/, 64).filter((w) => /^\p{L}/u.test(w));
  return words.length === 0 ? 0 : words.filter((w) => /^\p{Ll}/u.test(w)).length / words.length;
};

/** Index of the headline among the first lines: the line before a dateline if headline-like, else the first substantial headline-like line before the body; -1 if none. */
export const findTitleIndex = (lines: readonly string[], datelineIndex: number | null): number => {
  const limit = Math.min(lines.length, HEADER_WINDOW, bodyStartIndex(lines));
  const candidates: number[] = [];
  for (let i = 0; i < limit; i++) if (isHeadlineLike(lines[i] ?? '')) candidates.push(i);
  // A masthead or section name is often printed twice in a row at the top; a headline rarely is.
  const doubled = (i: number): boolean => {
    const key = lineKey(lines[i] ?? '');
    return key === lineKey(lines[i - 1] ?? '') || key === lineKey(lines[i + 1] ?? '');
  };
  const substantial = (i: number): boolean => countWords(lines[i] ?? '') >= 4;
  const first =
    candidates.find((i) => substantial(i) && !doubled(i)) ??
    candidates.find(substantial) ??
    candidates.find((i) => !doubled(i)) ??
    candidates[0] ??
    -1;

  if (datelineIndex === null) return first;
  let beforeDate = datelineIndex - 1;
  // Bylines and share bars often sit between headline and date.
  while (
    beforeDate >= 0 &&
    (isBoilerplateLine(lines[beforeDate] ?? '') ||
      (beforeDate === datelineIndex - 1 && isPlacedByline(lines[beforeDate] ?? '')))
  ) {
    beforeDate--;
  }
  if (beforeDate < 0 || !isHeadlineLike(lines[beforeDate] ?? '')) return first;
  if (first < 0 || first >= beforeDate) return beforeDate;
  // Headline then a sentence-case standfirst ("deck") then the date: the deck is not the title.
  let k = first + 1;
  while (k < beforeDate && isBoilerplateLine(lines[k] ?? '')) k++;
  const isDeck = k === beforeDate && lowercaseShare(lines[beforeDate] ?? '') > 0.5;
  return isDeck ? first : beforeDate;
};
