/**
 * Calendar days as ISO strings ("2023-05-16") and the ways news copy writes them. All arithmetic is
 * in UTC so that a generated corpus never depends on the machine's time zone.
 */

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** British copy writes "9 July 2025", American copy "July 9, 2025". */
export type DateStyle = 'uk' | 'us';

const DAY_MS = 86_400_000;

const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date): string => date.toISOString().slice(0, 10);

/** The day `n` days after `iso` (before, when n < 0), e.g. addDays("2023-05-13", 3) → "2023-05-16". */
export const addDays = (iso: string, n: number): string =>
  toIso(new Date(toDate(iso).getTime() + n * DAY_MS));

/** Whole days from `a` to `b`, e.g. daysBetween("2023-05-13", "2023-05-16") → 3. */
export const daysBetween = (a: string, b: string): number =>
  Math.round((toDate(b).getTime() - toDate(a).getTime()) / DAY_MS);

/** 0 for Sunday … 6 for Saturday. */
export const weekdayIndex = (iso: string): number => toDate(iso).getUTCDay();

/** "Tuesday" for "2023-05-16". */
export const weekdayName = (iso: string): string => WEEKDAYS[weekdayIndex(iso)]!;

/** The Monday of the (Monday-first) week holding `iso`. */
export const mondayOf = (iso: string): string => addDays(iso, -((weekdayIndex(iso) + 6) % 7));

const parts = (iso: string) => {
  const date = toDate(iso);
  return {
    year: date.getUTCFullYear(),
    month: MONTHS[date.getUTCMonth()]!,
    monthIndex: date.getUTCMonth(),
    day: date.getUTCDate(),
  };
};

export const yearOf = (iso: string): number => parts(iso).year;
export const monthNameOf = (iso: string): string => parts(iso).month;
export const sameMonth = (a: string, b: string): boolean => a.slice(0, 7) === b.slice(0, 7);

/** "9 July" or "July 9". */
export const dayMonth = (iso: string, style: DateStyle): string => {
  const { day, month } = parts(iso);
  return style === 'uk' ? `${day} ${month}` : `${month} ${day}`;
};

/** "9 July 2025" or "July 9, 2025". */
export const fullDate = (iso: string, style: DateStyle): string => {
  const { year } = parts(iso);
  return style === 'uk' ? `${dayMonth(iso, style)} ${year}` : `${dayMonth(iso, style)}, ${year}`;
};

/**
 * A span of days as copy writes it: "9-11 July 2025" / "July 9-11, 2025", across months
 * "30 June to 2 July 2025"; a single day when start = end. The year is optional.
 */
export const dayRange = (
  start: string,
  end: string,
  style: DateStyle,
  withYear: boolean,
): string => {
  if (start === end) return withYear ? fullDate(start, style) : dayMonth(start, style);
  const a = parts(start);
  const b = parts(end);
  const year = withYear ? (style === 'uk' ? ` ${b.year}` : `, ${b.year}`) : '';
  if (a.monthIndex === b.monthIndex && a.year === b.year) {
    return style === 'uk'
      ? `${a.day}-${b.day} ${a.month}${year}`
      : `${a.month} ${a.day}-${b.day}${year}`;
  }
  return `${dayMonth(start, style)} to ${dayMonth(end, style)}${year}`;
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Dateline forms seen in scraped news, e.g. "06 Jul 2024", "Mon 10 Jul 2023 14:02 BST". */
export const datelineForms = (iso: string, minutesOfDay: number) => {
  const { year, month, day } = parts(iso);
  const short = month.slice(0, 3);
  const time = `${pad2(Math.floor(minutesOfDay / 60))}:${pad2(minutesOfDay % 60)}`;
  return {
    /** "06 Jul 2024" */
    compact: `${pad2(day)} ${short} ${year}`,
    /** "July 7, 2023" */
    american: fullDate(iso, 'us'),
    /** "20 June 2025" */
    british: fullDate(iso, 'uk'),
    /** "2022-06-30" */
    iso,
    /** "Mon 10 Jul 2023 14:02 BST" */
    guardian: `${weekdayName(iso).slice(0, 3)} ${day} ${short} ${year} ${time}`,
    /** "12 Sep 2024" without the leading zero */
    posted: `${day} ${short} ${year}`,
    /** "2023-05-16T14:02:00+01:00" for HTML meta */
    timestamp: `${iso}T${time}:00+01:00`,
  };
};
