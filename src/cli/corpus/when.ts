/**
 * How a story dates things relative to its publication day, the way copy does: "next week",
 * "on Thursday", "from Tuesday to Thursday", "later this month", "earlier this month",
 * "in the coming days", "a decade ago", or an explicit "9-11 July 2025". Every phrase is chosen so
 * that it is true of the story's real dates.
 */
import {
  addDays,
  dayRange,
  daysBetween,
  mondayOf,
  monthNameOf,
  sameMonth,
  weekdayName,
  yearOf,
} from './calendar';
import type { Random } from './random';
import type { Story } from './story';

/** The happening's dates relative to publication, for a lead: "next week", "on Thursday"… */
export const relativeWhen = (random: Random, story: Story): string => {
  const { published, start, end } = story;
  const toStart = daysBetween(published, start);
  const toEnd = daysBetween(published, end);
  const weekdays =
    start === end
      ? `on ${weekdayName(start)}`
      : random.pick([
          `from ${weekdayName(start)} to ${weekdayName(end)}`,
          `${weekdayName(start)} to ${weekdayName(end)}`,
          `from ${weekdayName(start)} through ${weekdayName(end)}`,
        ]);
  if (!story.upcoming) return weekdays;
  // A bare weekday means its next occurrence, so it only fits within the coming six days.
  if (toEnd <= 6) return weekdays;
  if (mondayOf(start) === addDays(mondayOf(published), 7)) return 'next week';
  if (sameMonth(published, start)) return 'later this month';
  if (toStart <= 6) return `from ${weekdayName(start)}`;
  return `in ${monthNameOf(start)}`;
};

/** The happening's explicit dates, e.g. "9-11 July" or "July 9-11, 2025". */
export const explicitWhen = (random: Random, story: Story, forceYear: boolean): string => {
  // Without a year a date is read as the nearest one, which is wrong across a new year.
  const withYear =
    forceYear || yearOf(story.start) !== yearOf(story.published) || random.chance(0.4);
  return dayRange(story.start, story.end, story.style, withYear);
};

/** A recent weekday for "said on Monday": one to five days before publication. */
export const recentWeekday = (random: Random, story: Story): string =>
  weekdayName(addDays(story.published, -random.int(1, 5)));

/** How long ago a past day was, in copy's words: "last year", "two years ago", "a decade ago", "in 2014". */
export const yearsAgo = (random: Random, published: string, past: string): string => {
  const years = yearOf(published) - yearOf(past);
  const inYear = `in ${monthNameOf(past)} ${yearOf(past)}`;
  if (years === 0) return sameMonth(published, past) ? 'earlier this month' : inYear;
  if (years === 1) return random.pick(['last year', inYear]);
  if (years === 10) return random.pick(['a decade ago', `in ${yearOf(past)}`]);
  const words = ['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
  return random.chance(0.5) && years < words.length ? `${words[years]} years ago` : inYear;
};
