/**
 * Finds the dates written in a piece of page text, whichever way the UI spells them: "9–11 Jul
 * 2024", "9 July – 11 July 2024", "July 9–11, 2024", "Tue 9 July 2024", "2024-07-09". Lets the
 * browser tests check what day an item shows without pinning the exact format.
 */

/** A calendar day as written; `year` is null when the text leaves it out. */
export interface WrittenDay {
  year: number | null;
  month: number;
  day: number;
}

/** A date (start = end) or date range found in text. */
export interface WrittenDate {
  start: WrittenDay;
  end: WrittenDay;
}

const MONTH_NAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '\\b(\\d{1,2})(?:st|nd|rd|th)?\\b';
const YEAR = '(\\d{4})';
const OPTIONAL_YEAR = `(?:,?\\s+${YEAR})?`;
const DASH = '\\s*(?:[-–—‒]|\\bto\\b|\\buntil\\b|\\bthrough\\b)\\s*';

type Build = (m: Array<string | undefined>) => WrittenDate;

const month = (name: string | undefined): number =>
  MONTH_NAMES.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
const num = (value: string | undefined): number => Number(value);
const year = (value: string | undefined): number | null => (value ? Number(value) : null);
const md = (
  monthName: string | undefined,
  day: string | undefined,
  yearText: string | undefined,
): WrittenDay => ({ year: year(yearText), month: month(monthName), day: num(day) });
const iso = (value: string | undefined): WrittenDay => {
  const [y, m, d] = (value ?? '').split('-').map(Number);
  return { year: y ?? 0, month: m ?? 0, day: d ?? 0 };
};
/** A range whose start leaves out the year takes the end's: "9 July – 11 July 2024". */
const range = (start: WrittenDay, end: WrittenDay): WrittenDate => ({
  start: { ...start, year: start.year ?? end.year },
  end,
});

// Most specific first: each match is blanked out before the next pattern runs, so that the
// "11 Jul 2024" inside "9–11 Jul 2024" is never also read as a single day.
const PATTERNS: Array<[RegExp, Build]> = [
  [
    /\b(\d{4}-\d{2}-\d{2})\s*(?:[-–—‒]|\/|\bto\b)\s*(\d{4}-\d{2}-\d{2})\b/g,
    (m) => range(iso(m[1]), iso(m[2])),
  ],
  // 9 July 2024 – 11 July 2024, 9 Jul – 11 Jul 2024
  [
    new RegExp(`${DAY}\\s+${MONTH}${OPTIONAL_YEAR}${DASH}${DAY}\\s+${MONTH}${OPTIONAL_YEAR}`, 'gi'),
    (m) => range(md(m[2], m[1], m[3]), md(m[5], m[4], m[6])),
  ],
  // July 9, 2024 – July 11, 2024, Jul 9 – Jul 11, 2024
  [
    new RegExp(`${MONTH}\\s+${DAY}${OPTIONAL_YEAR}${DASH}${MONTH}\\s+${DAY}${OPTIONAL_YEAR}`, 'gi'),
    (m) => range(md(m[1], m[2], m[3]), md(m[4], m[5], m[6])),
  ],
  // 9–11 July 2024
  [
    new RegExp(`${DAY}${DASH}${DAY}\\s+${MONTH}${OPTIONAL_YEAR}`, 'gi'),
    (m) => range(md(m[3], m[1], m[4]), md(m[3], m[2], m[4])),
  ],
  // July 9–11, 2024
  [
    new RegExp(`${MONTH}\\s+${DAY}${DASH}${DAY}${OPTIONAL_YEAR}`, 'gi'),
    (m) => range(md(m[1], m[2], m[4]), md(m[1], m[3], m[4])),
  ],
  [/\b(\d{4}-\d{2}-\d{2})\b/g, (m) => range(iso(m[1]), iso(m[1]))],
  // 9 July 2024
  [
    new RegExp(`${DAY}\\s+${MONTH}${OPTIONAL_YEAR}`, 'gi'),
    (m) => range(md(m[2], m[1], m[3]), md(m[2], m[1], m[3])),
  ],
  // July 9, 2024
  [
    new RegExp(`${MONTH}\\s+${DAY}${OPTIONAL_YEAR}`, 'gi'),
    (m) => range(md(m[1], m[2], m[3]), md(m[1], m[2], m[3])),
  ],
];

const valid = ({ month, day }: WrittenDay): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= 31;

/** Every date and date range written in `text`, e.g. "Forum, 9–11 Jul 2024" → [9 Jul–11 Jul 2024]. */
export const writtenDates = (text: string): WrittenDate[] => {
  let rest = text.replace(/\s+/g, ' ');
  const found: WrittenDate[] = [];
  for (const [pattern, build] of PATTERNS) {
    rest = rest.replace(pattern, (...args: unknown[]) => {
      // (match, ...groups, offset, whole text): unmatched optional groups are undefined.
      const date = build(args.slice(0, -2) as Array<string | undefined>);
      if (valid(date.start) && valid(date.end)) found.push(date);
      return ' '.repeat(String(args[0]).length);
    });
  }
  return found;
};

/** Whether a written day is `isoDay`; a day written without its year matches any year. */
const isDay = (written: WrittenDay, isoDay: string): boolean => {
  const day = iso(isoDay);
  return (
    written.month === day.month &&
    written.day === day.day &&
    (written.year === null || written.year === day.year)
  );
};

const matches = (date: WrittenDate, startIso: string, endIso: string): boolean =>
  isDay(date.start, startIso) && isDay(date.end, endIso);

/** Whether `text` writes the range [startIso, endIso], e.g. "9–11 Jul 2024" for 2024-07-09..11. */
export const writesRange = (text: string, startIso: string, endIso: string): boolean =>
  writtenDates(text).some((date) => matches(date, startIso, endIso));

/** Whether `text` writes the single day `isoDay` (not as the end of a range). */
export const writesDay = (text: string, isoDay: string): boolean =>
  writesRange(text, isoDay, isoDay);
