/**
 * Calendar arithmetic on ISO days ("YYYY-MM-DD"), done in UTC so that the result never
 * depends on the machine's time zone.
 */

const DAY_MS = 86_400_000;

/** Weekday numbers as JavaScript counts them: Sunday 0 … Saturday 6. */
export type WeekdayNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Formats calendar components as an ISO day, e.g. (2023, 7, 11) → "2023-07-11". */
export const isoDay = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Days since 1970-01-01 of a civil date (Howard Hinnant's `days_from_civil`). Pure integer
 * arithmetic: date maths runs for every mention and cluster look-up, and building `Date`
 * objects there dominated merging.
 */
const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
};

const digits = (text: string, from: number, to: number): number => {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
};

/** Days since 1970-01-01 of an ISO day ("YYYY-MM-DD"); out-of-range components roll over. */
export const dayNumber = (day: string): number =>
  daysFromCivil(digits(day, 0, 4), digits(day, 5, 7), digits(day, 8, 10));

/** The ISO day of a day number (inverse of `dayNumber`, Hinnant's `civil_from_days`). */
export const fromDayNumber = (days: number): string => {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return isoDay(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
};

/** Milliseconds since the epoch of an ISO day at 00:00 UTC. */
export const dayToUtc = (day: string): number => dayNumber(day) * DAY_MS;

/** The ISO day of a UTC timestamp. */
export const utcToDay = (ms: number): string => fromDayNumber(Math.floor(ms / DAY_MS));

/** Adds (or with a negative count, subtracts) whole days, e.g. addDays("2023-07-10", 1) → "2023-07-11". */
export const addDays = (day: string, count: number): string =>
  fromDayNumber(dayNumber(day) + count);

/** Adds calendar months, clamping to the month's last day ("2024-03-31" + -1 → "2024-02-29"). */
export const addMonths = (day: string, count: number): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + count, 1));
  const last = lastDayOfMonth(first.getUTCFullYear(), first.getUTCMonth() + 1);
  return isoDay(first.getUTCFullYear(), first.getUTCMonth() + 1, Math.min(d, last));
};

/** Adds calendar years, clamping 29 February to the 28th in common years. */
export const addYears = (day: string, count: number): string => addMonths(day, count * 12);

/** Number of days in a month, e.g. (2024, 2) → 29. */
export const lastDayOfMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The weekday of an ISO day, Sunday 0 … Saturday 6. */
export const weekdayOf = (day: string): WeekdayNumber =>
  // 1970-01-01 was a Thursday (4).
  ((((dayNumber(day) + 4) % 7) + 7) % 7) as WeekdayNumber;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** Monday..Sunday of the ISO week holding `day`, e.g. "2024-07-13" → 2024-07-08..2024-07-14. */
export const weekOf = (day: string): { start: string; end: string } => {
  const sinceMonday = (weekdayOf(day) + 6) % 7;
  const start = addDays(day, -sinceMonday);
  return { start, end: addDays(start, 6) };
};

/** First..last day of the month holding `day`. */
export const monthOf = (day: string): { start: string; end: string } => {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return { start: isoDay(y, m, 1), end: isoDay(y, m, lastDayOfMonth(y, m)) };
};

/** 1 January..31 December of a year. */
export const yearRange = (year: number): { start: string; end: string } => ({
  start: isoDay(year, 1, 1),
  end: isoDay(year, 12, 31),
});

/** The year of an ISO day. */
export const yearOf = (day: string): number => Number(day.slice(0, 4));

/** The first day on or after `day` that falls on `weekday`. */
export const nextWeekdayOnOrAfter = (day: string, weekday: WeekdayNumber): string =>
  addDays(day, (weekday - weekdayOf(day) + 7) % 7);

/** The last day on or before `day` that falls on `weekday`. */
export const lastWeekdayOnOrBefore = (day: string, weekday: WeekdayNumber): string =>
  addDays(day, -((weekdayOf(day) - weekday + 7) % 7));

/** Whether an ISO day string names a real calendar day. */
export const isValidDay = (day: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && fromDayNumber(dayNumber(day)) === day;

/**
 * Whether a day is one a news story can mean: a real day in the years 1000–2999. Beyond that
 * chrono's arithmetic (JavaScript dates) overflows, and no report dates anything there.
 */
export const isPlausibleDay = (day: string): boolean =>
  isValidDay(day) && yearOf(day) >= 1000 && yearOf(day) <= 2999;
