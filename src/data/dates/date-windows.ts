/**
 * The stretches of a sentence that can hold a date. chrono-node runs some twenty patterns over
 * whatever it is given, at a few MB/s, so the pipeline gives it only short windows around the
 * words every date expression contains (a month, a weekday, "week", "ago", a year…) — sized per
 * kind of word — instead of whole articles.
 */

const TRIGGER = new RegExp(
  [
    // 1: month names ("on 9 and 10 July", "July 9-11, 2024"); abbreviations only next to a day
    // ("Sept 9", "Mon 26 Aug").
    '\\b(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?=\\.|\\s+\\d)|(?<=\\d(?:st|nd|rd|th)?\\s)(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\\b',
    // 2: weekdays ("late on Tuesday", "Monday to Wednesday", "on Thurs.").
    '\\b((?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)\\.(?=\\s))',
    // 3: relative words ("over the past three years", "in the coming days", "a decade ago",
    // "this morning", "in Q3", "Christmas Day"; "H1 2025" is found by its year).
    '\\b(today|tonight|tomorrow|yesterday|weeks?|weekend|months?|years?|decades?|ago|coming|morning|afternoon|evening|night|quarter|q[1-4]|christmas|new year|boxing day|fortnights?|fy\\s?\\d{2})\\b',
    // 4: anniversaries ("NATO's 75th anniversary of the founding of the North Atlantic Treaty").
    '\\b(anniversary)\\b',
    // 5: years ("in mid-2023", "since 1814"), numeric dates and ordinal days ("on the 20th").
    '\\b((?:1[6-9]|20)\\d{2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|\\d{1,2}(?:st|nd|rd|th))\\b',
  ].join('|'),
  'gi',
);

/** Characters kept [before, after] a trigger of each kind (group number). */
const REACH: Record<number, readonly [number, number]> = {
  1: [16, 24],
  2: [16, 28],
  3: [24, 12],
  4: [24, 72],
  5: [20, 8],
};

/** Whether a text might contain a date (a cheap test run before chrono). */
export const mayHoldDate = (text: string): boolean => {
  TRIGGER.lastIndex = 0;
  return TRIGGER.test(text);
};

const snapStart = (text: string, at: number): number => {
  if (at <= 0) return 0;
  const space = text.lastIndexOf(' ', at);
  return space < 0 ? 0 : space + 1;
};

const snapEnd = (text: string, at: number): number => {
  if (at >= text.length) return text.length;
  const space = text.indexOf(' ', at);
  return space < 0 ? text.length : space;
};

/** Merged [from, to) windows of `text` around date trigger words, in order. */
export const dateWindows = (text: string): Array<[number, number]> => {
  const windows: Array<[number, number]> = [];
  TRIGGER.lastIndex = 0;
  for (let match = TRIGGER.exec(text); match; match = TRIGGER.exec(text)) {
    const kind = match.findIndex((group, i) => i > 0 && group !== undefined);
    const [before, after] = REACH[kind] ?? [24, 24];
    const from = snapStart(text, match.index - before);
    const to = snapEnd(text, match.index + match[0].length + after);
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
};
