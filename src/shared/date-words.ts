/**
 * Calendar days and spans written out in words, e.g. "9–11 July 2024". Written by hand rather
 * than with Intl.DateTimeFormat#formatRange, whose spacing around the dash varies between ICU
 * versions — the text must be identical in Node, every browser and the tests.
 */
import type { DatasetEvent, IsoDay } from '../data/schema';

const MONTHS = [
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

const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const DAY_MS = 86_400_000;

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const read = (iso: IsoDay): CalendarDay => ({
  year: Number(iso.slice(0, 4)),
  month: Number(iso.slice(5, 7)),
  day: Number(iso.slice(8, 10)),
});

const monthName = (month: number): string => MONTHS[month - 1] ?? String(month);

// UTC: an ISO day is a calendar date, not an instant, and must not shift with the reader's zone.
const utcTime = ({ year, month, day }: CalendarDay): number => Date.UTC(year, month - 1, day);

/** "2023-07-11" → "11 July 2023". */
export const formatDay = (iso: IsoDay): string => {
  const { year, month, day } = read(iso);
  return `${day} ${monthName(month)} ${year}`;
};

/** "2024-07" (or any day in it) → "July 2024". */
export const formatMonth = (isoMonth: string): string =>
  `${monthName(Number(isoMonth.slice(5, 7)))} ${isoMonth.slice(0, 4)}`;

/** "2023-07-11" → "Tuesday 11 July". */
export const formatWeekday = (iso: IsoDay): string => {
  const date = read(iso);
  const weekday = WEEKDAYS[new Date(utcTime(date)).getUTCDay()] ?? '';
  return `${weekday} ${date.day} ${monthName(date.month)}`;
};

/**
 * An inclusive span of days, sharing what the two ends share: "9 July 2024",
 * "9–11 July 2024", "30 June – 2 July 2024", "6 July 2021 – 6 July 2024".
 */
export const formatDayRange = (start: IsoDay, end: IsoDay): string => {
  if (start === end) return formatDay(start);
  const a = read(start);
  const b = read(end);
  if (a.year !== b.year) return `${formatDay(start)} – ${formatDay(end)}`;
  if (a.month !== b.month) {
    return `${a.day} ${monthName(a.month)} – ${b.day} ${monthName(b.month)} ${b.year}`;
  }
  return `${a.day}–${b.day} ${monthName(a.month)} ${a.year}`;
};

/** How many calendar days an inclusive span covers: 9–11 July → 3. */
export const daysInSpan = (start: IsoDay, end: IsoDay): number =>
  Math.max(1, Math.round((utcTime(read(end)) - utcTime(read(start))) / DAY_MS) + 1);

/** A span's length for people: null for one day, "3 days", "about 5 months", "about 3 years". */
export const formatDuration = (days: number): string | null => {
  if (days <= 1) return null;
  if (days < 60) return `${days} days`;
  if (days < 365) return `about ${Math.round(days / 30.44)} months`;
  const years = Math.round(days / 365.25);
  return years === 1 ? 'about a year' : `about ${years} years`;
};

const isWholeMonth = (start: IsoDay, end: IsoDay): boolean => {
  const a = read(start);
  const next = new Date(Date.UTC(a.year, a.month, 1) - DAY_MS).toISOString().slice(0, 10);
  return a.day === 1 && end === next;
};

const isWholeYear = (start: IsoDay, end: IsoDay): boolean =>
  start.slice(0, 4) === end.slice(0, 4) && start.endsWith('-01-01') && end.endsWith('-12-31');

/**
 * An event's dates in words at the precision its evidence supports: "9–11 July 2024",
 * "week of 8–14 July 2024", "July 2024", "2024", "around 10–12 July 2024".
 */
export const describeEventDates = (
  event: Pick<DatasetEvent, 'start' | 'end' | 'precision'>,
): string => {
  const { start, end, precision } = event;
  const span = formatDayRange(start, end);
  switch (precision) {
    case 'day':
    case 'range':
      return span;
    case 'week':
      return `week of ${span}`;
    case 'month':
      return isWholeMonth(start, end) ? formatMonth(start) : span;
    case 'year':
      return isWholeYear(start, end) ? start.slice(0, 4) : span;
    case 'approximate':
      return `around ${span}`;
  }
};
