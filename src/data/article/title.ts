/** Finding an article's headline among its first lines when no metadata names it. */
import { isBoilerplateLine, isPlacedByline } from './boilerplate';
import { sameKeyAs } from './line-keys';
import { isDateOnlyLine } from './dateline';
import { hasWords, isParagraphLine } from './line-shape';

/** Whether a line could be a headline: 2–30 words, starts with a capital/digit/quote, no closing full stop or comma. */
export const isHeadlineLike = (line: string): boolean => {
  // Cheapest tests first: the opening character and the ending rule out most lines.
  if (line.length > 220 || !/^[\p{Lu}\p{N}"'“‘]/u.test(line)) return false;
  // "… for the U.S." may end a headline; "… said on Tuesday." ends a sentence.
  if (line.endsWith(',') || line.endsWith(';')) return false;
  if (line.endsWith('.') && !/(?:^|\s)(?:\p{L}\.){2,}$/u.test(line)) return false;
  if (!hasWords(line, 2) || hasWords(line, 31)) return false;
  return !isDateOnlyLine(line) && !isBoilerplateLine(line);
};

/** Index of the first paragraph-like line (the body's start) at or after `from`, or lines.length. */
export const bodyStartIndex = (lines: readonly string[], from = 0): number => {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isParagraphLine(line) && !isBoilerplateLine(line)) return i;
  }
  return lines.length;
};

const HEADER_WINDOW = 15;

/** Share of the (first 64) words starting with a letter whose first letter is lower case. */
const lowercaseShare = (line: string): number => {
  let letters = 0;
  let lower = 0;
  for (const word of line.split(/\s+/, 64)) {
    const c = word.charCodeAt(0);
    // ASCII words, nearly all of them, need no Unicode property lookup.
    if (c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : /^\p{L}/u.test(word)) {
      letters++;
      if (c < 128 ? c >= 97 : /^\p{Ll}/u.test(word)) lower++;
    }
  }
  return letters === 0 ? 0 : lower / letters;
};

/** Index of the headline among the first lines: the line before a dateline if headline-like, else the first substantial headline-like line before the body (bodyStartIndex, if the caller knows it); -1 if none. */
export const findTitleIndex = (
  lines: readonly string[],
  datelineIndex: number | null,
  bodyStart = bodyStartIndex(lines),
): number => {
  const limit = Math.min(lines.length, HEADER_WINDOW, bodyStart);
  const candidates: number[] = [];
  for (let i = 0; i < limit; i++) if (isHeadlineLike(lines[i] ?? '')) candidates.push(i);
  // A masthead or section name is often printed twice in a row at the top; a headline rarely is.
  const doubled = (i: number): boolean => {
    const same = sameKeyAs(lines[i] ?? '');
    return same(lines[i - 1] ?? '') || same(lines[i + 1] ?? '');
  };
  const substantial = (i: number): boolean => hasWords(lines[i] ?? '', 4);
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
